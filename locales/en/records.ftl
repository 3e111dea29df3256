# Record kinds, their fields and the choices in them.

## A kind's tab title, by the kind's plural name (`spojka export --kind`).
tab-facilities = Facilities
tab-ngos = NGOs
tab-people = People
tab-assignments = Assignments
tab-meetings = Meetings
tab-agreements = Agreements
tab-actions = Actions
tab-requests = Requests

## One record of a kind, in a sentence: "Delete this { $kind }?"
kind-facilities = facility
kind-ngos = NGO
kind-people = person
kind-assignments = assignment
kind-meetings = meeting
kind-agreements = agreement
kind-actions = action item
kind-requests = cooperation request

## What records of a kind are, for the command line's help.
kind-help-facilities = prisons and other facilities
kind-help-ngos = NGOs
kind-help-people = coordinators and contacts
kind-help-assignments = people assigned to facilities
kind-help-meetings = meetings
kind-help-agreements = cooperation agreements
kind-help-actions = action items from meetings
kind-help-requests = NGOs' requests to work in a facility, and their steps

## Field labels, by the field's stable id.
field-name = Name
field-title_before = Titles before
field-given_name = Given name
field-surname = Surname
field-title_after = Titles after
field-kind = Kind
field-region = Region
field-town = Town
field-address = Address
field-contact = Contact
field-phone = Phone
field-email = E-mail
field-notes = Notes
field-ico = IČO
field-membership = Membership
field-regions = Regions
field-services = Services
field-web = Web
field-held_sex = Sex of clients
field-held_age = Age of clients
field-security = Security levels
field-capacity = Capacity
field-public_phone = Public phone
field-public_email = Public e-mail
field-public_web = Public web
field-key = Reference key
field-organisation = NGO
field-facility = Facility
field-facilities = Facilities
field-role = Role
field-role_note = Role detail
field-coordinator = Liaison
field-person = Person
field-from = From
field-until = Until
field-title = Title
field-start = Start
field-end = End
field-place = Room / link
field-organiser = Organiser
field-attendees = Attendees
field-agenda = Agenda
field-minutes = Minutes
field-status = Status
field-subject = Subject
field-step_by = Step done by
field-step_note = Note to a step
field-step_skipped = Why a step was skipped
field-step_reopened = Why a step was reopened
field-signed_on = Signed on
field-valid_from = Valid from
field-valid_until = Valid until
field-notice_period = Notice period
field-signatories = Signatories
field-reference = Reference (č. j.)
field-replaces = Renews
field-archived = Archived
field-repeat = Repeats
field-what = What
field-owner = Owner
field-due = Due
field-meeting = Meeting
field-done = Status
field-agreement = Agreement
field-assignments = Assignments

## A hint shown in an empty field.
hint-date = YYYY-MM-DD or D. M. YYYY
hint-rule = Enter: choose; add ;COUNT=6 or ;UNTIL=20271231 to end it
hint-datetime = YYYY-MM-DD HH:MM
hint-choose = Enter to choose
hint-choose-several = Enter to choose several
hint-ico = 8 digits
hint-long-text = Enter for a new line

## The options of each choice list, by the option's stable code.
choice-facility_kind-prison = prison
choice-facility_kind-remand_prison = remand prison
choice-facility_kind-security_detention = security detention institution
choice-facility_kind-youth_institution = youth institution
choice-facility_kind-childrens_home_with_school = children's home with school
choice-membership-member = member
choice-membership-observer = observer
choice-membership-partner = partner
choice-membership-none = none
choice-service-addiction = addiction
choice-service-debt_counselling = debt counselling
choice-service-social_counselling = social counselling
choice-service-family_contact = family contact
choice-service-release_preparation = release preparation
choice-service-post_penitentiary_care = post-penitentiary care
choice-service-case_management = case management
choice-service-housing = housing
choice-service-employment = employment
choice-service-education = education
choice-service-restorative = restorative programmes
choice-service-probation = probation programmes
choice-service-mediation = mediation
choice-service-spiritual_care = spiritual care
choice-service-other = other
choice-meeting_kind-coordination = coordination
choice-meeting_kind-programme_session = programme session
choice-meeting_kind-visit = visit
choice-meeting_kind-online_call = online call
choice-meeting_status-planned = planned
choice-meeting_status-held = held
choice-meeting_status-cancelled = cancelled
choice-agreement_status-draft = draft
choice-agreement_status-negotiating = negotiating
choice-agreement_status-signed = signed
choice-agreement_status-expired = expired
choice-agreement_status-terminated = terminated
choice-action_status-open = open
choice-action_status-done = done
choice-assignment_role-ngo_coordinator = NGO coordinator
choice-assignment_role-programme_lecturer = programme lecturer
choice-assignment_role-social_worker = social worker
choice-assignment_role-chaplain = chaplain
choice-assignment_role-volunteer = volunteer
choice-assignment_role-other = other
choice-held_sex-male = men / boys
choice-held_sex-female = women / girls
choice-age_group-adults = adults
choice-age_group-juveniles = juveniles (15–18)
choice-age_group-children = children (under 15)
choice-security_level-minimum = minimum security
choice-security_level-low = low security
choice-security_level-medium = medium security
choice-security_level-high = high security
choice-security_level-increased = increased guard unit

## What is wrong with a field, shown beside it.
problem-required = required
problem-not-a-date = not a date (YYYY-MM-DD or D. M. YYYY)
problem-not-a-datetime = not a date and time (YYYY-MM-DD HH:MM)
problem-end-before-start = end before start
problem-until-before-from = ends before it starts
problem-not-an-email = not an e-mail address
problem-not-a-phone = not a phone number
problem-not-a-web-address = not a web address
problem-not-a-count = not a whole number
problem-ico-eight-digits = an IČO has 8 digits
problem-ico-check-digit = check digit wrong (should end in { $expected })
problem-replaces-itself = an agreement cannot renew itself
problem-not-a-rule = not a repeat rule: { $why }
problem-repeats-more-than-daily = repeats more than once a day; a meeting repeats daily at most
problem-occurrence-repeats = one occurrence does not repeat on its own; edit the whole series to change how it repeats
problem-step-not-allowed = cannot go from { $from } to { $to } (allowed: { $allowed })
problem-step-none-allowed = none: renew it instead
problem-nonexistent-local-time = this time does not exist in Prague (clocks go forward)

## What happened to a record, in its history.
change-created = created
change-updated = changed
change-deleted = deleted
change-erased = deleted, personal data erased

## Usual ways of repeating.
preset-once = does not repeat
preset-weekly = every week
preset-fortnightly = every two weeks
preset-monthly_on_day = every month on the same day
preset-monthly_on_weekday = every month on the same weekday (e.g. first Tuesday)
preset-quarterly_on_weekday = every quarter on the same weekday
preset-yearly = every year

## Which meetings of a series an edit applies to.
scope-this_one = only this one
scope-this_and_following = this one and the following
scope-whole_series = the whole series

## A repeat rule in words: its shape, then how it ends.
repeat-daily = { $n ->
    [1] every day
   *[other] every { $n } days
}
repeat-weekly = { $n ->
    [1] every week
   *[other] every { $n } weeks
}
repeat-weekly-on = { $n ->
    [1] every week
   *[other] every { $n } weeks
} on { $days }
repeat-monthly-day = { $n ->
    [1] every month
   *[other] every { $n } months
} on the day of the first meeting
repeat-monthly-weekday = { $n ->
    [1] every { repeat-ordinal } { repeat-weekday } of the month
   *[other] the { repeat-ordinal } { repeat-weekday } of the month, every { $n } months
}
repeat-ordinal = { $ordinal ->
    [first] first
    [second] second
    [third] third
    [fourth] fourth
   *[last] last
}
repeat-weekday = { $weekday ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}
repeat-yearly = { $n ->
    [1] every year
   *[other] every { $n } years
} on the date of the first meeting
repeat-until = { $repeat }, until { $date }
repeat-count = { $repeat }, { $count ->
    [one] once
   *[other] { $count } times
}

# The formats X offers for a list.
export-format-title = the format to export the list in
export-format-csv = CSV (spreadsheets, scripts)
export-format-xlsx = XLSX (Excel, LibreOffice)
export-format-json = JSON (every field, spojka's own format)
