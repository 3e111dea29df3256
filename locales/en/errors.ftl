# Errors of the store, exports, iCalendar, files read and written, keymaps,
# settings and the control socket (src/catalog/errors.rs). The English text
# is the errors' own Display text, word for word: a unit test holds them
# together. Paths, record names and the system's own error texts ($error)
# are passed as they are.

## A record kind as errors name it ($kind in the messages below).
error-kind-facilities = Facility
error-kind-ngos = Organisation
error-kind-people = Person
error-kind-assignments = Assignment
error-kind-meetings = Meeting
error-kind-agreements = Agreement
error-kind-actions = ActionItem
error-kind-requests = Request

## The store.
error-store-locked = the database { $path } is in use by another spojka process; close that one first, or choose another database with --db
error-store-decode = cannot read { $what } in { $path }: { $error }
error-store-not-found = { $kind } #{ $id } does not exist (was it deleted?)
error-store-conflict = { $kind } #{ $id } was changed elsewhere since you opened it (your version { $yours }, stored { $stored }); reopen it and edit again
error-store-referenced = { $kind } #{ $id } is referred to by { $n } other { $count ->
   *[other] record(s)
}; archive it instead
error-store-dangling = the record refers to { $kind } #{ $id }, which does not exist
error-store-not-new = { $kind } #{ $id } is already stored; a bulk insert only adds new records
error-store-too-large = { $what } is too large to store: { $part } is { $size } bytes, at most { $limit } are allowed; shorten it
error-store-bad-backup = the backup file cannot be restored (line { $line }): { $reason }; nothing was changed
error-store-changed-since = not turned back, nothing was changed: changed since by someone else: { $records }
error-store-already-reverted = not turned back, nothing was changed: this change was already reverted by { $who } on { $when } (operation #{ $op })
error-store-fields-changed-since = not reverted, nothing was changed: a later change touched { $fields } of { $record }
error-store-not-revertible = this cannot be turned back: it erased personal data, was never completed, or was recorded before the history kept values
error-store-not-revertible-op = operation #{ $op } cannot be turned back: it erased personal data, was never completed, or was recorded before the history kept values
error-store-no-such-op = there is no operation #{ $op }
error-store-io = { $path }: { $error }
error-store-sled = database { $path }: { $error }
error-store-sled-corrupt = database { $path } is damaged: sled found data it cannot read. Run `spojka --db { $path } check` to see what can still be read, then put a backup back with `spojka --db { $path } restore FILE --force` (automatic backups are kept beside the database)

## What was being written when writing failed ($doing).
error-doing = { $doing }: { $error }
error-doing-format = writing the { $format } of { $kinds }
error-doing-coverage-csv = writing the coverage map as CSV
error-doing-coverage = writing the coverage map
error-doing-ics = writing the iCalendar file
error-doing-terminal = writing to the terminal
error-doing-seed-report = writing the seed report
error-doing-demo-report = writing the demo report
error-doing-import-report = writing the import report
error-doing-settings = writing the settings
error-doing-backup-report = writing the backup report
error-doing-check-report = writing the check report
error-doing-restore-report = writing the restore report
error-doing-compact-report = writing the compact report
error-doing-output = writing the output
error-doing-start-up = writing the start-up message
error-doing-backups-directory = creating the backups directory
error-doing-remove-leftover = removing a leftover directory
error-doing-remove-replaced = removing the replaced database
error-doing-watchdog = starting the watchdog

## Exports.
error-export-wrong-kind = cannot export { $found } #{ $id } as { $expected }: the export holds one kind of record
error-export-unknown-format = unknown export format { $format } (expected "csv", "xlsx", "json" or "ics")
error-export-ics-only-meetings = iCalendar export is for meetings only, not { $kind }; use --kind meetings, or csv or json for { $kind }
error-export-ics-needs-addresses = iCalendar export needs the people's e-mail addresses; it is written by write_ics
error-export-too-many-rows = { $count } { $kind } do not fit in one XLSX sheet, which holds { $limit } rows; use csv or json
error-export-xlsx-to-terminal = an XLSX file is not for a terminal: give --out FILE, or redirect the output (… > file.xlsx)
error-export-to = { $path }: { $error }

## iCalendar.
error-ical-syntax = line { $line }: { $message }; nothing was imported
error-ical-read = { $error }; nothing was imported
error-ical-write = the import stopped after saving { $saved } of { $total } { $count ->
   *[other] meetings
}: { $error }. Run it again to finish: meetings already saved are updated, not duplicated
error-import = { $path }: { $error }

## Files read.
error-infile-io = cannot read { $path }: { $error }
error-infile-not-regular = cannot read { $path }: it is { $what }, not a regular file; spojka reads only regular files
error-infile-too-large = cannot read { $path }: it is larger than { $size }
error-infile-not-text = cannot read { $path }: it is not UTF-8 text
error-special-directory = a directory
error-special-fifo = a FIFO (named pipe)
error-special-device = a device
error-special-socket = a socket
error-special-other = a special file
error-size-mib = { $size } MiB
error-size-bytes = { $size } { $count ->
   *[other] bytes
}

## Files written.
error-outfile-inside-database = { $path }: this is in the database directory { $db }; writing there would damage the database, so nothing was written. Choose a file outside that directory
error-outfile-no-file-name = { $path }: this names a folder, not a file; add a file name
error-outfile-not-a-file = { $path }: this is not a regular file (a folder, a device, a pipe, or a link to one), so it is left alone; choose a file name, or leave out --out to write to standard output
error-outfile-folder = { $path }: cannot use the folder { $folder }: { $error }; choose an existing folder
error-outfile-io = { $path }: { $step }: { $error }
error-step-create = cannot create a new file in its folder (check that the folder is writable and the disk is not full)
error-step-write = cannot write the file (check that the disk is not full)
error-step-sync = cannot write the file to disk (check that the disk is not full)
error-step-rename = cannot put the file in place (is it a folder?); choose another file name
error-step-sync-folder = the file is written, but its folder could not be synced to disk (check the disk)

## Keymaps.
error-keymap-io = cannot read keymap file "{ $path }": { $error }
error-keymap-unknown-builtin = unknown keymap "{ $name }": builtin keymaps are { $available }; or give a path to a .toml file
error-keymap-at = { $file }:{ $line }: { $problem }
error-keymap-at-key-mode = { $file }:{ $line }: key { $key } in [{ $mode }]: { $problem }
error-keymap-at-key = { $file }:{ $line }: key { $key }: { $problem }
error-keymap-at-mode = { $file }:{ $line }: [{ $mode }]: { $problem }
error-toml-syntax = TOML syntax error: { $message }
error-keymap-unknown-mode = unknown section [{ $section }]: sections are [normal], [detail], [filter], [form], [picker], [confirm], [help] and [history]
error-keymap-unknown-top-level-key = unknown top-level key "{ $key }": only `base` and mode sections are allowed
error-keymap-section-not-table = { "[" }{ $section }] must be a table of "key" = "action" entries
error-keymap-bad-base = bad base "{ $base }": use base = "default" or base = "vim"
error-keymap-misplaced-base = `base` must come before the first [section] to apply to the whole file
error-keymap-unknown-action = unknown action "{ $action }"
error-keymap-bad-key = bad key: { $error }
error-keymap-not-a-string = expected an action name in quotes (or "none"), found { $found }
error-keymap-duplicate-key = same key as "{ $other }" on line { $line }: bind each key once
error-keymap-shadows-sequence = shadows the sequence "{ $sequence }" bound at { $file }:{ $line }: a key that starts a sequence cannot have an action of its own; unbind one with "none"
error-keymap-shadowed-by = is shadowed by "{ $prefix }" bound at { $file }:{ $line }: a key that starts a sequence cannot have an action of its own; unbind one with "none"
error-key-empty = empty key: write a character such as "j" or a name such as "enter"
error-key-missing-key = modifier "{ $modifier }-" has no key after it
error-key-unknown-modifier = unknown modifier "{ $modifier }-": use C- (ctrl), A- (alt) or S- (shift)
error-key-duplicate-modifier = modifier "{ $modifier }-" is given twice
error-key-unknown-name = unknown key name "{ $name }": use one character or one of enter, esc, tab, backtab, backspace, delete, up, down, left, right, home, end, pageup, pagedown, insert, space, f1..f12 (names are lowercase)
error-key-bad-function-key = function key "{ $name }" does not exist: use f1..f12
error-key-control-char = control character { $char } cannot be bound: use its name, e.g. "tab" or "enter"
error-key-shift-on-symbol = "S-{ $char }" cannot be typed: write the shifted character itself (e.g. "!")
error-key-bad-separator = keys in a sequence are separated by exactly one space

## Settings (config.toml).
error-config-read = cannot read { $path }: { $error }
error-config-invalid = { $file }, line { $line }: { $problem }
error-config-unknown-key = unknown key "{ $key }": the settings are lang, travel_gap_minutes and length_minutes in [meetings], and waiting_days in [requests]
error-config-unknown-language = lang must be "cs" or "en", found { $found }
error-config-not-a-section = "{ $key }" must be a [{ $key }] section
error-config-not-a-number = { $key } must be a whole number of { $unit ->
    [days] days
   *[other] minutes
}, found { $found }
error-config-out-of-range = { $key } must be between 0 and { $max } { $unit ->
    [days] days
   *[other] minutes
}, found { $found }

## The process holding the database.
error-control-no-holder = no spojka answers at { $socket }
error-control-wrong-version = this database is held by spojka { $version } (pid { $pid }): use that version or close it
error-control-died = the spojka holding the database (pid { $pid }) stopped answering in the middle of the command; check with `spojka export` whether it took effect, and run it again if not

## What is wrong in a calendar file (inside error-ical-syntax).
ical-not-a-calendar = expected BEGIN:VCALENDAR, found BEGIN:{ $name }
ical-too-deep = BEGIN:{ $name } nests components more than { $max } deep; calendar files need three or four
ical-end-without-begin = END:{ $name } without a BEGIN:{ $name }
ical-end-mismatch = END:{ $name } does not close BEGIN:{ $open } of line { $line }
ical-no-calendar-start = expected BEGIN:VCALENDAR at the start of the file
ical-after-end = a property after END:VCALENDAR
ical-never-closed = BEGIN:{ $name } is never closed by END:{ $name }
ical-no-calendar = the file holds no calendar (no BEGIN:VCALENDAR)
ical-orphan-continuation = a continuation line (starting with a space) with no line before it
ical-line-no-colon = the line has no ':' before its value
ical-no-colon = { $name } has no ':' before its value
ical-not-a-property = expected NAME:value or NAME;PARAM=value:value, found { $name }
ical-unreadable = cannot read { $name }: { $why }
ical-not-a-duration = DURATION { $name } is not a duration
ical-no-start = this VEVENT has no DTSTART
ical-duration-too-long = DURATION ends after the year { $name }
ical-not-a-date = { $name } { $value } is not a date (20260310) or date-time (20260310T100000)
ical-unknown-zone = unknown time zone { $name }

## Importing a spreadsheet.
sheet-error = { $file }: { $error }; nothing was imported
sheet-error-empty = the file is empty
sheet-error-not-what-it-says = the file is not { $expected ->
        [xlsx] an XLSX workbook
       *[csv] CSV text
    }: it is { $found ->
        [zip] a ZIP archive (an XLSX workbook? then name it .xlsx or use --format xlsx)
        [ole] an old binary Office file (XLS); save it as .xlsx or CSV
        [text] text (CSV? then name it .csv or use --format csv)
       *[binary] binary data, neither a spreadsheet nor text
    }
sheet-error-xlsx = the XLSX workbook cannot be read: { $error }
sheet-error-unpacked = the XLSX archive unpacks to more than { $limit } MiB ({ $part }); spojka does not read it
sheet-error-no-such-sheet = the workbook has no sheet "{ $name }"; it has: { $sheets }
sheet-error-no-sheet = the workbook has no sheet
sheet-error-no-header = sheet "{ $sheet }" has no header row: none of its first ten rows names a column spojka knows (name the columns, or say which is which with --map)
sheet-error-encoding = row { $row } is not { $encoding } text; say the encoding with --encoding
sheet-error-csv = row { $row }: { $error }
sheet-error-too-many-rows = the sheet has more than { $limit } rows; split it
sheet-error-too-many-columns = row { $row } has more than { $limit } columns
error-import-needs-kind = say what the rows of the spreadsheet are with --kind (ngos, people, facilities, assignments, agreements, meetings, actions or requests)
error-import-unknown-format = { $path }: say its format with --format (csv, xlsx or ics); the name does not say it
error-import-map-field = --map: "{ $field }" is not a field of { $kind }; the fields are: { $fields }
error-import-map-header = --map: the file has no column headed "{ $header }"
error-import-changed = the records kept changing while the import was prepared; nothing was imported, try again
