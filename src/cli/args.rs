//! What the command line accepts, with the help texts a new user reads, and
//! where spojka keeps its files by default.

use crate::domain::Kind;
use crate::export::Format;
use clap::builder::PossibleValue;
use clap::{Args, Parser, Subcommand, ValueEnum};
use directories::ProjectDirs;
use std::path::PathBuf;

/// One line for `-h`.
const ABOUT: &str =
    "Coordinate cooperation between Czech prisons and the NGOs working in them, in a terminal.";

/// `spojka [--db PATH] [--keymap NAME|PATH] [COMMAND]`.
#[derive(Debug, Parser)]
#[command(name = "spojka", version, about = ABOUT, long_about = long_about())]
pub struct Cli {
    /// The database directory.
    #[arg(long, value_name = "PATH", global = true, help = db_help())]
    pub db: Option<PathBuf>,
    /// Key bindings for the interactive interface: a shipped keymap ("default"
    /// or "vim") or the path of your own .toml file.
    #[arg(long, value_name = "NAME|PATH", global = true)]
    pub keymap: Option<String>,
    /// The language of the interface and messages: "cs" or "en". Without it,
    /// `lang` in config.toml, else the locale (LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, value_name = "cs|en", global = true, value_parser = parse_lang)]
    pub lang: Option<crate::vocab::Lang>,
    /// What to do; without a command spojka opens the interactive interface.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands besides the interactive interface.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load the public list of Czech prisons (38 facilities) into the database,
    /// with --youth the youth facilities too. Run again, it brings the built-in
    /// facilities up to date, except the fields you edited, which it lists.
    Seed(SeedArgs),
    /// Write one kind of record as CSV (for spreadsheets and scripts), JSON
    /// (a complete copy with every field, spojka's long-term format), or,
    /// for meetings, iCalendar (.ics, for calendar programs).
    Export(ExportArgs),
    /// Read records from a spreadsheet (CSV or XLSX, with --kind) or meetings
    /// from a calendar file (.ics). A spreadsheet's columns are found by
    /// their header in Czech or English; records already stored (same IČO,
    /// name or e-mail) are skipped, updated or kept as --duplicates says; a
    /// row that cannot be read stops the import unless --skip-bad-rows, and
    /// --dry-run only reports. Calendar events already imported (same UID)
    /// are updated, not duplicated. An import is written whole or not at all.
    Import(ImportArgs),
    /// Fill a new, empty database with demo data to try spojka on: the real
    /// prisons and member NGOs, and invented NGOs, people, agreements and
    /// meetings. Refuses a database that already holds records.
    Demo(DemoArgs),
    /// Write the coverage map as CSV: for each of the 14 regions, how many
    /// NGOs deliver each kind of service there through an agreement or an
    /// assignment in force (0 is a gap).
    Coverage(CoverageArgs),
    /// Write the impact report of a period: meetings held per month,
    /// facility, NGO and region, agreements in force, coordinators and
    /// facilities covered, and the coverage map of regions by services with
    /// its gaps. Markdown, or one HTML file that prints on A4.
    Report(ReportArgs),
    /// Write the public register: which NGOs (member, observer, partner)
    /// deliver which services in which facilities under agreements in force,
    /// by region, with the contacts the NGOs agreed to publish and no
    /// personal data. One HTML page that prints on A4, or CSV; with
    /// --facility, the one-page sheet of one facility.
    Register(RegisterArgs),
    /// Print the coming meetings, and with --person that person's open
    /// action items, as plain text for a morning e-mail or a cron job, or
    /// as JSON for scripts. Cancelled meetings are left out.
    Agenda(AgendaArgs),
    /// One person's data: everything held about them (show), or their
    /// personal data erased everywhere (erase).
    #[command(subcommand)]
    Person(PersonCommand),
    /// List changes grouped by operation: one operation (--op), every
    /// operation since a day (--since), or one record's history (--kind and
    /// --id); who, when, and each field before and after.
    History(HistoryArgs),
    /// Turn back a whole operation (an import, a save) as a new operation.
    /// Refused, changing nothing, when a record it changed was changed since,
    /// or when it erased personal data.
    Revert(RevertArgs),
    /// Show your settings, or change one. They are kept in the database under
    /// your user name, so each user of a shared database has their own.
    Settings(SettingsArgs),
    /// Write a backup of everything (every record, the whole history and
    /// operation log, the id counters) to one file with a checksum. Without
    /// FILE it goes into the backups directory beside the database; "-" is
    /// standard output.
    Backup(BackupArgs),
    /// Replace the database by the contents of a backup file. Refuses a
    /// database that holds records unless --force (which backs it up first),
    /// and refuses while another spojka has the database open.
    Restore(RestoreArgs),
    /// Read every record, index entry, history entry and operation and say
    /// what is wrong, if anything; the exit status is 0 only when all is well.
    Check(CheckArgs),
    /// Rewrite the database into a fresh copy, which takes less space, and
    /// put it in place. Refuses while another spojka has the database open.
    Compact,
    /// Serve this database over SSH: each person in the users file logs in
    /// with their own key (`ssh -p 2222 host`) and gets the interactive
    /// interface, or runs a command (`ssh -p 2222 host export …`), in
    /// their role. Holds the database until stopped (SIGTERM); SIGHUP
    /// reloads the users file.
    Serve(ServeArgs),
    /// Show the steps cooperation requests go through (as TOML, to edit), or
    /// replace them from a TOML file: the new list is the next version, and
    /// each request keeps the version it started with.
    RequestSteps(RequestStepsArgs),
}

/// Options of `spojka request-steps`.
#[derive(Debug, Clone, Args)]
pub struct RequestStepsArgs {
    /// What to do with the step list.
    #[command(subcommand)]
    pub action: RequestStepsAction,
}

/// `spojka request-steps show` or `import FILE`.
#[derive(Debug, Clone, Subcommand)]
pub enum RequestStepsAction {
    /// Print the newest step list (or --version N) as TOML.
    Show {
        /// The version to show; without it, the newest.
        #[arg(long)]
        version: Option<u32>,
    },
    /// Add the steps in a TOML file as the next version: new requests
    /// follow it, requests already started keep theirs.
    Import {
        /// The TOML file (as show prints it).
        file: PathBuf,
    },
}

/// Options of `spojka settings`.
#[derive(Debug, Clone, Args)]
pub struct SettingsArgs {
    /// The setting to change; without one, your settings are shown.
    #[command(subcommand)]
    pub change: Option<SettingChange>,
}

/// A setting to change with `spojka settings`.
#[derive(Debug, Clone, Subcommand)]
pub enum SettingChange {
    /// The keymap spojka opens with when --keymap is not given: a shipped
    /// keymap ("default" or "vim") or the path of your own .toml file.
    /// --keymap still chooses another for one run.
    Keymap {
        /// The keymap to open with.
        #[arg(value_name = "NAME|PATH", required_unless_present = "unset", value_parser = keymap_choice)]
        choice: Option<String>,
        /// Forget the saved keymap.
        #[arg(long, conflicts_with = "choice")]
        unset: bool,
    },
    /// The language the interactive interface speaks to you when --lang is
    /// not given and config.toml sets none: "cs" or "en".
    Lang {
        /// The language: "cs" or "en".
        #[arg(value_name = "cs|en", required_unless_present = "unset", value_parser = parse_lang)]
        choice: Option<crate::vocab::Lang>,
        /// Forget the saved language (the locale decides again).
        #[arg(long, conflicts_with = "choice")]
        unset: bool,
    },
}

/// A keymap to remember: a shipped name as it is, a file as an absolute
/// path, since spojka may be started from another directory (and the process
/// holding the database runs the command in its own).
fn keymap_choice(text: &str) -> Result<String, String> {
    if crate::keymap::BUILTIN_NAMES.contains(&text) {
        return Ok(text.to_string());
    }
    std::path::absolute(text)
        .map(|path| path.display().to_string())
        .map_err(|e| {
            crate::catalog::format(
                "arg-no-absolute-path",
                &[
                    ("value", format!("{text:?}").into()),
                    ("error", e.to_string().into()),
                ],
            )
        })
}

/// Options of `spojka backup`.
#[derive(Debug, Clone, Args)]
pub struct BackupArgs {
    /// The file to write (owner-only, replaced if it exists); "-" for
    /// standard output [default: a new file in the backups directory].
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
}

/// Options of `spojka restore`.
#[derive(Debug, Clone, Args)]
pub struct RestoreArgs {
    /// The backup file to restore.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Replace a database that already holds records.
    #[arg(long)]
    pub force: bool,
}

/// Options of `spojka check`.
#[derive(Debug, Clone, Args)]
pub struct CheckArgs {
    /// Move unreadable records and history entries into a quarantine (and a
    /// file beside the database) and repair the index, so the rest opens.
    #[arg(long)]
    pub quarantine: bool,
}

/// Options of `spojka serve`.
#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// The address and port to listen on.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:2222")]
    pub listen: std::net::SocketAddr,
    /// Who may connect, with which keys and roles [default: users.toml in
    /// the config directory].
    #[arg(long, value_name = "FILE")]
    pub users: Option<PathBuf>,
}

/// Options of `spojka seed`.
#[derive(Debug, Clone, Default, Args)]
pub struct SeedArgs {
    /// Also load the youth facilities (výchovné ústavy, dětské domovy se
    /// školou) that their sources confirm.
    #[arg(long)]
    pub youth: bool,
}

/// `--youth` and `--no-youth`: whether youth facilities are included.
#[derive(Debug, Clone, Default, Args)]
pub struct YouthArgs {
    /// Include the youth facilities (the default).
    #[arg(long, overrides_with = "no_youth")]
    pub youth: bool,
    /// Leave the youth facilities out.
    #[arg(long, overrides_with = "youth")]
    pub no_youth: bool,
}

impl YouthArgs {
    /// Whether youth facilities are included.
    pub fn included(&self) -> bool {
        !self.no_youth
    }

    /// As arguments again.
    fn push_to(&self, args: &mut Vec<String>) {
        if self.no_youth {
            args.push("--no-youth".to_string());
        }
    }
}

/// Options of `spojka register`.
#[derive(Debug, Clone, Args)]
pub struct RegisterArgs {
    /// The file format.
    #[arg(long, value_name = "FORMAT", default_value = "html")]
    pub format: crate::report::register::RegisterFormat,
    /// Write to this file (owner-only, replaced if it exists) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only this facility: the one-page sheet of the services NGOs offer
    /// there. Its name, or a part of it that names one facility (case and
    /// accents do not matter).
    #[arg(long, value_name = "NAME")]
    pub facility: Option<String>,
    /// The day the register is for (YYYY-MM-DD or D.M.YYYY) [default: today].
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub on: Option<chrono::NaiveDate>,
    /// The CSV separator, "," or ";" [default: ";" in Czech, "," otherwise].
    #[arg(long, value_name = ",|;", value_parser = separator_arg)]
    pub sep: Option<u8>,
    /// Whether youth facilities are included.
    #[command(flatten)]
    pub youth: YouthArgs,
}

/// Options of `spojka coverage`.
#[derive(Debug, Clone, Args)]
pub struct CoverageArgs {
    /// The day the map is for (YYYY-MM-DD or D.M.YYYY) [default: today].
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub on: Option<chrono::NaiveDate>,
    /// Write to this file (owner-only, replaced if it exists) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The CSV separator, "," or ";" [default: ";" in Czech, "," otherwise].
    #[arg(long, value_name = ",|;", value_parser = separator_arg)]
    pub sep: Option<u8>,
    /// Whether youth facilities are included.
    #[command(flatten)]
    pub youth: YouthArgs,
}

/// Options of `spojka report`.
#[derive(Debug, Clone, Args)]
pub struct ReportArgs {
    /// First day of the period (YYYY-MM-DD or D.M.YYYY) [default: 1 January this year].
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub from: Option<chrono::NaiveDate>,
    /// Last day of the period, included [default: today].
    #[arg(long, value_name = "DATE", value_parser = date_arg)]
    pub to: Option<chrono::NaiveDate>,
    /// The file format.
    #[arg(long, value_name = "FORMAT", default_value = "md")]
    pub format: crate::report::ReportFormat,
    /// Write to this file (owner-only, replaced if it exists) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// Options of `spojka agenda`.
#[derive(Debug, Clone, Args)]
pub struct AgendaArgs {
    /// How many days ahead, from now (1 to 366).
    #[arg(long, value_name = "N", default_value_t = 7, value_parser = clap::value_parser!(u16).range(1..=366))]
    pub days: u16,
    /// Only the meetings this person organises or attends, and their open
    /// action items: their id, or their name or surname (case and accents
    /// do not matter).
    #[arg(long, value_name = "ID|NAME")]
    pub person: Option<String>,
    /// JSON for scripts, the same in every language (the format is in the
    /// README).
    #[arg(long)]
    pub json: bool,
}

/// What `spojka person` does.
#[derive(Debug, Clone, Subcommand)]
pub enum PersonCommand {
    /// Print everything held about one person: their record, the meetings
    /// they attend or organise, their assignments and action items, the
    /// facilities they are the liaison of, the text that names them
    /// elsewhere, and their history.
    Show {
        /// The person: their id, or their name or surname (case and accents
        /// do not matter).
        #[arg(value_name = "ID|NAME")]
        person: String,
        /// JSON for scripts, the same in every language (the format is in
        /// the README).
        #[arg(long)]
        json: bool,
    },
    /// Erase one person's personal data everywhere, as one operation that
    /// cannot be undone: their record and history, their assignments and
    /// action items, their place in meetings and facilities, and their
    /// name, e-mail and phone in other records' text and history. Without
    /// --yes it only lists what it would change.
    Erase {
        /// The person, by id.
        #[arg(value_name = "ID")]
        person: crate::domain::Id,
        /// Erase everything listed; without it nothing is changed.
        #[arg(long)]
        yes: bool,
    },
}

/// Options of `spojka history`.
#[derive(Debug, Clone, Args)]
pub struct HistoryArgs {
    /// One operation, by its id.
    #[arg(long, value_name = "ID", conflicts_with_all = ["since", "kind"])]
    pub op: Option<u64>,
    /// Every operation from this day on.
    #[arg(long, value_name = "DATE", value_parser = date_arg, conflicts_with = "kind")]
    pub since: Option<chrono::NaiveDate>,
    /// The kind of the record whose history to list (with --id).
    #[arg(long, value_name = "KIND", requires = "id")]
    pub kind: Option<Kind>,
    /// The id of the record whose history to list (with --kind).
    #[arg(long, value_name = "N", requires = "kind")]
    pub id: Option<u64>,
    /// JSON for scripts, with typed values (the format is in the README).
    #[arg(long)]
    pub json: bool,
}

/// Options of `spojka revert`.
#[derive(Debug, Clone, Args)]
pub struct RevertArgs {
    /// The operation to turn back, by its id (see spojka history).
    #[arg(long, value_name = "ID")]
    pub op: u64,
    /// JSON for scripts (the format is in the README).
    #[arg(long)]
    pub json: bool,
}

/// A date on the command line; clap names the option and the value when
/// this fails.
fn date_arg(text: &str) -> Result<chrono::NaiveDate, String> {
    crate::domain::field::parse_date(text)
        .ok_or_else(|| crate::catalog::text("arg-not-a-date").to_string())
}

/// A CSV separator on the command line: `,` or `;` (or their names).
fn separator_arg(text: &str) -> Result<u8, String> {
    match text.trim() {
        "," | "comma" => Ok(b','),
        ";" | "semicolon" => Ok(b';'),
        _ => Err(crate::catalog::format(
            "arg-not-a-separator",
            &[("value", text.into())],
        )),
    }
}

/// Options of `spojka demo`.
#[derive(Debug, Clone, Args)]
pub struct DemoArgs {
    /// How many meetings to make; the other kinds follow in proportion (at
    /// 100000: 10000 agreements, 5000 people, 1000 NGOs). Without it, a small
    /// demo of 600 meetings.
    #[arg(long, value_name = "N")]
    pub meetings: Option<usize>,
    /// The random seed: the same seed on the same day makes the same records.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
}

/// Options of `spojka export`.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// Which records to export.
    #[arg(long, value_name = "KIND")]
    pub kind: Kind,
    /// The file format.
    #[arg(long, value_name = "FORMAT")]
    pub format: Format,
    /// Write to this file (owner-only, replaced if it exists) instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// CSV for scripts: every cell exactly as stored. Without it, cells starting
    /// with = + - @ get a leading ' so a spreadsheet shows them instead of running
    /// them as formulas (this includes phone numbers like +420…), and the file
    /// starts with a byte order mark so Excel shows Czech letters correctly.
    /// On a terminal, without it, characters that could drive the terminal
    /// (control, bidi and invisible characters) are shown as visible marks;
    /// through a pipe or to a file the output is always byte-exact. For XLSX:
    /// the columns' stable names and the choices' codes instead of their labels.
    #[arg(long)]
    pub raw: bool,
    /// The CSV separator, "," or ";" [default: ";" for a spreadsheet in
    /// Czech, "," otherwise].
    #[arg(long, value_name = ",|;", value_parser = separator_arg)]
    pub sep: Option<u8>,
    /// Include archived records, which are left out by default.
    #[arg(long)]
    pub archived: bool,
}

/// Options of `spojka import`.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The file format [default: from the file's name: .csv, .xlsx, .ics].
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<ImportFormat>,
    /// What the rows of a spreadsheet (CSV or XLSX) are.
    #[arg(long, value_name = "KIND")]
    pub kind: Option<Kind>,
    /// The sheet of an XLSX workbook to read [default: the first].
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
    /// Show what the import would do (the columns, how many records would be
    /// created, updated or skipped, and every row that cannot be read) and
    /// write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the rows that can be read even when others cannot; without it,
    /// one row that cannot be read stops the whole import.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// What to do with a row that is a record already stored (same IČO, name
    /// or e-mail).
    #[arg(long, value_name = "WHAT", default_value = "skip")]
    pub duplicates: DuplicatesArg,
    /// The CSV separator, ";", "," or "tab" [default: detected].
    #[arg(long, value_name = ";|,|tab", value_parser = import_separator_arg)]
    pub sep: Option<u8>,
    /// The CSV text encoding: utf-8, utf-16, windows-1250 or iso-8859-2
    /// [default: detected].
    #[arg(long, value_name = "ENCODING", value_parser = encoding_arg)]
    pub encoding: Option<crate::sheet::Encoding>,
    /// Which column is which field, where the header does not say:
    /// "Header=field,Other header=-" (a field's id or name; "-" leaves a
    /// column out). Saved for your next import of a file with this header.
    #[arg(long, value_name = "HEADER=FIELD,…")]
    pub map: Option<String>,
    /// The file to read ("-": standard input, with --format).
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

/// The formats spojka imports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// iCalendar (RFC 5545): events become meetings.
    Ics,
    /// CSV from a spreadsheet: one record a row, a header row naming the
    /// columns.
    Csv,
    /// An Excel or LibreOffice workbook (.xlsx): one record a row, a header
    /// row naming the columns.
    Xlsx,
}

impl ImportFormat {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            ImportFormat::Ics => "ics",
            ImportFormat::Csv => "csv",
            ImportFormat::Xlsx => "xlsx",
        }
    }
}

/// What an import does with a row that is a stored record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum DuplicatesArg {
    /// Leave the stored record as it is.
    #[default]
    Skip,
    /// Fill in the stored record from the row (an empty cell changes nothing).
    Update,
    /// Store the row as another record beside it.
    Keep,
}

impl DuplicatesArg {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            DuplicatesArg::Skip => "skip",
            DuplicatesArg::Update => "update",
            DuplicatesArg::Keep => "keep",
        }
    }
}

/// `--sep` of an import: also a tab.
fn import_separator_arg(text: &str) -> Result<u8, String> {
    match text {
        "\t" | "\\t" | "tab" | "TAB" => Ok(b'\t'),
        _ => separator_arg(text),
    }
}

/// `--encoding`'s value.
fn encoding_arg(text: &str) -> Result<crate::sheet::Encoding, String> {
    crate::sheet::Encoding::from_name(text)
        .ok_or_else(|| crate::catalog::format("arg-not-an-encoding", &[("value", text.into())]))
}

/// The kinds are named on the command line by their stable plural names.
impl ValueEnum for Kind {
    fn value_variants<'a>() -> &'a [Kind] {
        &Kind::ALL
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        let help = crate::catalog::kind_help(*self);
        Some(PossibleValue::new(self.plural()).help(help))
    }
}

fn project_dirs() -> Option<ProjectDirs> {
    ProjectDirs::from("cz", "aoov", "spojka")
}

/// Where the database lives unless `--db` says otherwise (None without a home
/// directory).
pub fn default_db_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.data_dir().join("db"))
}

/// Where `spojka serve` reads its users file unless `--users` says otherwise.
pub fn users_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("users.toml"))
}

/// Where a user's own key bindings are read from, if they have made any.
pub fn user_keymap_path() -> Option<PathBuf> {
    project_dirs().map(|d| d.config_dir().join("keymap.toml"))
}

/// The default database's path for the help, or why there is none.
pub(super) fn default_db_text() -> String {
    use crate::catalog::text;
    default_db_path().map_or_else(
        || text("help-no-default-db").to_string(),
        |p| p.display().to_string(),
    )
}

fn db_help() -> String {
    format!(
        "The database directory, created owner-only if missing [default: {}]",
        default_db_text()
    )
}

fn long_about() -> String {
    format!(
        "spojka keeps the records of cooperation between Czech prisons and the NGOs \
         working in them: facilities, NGOs, people, their assignments, meetings and \
         cooperation agreements, with a history of who changed what.\n\n\
         Run it without a command to open the interactive interface. The database is \
         {} unless you choose another with --db PATH. Start a new database with \
         `spojka seed`, which loads the public list of Czech prisons.",
        default_db_text()
    )
}

impl Command {
    /// The command as spojka's arguments, without the program name and
    /// without `--out` (the caller writes its own output file): what the
    /// control socket sends to the process holding the database, and how
    /// that process says what it runs.
    pub fn to_args(&self) -> Vec<String> {
        let mut args: Vec<String> = Vec::new();
        let mut push = |words: &[&str]| args.extend(words.iter().map(|w| w.to_string()));
        match self {
            Command::Seed(a) => {
                push(&["seed"]);
                if a.youth {
                    push(&["--youth"]);
                }
            }
            Command::Register(a) => {
                push(&["register", "--format", a.format.name()]);
                if let Some(facility) = &a.facility {
                    push(&["--facility", facility]);
                }
                if let Some(on) = a.on {
                    push(&["--on", &on.to_string()]);
                }
                if let Some(sep) = a.sep {
                    push(&["--sep", &char::from(sep).to_string()]);
                }
                a.youth.push_to(&mut args);
            }
            Command::Export(a) => {
                let format = a.format.to_string();
                push(&["export", "--kind", a.kind.plural(), "--format", &format]);
                if a.raw {
                    push(&["--raw"]);
                }
                if let Some(sep) = a.sep {
                    push(&["--sep", &char::from(sep).to_string()]);
                }
                if a.archived {
                    push(&["--archived"]);
                }
            }
            Command::Import(a) => {
                // The holder reads the streamed input, never this path; it
                // names the file in what it reports, and reads its format
                // from the name.
                let file = a.file.display().to_string();
                push(&["import"]);
                if let Some(format) = a.format {
                    push(&["--format", format.name()]);
                }
                if let Some(kind) = a.kind {
                    push(&["--kind", kind.plural()]);
                }
                if let Some(sheet) = &a.sheet {
                    push(&["--sheet", sheet]);
                }
                if a.dry_run {
                    push(&["--dry-run"]);
                }
                if a.skip_bad_rows {
                    push(&["--skip-bad-rows"]);
                }
                if a.duplicates != DuplicatesArg::Skip {
                    push(&["--duplicates", a.duplicates.name()]);
                }
                if let Some(sep) = a.sep {
                    let sep = if sep == b'\t' {
                        "tab".to_string()
                    } else {
                        char::from(sep).to_string()
                    };
                    push(&["--sep", &sep]);
                }
                if let Some(encoding) = a.encoding {
                    push(&["--encoding", encoding.name()]);
                }
                if let Some(map) = &a.map {
                    push(&["--map", map]);
                }
                if file.starts_with('-') && file != "-" {
                    push(&["--"]);
                }
                push(&[&file]);
            }
            Command::Demo(a) => {
                push(&["demo", "--seed", &a.seed.to_string()]);
                if let Some(n) = a.meetings {
                    push(&["--meetings", &n.to_string()]);
                }
            }
            Command::Coverage(a) => {
                push(&["coverage"]);
                if let Some(on) = a.on {
                    push(&["--on", &on.to_string()]);
                }
                if let Some(sep) = a.sep {
                    push(&["--sep", &char::from(sep).to_string()]);
                }
                a.youth.push_to(&mut args);
            }
            Command::Backup(a) => match a.file {
                // The caller writes the file from what comes back.
                Some(_) => push(&["backup", "-"]),
                None => push(&["backup"]),
            },
            Command::Restore(a) => {
                let file = a.file.display().to_string();
                push(&["restore", &file]);
                if a.force {
                    push(&["--force"]);
                }
            }
            Command::Check(a) => {
                push(&["check"]);
                if a.quarantine {
                    push(&["--quarantine"]);
                }
            }
            Command::Compact => push(&["compact"]),
            Command::RequestSteps(a) => match &a.action {
                RequestStepsAction::Show { version } => {
                    push(&["request-steps", "show"]);
                    if let Some(v) = version {
                        push(&["--version", &v.to_string()]);
                    }
                }
                RequestStepsAction::Import { file } => {
                    // The holder of the database reads it, from its own
                    // working directory.
                    let file = std::path::absolute(file).unwrap_or_else(|_| file.clone());
                    push(&["request-steps", "import", &file.display().to_string()]);
                }
            },
            Command::Serve(a) => push(&["serve", "--listen", &a.listen.to_string()]),
            Command::Report(a) => {
                push(&["report", "--format", a.format.extension()]);
                if let Some(from) = a.from {
                    push(&["--from", &from.to_string()]);
                }
                if let Some(to) = a.to {
                    push(&["--to", &to.to_string()]);
                }
            }
            Command::Agenda(a) => {
                push(&["agenda", "--days", &a.days.to_string()]);
                if let Some(person) = &a.person {
                    push(&["--person", person]);
                }
                if a.json {
                    push(&["--json"]);
                }
            }
            Command::Person(PersonCommand::Show { person, json }) => {
                push(&["person", "show", person]);
                if *json {
                    push(&["--json"]);
                }
            }
            Command::Person(PersonCommand::Erase { person, yes }) => {
                push(&["person", "erase", &person.to_string()]);
                if *yes {
                    push(&["--yes"]);
                }
            }
            Command::History(a) => {
                push(&["history"]);
                if let Some(op) = a.op {
                    push(&["--op", &op.to_string()]);
                }
                if let Some(since) = a.since {
                    push(&["--since", &since.to_string()]);
                }
                if let (Some(kind), Some(id)) = (a.kind, a.id) {
                    push(&["--kind", kind.plural(), "--id", &id.to_string()]);
                }
                if a.json {
                    push(&["--json"]);
                }
            }
            Command::Revert(a) => {
                push(&["revert", "--op", &a.op.to_string()]);
                if a.json {
                    push(&["--json"]);
                }
            }
            Command::Settings(a) => {
                push(&["settings"]);
                match &a.change {
                    None => {}
                    Some(SettingChange::Keymap { unset: true, .. }) => {
                        push(&["keymap", "--unset"]);
                    }
                    Some(SettingChange::Keymap { choice, .. }) => {
                        push(&["keymap", choice.as_deref().unwrap_or_default()]);
                    }
                    Some(SettingChange::Lang { unset: true, .. }) => {
                        push(&["lang", "--unset"]);
                    }
                    Some(SettingChange::Lang { choice, .. }) => {
                        push(&["lang", choice.unwrap_or_default().code()]);
                    }
                }
            }
        }
        args
    }

    /// The file the command writes with `--out`, if any.
    pub fn out_file(&self) -> Option<&std::path::Path> {
        match self {
            Command::Export(a) => a.out.as_deref(),
            Command::Coverage(a) => a.out.as_deref(),
            Command::Report(a) => a.out.as_deref(),
            Command::Register(a) => a.out.as_deref(),
            Command::Backup(a) => a.file.as_deref().filter(|f| f.as_os_str() != "-"),
            Command::Seed(_)
            | Command::Agenda(_)
            | Command::Person(_)
            | Command::History(_)
            | Command::Revert(_)
            | Command::Import(_)
            | Command::Demo(_)
            | Command::Restore(_)
            | Command::Check(_)
            | Command::Compact
            | Command::Settings(_)
            | Command::RequestSteps(_)
            | Command::Serve(_) => None,
        }
    }

    /// The command without its `--out` file: run by the holder of the
    /// database for a client, whose output comes back on the socket.
    pub fn without_out_file(mut self) -> Command {
        match &mut self {
            Command::Export(a) => a.out = None,
            Command::Coverage(a) => a.out = None,
            Command::Report(a) => a.out = None,
            Command::Register(a) => a.out = None,
            Command::Backup(a) => {
                if a.file.is_some() {
                    a.file = Some(PathBuf::from("-"));
                }
            }
            Command::Seed(_)
            | Command::Agenda(_)
            | Command::Person(_)
            | Command::History(_)
            | Command::Revert(_)
            | Command::Import(_)
            | Command::Demo(_)
            | Command::Restore(_)
            | Command::Check(_)
            | Command::Compact
            | Command::Settings(_)
            | Command::RequestSteps(_)
            | Command::Serve(_) => {}
        }
        self
    }
}

/// `--lang`'s value.
fn parse_lang(value: &str) -> Result<crate::vocab::Lang, String> {
    crate::vocab::Lang::from_code(value)
        .ok_or_else(|| crate::catalog::format("arg-not-a-language", &[("value", value.into())]))
}
