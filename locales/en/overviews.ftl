# The overviews: dashboard, coverage map, figures, holidays, access, merge.

dashboard-to-lists = lists
# Enter on the dashboard: opens an item, folds or unfolds a section.
dashboard-open-or-fold = open / fold
    .short = open

## The dashboard.

dashboard-title = What needs attention — { $day }
dashboard-nothing = Nothing needs attention today.
# A section's heading; $count is how many lines it has.
dashboard-ending-30 = Agreements ending within 30 days ({ $count })
dashboard-ending-60 = Agreements ending in 31–60 days ({ $count })
dashboard-ending-90 = Agreements ending in 61–90 days ({ $count })
dashboard-no-agreement = Facilities without an agreement in force ({ $count })
dashboard-no-coordinator = Facilities without an assigned coordinator ({ $count })
dashboard-overdue = People with overdue action items ({ $count })
# $days is how many days ahead the section looks.
dashboard-meetings = Meetings in the next { $days } days ({ $count })
# How long until an agreement ends (the line pads it to a column).
dashboard-days-left = { $days ->
    [0] today
    [one] { $days } day
   *[other] { $days } days
}
# $left is dashboard-days-left, padded; $until the agreement's last day.
dashboard-ends = { $left }  until { $until }
# A person's overdue action items; $oldest is the oldest due date.
dashboard-overdue-items = { $count } overdue, oldest due { $oldest }

## The coverage map.

coverage-title-regions = Coverage: NGOs delivering each service, by region
coverage-title-facilities = Coverage: NGOs delivering each service, by facility
coverage-region = Region
coverage-facility = Facility
coverage-legend = number = NGOs in force today · – = gap
coverage-loading = Loading the records…
coverage-ngo-item = NGO
coverage-facility-item = Facility
# The line describing the selected cell.
coverage-cell = { $place } · { $service }: { $ngos ->
    [0] a gap, no NGO in force today
    [one] { $ngos } NGO at { $facilities ->
        [one] { $facilities } facility
       *[other] { $facilities } facilities
    }
   *[other] { $ngos } NGOs at { $facilities ->
        [one] { $facilities } facility
       *[other] { $facilities } facilities
    }
}
coverage-gaps = { $gaps } of { $cells } cells are gaps
coverage-nothing-behind = No NGO delivers { $service } in { $place } today.
coverage-written = Coverage map written to { $path }

## Services as column headings: a word of at most ten characters, four
## and three letters.

coverage-service-addiction = Addiction
coverage-service-debt_counselling = Debt
coverage-service-social_counselling = Social
coverage-service-family_contact = Family
coverage-service-release_preparation = Release
coverage-service-post_penitentiary_care = Post-pen.
coverage-service-case_management = Case mgmt
coverage-service-housing = Housing
coverage-service-employment = Employment
coverage-service-education = Education
coverage-service-restorative = Restorat.
coverage-service-probation = Probation
coverage-service-mediation = Mediation
coverage-service-spiritual_care = Spiritual
coverage-service-other = Other

coverage-service4-addiction = Addi
coverage-service4-debt_counselling = Debt
coverage-service4-social_counselling = Soc
coverage-service4-family_contact = Fam
coverage-service4-release_preparation = Rel
coverage-service4-post_penitentiary_care = Post
coverage-service4-case_management = Case
coverage-service4-housing = Hous
coverage-service4-employment = Empl
coverage-service4-education = Edu
coverage-service4-restorative = Rest
coverage-service4-probation = Prob
coverage-service4-mediation = Med
coverage-service4-spiritual_care = Spir
coverage-service4-other = Oth

coverage-service3-addiction = Add
coverage-service3-debt_counselling = Dbt
coverage-service3-social_counselling = Soc
coverage-service3-family_contact = Fam
coverage-service3-release_preparation = Rel
coverage-service3-post_penitentiary_care = Pst
coverage-service3-case_management = Cas
coverage-service3-housing = Hou
coverage-service3-employment = Emp
coverage-service3-education = Edu
coverage-service3-restorative = Rst
coverage-service3-probation = Prb
coverage-service3-mediation = Med
coverage-service3-spiritual_care = Spi
coverage-service3-other = Oth

## The figures view.

figures-title = Figures { $period }
figures-summary = Summary
figures-held = Meetings held
figures-ngos-active = NGOs with meetings held
figures-coordinators = Coordinators assigned
figures-facilities = Facilities with cooperation
figures-agreements-at-end = Agreements in force at the end
figures-per-month = Meetings held per month
figures-active-agreements = Agreements in force at each month's end (the last: at the period's end)
figures-per-facility = Meetings held per facility
figures-per-ngo = Meetings held per NGO
figures-per-region = Meetings held per region
figures-month = Month
figures-meetings = Meetings
figures-agreements = Agreements
figures-facility = Facility
figures-ngo = NGO
figures-region = Region
figures-chart = Chart
figures-none-held = No meetings held in this period.
figures-period-prompt = Period (from – to, e.g. 2026-01-01 – 2026-06-30):{" "}
figures-covered-note = Covered: an assignment or agreement in force on some day of the period.
# A period: its first and last day, each written as a date.
figures-period = { $from } – { $to }
# A date as typed into the period prompt (no spaces: a space parts the two dates).
# A month as a chart label.
figures-month-label = { $year }-{ $month2 }
figures-bad-period = Not a period: "{ $typed }". Type two dates, e.g. 2026-01-01 2026-06-30.
figures-backwards = The period ends ({ $to }) before it starts ({ $from }).
figures-report-written = Report written to { $path }

## The exported report.

report-title = Cooperation between prisons and NGOs: impact report
report-period = Period: { $period }
report-made-on = Made on { $day }
report-coverage = Coverage of regions by services
report-gaps = Gaps: services no NGO delivers in a region
report-no-gaps = No gaps: every service is delivered in every region.
report-covered-note = Coordinators count when an assignment in the NGO coordinator's role was in force on some day of the period; facilities when an assignment in any role or a signed agreement was.
report-nothing = no service at all
report-service = Service
report-missing = Missing services
report-made-by = Made with spojka from its records.
# How to read the coverage map; $mark is the mark of a gap.
report-coverage-note = As of { $day }: the number of NGOs delivering each service in each region, through a signed agreement or an assignment in force. { $mark } marks a gap.

## Public holidays.

holiday-new-year = New Year's Day, Restoration Day of the Czech State
holiday-good-friday = Good Friday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-victory-day = Victory Day
holiday-cyril-and-methodius = Saints Cyril and Methodius Day
holiday-jan-hus = Jan Hus Day
holiday-statehood = Czech Statehood Day
holiday-independence = Independent Czechoslovak State Day
holiday-freedom-and-democracy = Struggle for Freedom and Democracy Day
holiday-christmas-eve = Christmas Eve
holiday-christmas-day = Christmas Day
holiday-st-stephen = St Stephen's Day
# The holidays a meeting falls on: $count of them in all, $days those
# listed, $more those not.
holiday-falls-on = { $count ->
    [one] a public holiday
   *[other] public holidays
}: { $days }{ $more ->
    [0] {""}
   *[other] ; and { $more } more
}
# $holidays is holiday-falls-on.
holiday-question = This meeting falls on { $holidays }. Save anyway?
holiday-question-clashes = This meeting clashes with: { $clashes }{ $more ->
    [0] {""}
   *[other] ; and { $more } more
}. It also falls on { $holidays }. Save anyway?
holiday-imported = { $count ->
    [one] { $count } imported meeting falls on a public holiday.
   *[other] { $count } imported meetings fall on public holidays.
}
holiday-imported-on = On a public holiday "{ $title }": { $days }

## What a role or a remote session rules out.

access-view-only = You can only view: your role is viewer.
access-needs-editor = Only an editor or an admin may change records.
access-needs-admin = Only an admin may do that.
access-run-instead = Run on your computer: { $command }
# $needed and $role are role names as configured (viewer, editor, admin).
access-command-needs = { $command } needs the { $needed } role; yours is { $role }: ask an admin of this server
access-served-over-ssh = this database is served by spojka serve on { $listen }: connect with { $ssh }
access-needs-terminal = the interactive interface needs a terminal: connect with `{ $ssh }` (add -t if ssh has no terminal to give), or run a command: `{ $ssh } export --kind meetings --format csv > meetings.csv`

## Where a change made elsewhere meets the form's own.

merge-title = Changed elsewhere
merge-intro = Someone else changed these fields too since you opened the record. For each, keep theirs (←) or yours (→); every other change, theirs and yours, is kept.
merge-before = Before
merge-theirs = Theirs
merge-yours = Yours
merge-field = Field
merge-empty = (empty)

## The public register (spojka register): who works where, as the association publishes it.
register-title = Public register: NGOs working in prisons
register-intro = Which NGOs deliver which services in which facilities under a cooperation agreement in force, by region, as of { $date }. Only the public contacts the NGOs agreed to publish are shown.
register-no-youth = Youth facilities are left out.
register-nothing = No cooperation agreement is in force on { $date }.
register-region-caption = { $region }: NGOs and their services by facility
register-region = Region
register-facility = Facility
register-ngo = NGO
register-membership = Membership
register-services = Services
register-phone = Phone
register-email = E-mail
register-web = Web
register-contacts-heading = Public contacts of the NGOs
register-contacts-caption = The contacts each NGO agreed to publish
register-footer = Made by spojka on { $date }. Holds no personal data: only facilities, NGOs and their public contacts.
register-sheet-title = { $facility }: services of NGOs
register-sheet-intro = Which NGOs offer which services in this facility under a cooperation agreement in force, as of { $date }, and how to reach them.
register-sheet-services-heading = NGOs and their services
register-sheet-caption = NGOs working in { $facility }, with their public contacts
register-sheet-none = No NGO works here under an agreement in force.
register-sheet-about-heading = About the facility
dashboard-requests-waiting = Cooperation requests waiting too long on one step ({ $count })
# How long a request's next step has waited.
dashboard-waiting = { $days ->
    [one] 1 day
   *[other] { $days } days
}
# A request's next step and who must act for it.
dashboard-acts-liaison = { $step } · the liaison acts: { $name }
dashboard-acts-no-liaison = { $step } · the facility acts (no liaison named)
dashboard-acts-ngo = { $step } · the NGO acts: { $name }
