# The command line: help of commands and options, messages, errors.

## Help of the commands and their options (`spojka --help`, `spojka export --help`).
## help-<command>-about describes a command; help-<command>-arg-<option> an option.

help-about = Coordinate cooperation between Czech prisons and the NGOs working in them, in a terminal.
help-long-about =
    spojka keeps the records of cooperation between Czech prisons and the NGOs working in them: facilities, NGOs, people, their assignments, meetings and cooperation agreements, with a history of who changed what.

    Run it without a command to open the interactive interface. The database is { $path } unless you choose another with --db PATH. Start a new database with `spojka seed`, which loads the public list of Czech prisons.
help-no-default-db = (none: no home directory, so --db is needed)
help-arg-db = The database directory, created owner-only if missing [default: { $path }]
help-arg-keymap = Key bindings for the interactive interface: a shipped keymap ("default" or "vim") or the path of your own .toml file
help-arg-lang = The language of the interface and messages: "cs" or "en". Without it, `lang` in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG)
help-seed-about = Load the public list of Czech prisons (38 facilities) into the database, with --youth the youth facilities too. Run again, it brings the built-in facilities up to date, except the fields you edited, which it lists
help-seed-arg-youth = Also load the youth facilities (výchovné ústavy, dětské domovy se školou) that their sources confirm
help-register-about = Write the public register: which NGOs (member, observer, partner) deliver which services in which facilities under agreements in force, by region, with the contacts the NGOs agreed to publish and no personal data. One HTML page that prints on A4, or CSV; with --facility, the one-page sheet of one facility
help-register-arg-format = The file format
help-register-arg-out = Write to this file (owner-only, replaced if it exists) instead of standard output
help-register-arg-facility = Only this facility: the one-page sheet of the services NGOs offer there. Its name, or a part of it that names one facility (case and accents do not matter)
help-register-arg-on = The day the register is for (YYYY-MM-DD or D.M.YYYY) [default: today]
help-register-arg-sep = The CSV separator, "," or ";" [default: ";" in Czech, "," otherwise]
help-register-arg-youth = Include the youth facilities (the default)
help-register-arg-no_youth = Leave the youth facilities out
help-coverage-arg-youth = Include the youth facilities (the default)
help-coverage-arg-no_youth = Leave the youth facilities out
help-register-format-html = One HTML page with its styles inside, ready to publish or print on A4
help-register-format-csv = CSV, a row per facility and NGO
help-export-about = Write one kind of record as CSV (for spreadsheets and scripts), JSON (a complete copy with every field, spojka's long-term format), or, for meetings, iCalendar (.ics, for calendar programs)
help-export-arg-kind = Which records to export
help-export-arg-format = The file format
help-export-arg-out = Write to this file (owner-only, replaced if it exists) instead of standard output
help-export-arg-raw = CSV for scripts: every cell exactly as stored. Without it, cells starting with = + - @ get a leading ' so a spreadsheet shows them instead of running them as formulas (this includes phone numbers like +420…), and the file starts with a byte order mark so Excel shows Czech letters correctly. On a terminal, without it, characters that could drive the terminal (control, bidi and invisible characters) are shown as visible marks; through a pipe or to a file the output is always byte-exact. For XLSX: the columns' stable names and the choices' codes instead of their labels
help-export-arg-sep = The CSV separator, "," or ";" [default: ";" for a spreadsheet in Czech, "," otherwise]
help-export-arg-archived = Include archived records, which are left out by default
help-import-about = Read records from a spreadsheet (CSV or XLSX, with --kind) or meetings from a calendar file (.ics). A spreadsheet's columns are found by their header in Czech or English; records already stored (same IČO, name or e-mail) are skipped, updated or kept as --duplicates says; a row that cannot be read stops the import unless --skip-bad-rows, and --dry-run only reports. Calendar events already imported (same UID) are updated, not duplicated. An import is written whole or not at all
help-import-arg-format = The file format [default: from the file's name: .csv, .xlsx, .ics]
help-import-arg-kind = What the rows of a spreadsheet (CSV or XLSX) are
help-import-arg-sheet = The sheet of an XLSX workbook to read [default: the first]
help-import-arg-dry_run = Show what the import would do (the columns, how many records would be created, updated or skipped, and every row that cannot be read) and write nothing
help-import-arg-skip_bad_rows = Import the rows that can be read even when others cannot; without it, one row that cannot be read stops the whole import
help-import-arg-duplicates = What to do with a row that is a record already stored (same IČO, name or e-mail)
help-import-arg-sep = The CSV separator, ";", "," or "tab" [default: detected]
help-import-arg-encoding = The CSV text encoding: utf-8, utf-16, windows-1250 or iso-8859-2 [default: detected]
help-import-arg-map = Which column is which field, where the header does not say: "Header=field,Other header=-" (a field's id or name; "-" leaves a column out). Saved for your next import of a file with this header
help-import-arg-file = The file to read ("-": standard input, with --format)
help-demo-about = Fill a new, empty database with demo data to try spojka on: the real prisons and member NGOs, and invented NGOs, people, agreements and meetings. Refuses a database that already holds records
help-demo-arg-meetings = How many meetings to make; the other kinds follow in proportion (at 100000: 10000 agreements, 5000 people, 1000 NGOs). Without it, a small demo of 600 meetings
help-demo-arg-seed = The random seed: the same seed on the same day makes the same records
help-coverage-about = Write the coverage map as CSV: for each of the 14 regions, how many NGOs deliver each kind of service there through an agreement or an assignment in force (0 is a gap)
help-coverage-arg-on = The day the map is for (YYYY-MM-DD or D.M.YYYY) [default: today]
help-coverage-arg-out = Write to this file (owner-only, replaced if it exists) instead of standard output
help-coverage-arg-sep = The CSV separator, "," or ";" [default: ";" in Czech, "," otherwise]
help-report-about = Write the impact report of a period: meetings held per month, facility, NGO and region, agreements in force, coordinators and facilities covered, and the coverage map of regions by services with its gaps. Markdown, or one HTML file that prints on A4
help-report-arg-from = First day of the period (YYYY-MM-DD or D.M.YYYY) [default: 1 January this year]
help-report-arg-to = Last day of the period, included [default: today]
help-report-arg-format = The file format
help-report-arg-out = Write to this file (owner-only, replaced if it exists) instead of standard output
help-agenda-about = Print the coming meetings, and with --person that person's open action items, as plain text for a morning e-mail or a cron job, or as JSON for scripts. Cancelled meetings are left out
help-agenda-arg-days = How many days ahead, from now (1 to 366)
help-agenda-arg-person = Only the meetings this person organises or attends, and their open action items: their id, or their name or surname (case and accents do not matter)
help-agenda-arg-json = JSON for scripts, the same in every language (the format is in the README)
help-person-about = One person's data: everything held about them (show), or their personal data erased everywhere (erase)
help-person-show-about = Print everything held about one person: their record, the meetings they attend or organise, their assignments and action items, the facilities they are the liaison of, the text that names them elsewhere, and their history
help-person-show-arg-person = The person: their id, or their name or surname (case and accents do not matter)
help-person-show-arg-json = JSON for scripts, the same in every language (the format is in the README)
help-person-erase-about = Erase one person's personal data everywhere, as one operation that cannot be undone: their record and history, their assignments and action items, their place in meetings and facilities, and their name, e-mail and phone in other records' text and history. Without --yes it only lists what it would change
help-person-erase-arg-person = The person, by id
help-person-erase-arg-yes = Erase everything listed; without it nothing is changed
help-history-about = List changes grouped by operation: one operation (--op), every operation since a day (--since), or one record's history (--kind and --id); who, when, and each field before and after
help-history-arg-op = One operation, by its id
help-history-arg-since = Every operation from this day on
help-history-arg-kind = The kind of the record whose history to list (with --id)
help-history-arg-id = The id of the record whose history to list (with --kind)
help-history-arg-json = JSON for scripts, with typed values (the format is in the README)
help-revert-about = Turn back a whole operation (an import, a save) as a new operation. Refused, changing nothing, when a record it changed was changed since, or when it erased personal data
help-revert-arg-op = The operation to turn back, by its id (see spojka history)
help-revert-arg-json = JSON for scripts (the format is in the README)
help-settings-about = Show your settings, or change one. They are kept in the database under your user name, so each user of a shared database has their own
help-settings-keymap-about = The keymap spojka opens with when --keymap is not given: a shipped keymap ("default" or "vim") or the path of your own .toml file. --keymap still chooses another for one run
help-settings-keymap-arg-choice = The keymap to open with
help-settings-keymap-arg-unset = Forget the saved keymap
help-settings-lang-about = The language the interactive interface speaks to you when --lang is not given and config.toml sets none: "cs" or "en"
help-settings-lang-arg-choice = The language: "cs" or "en"
help-settings-lang-arg-unset = Forget the saved language (the locale decides again)
help-backup-about = Write a backup of everything (every record, the whole history and operation log, the id counters) to one file with a checksum. Without FILE it goes into the backups directory beside the database; "-" is standard output
help-backup-arg-file = The file to write (owner-only, replaced if it exists); "-" for standard output [default: a new file in the backups directory]
help-restore-about = Replace the database by the contents of a backup file. Refuses a database that holds records unless --force (which backs it up first), and refuses while another spojka has the database open
help-restore-arg-file = The backup file to restore
help-restore-arg-force = Replace a database that already holds records
help-check-about = Read every record, index entry, history entry and operation and say what is wrong, if anything; the exit status is 0 only when all is well
help-check-arg-quarantine = Move unreadable records and history entries into a quarantine (and a file beside the database) and repair the index, so the rest opens
help-compact-about = Rewrite the database into a fresh copy, which takes less space, and put it in place. Refuses while another spojka has the database open
help-serve-about = Serve this database over SSH: each person in the users file logs in with their own key (`ssh -p 2222 host`) and gets the interactive interface, or runs a command (`ssh -p 2222 host export …`), in their role. Holds the database until stopped (SIGTERM); SIGHUP reloads the users file
help-serve-arg-listen = The address and port to listen on
help-serve-arg-users = Who may connect, with which keys and roles [default: users.toml in the config directory]

## The values of --format.

help-format-csv = Comma-separated values with a header row, UTF-8
help-format-json = spojka's own JSON: every field of every record, with the format version
help-format-ics = iCalendar (RFC 5545) for calendar programs; meetings only
help-format-xlsx = An Excel workbook for spreadsheets: dates as dates, IČO and phone numbers as text, the header frozen and filtered; with --out or redirected, never to a terminal
help-import-format-ics = iCalendar (RFC 5545): events become meetings
help-import-format-csv = CSV from a spreadsheet: one record a row, a header row naming the columns
help-import-format-xlsx = An Excel or LibreOffice workbook (.xlsx): one record a row, a header row naming the columns
help-import-duplicates-skip = Leave the stored record as it is
help-import-duplicates-update = Fill in the stored record from the row (an empty cell changes nothing)
help-import-duplicates-keep = Store the row as another record beside it
help-report-format-md = GitHub-flavoured Markdown
help-report-format-html = One HTML file with its styles inside, ready to print on A4

## Values on the command line that are refused.

arg-not-a-language = "{ $value }" is not cs or en
arg-not-a-date = not a date: write it as YYYY-MM-DD (or D.M.YYYY)
arg-not-a-separator = "{ $value }" is not a separator: write "," or ";"
arg-not-an-encoding = "{ $value }" is not an encoding spojka reads: write utf-8, utf-16, windows-1250 or iso-8859-2
arg-no-absolute-path = cannot make { $value } an absolute path: { $error }

## What the commands say when they are done.

seed-done = Created { $created } { $created ->
        [one] facility
       *[other] facilities
    }, skipped { $skipped } already present.
seed-updated = Brought { $updated } built-in { $updated ->
        [one] facility
       *[other] facilities
    } up to date.
seed-kept = Left as you edited them in { $name }: { $fields }.
seed-unverified = Left out { $count } youth { $count ->
        [one] facility
       *[other] facilities
    } that the sources do not confirm.
demo-done = Made a demo in { $path }: { $facilities } facilities, { $ngos } NGOs, { $people } people, { $assignments } assignments, { $agreements } agreements, { $meetings } meetings, { $actions } action items ({ $seconds } s).
import-done = Imported { $file }: { $created } created, { $updated } updated, { $unchanged } unchanged, { $skipped } skipped.
import-cut = Cut { $event }: { $what }
import-skipped = Skipped { $event }: { $reason }
backup-done = Backed up { $db } to { $file }.
restore-kept = Backed up the database being replaced to { $file }.
restore-done = Restored { $db }: { $records } { $records ->
        [one] record
       *[other] records
    }, { $entries } history { $entries ->
        [one] entry
       *[other] entries
    }, { $ops } { $ops ->
        [one] operation
       *[other] operations
    }.
compact-done = Compacted { $db }: { $before } MB before, { $after } MB now.
check-quarantined = Moved { $count } unreadable { $count ->
        [one] value
       *[other] values
    } into quarantine (a copy is in { $file }).
check-repaired = Repaired { $count } index { $count ->
        [one] entry
       *[other] entries
    }.
check-done = Checked { $records } { $records ->
        [one] record
       *[other] records
    }, { $entries } history { $entries ->
        [one] entry
       *[other] entries
    } and { $ops } { $ops ->
        [one] operation
       *[other] operations
    }: { $problems ->
        [0] all is well
        [one] { $problems } problem
       *[other] { $problems } problems
    }.
settings-of = Settings of { $who }:
settings-keymap = keymap: { $keymap }
settings-keymap-not-set = keymap: not set (the base in keymap.toml, else "default")
settings-lang = lang: { $lang }
settings-lang-not-set = lang: not set (lang in config.toml, else the locale)
settings-keymap-forgotten = Forgot the saved keymap of { $who }.
settings-keymap-saved = Saved: spojka opens with the keymap { $keymap } for { $who }.
settings-lang-forgotten = Forgot the saved language of { $who }.
settings-lang-saved = Saved: the interactive interface speaks { $lang ->
        [cs] Czech
       *[en] English
    } to { $who }.

## Column names of CSV exports for a spreadsheet in a language other than English
## (English, and --raw, keep the stable names: id, name, facility_id, …).

csv-column-id = id
csv-column-ref-id = { $field } (id)
csv-column-archived = archived
csv-column-created = created
csv-column-updated = updated
csv-column-region-code = region code
csv-column-region = region
csv-column-ngos = NGOs

## What stops a command.

error-no-data-dir = cannot find a data directory for the default database (is HOME set?); choose one with --db PATH
error-no-database = there is no database at { $path }; check --db, or create it with `spojka seed` or by starting spojka
error-not-a-database = { $path } is not a spojka database: it is a file or a directory with other files in it; choose a new or empty directory with --db
error-read-file = cannot read { $path }: { $error }
error-period-backwards = --to { $to } is before --from { $from }: the period must not end before it starts
error-terminal = terminal: { $error }
error-failed = the command failed (exit status { $status })
error-saved-keymap =
    { $error }
    (the keymap { $keymap } is saved in your settings: choose another with `spojka settings keymap NAME`, or forget it with `spojka settings keymap --unset`)
error-stuck = reading the database { $path } has made no progress for { $seconds } s: it may be damaged. Close every other spojka on it, then run `spojka --db { $path } check --quarantine` to set unreadable records aside, or put a backup back with `spojka --db { $path } restore FILE --force`
error-open-elsewhere = the database { $path } is in use by another spojka (pid { $pid }), open in another terminal; close that one first, or choose another database with --db
error-not-empty = the database { $path } already holds records; restoring would replace them all. Add --force to replace it (a backup of it is made first), or choose another database with --db
error-problems = the check found { $count } { $count ->
        [one] problem
       *[other] problems
    }, listed above; `spojka check --quarantine` moves unreadable records out of the way and repairs the index
error-not-a-file = { $path } is not a regular file
error-daily-backup = the daily backup failed: { $error }
error-no-interface-here = the interactive interface cannot be opened through the process that holds the database
waiting-for-holder = the database { $path } is in use by `spojka { $command }` (pid { $pid }); waiting for it to finish…
error-demo-not-empty = the database { $path } already holds records; the demo only fills a new database: choose a new one with --db PATH
error-demo-size = cannot make a demo of this size: { $why }
error-serve-no-users-file = cannot find a config directory for users.toml (is HOME set?); name the file with --users FILE
error-serve-not-here = spojka serve runs by itself: start it with `spojka serve`, not through another spojka

## spojka agenda: the coming meetings and a person's open action items.

agenda-title-everyone = Meetings from { $from } to { $to }
agenda-title-person = Agenda of { $name } from { $from } to { $to }
agenda-today = today
agenda-no-meetings = No meetings.
agenda-moved = moved
agenda-to-do = To do
agenda-nothing-to-do = Nothing to do.
agenda-due = due { $date }
agenda-overdue = overdue
agenda-candidate = { $name } (#{ $id })
error-no-such-person = nobody is called "{ $name }" and no person has that id; give --person a name, a surname or an id from the People tab
error-several-people = "{ $name }" names { $count } people: { $people }; give --person the id of one of them
error-no-such-facility = no facility is called "{ $name }" or has it in its name; give --facility the name of a facility from the Facilities tab
error-several-facilities = "{ $name }" names { $count } facilities: { $list }; give --facility more of the name

## Importing a spreadsheet (spojka import --kind … FILE.csv|FILE.xlsx).

sheet-read-csv = { $file }: CSV, separator "{ $separator }" ({ $separator_found ->
        [yes] detected
       *[no] given
    }), encoding { $encoding }{ $bom ->
        [yes] {" "}with a byte order mark
       *[no] {""}
    } ({ $encoding_found ->
        [yes] detected
       *[no] given
    })
sheet-read-xlsx = { $file }: XLSX, sheet "{ $sheet }" (of { $sheets })
sheet-separator-tab = tab
sheet-target-ignore = not imported
sheet-mapping-title = Columns (the header is row { $row }):
sheet-mapping-column = {"  "}{ $column } "{ $header }" → { $field }{ $how ->
        [saved] {" "}(saved mapping)
        [given] {" "}(--map)
        [unknown] {" "}(no field has this name; use --map "{ $header }=field")
        [taken] {" "}(an earlier column is read into this field)
        [merged] {" "}(under a merged header cell)
       *[guessed] {""}
    }
sheet-missing-required = No column holds { $fields }, which every record must have; name it in the header or with --map.
sheet-plan = Dry run: { $create } new, { $update } to update, { $unchanged } unchanged, { $skipped } skipped as already there, { $kept } kept beside a record already there, { $in_file } repeating an earlier row, { $bad ->
        [one] { $bad } row cannot be read
       *[other] { $bad } rows cannot be read
    }.
sheet-duplicate = {"  "}row { $row }: already there as "{ $title }" (same { $by ->
        [ico] IČO
        [email] e-mail
       *[name] name
    }): { $what ->
        [skipped] skipped
        [kept] kept as another record
       *[unchanged] nothing to change
    }
sheet-update = {"  "}row { $row }: updates "{ $title }"
sheet-in-file = {"  "}row { $row }: the same record as row { $first }
sheet-in-file-reason = the same record as row { $first }
sheet-problem = {"  "}row { $row }, column { $column } "{ $header }": { $reason }
sheet-problem-row = {"  "}row { $row }: { $reason }
sheet-reason-field = { $field }: { $problem }
sheet-reason-unknown-choice = { $field }: "{ $value }" is not one of the choices
sheet-reason-unresolved = no { $kind ->
        [facilities] facility
        [ngos] NGO
        [people] person
        [meetings] meeting
        [agreements] agreement
        [requests] cooperation request
       *[other] record
    } is named "{ $name }"
sheet-reason-ambiguous = { $count } { $kind ->
        [facilities] facilities
        [ngos] NGOs
        [people] people
        [meetings] meetings
        [agreements] agreements
        [requests] cooperation requests
       *[other] records
    } are named "{ $name }"
sheet-reason-too-long = the cell holds { $chars } characters; at most { $limit } are read
sheet-reason-control = the cell holds a control character ({ $code })
sheet-reason-cell-error = the cell holds the spreadsheet error { $value }
sheet-reason-not-yes-no = "{ $value }" is neither yes nor no
sheet-reason-circular = { $field }: refers to a row of this file that cannot be imported first
sheet-reason-row-not-imported = { $field }: refers to row { $row }, which cannot be imported
sheet-dry-run-done = Dry run: nothing was written.
sheet-refused = Nothing was written: { $bad ->
        [one] { $bad } row cannot be read
       *[other] { $bad } rows cannot be read
    }. Correct the file, or import the other rows with --skip-bad-rows.
sheet-nothing-to-do = Nothing to write.
sheet-applied = Imported { $file }: { $created } new, { $updated } updated.
sheet-left-out = { $bad ->
        [one] { $bad } row that cannot be read was left out.
       *[other] { $bad } rows that cannot be read were left out.
    }
sheet-changed = The records changed while the import was being prepared; here is the dry run again.
sheet-mapping-saved = The column mapping is saved for your next import of a file with this header.

## The import screen (`I` in a list): a spreadsheet's columns and its dry run.

sheet-ui-file-prompt = File to import (CSV, XLSX; .ics for meetings):{" "}
sheet-ui-title = Import into { $list }
sheet-ui-pick-field = Read this column into
sheet-ui-how = { $how ->
        [saved] saved
        [changed] changed
        [unknown] no field has this name
        [taken] an earlier column has this field
       *[merged] under a merged cell
    }
sheet-ui-counts = Dry run: { $create } new, { $update } to update, { $there } already there, { $bad } cannot be read
sheet-ui-duplicates = Records already there: { $policy ->
        [update] update them with the file's values
        [keep] keep both, add the row as another record
       *[skip] skip the row
    }
sheet-ui-before = { $stale ->
        [yes] The records changed meanwhile: this is the dry run again.
       *[no] { $bad ->
            [0] Nothing is written until you import.
           *[other] Nothing is written until you import; unreadable rows are left out.
        }
    }
sheet-ui-missing = No column for { $fields }, which every record needs: Enter on a column chooses its field.
sheet-ui-rows = { $count ->
        [0] Every row can be read, none is there already.
       *[other] Rows to look at ({ $count }):
    }
sheet-ui-done = Imported { $file } into { $list }: { $created } new, { $updated } updated{ $left ->
        [0] {""}
        [one] , { $left } row left out
       *[other] , { $left } rows left out
    }.
sheet-ui-mapping-saved = The column mapping is saved for the next file with this header.
sheet-ui-stale = The records changed since the dry run: look at it again, then import.
sheet-ui-nothing = Nothing to import: every row is already there or cannot be read.
sheet-ui-hint-field = choose the field
    .short = field
sheet-ui-hint-duplicates = duplicates: skip / update / keep
    .short = duplicates
sheet-ui-hint-import = import
sheet-ui-hint-pane = columns / rows
    .short = rows
import-yes = yes, y, archived
import-no = no, n

## Other names of fields in a spreadsheet's header (comma-separated).

import-aliases-name = organisation, organization, name of organisation, prison
import-aliases-ico = company id, company number, id number, reg no
import-aliases-email = email, mail, e-mail address
import-aliases-phone = telephone, tel, mobile, phone number
import-aliases-web = website, web site, www, url
import-aliases-notes = note, comment, comments, remarks
import-aliases-region = county
import-aliases-regions = region, regions of work
import-aliases-services = service
import-aliases-given_name = first name, forename
import-aliases-surname = last name, family name
import-aliases-title_before = title, titles
import-aliases-town = city, municipality
import-aliases-address = street, street address
import-aliases-contact = contact person
import-aliases-organisation = ngo, organisation, organization
import-aliases-subject = title, name
import-aliases-title = name, subject
## spojka history and spojka revert.
history-cli-op = Operation #{ $op } · { $when } · { $who } · { $what } ({ $count ->
    [one] { $count } change
   *[other] { $count } changes
})
history-cli-old = Before operations were recorded (not revertible)
history-cli-none = No changes found.
history-cli-reverted = Reverted operation #{ $op } as operation #{ $new }: { $count ->
    [one] { $count } record
   *[other] { $count } records
}

## spojka person show a spojka person erase: one person's data (GDPR).
person-title = { $name } (#{ $id })
person-section-record = Record
person-section-meetings = Meetings
person-section-assignments = Assignments
person-section-actions = Action items
person-section-liaison = Liaison of
person-section-mentions = Named elsewhere
person-section-requests = Steps of cooperation requests
person-section-history = History
person-none = none
person-record = { kind-noun } „{ $title }“ (#{ $id })
person-link = { $link ->
    [organiser] organiser
    [attendee] attendee
    [liaison] liaison
    [assignment] assignment
    [step_by] did a step
   *[action] action item
}
person-occurrence = occurrence of { $date }
person-place-record = { kind-noun } „{ $title }“ (#{ $id }), { $field }
person-place-history = history of { kind-noun } „{ $title }“ (#{ $id }), entry { $seq }, { $field } { $after ->
    [yes] after the change
   *[no] before the change
}
person-place-operation = operation log, operation #{ $op }
person-history-line = { $when } · { $who } · { $change }
erase-plan-title = Erasing { $name } (#{ $id }) changes:
erase-section-records = Records
erase-section-hits = Mentions, each replaced by “{ $with }”
erase-deleted = deleted
erase-cleared = { $link } cleared
erase-person-itself = the person's record and its history: erased
erase-nothing-else = Nothing else names them.
erase-dry-run = Nothing was changed. Run again with --yes to erase all of the above: it cannot be undone.
erase-done = Erased { $name }: { $changed } records changed, { $deleted } deleted, { $replaced } mentions replaced (operation #{ $op }). Older automatic backups keep the data until they rotate out (7 days).
erase-compacted = The database was compacted: the erased data is gone from its files.
erased-person = erased person
help-request-steps-about = Show the steps cooperation requests go through (as TOML, to edit), or replace them from a TOML file: the new list is the next version, and each request keeps the version it started with
help-request-steps-show-about = Print the newest step list (or --version N) as TOML
help-request-steps-show-arg-version = The version to show; without it, the newest
help-request-steps-import-about = Add the steps in a TOML file as the next version: new requests follow it, requests already started keep theirs
help-request-steps-import-arg-file = The TOML file (as show prints it)
