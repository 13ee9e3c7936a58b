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

## The other commands' words (diary, log, session, quick, exercise, profile,
## tightenings, report, backup, …); keys typed (q, s, r, y/n) and flags stay
## as they are in every language.
term-number-0-10 = Please type a number from 0 to 10.
term-yes-no = (y/n)
term-not-set = not set
term-opening-diary = opening the diary at { $db }
term-opening = opening { $db }
term-serving = serving on { $addr }
term-writing = writing { $file }
term-cannot-read = cannot read { $file }: { $why }
term-content-json-only = content is printed as JSON only: use --format json
term-answer-shape = answer '{ $pair }' should look like fever=yes or fever=no
term-answer-yes-no = answer '{ $answer }' for { $id }: use yes or no
term-not-a-date = { $field }: '{ $value }' is not a date like { $example }
term-not-a-time = { $field }: '{ $value }' is not a time like 09:00
term-not-a-timestamp = '{ $value }' is not a time like 2026-11-25T20:00:00Z

## The diary: log, edit-entry, delete-entry, day, diary, insights
term-log-pain = How bad was it at its worst, 0–10?
term-log-where = Where? { $places } (comma-separated, Enter to skip):
term-log-what-set-off = What set it off?
term-log-numbers = Numbers, comma-separated (Enter to skip):
term-log-woke = Did it wake you from sleep? (y/N)
term-log-note = Anything else to note? (Enter to skip)
term-logged = Logged { $id } (pain { $pain }/10).
term-no-entry = no diary entry with id { $id }
term-updated = Updated { $id }.
term-deleted = Deleted { $id }.
term-sleep-unknown = sleep: '{ $value }' is not side_with_pillow, side, back, front or mixed
term-saved-day = Saved { $day }.
term-diary-empty = The diary is empty. Log a spasm with `easeback log`.
term-diary-pain = pain { $pain }/10
term-diary-woke = woke me
term-insights-title = Spasm diary: the last { $weeks } weeks ({ $episodes } episodes)
term-insights-per-week = Episodes per week
term-insights-pain-per-week = Mean pain per week
term-insights-oldest-first = (oldest → this week)
term-insights-rising = rising
term-insights-easing = easing
term-insights-steady = steady
term-insights-trend = Trend: { $direction }, { $slope } points a week over { $weeks } weeks
term-insights-by-trigger = What set spasms off
term-insights-by-time = Time of day
term-insights-by-place = Where
term-insights-helped = What helped (tried 3 times or more):
term-insights-days = Your days:
term-insights-day = On { $label } ({ $with } days): { $rate } spasms a day, against { $other } on other days ({ $without } days)
term-insights-check = Diary check: { $headline }
term-insights-nothing = Nothing in the diary calls for a review right now.
term-insights-sessions = Relief sessions: { $count } ({ $stopped } stopped for advice)

## Relief: session, sessions, quick, exercises, exercise
term-cue-start = Start: { $text }
term-cue-move = Move: { $text }
term-cue-breathe = Breathe: { $text }
term-cue-how-much = How much: { $text }
term-cue-take-care = Take care: { $text }
term-step-title = Step { $number } of { $total }: { $name }
term-ctrl-c = Stopped. Nothing from this session was saved.
term-time-scale-range = --time-scale must be between 0 and 10
term-start-range = --start: give a step from 1 to { $steps }, not { $given }
term-starting-at = Starting at step { $step }: it has helped you most often.
term-pain-now = How bad is the pain right now, 0–10?
term-no-answer = No answer; nothing was saved.
term-step-done-prompt = Press Enter when you have done it (s = skip, q = quit):
term-paused = Paused. r = resume, q = quit:
term-that-helped = That helped. If a step helps, it is fine to stay with it.
term-repeat-prompt = r = repeat this step, n = next step, f = finish here:
term-saved-session = Saved to your diary.
term-describe-new = { $question } Describe it, or press Enter for nothing:
term-session-over = Session over.
term-session-pain = Pain: { $before }/10 at the start, { $after }/10 at the end.
term-session-helped = What helped: { $name }. Next time we will start there.
term-unknown-trigger = unknown trigger '{ $given }'; choose one of: { $ids }
term-quick-what-set-off = What set the spasm off?
term-quick-how = Run `easeback quick NUMBER` or `easeback quick ID` for its quick action.
term-quick-type-number = Type a number:
term-quick-why = Why it flares: { $text }
term-quick-action = Quick action: { $text }
term-quick-first-steps = First steps that calm a spasm:
term-sessions-none = No relief sessions yet. Start one with `easeback session`.
term-sessions-pain = pain { $before } → { $after }
term-sessions-pain-not-noted = pain not noted
term-sessions-stopped = stopped: { $disposition }
term-sessions-helped = helped: { $step }
term-sessions-nothing = nothing stood out
term-unknown-exercise = unknown exercise '{ $given }'; choose one of: { $ids }
term-left-side = left side
term-right-side = right side
term-set-of = Set { $set } of { $sets }
term-set-of-side = Set { $set } of { $sets }, { $side }
term-do-reps = Do { $reps } slow reps. { $breathing }
term-press-enter-done = Press Enter when done (q = quit):
term-well-done = Well done. Stop if anything sharpens the pain.
term-timer-instant = Timer: { $time } (done).
term-timer = Timer: { $time }. Enter = done early, p = pause, s = skip, q = quit.
term-timer-left = { $time } left
term-breathe-in = breathe in …
term-breathe-out = breathe out slowly …
term-time-up = Time is up.

## Profile, reminders, tightenings, report, export, backup and restore
term-last-period-range = last-period: out of range
term-profile-region = Region: { $region }
term-profile-care-team = Care team: { $number }
term-profile-care-team-unset = Care team: not set (easeback profile --care-team NUMBER)
term-profile-due = Due date: { $date }
term-profile-due-unset = Due date: not set (easeback profile --due-date YYYY-MM-DD)
term-tightenings-intro = Tightening timer. Press Enter when a tightening starts, and Enter again when it ends. Type q to finish.
term-tightenings-start = start
term-tightening-started = Tightening started. Enter when it ends.
term-tightening-lasted = Lasted { $seconds } s.
term-tightening-lasted-since = Lasted { $seconds } s, { $minutes } min since the last one started.
term-tightenings-regular = These tightenings are coming regularly ({ $count } in the last hour, about every { $minutes } minutes).
term-tightenings-no-pattern = { $count } tightening(s) timed; no regular pattern so far. If they become regular, or anything else worries you, call.
term-report-no-pdf = could not make the PDF
term-report-wrote = Wrote { $file } ({ $weeks } weeks, { $episodes } episodes).
term-backup-postgres = backup and restore here are for the SQLite file; for PostgreSQL use pg_dump / pg_restore
term-backup-utf8 = the backup path must be UTF-8
term-backed-up = Backed up { $db } to { $file }.
term-no-backup = no backup at { $file }
term-restored = Restored { $db } from { $file }.

## eval
term-eval-all = == all { $files } files: exact { $exact }/{ $total } ({ $percent }%), under-triage { $under }, over-triage { $over }; questions { $mean } per self_care description; under-triage caught by a question { $caught }/{ $under }
