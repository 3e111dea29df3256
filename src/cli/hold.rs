//! Holding the database, or reaching the process that holds it.
//!
//! A command opens the database itself when it can, and then serves the
//! control socket for as long as it runs, so a second command reaches it
//! there. When another process holds the database, the command is sent to it
//! over the socket: the input file is read here and streamed, and `--out` is
//! written here from what comes back. The interactive interface waits for a
//! one-off command to finish instead.

use super::{
    CliError, Command, ImportArgs, PersonCommand, RestoreArgs, os_person, os_user, person_of,
};
use crate::app::access::Role;
use crate::control::client::{self, ControlError, Request};
use crate::control::server::{Call, Holder, Runner};
use crate::control::socket_path;
use crate::model::{Data, Model};
use crate::store::{Store, StoreError};
use std::io::{self, IsTerminal, Read, Write};
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a client keeps trying when the database is locked but no holder
/// answers yet (it is still opening, or just went away).
const NO_ANSWER_GRACE: Duration = Duration::from_secs(5);

/// Where a command's input file comes from.
pub enum Input {
    /// The files its arguments name, opened by this process.
    Files,
    /// What a client streamed over the control socket.
    Streamed(Vec<u8>),
}

/// What a command runs with.
pub struct Context<'a> {
    /// The database.
    pub store: &'a Store,
    /// The process's read model, when it has one (the interactive holder).
    pub model: Option<&'a Arc<Model>>,
    /// Who is recorded in the history: the person's name.
    pub who: String,
    /// Whose settings `spojka settings` reads and saves: the OS login, or
    /// the SSH user's name.
    pub user: String,
    /// The input file.
    pub input: Input,
    /// Whether standard output is a terminal (output to it is sanitised).
    pub terminal: bool,
    /// Where "now" and "today" come from.
    pub clock: crate::clock::Clock,
    /// What the command has to say besides its output (cells an XLSX
    /// export cut), in words, for standard error once it has run.
    pub notes: std::cell::RefCell<Vec<String>>,
}

impl Context<'_> {
    /// Every record: the model's when there is one, otherwise read now.
    pub fn data(&self) -> Result<Data, StoreError> {
        match self.model {
            Some(model) => model.loaded_data(),
            None => crate::model::load_all(self.store),
        }
    }
}

/// The language of the caller's messages: the one this thread speaks,
/// chosen at start (`--lang`, the settings, the locale).
fn caller_language() -> String {
    crate::catalog::spoken().code().to_string()
}

/// Runs a command on the database at `path`: here, holding it and serving
/// the control socket meanwhile, or through the process that holds it.
pub fn run_command(
    path: &Path,
    command: Command,
    clock: crate::clock::Clock,
    stdout: &mut dyn Write,
) -> Result<(), CliError> {
    if let Command::Export(args) = &command
        && args.format == crate::export::Format::Xlsx
        && args.out.is_none()
        && io::stdout().is_terminal()
    {
        return Err(crate::export::ExportError::XlsxToTerminal.into());
    }
    let socket = socket_path(path);
    let started = Instant::now();
    loop {
        match Store::open(path) {
            Ok(store) => return hold_and_run(&socket, store, command, clock, stdout),
            Err(StoreError::Locked { .. }) => match forward(path, &socket, &command, stdout) {
                Ok(0) => return Ok(()),
                Ok(status) => return Err(CliError::Failed(status)),
                Err(CliError::Control(ControlError::NoHolder(_)))
                    if started.elapsed() < NO_ANSWER_GRACE =>
                {
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(CliError::Control(ControlError::NoHolder(_))) => {
                    return Err(StoreError::Locked {
                        path: path.to_path_buf(),
                    }
                    .into());
                }
                Err(e) => return Err(e),
            },
            Err(e) => return Err(e.into()),
        }
    }
}

/// Runs the command here, serving others through the socket until it ends.
fn hold_and_run(
    socket: &Path,
    store: Store,
    command: Command,
    clock: crate::clock::Clock,
    stdout: &mut dyn Write,
) -> Result<(), CliError> {
    let store = Arc::new(store);
    let _watchdog = watch_reads(&store, false)?;
    let what = command.to_args().join(" ");
    let runner = runner(store.clone(), None, clock);
    // Dropped before the store: requests under way finish first.
    let _holder = serve(socket, Some(what), runner)?;
    let context = Context {
        store: &store,
        model: None,
        who: os_person(),
        user: os_user(),
        input: Input::Files,
        terminal: io::stdout().is_terminal(),
        clock,
        notes: Default::default(),
    };
    let done = super::execute(&context, command, stdout);
    for note in context.notes.take() {
        eprintln!("spojka: {}", crate::sanitize::sanitize(&note));
    }
    done
}

/// Serves the control socket, saying where when it cannot.
pub fn serve(socket: &Path, command: Option<String>, runner: Runner) -> Result<Holder, CliError> {
    Holder::serve(socket, command, runner).map_err(|source| CliError::Io {
        what: format!("serving the control socket {}", socket.display()),
        source,
    })
}

/// Sends the command to the holder; its exit status.
fn forward(
    db: &Path,
    socket: &Path,
    command: &Command,
    stdout: &mut dyn Write,
) -> Result<i32, CliError> {
    let mut file: Option<Box<dyn Read>> = match command {
        Command::Import(ImportArgs { file, .. }) | Command::Restore(RestoreArgs { file, .. })
            if file.as_os_str() == "-" =>
        {
            Some(Box::new(io::stdin()))
        }
        Command::Import(ImportArgs { file, .. }) | Command::Restore(RestoreArgs { file, .. }) => {
            Some(Box::new(std::fs::File::open(file).map_err(|source| {
                CliError::ReadFile {
                    path: file.clone(),
                    source,
                }
            })?))
        }
        _ => None,
    };
    let request = Request {
        args: command.to_args(),
        lang: caller_language(),
        user: os_user(),
        input: file.as_deref_mut().map(|f| f as &mut dyn Read),
    };
    let mut stderr = io::stderr();
    let raw = matches!(command, Command::Export(args) if args.raw);
    let terminal = !raw && io::stdout().is_terminal();
    match command.out_file() {
        None if !terminal => Ok(client::run(socket, request, stdout, &mut stderr)?),
        path => {
            // Written here: into the file the caller named, or sanitised
            // for the caller's terminal.
            let mut output = Vec::new();
            let status = client::run(socket, request, &mut output, &mut stderr)?;
            if status == 0 {
                super::write_output(path, db, stdout, terminal, |w| {
                    w.write_all(&output)
                        .map_err(|source| crate::export::ExportError::Io {
                            what: "writing the output".to_string(),
                            source,
                        })
                })?;
            }
            Ok(status)
        }
    }
}

/// Runs the requests that reach this process's socket, on its store (and
/// model, when it has one), as the caller, by this process's clock. The
/// socket is the database owner's only, so every command is allowed.
pub fn runner(store: Arc<Store>, model: Option<Arc<Model>>, clock: crate::clock::Clock) -> Runner {
    // The socket is the owner's only (the kernel checks the peer's user
    // id), so the caller is this process's user: the history names them
    // by their full name.
    runner_named(store, model, Role::Admin, clock, person_of)
}

/// The least role that may run a command.
pub fn required_role(command: &Command) -> Role {
    match command {
        Command::Export(_)
        | Command::Coverage(_)
        | Command::Report(_)
        | Command::Register(_)
        | Command::Agenda(_)
        | Command::History(_)
        | Command::Check(_)
        | Command::Settings(_)
        | Command::Person(PersonCommand::Show { .. }) => Role::Viewer,
        Command::Import(_) | Command::Revert(_) | Command::Person(PersonCommand::Erase { .. }) => {
            Role::Editor
        }
        Command::RequestSteps(args) => match args.action {
            super::args::RequestStepsAction::Show { .. } => Role::Viewer,
            super::args::RequestStepsAction::Import { .. } => Role::Admin,
        },
        Command::Seed(_)
        | Command::Demo(_)
        | Command::Serve(_)
        | Command::Backup(_)
        | Command::Restore(_)
        | Command::Compact => Role::Admin,
    }
}

/// [`runner`] for a caller with `role`: a command that needs more is refused
/// with a message and exit status 1, before anything runs.
pub fn runner_as(
    store: Arc<Store>,
    model: Option<Arc<Model>>,
    role: Role,
    clock: crate::clock::Clock,
) -> Runner {
    // Over SSH the caller's name is the users file's: the history records it.
    runner_named(store, model, role, clock, str::to_string)
}

/// [`runner_as`], the history naming the caller by `person` of the name
/// their request gives.
fn runner_named(
    store: Arc<Store>,
    model: Option<Arc<Model>>,
    role: Role,
    clock: crate::clock::Clock,
    person: fn(&str) -> String,
) -> Runner {
    Arc::new(move |call: Call<'_>| {
        // The command speaks its caller's language, on this thread only.
        let lang = crate::vocab::Lang::from_code(&call.lang).unwrap_or_default();
        crate::catalog::speak(lang);
        let argv = std::iter::once("spojka".to_string()).chain(call.args);
        // The caller's own language words the help and the usage errors.
        let parsed = super::command()
            .try_get_matches_from(argv)
            .and_then(|matches| <super::Cli as clap::FromArgMatches>::from_arg_matches(&matches));
        let cli = match parsed {
            Ok(cli) => cli,
            Err(e) => {
                let to = if e.use_stderr() {
                    call.stderr
                } else {
                    call.stdout
                };
                let _ = to.write_all(e.to_string().as_bytes());
                return e.exit_code();
            }
        };
        let Some(command) = cli.command else {
            let text = crate::catalog::text("error-no-interface-here");
            let _ = writeln!(call.stderr, "spojka: {text}");
            return 2;
        };
        if let Command::Serve(_) = command {
            let refusal = super::words::serve(&crate::server::ServeError::NotHere);
            let _ = writeln!(call.stderr, "spojka: {refusal}");
            return 2;
        }
        let needed = required_role(&command);
        if needed > role {
            let name = command.to_args().first().cloned().unwrap_or_default();
            let text = crate::catalog::access::command_needs(&name, needed, role);
            let _ = writeln!(call.stderr, "spojka: {text}");
            return 1;
        }
        let context = Context {
            store: &store,
            model: model.as_ref(),
            who: person(&call.user),
            user: call.user,
            input: Input::Streamed(call.input),
            // Byte-exact over the socket: the client sanitises for its
            // own terminal.
            terminal: false,
            clock,
            notes: Default::default(),
        };
        let done = super::execute(&context, command.without_out_file(), call.stdout);
        for note in context.notes.take() {
            let _ = writeln!(call.stderr, "spojka: {}", crate::sanitize::sanitize(&note));
        }
        match done {
            Ok(()) => 0,
            Err(e) if e.is_broken_pipe() => 0,
            Err(e) => {
                let text = crate::sanitize::sanitize(&e.to_string()).into_owned();
                let _ = writeln!(call.stderr, "spojka: {text}");
                i32::from(e.exit_status())
            }
        }
    })
}

/// Opens the database for the interactive interface; while a one-off
/// command holds it, says so once and waits for it to end.
pub fn open_for_tui(path: &Path) -> Result<Store, CliError> {
    let socket = socket_path(path);
    let mut said = false;
    let mut no_answer: Option<Instant> = None;
    loop {
        match Store::open(path) {
            Ok(store) => return Ok(store),
            Err(StoreError::Locked { .. }) => match client::who(&socket) {
                Ok(client::Holder {
                    command: Some(command),
                    ..
                }) if crate::server::served_on(&command).is_some() => {
                    let listen = crate::server::served_on(&command).unwrap_or_default();
                    return Err(CliError::ServedOverSsh {
                        listen: crate::sanitize::sanitize(listen).into_owned(),
                    });
                }
                Ok(client::Holder {
                    pid,
                    command: Some(command),
                }) => {
                    no_answer = None;
                    if !said {
                        let command = crate::sanitize::sanitize(&command).into_owned();
                        let text = crate::catalog::format(
                            "waiting-for-holder",
                            &[
                                ("path", path.display().to_string().into()),
                                ("command", command.into()),
                                ("pid", pid.to_string().into()),
                            ],
                        );
                        eprintln!("spojka: {text}");
                        said = true;
                    }
                    std::thread::sleep(Duration::from_millis(200));
                }
                Ok(client::Holder { pid, command: None }) => {
                    return Err(CliError::OpenElsewhere {
                        path: path.to_path_buf(),
                        pid,
                    });
                }
                Err(ControlError::NoHolder(_)) => {
                    let since = *no_answer.get_or_insert_with(Instant::now);
                    if since.elapsed() > NO_ANSWER_GRACE {
                        return Err(StoreError::Locked {
                            path: path.to_path_buf(),
                        }
                        .into());
                    }
                    std::thread::sleep(Duration::from_millis(100));
                }
                Err(e) => return Err(e.into()),
            },
            Err(e) => return Err(e.into()),
        }
    }
}

/// Ends the process with a message naming the database and what to do when
/// a read of it stops making progress (see [`crate::watchdog`]); with
/// `terminal`, the interactive interface's terminal is restored first.
pub fn watch_reads(store: &Store, terminal: bool) -> Result<crate::watchdog::Watchdog, CliError> {
    let limit = crate::watchdog::stall_limit();
    let stuck = CliError::Stuck {
        path: store.path().to_path_buf(),
        seconds: limit.as_secs(),
    };
    crate::watchdog::Watchdog::start(store.read_progress(), limit, move || {
        if terminal {
            crate::term::restore_terminal();
        }
        eprintln!("spojka: {stuck}");
        std::process::exit(STUCK);
    })
    .map_err(|source| CliError::Io {
        what: "starting the watchdog".to_string(),
        source,
    })
}

/// The exit status when reading the database stopped making progress.
const STUCK: i32 = 3;
