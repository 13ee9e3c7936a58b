# The command line's words around the knowledge base's (easeback triage).
term-not-final = Not final yet: answer these first (a yes changes the answer).
term-how-to-answer = Run again with --answers id=yes,id=no, or in a terminal to be asked:
term-banner-emergency = EMERGENCY
term-banner-same-day = URGENT - CALL NOW
term-banner-review = BOOK A REVIEW
term-banner-self-care = SELF-CARE
term-when = When: { $when }
term-call = Call:
term-what-now = What to do now:
term-warning-signs = Warning signs to watch for:
term-why = Why:
term-you-wrote-words = you wrote "{ $words }"
term-unsure = (you were not sure; we read it as present to be safe)
term-also-tell = Also tell us (a yes may change this answer; give answers with --answers id=yes,id=no):
term-set-aside = Read as not present:
term-you-wrote = You wrote: { $text }
term-not-a-diagnosis = Easeback is not a diagnosis and does not replace your midwife, doctor or physiotherapist.
ask-first = A few questions first (answer y or n):
ask-yes-no = [y/n]
ask-again = Please answer y or n.
ask-describe = Describe what is happening, in your own words, then press Enter:
