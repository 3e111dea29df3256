//! The command line: argument parsing and the commands that run without the
//! interactive interface.
//!
//! Commands take the store and a writer for their output, so tests run them
//! in-process; `main.rs` only parses, calls [`run`] and reports errors.

mod agenda;
mod args;
mod help;
mod history;
pub mod hold;
pub mod maintain;
mod passwd;
mod person;
mod report;
mod request;
pub mod settings;
mod sheet;
mod words;

pub use args::{
    AgendaArgs, BackupArgs, CheckArgs, Cli, Command, CoverageArgs, DemoArgs, DuplicatesArg,
    ExportArgs, HistoryArgs, ImportArgs, ImportFormat, PersonCommand, RegisterArgs, ReportArgs,
    RequestStepsAction, RequestStepsArgs, RestoreArgs, RevertArgs, SeedArgs, ServeArgs,
    SettingChange, SettingsArgs, default_db_path, user_keymap_path, users_path,
};
pub use help::command;

use crate::catalog::errors;
use crate::domain::{FieldKind, Id, Kind};
use crate::export::{self, CsvMode, ExportError, Format};
use crate::seed::{self, SeedError};
use crate::store::{Store, StoreError};
pub use report::{report_period, run_report};
use std::collections::HashMap;
use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// What can stop a command, worded for the person who ran it.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// No `--db` and no home directory to put the default database in.
    #[error("{}", crate::catalog::text("error-no-data-dir"))]
    NoDataDir,
    /// A step list file that cannot be read or is refused: what and why.
    #[error("{}", crate::catalog::format("request-steps-bad-file", &[("path", .0.display().to_string().into()), ("problem", .1.as_str().into())]))]
    StepList(PathBuf, String),
    /// `export` on a path where no database exists: most likely a typo.
    #[error("{}", words::no_database(.0))]
    NoDatabase(PathBuf),
    /// `--db` names a file, or a directory with other things in it.
    #[error("{}", words::not_a_database(.0))]
    NotADatabase(PathBuf),
    /// Opening or reading the database failed.
    #[error("{}", errors::store(.0))]
    Store(#[from] StoreError),
    /// Making the demo failed.
    #[error("{}", words::demo(.0))]
    Demo(#[from] crate::demo::DemoError),
    /// Loading the reference data failed.
    #[error("{}", words::seed(.0))]
    Seed(#[from] SeedError),
    /// Exporting to standard output failed.
    #[error("{}", errors::export(.0))]
    Export(#[from] ExportError),
    /// An output file (`--out`) could not be written, or is refused.
    #[error("{}", errors::outfile(.0))]
    Output(#[from] crate::outfile::OutputError),
    /// Exporting to a file failed.
    #[error("{}", errors::export_to(.path, .source))]
    ExportTo {
        /// The file given with `--out`.
        path: PathBuf,
        /// What went wrong.
        source: ExportError,
    },
    /// Importing a calendar file failed; the message says what was written.
    #[error("{}", errors::import(.path, .source))]
    Import {
        /// The file being imported.
        path: PathBuf,
        /// What went wrong.
        source: crate::ical::IcalError,
    },
    /// A spreadsheet to import could not be read at all.
    #[error("{}", crate::catalog::sheet::error(&.path.display().to_string(), .error))]
    Sheet {
        /// The file.
        path: PathBuf,
        /// Why.
        error: crate::sheet::SheetError,
    },
    /// A spreadsheet import without `--kind`.
    #[error("{}", crate::catalog::text("error-import-needs-kind"))]
    ImportNeedsKind,
    /// An import whose format neither `--format` nor the file's name says.
    #[error("{}", crate::catalog::format("error-import-unknown-format", &[("path", .0.display().to_string().into())]))]
    ImportUnknownFormat(PathBuf),
    /// `--map` names a field the kind does not have.
    #[error("{}", crate::catalog::format("error-import-map-field", &[("field", .field.clone().into()), ("kind", crate::catalog::kind_arg(*.kind)), ("fields", map_fields(*.kind).into())]))]
    ImportMapField {
        /// The kind imported.
        kind: Kind,
        /// The field as given.
        field: String,
    },
    /// `--map` names a header the file does not have.
    #[error("{}", crate::catalog::format("error-import-map-header", &[("header", .0.clone().into())]))]
    ImportMapHeader(String),
    /// Required fields have no column.
    #[error("{}", crate::catalog::sheet::missing_required(*.kind, .fields))]
    ImportMissing {
        /// The kind imported.
        kind: Kind,
        /// The fields.
        fields: Vec<&'static str>,
    },
    /// Rows cannot be read, so nothing was written.
    #[error("{}", crate::catalog::format("sheet-refused", &[("bad", (*.bad).into())]))]
    ImportRefused {
        /// How many rows.
        bad: usize,
    },
    /// Rows that cannot be read were left out (`--skip-bad-rows`).
    #[error("{}", crate::catalog::format("sheet-left-out", &[("bad", (*.bad).into())]))]
    ImportLeftOut {
        /// How many rows.
        bad: usize,
    },
    /// The records kept changing while the import was prepared.
    #[error("{}", crate::catalog::text("error-import-changed"))]
    ImportChanged,
    /// The file to import could not be read.
    #[error("{}", words::read_file(.path, .source))]
    ReadFile {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Writing a command's report failed.
    #[error("{}", errors::while_doing(.what, .source.to_string()))]
    Io {
        /// What was being written.
        what: String,
        /// Why it failed.
        source: std::io::Error,
    },
    /// A keymap file is missing or wrong; nothing is silently ignored.
    #[error("{}", errors::keymap(.0))]
    Keymap(#[from] crate::keymap::KeymapError),
    /// The config file is wrong.
    #[error("{}", errors::config(.0))]
    Config(#[from] crate::config::ConfigError),
    /// `spojka report` with a period that ends before it starts.
    #[error("{}", words::period_backwards(.from, .to))]
    PeriodBackwards {
        /// The first day given.
        from: chrono::NaiveDate,
        /// The last day given.
        to: chrono::NaiveDate,
    },
    /// The terminal could not be driven.
    #[error("{}", words::terminal(.0))]
    Terminal(std::io::Error),
    /// The process holding the database could not run the command.
    #[error("{}", errors::control(.0))]
    Control(#[from] crate::control::client::ControlError),
    /// The process holding the database ran the command, which failed with
    /// this exit status; its messages were already written.
    #[error("{}", words::failed(.0))]
    Failed(i32),
    /// The keymap saved in the user's settings no longer loads.
    #[error("{}", words::saved_keymap(.choice, .source))]
    SavedKeymap {
        /// The saved choice.
        choice: String,
        /// Why it does not load.
        source: crate::keymap::KeymapError,
    },
    /// `SPOJKA_NOW` does not name an instant.
    #[error(transparent)]
    Clock(#[from] crate::clock::ClockError),
    /// A backup, restore, check or compact could not be done.
    #[error(transparent)]
    Maintain(#[from] maintain::MaintainError),
    /// `spojka serve` holds the database: people connect to it over SSH.
    #[error("{}", crate::catalog::access::served_over_ssh(listen, &served_ssh(listen)))]
    ServedOverSsh {
        /// The address it listens on.
        listen: String,
    },
    /// `spojka serve` could not start or stopped.
    #[error("{}", words::serve(.0))]
    Serve(#[from] crate::server::ServeError),
    /// Reading the database stopped making progress: sled can spin on a
    /// damaged file, and nothing interrupts it.
    #[error("{}", words::stuck(.path, .seconds))]
    Stuck {
        /// The database directory.
        path: PathBuf,
        /// How long it waited.
        seconds: u64,
    },
    /// `spojka agenda --person` names nobody.
    #[error("{}", words::no_such_person(.0))]
    NoSuchPerson(String),
    /// `spojka agenda --person` names several people: their ids and names.
    #[error("{}", words::several_people(.name, .people))]
    SeveralPeople {
        /// The name given.
        name: String,
        /// Who it names, by id and display name.
        people: Vec<(Id, String)>,
    },
    /// `spojka register --facility` names no facility.
    #[error("{}", words::no_such_facility(.0))]
    NoSuchFacility(String),
    /// `spojka register --facility` names several facilities: their ids and names.
    #[error("{}", words::several_facilities(.name, .facilities))]
    SeveralFacilities {
        /// The name given.
        name: String,
        /// What it names, by id and name.
        facilities: Vec<(Id, String)>,
    },
    /// The interactive interface is already open on this database.
    #[error("{}", words::open_elsewhere(.path, .pid))]
    OpenElsewhere {
        /// The database directory.
        path: PathBuf,
        /// The process holding it.
        pid: u32,
    },
}

/// How to reach a serve listening on `listen` from this machine.
fn served_ssh(listen: &str) -> String {
    match listen.parse() {
        Ok(addr) => crate::server::remote(addr, None).ssh,
        Err(_) => format!("ssh to {listen}"),
    }
}

impl CliError {
    /// The exit status this error ends spojka with: 2 when the command
    /// line names nobody or several people (a usage error, as clap's are),
    /// 1 otherwise.
    pub fn exit_status(&self) -> u8 {
        match self {
            CliError::NoSuchPerson(_)
            | CliError::SeveralPeople { .. }
            | CliError::NoSuchFacility(_)
            | CliError::SeveralFacilities { .. }
            | CliError::ImportNeedsKind
            | CliError::ImportUnknownFormat(_)
            | CliError::ImportMapField { .. }
            | CliError::ImportMapHeader(_) => 2,
            _ => 1,
        }
    }

    /// Whether standard output was closed by its reader (`spojka export … | head`):
    /// a normal end, not worth a message.
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            CliError::Export(e) => e.is_broken_pipe(),
            CliError::Io { source, .. } => source.kind() == std::io::ErrorKind::BrokenPipe,
            _ => false,
        }
    }
}

/// Makes every file and directory spojka creates (database, exports) readable
/// by its owner only: the database holds personal data.
pub fn restrict_file_permissions() {
    #[cfg(unix)]
    // SAFETY: umask only replaces the process's file-creation mask and cannot
    // fail. It is called at the start of main, before any other thread exists
    // that could be creating files with the old mask.
    unsafe {
        libc::umask(0o077);
    }
}

/// The OS user running spojka, by login: whose settings are used.
pub fn os_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|var| std::env::var(var).ok().filter(|v| !v.is_empty()))
        .unwrap_or_else(uid_name)
}

/// The name written into the history for the OS user running spojka: their
/// full name where the system knows it (the GECOS field), else their login.
pub fn os_person() -> String {
    person_of(&os_user())
}

/// The name the history records for `login` when it is this process's
/// user (a caller through the control socket is: the socket is the
/// owner's only), else `login` as it is.
pub fn person_of(login: &str) -> String {
    passwd::name_of(login, passwd::own_account().as_ref())
}

/// The login when the environment names no user (cron, some SSH setups),
/// from the system's user entry, else the user id.
fn uid_name() -> String {
    if let Some(account) = passwd::own_account() {
        return account.login;
    }
    #[cfg(unix)]
    {
        // SAFETY: getuid has no preconditions and cannot fail.
        let uid = unsafe { libc::getuid() };
        format!("uid {uid}")
    }
    #[cfg(not(unix))]
    {
        "unknown".to_string()
    }
}

/// Parses this process's command line, with the help worded in the
/// language the run speaks: `--lang` is looked for before clap reads the
/// arguments, so `spojka --lang cs --help` is in Czech. Usage errors and
/// help end the process here, as clap's own parsing does.
pub fn parse_args() -> Cli {
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    crate::catalog::speak(language(lang_flag(&argv)));
    let matches = command().get_matches_from(argv);
    <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The language `--lang cs` or `--lang=cs` asks for in `argv` (the program
/// name first), read before clap parses; None without one, or with a value
/// clap will refuse.
pub fn lang_flag(argv: &[std::ffi::OsString]) -> Option<crate::vocab::Lang> {
    let mut words = argv.iter().skip(1).map(|w| w.to_str());
    while let Some(word) = words.next() {
        match word {
            Some("--") => return None,
            Some("--lang") => {
                return words
                    .next()
                    .flatten()
                    .and_then(crate::vocab::Lang::from_code);
            }
            Some(word) => {
                if let Some(value) = word.strip_prefix("--lang=") {
                    return crate::vocab::Lang::from_code(value);
                }
            }
            None => {}
        }
    }
    None
}

/// The language this run speaks: `--lang`, then `lang` in config.toml, then
/// the locale. A settings file that cannot be used gives no language here;
/// the interactive interface reports why when it reads the file.
pub fn language(flag: Option<crate::vocab::Lang>) -> crate::vocab::Lang {
    let setting = || {
        let path = crate::config::default_path()?;
        crate::config::load(Some(&path)).ok()?.lang
    };
    crate::vocab::Lang::choose_here(flag, flag.is_none().then(setting).flatten())
}

/// Runs what the command line asks for; standard output is `stdout`.
pub fn run(cli: Cli, stdout: &mut dyn Write) -> Result<(), CliError> {
    crate::catalog::speak(language(cli.lang));
    let clock = crate::clock::Clock::from_env()?;
    let path = match cli.db {
        Some(path) => path,
        None => default_db_path().ok_or(CliError::NoDataDir)?,
    };
    // Opening would create an empty database: for a mistyped --db, say so.
    let must_exist = matches!(
        cli.command,
        Some(
            Command::Export(_)
                | Command::Import(_)
                | Command::Coverage(_)
                | Command::Report(_)
                | Command::Register(_)
                | Command::Agenda(_)
                | Command::Person(_)
                | Command::History(_)
                | Command::Revert(_)
                | Command::Settings(_)
                | Command::Backup(_)
                | Command::Check(_)
                | Command::Compact
        )
    );
    check_db_path(&path, must_exist)?;
    match cli.command {
        None => {
            // A bad --keymap stops start-up before anything else happens.
            let user_file = user_keymap_path();
            let chosen = match cli.keymap.as_deref() {
                Some(choice) => Some(crate::keymap::load(Some(choice), user_file.as_deref())?),
                None => None,
            };
            let config = crate::config::load(crate::config::default_path().as_deref())?;
            let store = hold::open_for_tui(&path)?;
            if cli.lang.is_none() && config.lang.is_none() {
                // The language the user saved in the database, over the locale.
                if let Some(lang) = settings::saved_lang(&store, &os_user())? {
                    crate::catalog::speak(lang);
                }
            }
            let keymap = match chosen {
                Some(keymap) => keymap,
                // Without --keymap, the one the user saved.
                None => settings::saved_keymap(&store, &os_user(), user_file.as_deref())?,
            };
            run_tui(store, keymap, config, clock)
        }
        Some(Command::Serve(args)) => Ok(crate::server::serve(&path, &args, clock, stdout)?),
        Some(command) => {
            if let Command::Report(args) = &command {
                // A backwards period is refused before anything is opened.
                report_period(args, clock.today())?;
            }
            hold::run_command(&path, command, clock, stdout)
        }
    }
}

/// Runs one command on an open database: here, or in the process holding it
/// for a client of its control socket.
pub fn execute(
    context: &hold::Context<'_>,
    command: Command,
    stdout: &mut dyn Write,
) -> Result<(), CliError> {
    let store = context.store;
    if context.model.is_none() && !matches!(command, Command::Backup(_)) {
        // The daily automatic backup, by whichever process holds the
        // database (the interactive one makes its own at start).
        if let Err(e) = maintain::daily_backup(store, context.clock) {
            let text =
                crate::catalog::format("error-daily-backup", &[("error", e.to_string().into())]);
            eprintln!("spojka: {text}");
        }
    }
    match command {
        Command::Backup(args) => maintain::backup(store, &args, context.clock, stdout),
        Command::Check(args) => maintain::check(store, &args, context.clock, stdout),
        Command::Restore(args) => {
            let streamed = match &context.input {
                hold::Input::Files => None,
                hold::Input::Streamed(bytes) => Some(bytes.as_slice()),
            };
            maintain::restore(store, &args, streamed, &context.who, context.clock, stdout)
        }
        Command::Compact => maintain::compact(store, stdout),
        Command::Seed(args) => run_seed_as(store, &args, &context.who, context.clock, stdout),
        Command::Register(args) => {
            let data = context.data()?;
            let today = context.clock.today();
            let terminal = context.terminal;
            report::run_register_on(&data, store.path(), &args, today, stdout, terminal)
        }
        Command::Export(args) => {
            if args.format == Format::Xlsx && args.out.is_none() && context.terminal {
                return Err(ExportError::XlsxToTerminal.into());
            }
            let terminal = context.terminal && !args.raw;
            let cut = export_to(store, &args, stdout, terminal, context.clock)?;
            if cut > 0 {
                context
                    .notes
                    .borrow_mut()
                    .push(crate::catalog::status::cells_cut(cut));
            }
            Ok(())
        }
        Command::Demo(args) => run_demo(store, &args, context.clock.today(), stdout),
        Command::Serve(_) => Err(crate::server::ServeError::NotHere.into()),
        Command::Import(args) => {
            let streamed = match &context.input {
                hold::Input::Files => None,
                hold::Input::Streamed(bytes) => Some(bytes.as_slice()),
            };
            match sheet::format_of(&args, streamed) {
                Some(ImportFormat::Ics) => match streamed {
                    None => run_import(store, &args, context.clock, stdout),
                    Some(bytes) => {
                        let text = String::from_utf8_lossy(bytes);
                        import_text(store, &args, &text, &context.who, context.clock, stdout)
                    }
                },
                Some(ImportFormat::Csv) | Some(ImportFormat::Xlsx) | None => {
                    let bytes = match streamed {
                        Some(bytes) => std::borrow::Cow::Borrowed(bytes),
                        None => std::borrow::Cow::Owned(read_import_bytes(&args)?),
                    };
                    let format = match sheet::format_of(&args, Some(&bytes)) {
                        Some(ImportFormat::Xlsx) => crate::sheet::SheetFormat::Xlsx,
                        Some(ImportFormat::Csv) => crate::sheet::SheetFormat::Csv,
                        _ => return Err(CliError::ImportUnknownFormat(args.file.clone())),
                    };
                    sheet::run(context, &args, format, &bytes, stdout)
                }
            }
        }
        Command::Coverage(args) => {
            let (data, today) = (context.data()?, context.clock.today());
            run_coverage_on(&data, store.path(), &args, today, stdout, context.terminal)
        }
        Command::Settings(args) => settings::run(store, &context.user, &args, stdout),
        Command::RequestSteps(args) => request::run(store, &args, stdout),
        Command::Agenda(args) => {
            let data = context.data()?;
            agenda::run(&data, &args, context.clock, context.terminal, stdout)
        }
        Command::Person(PersonCommand::Show { person, json }) => {
            let data = context.data()?;
            person::show(store, &data, &person, json, context.terminal, stdout)
        }
        Command::Person(PersonCommand::Erase { person, yes }) => person::erase(
            store,
            person,
            yes,
            &context.who,
            context.clock.now_utc(),
            stdout,
        ),
        Command::History(args) => history::history(store, &args, stdout, context.terminal),
        Command::Revert(args) => history::revert(
            store,
            &context.who,
            &args,
            context.clock.now_utc(),
            stdout,
            context.terminal,
        ),
        Command::Report(args) => {
            let today = context.clock.today();
            let (from, to) = report_period(&args, today)?;
            report::run_report_on(
                context.data()?,
                store.path(),
                &args,
                from,
                to,
                today,
                stdout,
            )
        }
    }
}

/// Refuses a `--db` that names something other than a database directory.
/// Opening makes the whole directory tree owner-only and writes sled's files
/// into it, which must never happen to e.g. a home directory or /tmp.
pub fn check_db_path(path: &Path, must_exist: bool) -> Result<(), CliError> {
    let not_a_database = || CliError::NotADatabase(path.to_path_buf());
    let mut entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return if must_exist {
                Err(CliError::NoDatabase(path.to_path_buf()))
            } else {
                Ok(())
            };
        }
        Err(_) if path.exists() && !path.is_dir() => return Err(not_a_database()),
        // Anything else (permissions, ...) is reported by the store with the path.
        Err(_) => return Ok(()),
    };
    // sled keeps its configuration in `conf` and its data in `db`. Another
    // spojka creating the database right now has made some of sled's files
    // but not yet both: that is a database (in use), not a stranger's folder.
    let is_sled = path.join("conf").is_file() && path.join("db").is_file();
    let sled_names = |e: std::io::Result<std::fs::DirEntry>| {
        e.is_ok_and(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            matches!(
                name.as_str(),
                "conf" | "db" | "blobs" | "control.sock" | "holder.lock"
            ) || name.starts_with("snap.")
        })
    };
    if is_sled || entries.all(sled_names) {
        Ok(())
    } else {
        Err(not_a_database())
    }
}

/// The interactive interface on this terminal, until the user quits.
pub fn run_tui(
    store: Store,
    keymap: crate::keymap::Keymap,
    config: crate::config::Config,
    clock: crate::clock::Clock,
) -> Result<(), CliError> {
    use crate::session::{Options, Session};
    let store = std::sync::Arc::new(store);
    let _watchdog = hold::watch_reads(&store, true)?;
    // One session, in the language `run` chose, spoken by this thread.
    let langs = [crate::catalog::spoken()];
    let model = Session::open_model(&store, crate::model::Loading::Background, clock, &langs)?;
    let backing_up = store.clone();
    std::thread::spawn(move || maintain::daily_backup(&backing_up, clock));
    // Dropped before the store: requests under way finish first.
    let _holder = hold::serve(
        &crate::control::socket_path(store.path()),
        None,
        hold::runner(store.clone(), Some(model.clone()), clock),
    )?;
    let options = Options {
        who: os_person(),
        user: os_user(),
        export_dir: std::env::current_dir().unwrap_or_else(|_| PathBuf::from(".")),
        clock,
        theme: crate::ui::theme::Theme::from_env(),
        loading: crate::session::Loading::Background,
        config,
        // The language `run` chose, spoken by this thread.
        lang: crate::catalog::spoken(),
    };
    let mut session = Session::attach(store.clone(), model, keymap, (80, 24), options);
    let result = crate::term::run_local(&mut session, store.flusher()).map_err(CliError::Terminal);
    store.flush()?;
    result
}

/// `spojka seed`: loads the reference prisons and says how many were added.
pub fn run_seed(store: &Store, out: &mut dyn Write) -> Result<(), CliError> {
    let args = args::SeedArgs::default();
    run_seed_as(store, &args, &os_person(), crate::clock::Clock::System, out)
}

/// `spojka seed` as `who`, stamped by `clock`: what it created, what it
/// brought up to date, and the fields it left because the user edited them.
fn run_seed_as(
    store: &Store,
    args: &args::SeedArgs,
    who: &str,
    clock: crate::clock::Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let options = seed::SeedOptions { youth: args.youth };
    let report = seed::seed_with(store, who, clock.now_utc(), options)?;
    let mut lines = vec![crate::catalog::format(
        "seed-done",
        &[
            ("created", report.created.into()),
            ("skipped", report.already_there().into()),
        ],
    )];
    if report.updated > 0 {
        lines.push(crate::catalog::format(
            "seed-updated",
            &[("updated", report.updated.into())],
        ));
    }
    for kept in &report.kept {
        let fields: Vec<&str> = kept
            .fields
            .iter()
            .map(|f| crate::catalog::field_label(f))
            .collect();
        lines.push(crate::catalog::format(
            "seed-kept",
            &[
                ("name", crate::sanitize::sanitize(&kept.name).into()),
                ("fields", fields.join(", ").into()),
            ],
        ));
    }
    if report.unverified > 0 {
        lines.push(crate::catalog::format(
            "seed-unverified",
            &[("count", report.unverified.into())],
        ));
    }
    writeln!(out, "{}", lines.join("\n"))
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the seed report".to_string(),
            source,
        })
}

/// `spojka demo`: fills a new database with demo data and says what it made
/// and how long that took.
/// `today` is the day the demo is built around.
pub fn run_demo(
    store: &Store,
    args: &DemoArgs,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    use crate::demo::{self, DemoSize};
    let size = args
        .meetings
        .map_or_else(DemoSize::small, DemoSize::for_meetings);
    let started = std::time::Instant::now();
    let made = demo::generate(store, size, args.seed, today)?;
    let took = started.elapsed().as_secs_f64();
    let text = crate::catalog::format(
        "demo-done",
        &[
            ("path", store.path().display().to_string().into()),
            ("facilities", made.facilities.into()),
            ("ngos", made.ngos.into()),
            ("people", made.people.into()),
            ("assignments", made.assignments.into()),
            ("agreements", made.agreements.into()),
            ("meetings", made.meetings.into()),
            ("actions", made.action_items.into()),
            ("seconds", took.into()),
        ],
    );
    writeln!(out, "{text}")
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the demo report".to_string(),
            source,
        })
}

/// `spojka export`: writes one kind of record, in id order, to `--out` or
/// `out`; how many cells an XLSX export cut (0 for the other formats).
pub fn run_export(
    store: &Store,
    args: &ExportArgs,
    out: &mut dyn Write,
) -> Result<usize, CliError> {
    // `out` is standard output (tests and benchmarks pass a buffer): to a
    // terminal the export is sanitised unless --raw; to a pipe or a file it
    // is byte-exact. XLSX is never sanitised: the command line refuses it
    // for a terminal before it gets here.
    let terminal = !args.raw && args.format != Format::Xlsx && std::io::stdout().is_terminal();
    export_to(store, args, out, terminal, crate::clock::Clock::System)
}

/// `spojka export`, sanitised for a terminal when `terminal`; how many
/// cells an XLSX export cut.
fn export_to(
    store: &Store,
    args: &ExportArgs,
    out: &mut dyn Write,
    terminal: bool,
    clock: crate::clock::Clock,
) -> Result<usize, CliError> {
    let mut records = store.all_records(args.kind)?;
    if !args.archived {
        records.retain(|r| !r.meta().archived);
    }
    let titles = referenced_titles(store, args.kind)?;
    let names = |kind: Kind, id: Id| match titles.get(&(kind, id)) {
        Some(title) if !title.trim().is_empty() => title.clone(),
        _ => format!("#{id}"),
    };
    let mode = if args.raw {
        CsvMode::Raw
    } else {
        CsvMode::Spreadsheet
    };
    if args.format == Format::Ics && args.kind != Kind::Meeting {
        return Err(ExportError::IcsOnlyMeetings {
            kind: args.kind.plural(),
        }
        .into());
    }
    let emails = if args.format == Format::Ics {
        person_emails(store)?
    } else {
        HashMap::new()
    };
    let email = |id: Id| emails.get(&id).cloned();
    let now = clock.now_utc();
    let cut = std::cell::Cell::new(0);
    let write = |w: &mut dyn Write| {
        let mut w = BufWriter::new(w);
        match args.format {
            Format::Ics => export::write_ics(&mut w, &records, &names, &email, now)?,
            Format::Xlsx => {
                // For a spreadsheet: the header and the choices in the
                // spoken language, the sheet named as the tab is; for
                // scripts (--raw) the stable names and codes.
                let (label, sheet): (&dyn Fn(export::Column<'_>) -> String, &str) = if args.raw {
                    (
                        &|column: export::Column<'_>| column.code(),
                        args.kind.plural(),
                    )
                } else {
                    (
                        &crate::spreadsheet::column_label,
                        crate::catalog::tab_title(args.kind),
                    )
                };
                let written =
                    export::write_xlsx(&mut w, args.kind, &records, &names, sheet, label)?;
                cut.set(written.cut);
            }
            Format::Csv => {
                let (separator, localized) =
                    crate::spreadsheet::layout(args.sep, mode == CsvMode::Spreadsheet);
                let code = crate::spreadsheet::column_code(mode == CsvMode::Spreadsheet);
                let label: &dyn Fn(export::Column<'_>) -> String = if localized {
                    &crate::spreadsheet::column_label
                } else {
                    &code
                };
                export::write_csv_with(&mut w, args.kind, &records, &names, mode, separator, label)?
            }
            _ => export::write(&mut w, args.format, args.kind, &records, &names, mode)?,
        }
        w.flush().map_err(|source| ExportError::Io {
            what: format!("writing the {} of {}", args.format, args.kind.plural()),
            source,
        })
    };
    write_output(args.out.as_deref(), store.path(), out, terminal, write)?;
    Ok(cut.get())
}

/// `spojka coverage`: the coverage map of every record, as of a day, as CSV.
pub fn run_coverage(
    store: &Store,
    args: &CoverageArgs,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let terminal = std::io::stdout().is_terminal();
    let data = crate::model::load_all(store)?;
    let today = crate::clock::Clock::System.today();
    run_coverage_on(&data, store.path(), args, today, out, terminal)
}

/// `spojka coverage` over records already read; `--on` is `today` unless given.
fn run_coverage_on(
    data: &crate::model::Data,
    db: &Path,
    args: &CoverageArgs,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
    terminal: bool,
) -> Result<(), CliError> {
    let on = args.on.unwrap_or(today);
    let map = crate::insight::coverage::Coverage::compute_for(data, on, args.youth.included());
    let write = |w: &mut dyn Write| {
        let mut w = BufWriter::new(w);
        // For a spreadsheet, always.
        let (separator, localized) = crate::spreadsheet::layout(args.sep, true);
        let code = |column: &str| column.to_string();
        let label: &dyn Fn(&str) -> String = if localized {
            &crate::spreadsheet::coverage_label
        } else {
            &code
        };
        export::write_coverage_csv_with(&mut w, &map, separator, label)?;
        w.flush().map_err(|source| ExportError::Io {
            what: "writing the coverage map".to_string(),
            source,
        })
    };
    write_output(args.out.as_deref(), db, out, terminal, write)
}

/// Runs `write` on standard output (sanitised when `terminal`, byte-exact
/// otherwise), or into the file at `path` through [`crate::outfile`]:
/// owner-only, never through a symlink, never inside the database directory
/// `db`, and on disk before success is reported.
pub(crate) fn write_output(
    path: Option<&Path>,
    db: &Path,
    out: &mut dyn Write,
    terminal: bool,
    write: impl Fn(&mut dyn Write) -> Result<(), ExportError>,
) -> Result<(), CliError> {
    match path {
        None if terminal => {
            let mut bytes = Vec::new();
            write(&mut bytes)?;
            let text = String::from_utf8_lossy(&bytes);
            // The byte order mark is for spreadsheets; on a screen it is noise.
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            out.write_all(crate::sanitize::sanitize_lines(text).as_bytes())
                .and_then(|()| out.flush())
                .map_err(|source| {
                    CliError::from(ExportError::Io {
                        what: "writing to the terminal".to_string(),
                        source,
                    })
                })
        }
        None => Ok(write(out)?),
        Some(path) => {
            let mut file = crate::outfile::OutFile::create(path, db)?;
            write(&mut file).map_err(|source| CliError::ExportTo {
                path: path.to_path_buf(),
                source,
            })?;
            Ok(file.commit()?)
        }
    }
}

/// People's e-mail addresses, for the attendees of an iCalendar export.
fn person_emails(store: &Store) -> Result<HashMap<Id, String>, CliError> {
    let people: Vec<crate::domain::Person> = store.all()?;
    Ok(people
        .into_iter()
        .filter(|p| !p.email.trim().is_empty())
        .map(|p| (p.meta.id, p.email))
        .collect())
}

/// `spojka import`: reads a calendar file into meetings and prints what it
/// did: how many were created, updated or already up to date, and each event
/// skipped with the reason.
/// The meetings are stamped by `clock`.
pub fn run_import(
    store: &Store,
    args: &ImportArgs,
    clock: crate::clock::Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let read = if args.file.as_os_str() == "-" {
        crate::infile::read_stdin_text(std::io::stdin(), crate::infile::IMPORT_LIMIT)
            .map_err(Into::into)
    } else {
        crate::infile::read_text(&args.file, crate::infile::IMPORT_LIMIT).map_err(Into::into)
    };
    let text = read.map_err(|source| CliError::ReadFile {
        path: args.file.clone(),
        source,
    })?;
    import_text(store, args, &text, &os_person(), clock, out)
}

/// An event's name as the import report quotes it: whole when short, its
/// first 80 characters otherwise (a file may name an event with a book).
fn event_name(name: &str) -> String {
    const SHOWN: usize = 80;
    match name.char_indices().nth(SHOWN) {
        Some((cut, _)) => format!("\"{}…\"", &name[..cut]),
        None => format!("\"{name}\""),
    }
}

/// The bytes of a spreadsheet to import: the file, or standard input for
/// "-", at most [`crate::sheet::FILE_LIMIT`] (and one byte more, to notice).
fn read_import_bytes(args: &ImportArgs) -> Result<Vec<u8>, CliError> {
    let limit = crate::sheet::FILE_LIMIT;
    let read = if args.file.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin(), limit + 1),
            &mut bytes,
        )
        .map(|_| bytes)
    } else {
        crate::infile::read_bytes(&args.file, limit).map_err(Into::into)
    };
    read.map_err(|source| CliError::ReadFile {
        path: args.file.clone(),
        source,
    })
}

/// The fields `--map` may name for `kind`: their ids.
fn map_fields(kind: Kind) -> String {
    let ids: Vec<&str> = kind.fields().iter().map(|d| d.id).collect();
    format!("{}, archived, -", ids.join(", "))
}

/// Imports calendar text as `who` and prints what it did.
fn import_text(
    store: &Store,
    args: &ImportArgs,
    text: &str,
    who: &str,
    clock: crate::clock::Clock,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    // The travel gap as the settings file says, as a form would check it.
    let gap = crate::config::load(crate::config::default_path().as_deref())
        .map_or(crate::config::DEFAULT_TRAVEL_GAP_MINUTES, |c| {
            c.travel_gap_minutes
        });
    let now = clock.now_utc();
    let report =
        crate::ical::import_ics_with_gap(store, text, who, now, gap).map_err(|source| {
            CliError::Import {
                path: args.file.clone(),
                source,
            }
        })?;
    let mut text = crate::catalog::format(
        "import-done",
        &[
            ("file", args.file.display().to_string().into()),
            ("created", report.created.into()),
            ("updated", report.updated.into()),
            ("unchanged", report.unchanged.into()),
            ("skipped", report.skipped.len().into()),
        ],
    );
    text.push('\n');
    for (event, what) in &report.cut {
        let line = crate::catalog::format(
            "import-cut",
            &[
                ("event", event_name(event).into()),
                ("what", what.to_string().into()),
            ],
        );
        text.push_str(&crate::sanitize::sanitize(&line));
        text.push('\n');
    }
    for clash in &report.clashes {
        let line = crate::catalog::clash::imported_over(
            &clash.title,
            &clash.other,
            &crate::catalog::date_time(clash.start),
            &clash_why(&clash.why),
        );
        text.push_str(&crate::sanitize::sanitize(&line));
        text.push('\n');
    }
    for (title, days) in &report.on_holidays {
        let days: Vec<String> = days
            .iter()
            .map(|(day, holiday)| crate::catalog::holidays::dated(*day, *holiday))
            .collect();
        let line = crate::catalog::holidays::imported_on(title, &days);
        text.push_str(&crate::sanitize::sanitize(&line));
        text.push('\n');
    }
    for (event, reason) in &report.skipped {
        // Summaries come from someone else's file: no control characters
        // or bidi overrides reach the terminal.
        let line = crate::catalog::format(
            "import-skipped",
            &[
                ("event", event_name(event).into()),
                ("reason", reason.to_string().into()),
            ],
        );
        text.push_str(&crate::sanitize::sanitize(&line));
        text.push('\n');
    }
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the import report".to_string(),
            source,
        })
}

/// Titles of every record the exported kind can refer to, read once up front
/// so naming references costs a lookup per cell, not a database read.
fn referenced_titles(store: &Store, kind: Kind) -> Result<HashMap<(Kind, Id), String>, CliError> {
    let mut kinds: Vec<Kind> = kind
        .fields()
        .iter()
        .filter_map(|def| match def.kind {
            FieldKind::Ref(k) | FieldKind::Refs(k) => Some(k),
            _ => None,
        })
        .collect();
    kinds.sort();
    kinds.dedup();
    let mut titles = HashMap::new();
    for k in kinds {
        for record in store.all_records(k)? {
            titles.insert((k, record.id()), record.title().to_string());
        }
    }
    Ok(titles)
}

/// Why an imported meeting clashes, in words.
pub(crate) fn clash_why(why: &crate::ical::ClashWhy) -> String {
    use crate::catalog::clash;
    use crate::ical::ClashWhy as W;
    match why {
        W::SamePerson(name) => clash::same_person(name),
        W::SameFacility(name) => clash::same_facility(name),
        W::Travel(name, minutes) => clash::travel(name, *minutes),
    }
}
