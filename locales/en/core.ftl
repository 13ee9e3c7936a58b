# Words the core puts together from numbers (how far along, …).
gestation-pregnant = { $weeks ->
        [one] 1 week
       *[other] { $weeks } weeks
    } { $days ->
        [one] 1 day
       *[other] { $days } days
    } pregnant, { $trimester ->
        [1] first
        [2] second
       *[other] third
    } trimester; { $due_text }.
gestation-due-ahead = { $due ->
        [one] 1 day
       *[other] { $due } days
    } to your due date
gestation-due-today = your due date is today
gestation-due-past = { $due ->
        [one] 1 day
       *[other] { $due } days
    } past your due date
gestation-postpartum = Your due date was more than two weeks ago, so we treat you as having had your baby. Update your due date in settings if that is not right.

## The diary's words
location-low_back = low back
location-mid_back = mid back
location-buttock = buttock
location-back_of_thigh = back of thigh
sleep-side_with_pillow = On my side, a pillow between the knees
sleep-side = On my side
sleep-back = On my back
sleep-front = On my front
sleep-mixed = It changed a lot
water-0 = Hardly any
water-1 = Some
water-2 = Enough
water-3 = Plenty
activity-0 = Resting
activity-1 = Light
activity-2 = Moderate
activity-3 = Very active
stress-0 = Calm
stress-1 = A little
stress-2 = Stressed
stress-3 = Very stressed
time-of-day-night = night (midnight–6am)
time-of-day-morning = morning (6am–noon)
time-of-day-afternoon = afternoon (noon–6pm)
time-of-day-evening = evening (6pm–midnight)
factor-water_enough = drank enough water
factor-stressed = a stressful day
factor-active = an active day
factor-side_sleep_pillow = slept on my side with a pillow
overview-nights-woken = { $label } (woken on { $count } of the last 7 nights)
overview-episodes-7-days = { $label } ({ $count } episodes in the last 7 days)
overview-trend = Pain trend: { $slope } points per week over { $weeks } weeks (Theil–Sen).
overview-trend-none = Pain trend: not enough weeks with entries.
overview-helped = { $label }: helped { $helped } of { $tried } times
overview-helped-drop = { $label }: helped { $helped } of { $tried } times, pain down { $drop } on average

## The clinician report
report-title = Easeback diary report
report-subtitle = Back spasms in pregnancy, { $from } to { $to } ({ $weeks } weeks). Not a diagnosis.
report-for = For: { $name }
report-summary = Summary
report-episodes = Episodes: { $count } in { $weeks } weeks; { $last7 } in the last 7 days.
report-nights = Nights woken by pain in the last 7: { $count }.
report-per-week = Per week
report-week-line = Week from { $from }: { $count } episodes, mean pain { $pain }
report-no-pattern = No diary pattern that calls for a review.
report-advised = Advised: { $title } — { $headline }
report-none-recorded = None recorded.
report-helped-heading = What helped (3 or more uses)
report-helped-none = Not enough uses recorded yet.
report-sessions = { $count } sessions; { $stopped } stopped for advice.
report-session-helped = { $label } helped in { $count } session(s)
report-no-entries = No entries in these weeks.
report-episode = { $when }: pain { $pain }/10
report-woke = woke from sleep
report-earlier = …and { $count } earlier episodes.
report-note = { $date } (pain { $pain }/10): { $text }
report-section-weekly = Episodes per week, with the chart
report-section-advice = Diary check and advice given
report-section-triggers = Triggers
report-section-helped = What helped
report-section-sessions = Relief sessions
report-section-episodes = Every episode
report-section-notes = Notes
pdf-chart-alt = Episodes per week.
pdf-chart-caption = Episodes per week, oldest on the left
ics-calendar = Easeback reminders
ics-movement-break = Movement break
ics-posture-check = Posture check

## the evaluation report (easeback eval)
eval-label = label
eval-cases = cases
eval-sensitivity = sensitivity
eval-exact = exact
eval-exact-total = exact: { $exact }/{ $total } ({ $percent }%)
eval-under = under-triage: { $under } (same_day or emergency read lower: { $urgent })
eval-over = over-triage: { $over }
eval-questions = questions: { $mean } on average for a self_care description; under-triage caught by a question: { $caught }/{ $under }
eval-meant = {" "}(meant { $id })
eval-caught = {" "}(caught by a question)
eval-not-caught = {" "}(NOT caught by a question)
eval-miss = { $kind } line { $line }: expected { $expected }{ $meant } got { $got } [{ $ids }]{ $asked } { $text }
