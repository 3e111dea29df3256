//! Errors in words, in the language the thread speaks (`errors.ftl`): the
//! store's, the exports', iCalendar's, the files read and written, keymaps,
//! settings and the process holding the database. Each error type keeps its
//! English `Display` for logs and tests; the English catalog says the same,
//! word for word, which the tests below hold for every variant.
//!
//! Paths, record names and the system's own error texts (`io::Error`, what
//! sled, the CSV writer or serde say) are passed as they are. An error that
//! wraps one of ours words the inner one here too.
//!
//! [`Failure`] is a failed piece of work as the status line keeps it: the
//! error itself, worded when the status line is drawn.

use super::{format, text};
use crate::config::{ConfigError, Problem as ConfigProblem};
use crate::control::client::ControlError;
use crate::domain::Kind;
use crate::export::ExportError;
use crate::ical::IcalError;
use crate::infile::InFileError;
use crate::keymap::{Diagnostic, KeyParseError, KeymapError, Problem as KeymapProblem};
use crate::outfile::OutputError;
use crate::store::StoreError;
use fluent_bundle::FluentValue;
use std::path::Path;
use std::sync::Arc;

/// Work the session did that failed, kept as the error itself so the
/// status line words it in the language of the session drawing it.
#[derive(Debug, Clone)]
pub enum Failure {
    /// The store.
    Store(Arc<StoreError>),
    /// An export.
    Export(Arc<ExportError>),
    /// Reading, writing or importing a calendar file.
    Ical(Arc<IcalError>),
    /// A file that could not be read.
    InFile(Arc<InFileError>),
    /// A file that could not be written.
    Output(Arc<OutputError>),
    /// A spreadsheet that could not be read: the file, why.
    Sheet(String, crate::sheet::SheetError),
    /// Anything else, as its lower layer put it.
    Other(String),
}

impl Failure {
    /// The failure in words, in the spoken language.
    pub fn words(&self) -> String {
        match self {
            Failure::Store(e) => store(e),
            Failure::Export(e) => export(e),
            Failure::Ical(e) => ical(e),
            Failure::InFile(e) => infile(e),
            Failure::Output(e) => outfile(e),
            Failure::Sheet(file, e) => super::sheet::error(file, e),
            Failure::Other(why) => why.clone(),
        }
    }

    /// The failure as its error's own (English) `Display` says it.
    pub fn english(&self) -> String {
        match self {
            Failure::Store(e) => e.to_string(),
            Failure::Export(e) => e.to_string(),
            Failure::Ical(e) => e.to_string(),
            Failure::InFile(e) => e.to_string(),
            Failure::Output(e) => e.to_string(),
            Failure::Sheet(file, e) => format!("{file}: {e}"),
            Failure::Other(why) => why.clone(),
        }
    }
}

/// Two failures are the same when they are of the same kind and say the same.
impl PartialEq for Failure {
    fn eq(&self, other: &Failure) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
            && self.english() == other.english()
    }
}

impl Eq for Failure {}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Failure {
        Failure::Store(Arc::new(e))
    }
}

impl From<ExportError> for Failure {
    fn from(e: ExportError) -> Failure {
        Failure::Export(Arc::new(e))
    }
}

impl From<IcalError> for Failure {
    fn from(e: IcalError) -> Failure {
        Failure::Ical(Arc::new(e))
    }
}

impl From<InFileError> for Failure {
    fn from(e: InFileError) -> Failure {
        Failure::InFile(Arc::new(e))
    }
}

impl From<OutputError> for Failure {
    fn from(e: OutputError) -> Failure {
        Failure::Output(Arc::new(e))
    }
}

impl From<String> for Failure {
    fn from(why: String) -> Failure {
        Failure::Other(why)
    }
}

impl From<&str> for Failure {
    fn from(why: &str) -> Failure {
        Failure::Other(why.to_string())
    }
}

fn shown(path: &Path) -> FluentValue<'static> {
    path.display().to_string().into()
}

/// A value shown as its `Display` writes it: ids, line numbers and sizes
/// are not grouped the way a number argument would be.
fn plain(value: impl ToString) -> FluentValue<'static> {
    value.to_string().into()
}

/// A number that selects a plural form.
fn count(n: usize) -> FluentValue<'static> {
    n.into()
}

/// A record kind as errors name it.
fn kind(kind: Kind) -> FluentValue<'static> {
    text(&format!("error-kind-{}", kind.plural())).into()
}

fn record(id: &str, k: Kind, record: u64) -> String {
    format(id, &[("kind", kind(k)), ("id", plain(record))])
}

/// A store error in words.
pub fn store(e: &StoreError) -> String {
    use StoreError as E;
    match e {
        E::Locked { path } => format("error-store-locked", &[("path", shown(path))]),
        E::Decode { what, path, source } => format(
            "error-store-decode",
            &[
                ("what", what.as_str().into()),
                ("path", shown(path)),
                ("error", plain(source)),
            ],
        ),
        E::NotFound { kind: k, id } => record("error-store-not-found", *k, *id),
        E::Conflict {
            kind: k,
            id,
            yours,
            stored,
        } => format(
            "error-store-conflict",
            &[
                ("kind", kind(*k)),
                ("id", plain(id)),
                ("yours", plain(yours)),
                ("stored", plain(stored)),
            ],
        ),
        E::Referenced { kind: k, id, by } => format(
            "error-store-referenced",
            &[
                ("kind", kind(*k)),
                ("id", plain(id)),
                ("n", plain(by.len())),
                ("count", count(by.len())),
            ],
        ),
        E::Dangling { kind: k, id } => record("error-store-dangling", *k, *id),
        E::NotNew { kind: k, id } => record("error-store-not-new", *k, *id),
        E::TooLarge {
            what,
            part,
            size,
            limit,
        } => format(
            "error-store-too-large",
            &[
                ("what", what.as_str().into()),
                ("part", part.as_str().into()),
                ("size", plain(size)),
                ("limit", plain(limit)),
            ],
        ),
        E::BadBackup { line, reason } => format(
            "error-store-bad-backup",
            &[("line", plain(line)), ("reason", reason.as_str().into())],
        ),
        E::ChangedSince { records } => format(
            "error-store-changed-since",
            &[("records", super::history::records(records).into())],
        ),
        E::AlreadyReverted { by_op, who, at } => format(
            "error-store-already-reverted",
            &[
                ("who", who.as_str().into()),
                ("when", super::history::when(*at).into()),
                ("op", by_op.to_string().into()),
            ],
        ),
        E::FieldsChangedSince {
            kind: k,
            name,
            fields,
            ..
        } => format(
            "error-store-fields-changed-since",
            &[
                ("record", super::history::record(*k, name).into()),
                ("fields", super::history::fields(fields).into()),
            ],
        ),
        E::NotRevertible { op: Some(op) } => {
            format("error-store-not-revertible-op", &[("op", plain(op))])
        }
        E::NotRevertible { op: None } => text("error-store-not-revertible").to_string(),
        E::NoSuchOp { op } => format("error-store-no-such-op", &[("op", plain(op))]),
        E::Io { path, source } => format(
            "error-store-io",
            &[("path", shown(path)), ("error", plain(source))],
        ),
        // A damaged file: say what to do, not only what sled saw.
        E::Sled {
            path,
            source: sled::Error::Corruption { .. },
        } => format("error-store-sled-corrupt", &[("path", shown(path))]),
        E::Sled { path, source } => format(
            "error-store-sled",
            &[("path", shown(path)), ("error", plain(source))],
        ),
    }
}

/// What was being done, as the code names it, and its message.
pub const DOING: &[(&str, &str)] = &[
    (
        "writing the coverage map as CSV",
        "error-doing-coverage-csv",
    ),
    ("writing the coverage map", "error-doing-coverage"),
    ("writing the iCalendar file", "error-doing-ics"),
    ("writing to the terminal", "error-doing-terminal"),
    ("writing the seed report", "error-doing-seed-report"),
    ("writing the demo report", "error-doing-demo-report"),
    ("writing the import report", "error-doing-import-report"),
    ("writing the settings", "error-doing-settings"),
    ("writing the backup report", "error-doing-backup-report"),
    ("writing the check report", "error-doing-check-report"),
    ("writing the restore report", "error-doing-restore-report"),
    ("writing the compact report", "error-doing-compact-report"),
    ("writing the output", "error-doing-output"),
    ("writing the start-up message", "error-doing-start-up"),
    (
        "creating the backups directory",
        "error-doing-backups-directory",
    ),
    (
        "removing a leftover directory",
        "error-doing-remove-leftover",
    ),
    (
        "removing the replaced database",
        "error-doing-remove-replaced",
    ),
    ("starting the watchdog", "error-doing-watchdog"),
];

/// What was being written, as the export and iCalendar errors name it
/// ("writing the CSV of meetings"), in words. The writers name it in
/// English text; a name not known here is shown as it is.
pub fn doing(what: &str) -> String {
    if let Some((_, id)) = DOING.iter().find(|(english, _)| *english == what) {
        return text(id).to_string();
    }
    // "writing the CSV of meetings", "writing the json of people".
    let format_and_kinds = what
        .strip_prefix("writing the ")
        .and_then(|rest| rest.split_once(" of "))
        .filter(|(_, kinds)| Kind::ALL.iter().any(|k| k.plural() == *kinds));
    match format_and_kinds {
        Some((file_format, kinds)) => format(
            "error-doing-format",
            &[
                ("format", file_format.to_string().into()),
                ("kinds", kinds.to_string().into()),
            ],
        ),
        None => what.to_string(),
    }
}

/// `what` failed with `error`: "writing the seed report: broken pipe".
pub fn while_doing(what: &str, error: String) -> String {
    format(
        "error-doing",
        &[("doing", doing(what).into()), ("error", error.into())],
    )
}

/// An export error in words.
pub fn export(e: &ExportError) -> String {
    use ExportError as E;
    match e {
        E::Io { what, source } => while_doing(what, source.to_string()),
        E::Csv { what, source } => while_doing(what, source.to_string()),
        E::Json { what, source } => while_doing(what, source.to_string()),
        E::Xlsx { what, source } => while_doing(what, source.to_string()),
        E::TooManyRows { kind, count, limit } => format(
            "error-export-too-many-rows",
            &[
                ("kind", (*kind).into()),
                ("count", (*count).into()),
                ("limit", (*limit).into()),
            ],
        ),
        E::XlsxToTerminal => text("error-export-xlsx-to-terminal").to_string(),
        E::WrongKind {
            expected,
            found,
            id,
        } => format(
            "error-export-wrong-kind",
            &[
                ("expected", (*expected).into()),
                ("found", (*found).into()),
                ("id", plain(id)),
            ],
        ),
        E::UnknownFormat(name) => format(
            "error-export-unknown-format",
            &[("format", format!("{name:?}").into())],
        ),
        E::IcsOnlyMeetings { kind: k } => {
            format("error-export-ics-only-meetings", &[("kind", (*k).into())])
        }
        E::IcsNeedsAddresses => text("error-export-ics-needs-addresses").to_string(),
        E::Ical(e) => ical(e),
    }
}

/// An export into the file `path` that failed.
pub fn export_to(path: &Path, e: &ExportError) -> String {
    format(
        "error-export-to",
        &[("path", shown(path)), ("error", export(e).into())],
    )
}

/// What is wrong in a calendar file, in words.
pub fn ical_problem(problem: &crate::ical::problem::SyntaxProblem) -> String {
    use crate::ical::problem::SyntaxProblem as P;
    let one = |id: &str, value: &str| format(id, &[("name", value.into())]);
    match problem {
        P::NotACalendar(name) => one("ical-not-a-calendar", name),
        P::TooDeep(name, max) => format(
            "ical-too-deep",
            &[("name", name.as_str().into()), ("max", plain(max))],
        ),
        P::EndWithoutBegin(name) => one("ical-end-without-begin", name),
        P::EndMismatch(name, open, line) => format(
            "ical-end-mismatch",
            &[
                ("name", name.as_str().into()),
                ("open", open.as_str().into()),
                ("line", plain(line)),
            ],
        ),
        P::NoCalendarStart => text("ical-no-calendar-start").to_string(),
        P::AfterEnd => text("ical-after-end").to_string(),
        P::NeverClosed(name) => one("ical-never-closed", name),
        P::NoCalendar => text("ical-no-calendar").to_string(),
        P::OrphanContinuation => text("ical-orphan-continuation").to_string(),
        P::NoColon(name) if name.is_empty() => text("ical-line-no-colon").to_string(),
        P::NoColon(name) => one("ical-no-colon", name),
        P::NotAProperty(found) => one("ical-not-a-property", &format!("{found:?}")),
        P::Unreadable(name, why) => format(
            "ical-unreadable",
            &[("name", name.as_str().into()), ("why", why.as_str().into())],
        ),
        P::NotADuration(value) => one("ical-not-a-duration", &format!("{value:?}")),
        P::NoStart => text("ical-no-start").to_string(),
        P::DurationTooLong(year) => one("ical-duration-too-long", &year.to_string()),
        P::NotADate(name, value) => format(
            "ical-not-a-date",
            &[
                ("name", name.as_str().into()),
                ("value", format!("{value:?}").into()),
            ],
        ),
        P::UnknownZone(tzid) => one("ical-unknown-zone", &format!("{tzid:?}")),
    }
}

/// An iCalendar error in words.
pub fn ical(e: &IcalError) -> String {
    use IcalError as E;
    match e {
        E::Io { what, source } => while_doing(what, source.to_string()),
        E::Syntax { line, problem } => format(
            "error-ical-syntax",
            &[
                ("line", plain(line)),
                ("message", ical_problem(problem).into()),
            ],
        ),
        E::Read(e) => format("error-ical-read", &[("error", store(e).into())]),
        E::Write {
            saved,
            total,
            source,
        } => format(
            "error-ical-write",
            &[
                ("saved", plain(saved)),
                ("total", plain(total)),
                ("count", count(*total)),
                ("error", store(source).into()),
            ],
        ),
    }
}

/// An import of the file `path` that failed.
pub fn import(path: &Path, e: &IcalError) -> String {
    format(
        "error-import",
        &[("path", shown(path)), ("error", ical(e).into())],
    )
}

/// A file that could not be read, in words.
pub fn infile(e: &InFileError) -> String {
    use InFileError as E;
    match e {
        E::Io { path, source } => format(
            "error-infile-io",
            &[("path", shown(path)), ("error", plain(source))],
        ),
        E::NotRegular { path, what } => format(
            "error-infile-not-regular",
            &[("path", shown(path)), ("what", special(what).into())],
        ),
        E::TooLarge { path, limit } => format(
            "error-infile-too-large",
            &[("path", shown(path)), ("size", size(*limit).into())],
        ),
        E::NotText { path } => format("error-infile-not-text", &[("path", shown(path))]),
    }
}

/// What a path names instead of a regular file ("a FIFO (named pipe)").
fn special(what: &str) -> &str {
    let id = match what {
        "a directory" => "error-special-directory",
        "a FIFO (named pipe)" => "error-special-fifo",
        "a device" => "error-special-device",
        "a socket" => "error-special-socket",
        "a special file" => "error-special-other",
        _ => return what,
    };
    text(id)
}

/// A byte count the way people read it: "1 MiB", "512 bytes".
fn size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format("error-size-mib", &[("size", plain(bytes / MIB))])
    } else {
        let n = usize::try_from(bytes).unwrap_or(usize::MAX);
        format(
            "error-size-bytes",
            &[("size", plain(bytes)), ("count", count(n))],
        )
    }
}

/// A file that could not be written, in words.
pub fn outfile(e: &OutputError) -> String {
    use OutputError as E;
    match e {
        E::InsideDatabase { path, db } => format(
            "error-outfile-inside-database",
            &[("path", shown(path)), ("db", shown(db))],
        ),
        E::NoFileName(path) => format("error-outfile-no-file-name", &[("path", shown(path))]),
        E::NotAFile(path) => format("error-outfile-not-a-file", &[("path", shown(path))]),
        E::Folder {
            path,
            folder,
            source,
        } => format(
            "error-outfile-folder",
            &[
                ("path", shown(path)),
                ("folder", shown(folder)),
                ("error", plain(source)),
            ],
        ),
        E::Io { path, step, source } => format(
            "error-outfile-io",
            &[
                ("path", shown(path)),
                ("step", step_words(step).into()),
                ("error", plain(source)),
            ],
        ),
    }
}

/// A step of writing a file, in words.
fn step_words(step: &str) -> &str {
    let id = match step {
        "cannot create a new file in its folder (check that the folder is writable and the disk is not full)" => {
            "error-step-create"
        }
        "cannot write the file (check that the disk is not full)" => "error-step-write",
        "cannot write the file to disk (check that the disk is not full)" => "error-step-sync",
        "cannot put the file in place (is it a folder?); choose another file name" => {
            "error-step-rename"
        }
        "the file is written, but its folder could not be synced to disk (check the disk)" => {
            "error-step-sync-folder"
        }
        _ => return step,
    };
    text(id)
}

/// A keymap that could not be loaded, in words: every problem of a file on
/// a line of its own.
pub fn keymap(e: &KeymapError) -> String {
    use KeymapError as E;
    match e {
        E::Io { path, source } => format(
            "error-keymap-io",
            &[("path", shown(path)), ("error", plain(source))],
        ),
        E::UnknownBuiltin { name, available } => format(
            "error-keymap-unknown-builtin",
            &[
                ("name", name.as_str().into()),
                ("available", available.join(", ").into()),
            ],
        ),
        E::Invalid(diagnostics) => diagnostics
            .iter()
            .map(diagnostic)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// One problem of a keymap file, with the file, the line, the key and the
/// section it is in.
pub fn diagnostic(d: &Diagnostic) -> String {
    let mut args = vec![
        ("file", d.file.as_str().into()),
        ("line", plain(d.line)),
        ("problem", keymap_problem(&d.problem).into()),
    ];
    let id = match (&d.key, d.mode) {
        (Some(key), Some(mode)) => {
            args.push(("key", format!("{key:?}").into()));
            args.push(("mode", mode.name().into()));
            "error-keymap-at-key-mode"
        }
        (Some(key), None) => {
            args.push(("key", format!("{key:?}").into()));
            "error-keymap-at-key"
        }
        (None, Some(mode)) => {
            args.push(("mode", mode.name().into()));
            "error-keymap-at-mode"
        }
        (None, None) => "error-keymap-at",
    };
    format(id, &args)
}

/// What is wrong in a keymap file, in words.
pub fn keymap_problem(problem: &KeymapProblem) -> String {
    use KeymapProblem as P;
    let one = |id: &str, name: &str, value: &str| format(id, &[(name, value.to_string().into())]);
    match problem {
        P::Syntax(message) => one("error-toml-syntax", "message", message),
        P::UnknownMode(section) => one("error-keymap-unknown-mode", "section", section),
        P::UnknownTopLevelKey(key) => one("error-keymap-unknown-top-level-key", "key", key),
        P::SectionNotTable(section) => one("error-keymap-section-not-table", "section", section),
        P::BadBase(base) => one("error-keymap-bad-base", "base", base),
        P::MisplacedBase => text("error-keymap-misplaced-base").to_string(),
        P::UnknownAction(action) => one("error-keymap-unknown-action", "action", action),
        P::BadKey(e) => one("error-keymap-bad-key", "error", &key_parse(e)),
        P::NotAString(found) => one("error-keymap-not-a-string", "found", found),
        P::DuplicateKey {
            other_key,
            other_line,
        } => format(
            "error-keymap-duplicate-key",
            &[
                ("other", other_key.as_str().into()),
                ("line", plain(other_line)),
            ],
        ),
        P::ShadowsSequence {
            sequence,
            file,
            line,
        } => format(
            "error-keymap-shadows-sequence",
            &[
                ("sequence", sequence.as_str().into()),
                ("file", file.as_str().into()),
                ("line", plain(line)),
            ],
        ),
        P::ShadowedBy { prefix, file, line } => format(
            "error-keymap-shadowed-by",
            &[
                ("prefix", prefix.as_str().into()),
                ("file", file.as_str().into()),
                ("line", plain(line)),
            ],
        ),
    }
}

/// Why a key in the keymap notation could not be read, in words.
pub fn key_parse(e: &KeyParseError) -> String {
    use KeyParseError as K;
    let modifier = |id: &str, m: &char| format(id, &[("modifier", plain(m))]);
    let name = |id: &str, n: &str| format(id, &[("name", n.to_string().into())]);
    match e {
        K::Empty => text("error-key-empty").to_string(),
        K::MissingKey(m) => modifier("error-key-missing-key", m),
        K::UnknownModifier(m) => modifier("error-key-unknown-modifier", m),
        K::DuplicateModifier(m) => modifier("error-key-duplicate-modifier", m),
        K::UnknownName(n) => name("error-key-unknown-name", n),
        K::BadFunctionKey(n) => name("error-key-bad-function-key", n),
        K::ControlChar(c) => format(
            "error-key-control-char",
            &[("char", format!("{c:?}").into())],
        ),
        K::ShiftOnSymbol(c) => format("error-key-shift-on-symbol", &[("char", plain(c))]),
        K::BadSeparator => text("error-key-bad-separator").to_string(),
    }
}

/// A settings file that could not be used, in words.
pub fn config(e: &ConfigError) -> String {
    match e {
        ConfigError::Read { path, source } => format(
            "error-config-read",
            &[("path", shown(path)), ("error", plain(source))],
        ),
        ConfigError::Invalid {
            file,
            line,
            problem,
            ..
        } => format(
            "error-config-invalid",
            &[
                ("file", file.as_str().into()),
                ("line", plain(line)),
                ("problem", config_problem(problem).into()),
            ],
        ),
    }
}

/// What is wrong in a settings file, in words.
pub fn config_problem(problem: &ConfigProblem) -> String {
    use ConfigProblem as P;
    match problem {
        P::Syntax(message) => format("error-toml-syntax", &[("message", message.as_str().into())]),
        P::UnknownKey(key) => format("error-config-unknown-key", &[("key", key.as_str().into())]),
        P::UnknownLanguage(found) => format(
            "error-config-unknown-language",
            &[("found", found.as_str().into())],
        ),
        P::NotASection(key) => format(
            "error-config-not-a-section",
            &[("key", key.as_str().into())],
        ),
        P::NotANumber { key, found } => format(
            "error-config-not-a-number",
            &[
                ("key", key.as_str().into()),
                ("found", found.as_str().into()),
                ("unit", unit(key).into()),
            ],
        ),
        P::OutOfRange { key, found } => format(
            "error-config-out-of-range",
            &[
                ("key", key.as_str().into()),
                ("found", plain(found)),
                ("max", plain(crate::config::MAX_TRAVEL_GAP_MINUTES)),
                ("unit", unit(key).into()),
            ],
        ),
    }
}

/// What a number of a config.toml key counts: days for how long a request
/// may wait, minutes for the rest.
fn unit(key: &str) -> &'static str {
    if key == "requests.waiting_days" {
        "days"
    } else {
        "minutes"
    }
}

/// The process holding the database could not run a command, in words.
pub fn control(e: &ControlError) -> String {
    match e {
        ControlError::NoHolder(socket) => format(
            "error-control-no-holder",
            &[("socket", socket.as_str().into())],
        ),
        ControlError::WrongVersion { version, pid } => format(
            "error-control-wrong-version",
            &[("version", version.as_str().into()), ("pid", plain(pid))],
        ),
        ControlError::Died { pid } => format("error-control-died", &[("pid", plain(pid))]),
        ControlError::Io(e) => e.to_string(),
    }
}

#[cfg(test)]
mod tests;
