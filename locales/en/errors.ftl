# What a refused request or form says: the API's error messages and the
# pages' validation messages (the surfaces render them in the reader's
# language; the API answers in English unless the request asks otherwise).

## the diary and the tightening timer
error-started-at-shape = '{ $given }' is not a date and time like 2026-11-20T03:10:00+01:00
error-offset-missing = give a UTC offset such as +01:00 or Z
error-pain-range = must be 0 to 10, got { $given }
error-duration-range = at most 1440 minutes (a day), got { $given }
error-day-ahead = is more than a day in the future
error-before-2000 = is before the year 2000
error-offset-range = must be within ±18 hours
error-list-length = lists hold at most { $max } items
error-unknown-trigger = unknown trigger '{ $given }'; valid: { $valid }
error-unknown-action = unknown action '{ $given }'; use an id from `easeback content`
error-control-characters = remove the control characters (only line breaks and tabs are kept)
error-too-many-characters = at most { $max } characters
error-level-range = must be 0 to 3, got { $given }
error-day-future = is in the future
error-unknown-place = unknown place '{ $given }'; use { $known }
error-unknown-side = '{ $given }' is not left, right, both or middle
error-pain-missing = give the pain at its worst, from 0 to 10
error-pain-number = give the pain as a number from 0 to 10
error-offset-out-of-range = the UTC offset is out of range
error-end-before-start = the end comes before the start
error-tightening-too-long = a tightening lasts at most { $minutes } minutes; was the timer left running?
error-not-yet = this time has not come yet
error-tightenings-count = at most 500
error-not-rfc3339 = '{ $given }' is not an RFC 3339 time
error-weeks-range = weeks: give 1 to { $max }
error-offset-insights = give an offset within ±1080 minutes (18 hours)
error-reminder-order = the start time must be before the end time
error-reminder-every = every: give { $min } to { $max } minutes

## settings
error-due-far-ahead = That due date is more than 40 weeks away; please check it.
error-due-long-past = That due date was more than two weeks ago. If your baby is born, the due date is no longer needed; otherwise please check it.
error-phone-empty = the number is empty
error-phone-character = '{ $given }' cannot be in a phone number: use digits, spaces, dashes, brackets and a leading +
error-phone-plus = a + can only come first, as in +44 20 7946 0000
error-phone-length = a phone number has 3 to 15 digits; this one has { $count }
error-unknown-region = unknown region '{ $given }'; use one of { $known }
error-unknown-lang = unknown language '{ $given }'; use one of: { $known }

## the check
error-unknown-finding = unknown finding id '{ $given }'; valid ids: { $valid }
error-too-long = the description is { $len } bytes long; the limit is { $max } bytes. Please shorten it or send it in parts.
error-triage-empty = send "text", "findings", "answers" or several of them

## accounts
error-password-short = use at least 8 characters
error-password-long = use at most 128 characters
error-password-easy = that password is too easy to guess; three or four unrelated words work well
error-email-shape = enter an email address like name@example.com
error-password-not-stored = could not store the password
error-too-many-accounts = too many new accounts from here; try again in an hour
error-no-session = could not start a session; try again
error-wrong-passwords-wait = too many wrong passwords for this account; try again in { $seconds } seconds
error-not-current-password = that is not your current password
error-same-password = choose a password different from the current one
error-too-many-sign-ins = too many sign-in attempts; wait 15 minutes and try again
error-bad-login = that email and password do not match an account
error-cross-site = cross-site request refused
error-csrf = missing or wrong X-CSRF-Token header
error-sign-in-first = sign in first

## requests and the server
error-json-content-type = send JSON with Content-Type: application/json
error-json-invalid = the JSON body is not valid: { $detail }
error-query-invalid = the query string is not valid: { $detail }
error-not-found = not found
error-conflict = that already exists
error-diary-full = your diary holds { $max } entries, the most it can keep: download it, then delete older entries to add new ones
error-disk-full = the server's disk is full, so this was not saved; please keep your notes and try again later
error-read-only = the diary cannot be written on the server right now, so this was not saved; please keep your notes and try again later
error-db-unavailable = the database is not available right now; please try again
error-busy = the server is busy; please try again
error-export-failed = could not write the export
