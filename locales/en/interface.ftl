# The frame, the screens' fixed words, and dates.

phrase-empty-list = Nothing here yet. Press the 'new' key to add a record.
phrase-loading = Loading…
phrase-no-match = Nothing matches the filter.
phrase-filter = Filter:{" "}
phrase-archived-mark = [archived]
phrase-help-title = Keys
phrase-history-title = History
phrase-no-history = No recorded changes.
phrase-more-below = ↓ more below
phrase-related = Related
phrase-steps = Steps
phrase-next-occurrence = Next
phrase-cancelled-occurrences = Cancelled
phrase-changed-occurrences = Changed
phrase-moved-to = moved to { $at }
phrase-own-details = details of its own
phrase-quoted = “{ $text }”
phrase-nothing-related = Nothing refers to this record yet.
phrase-edit-which = Edit which meetings of the series?
phrase-confirm-title = Please confirm
phrase-choose = Choose
phrase-search = Search:{" "}
phrase-too-small = Window too small: spojka needs at least 40x10.
phrase-saving = Saving…
phrase-ready = Ready.

## The space bar, in a hint.
key-space = space

picker-several = { $key }: select several

form-title-new = New { kind-noun }
form-title-edit = Edit { kind-noun }
form-title-occurrence = Edit this occurrence

calendar-agenda = Agenda
calendar-week = Week
calendar-month = Month
calendar-no-meetings = No meetings in these days.
calendar-goto = Go to date:{" "}
calendar-import-from = Import iCalendar file:{" "}
calendar-move-to = New start (YYYY-MM-DD HH:MM):{" "}
calendar-cancelled = [cancelled]
calendar-moved = [moved]
calendar-held = [held]
# A meeting that overlaps another with the same person or place (saving it warned).
calendar-clash = [clash]
# The week and month mark such a meeting with "!" before its time; the title explains it.
calendar-clash-legend = ! clash
# Up and down in the calendar, as help says them.
calendar-move-up = up: the meeting above (agenda), an hour earlier (week), a week back (month)
calendar-move-down = down: the meeting below (agenda), an hour later (week), a week on (month)
calendar-today = today
calendar-to-do = To do
calendar-due = due
calendar-overdue = [overdue]
calendar-more = +{ $count } more
calendar-only = only { $name }
calendar-count = { $count ->
    [one] { $count } meeting
   *[other] { $count } meetings
}

timeline-title = Agreements over time
timeline-legend = Key:
timeline-none = No agreements yet.
timeline-open-ended = open-ended
timeline-only-for = A timeline is shown for a facility, an NGO or an agreement.

## Dates. Weekdays from Monday (1) to Sunday (7); months from January (1).
date = { $year }-{ $month2 }-{ $day2 }
day-short = { $wd } { $day } { $mon }
day-long = { $weekday } { $day } { $month_name } { $year }
month-title = { $month_name } { $year }
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
## A month after a day ("1 December"); in Czech the genitive.
month-of-1 = January
month-of-2 = February
month-of-3 = March
month-of-4 = April
month-of-5 = May
month-of-6 = June
month-of-7 = July
month-of-8 = August
month-of-9 = September
month-of-10 = October
month-of-11 = November
month-of-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec

## A kind as a noun in a sentence, selected by the kind's plural name.
kind-noun = { $kind ->
    [facilities] facility
    [ngos] NGO
    [people] person
    [assignments] assignment
    [meetings] meeting
    [agreements] agreement
    [requests] cooperation request
   *[actions] action item
}

## A kind as the object of a sentence ("Delete the meeting"); in Czech the accusative.
kind-noun-acc = { kind-noun }
