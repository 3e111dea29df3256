# Cooperation requests: their steps, the questions a step asks, why a step
# was refused, the step list command.

request-steps = Steps
request-checklist = Checklist
# A step done: its name, the day, who did it.
request-step-done = ✓ { $step }: { $day }
request-step-done-by = ✓ { $step }: { $day }, { $by }
request-step-note = note: { $note }
request-step-skipped = ⤼ { $step }: skipped { $day } – { $reason }
request-step-reopened = ↺ reopened { $day }: { $note }
request-step-next = ▸ { $step } (next)
request-step-next-since = ▸ { $step } (next, waiting since { $day })
request-step-later = · { $step }
request-completed = Every step is done.
# A checklist item: $ticked is yes or no.
request-item = { $ticked ->
    [yes] [x]
   *[no] [ ]
} { $number }. { $item }
request-prompt-day = Step done on:{" "}
request-prompt-checklist = Items done (numbers):{" "}
request-prompt-why-incomplete = Why is the checklist not complete:{" "}
request-prompt-skip = Why skip this step:{" "}
request-prompt-reopen = Why reopen the last step:{" "}

request-refused-all-done = Every step of this request is done already.
request-refused-unknown-list = The step list version { $version } of this request is not in the database.
request-refused-no-skip-reason = A step is skipped only with a reason: nothing was saved.
request-refused-checklist = { $count ->
    [one] One checklist item is not done
   *[other] { $count } checklist items are not done
}: say why, or tick them. Nothing was saved.
request-refused-no-such-item = The step has no checklist item "{ $item }".
request-refused-nothing-to-reopen = No step of this request is done yet: there is nothing to reopen.
request-refused-no-reopen-note = A step is reopened only with a note saying why: nothing was saved.
request-refused-before-previous = The step before was done on { $day }: this one cannot be earlier.
request-refused-not-a-request = Steps are taken on cooperation requests: open a request.

request-list-no-steps = the step list has no steps
request-list-no-key = step { $number } has no key
request-list-no-name = step { $number } has no name in Czech or English
request-list-same-key = two steps have the key "{ $key }"
request-list-bad-item = a checklist item of step "{ $key }" has no key, or one key twice

request-meeting-title = Introductory meeting: { $subject }

# spojka request-steps
request-steps-bad-file = { $path }: { $problem }
request-steps-no-version = there is no step list version { $version }
request-steps-imported = The steps of cooperation requests are now version { $version } ({ $count } steps). New requests follow it; requests already started keep the version they started with.
request-steps-header = The steps of cooperation requests, version { $version }. Edit and add as the next version with: spojka request-steps import FILE.toml
    Each step: key (stable), cs and en (its name), produces (meeting, agreement or assignments; optional), and its checklist items (key, cs, en).

# The requests' figures.
request-figures = Cooperation requests
request-figures-per-region = Requests per region
request-figures-per-facility = Requests per facility
request-figures-started = Requests started
request-figures-completed = Requests completed (every step)
request-figures-group = { $name }: { $started } started, { $completed } completed
request-figures-median = { "  " }{ $step }: median { $days } days
