//! Starting, running and stopping the server: the database held, the users,
//! the host key, the log, the listening socket and the signals.

use super::handler::Connection;
use super::tui::{End, Event, Events};
use super::users::{self, User, Users};
use super::{ServeError, hostkey, log::Log};
use crate::cli::{CliError, ServeArgs, hold};
use crate::model::Model;
use crate::store::Store;
use russh::keys::PublicKey;
use russh::server::Handle;
use std::collections::HashMap;
use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::Duration;
use tokio::signal::unix::{SignalKind, signal};

/// Connections served at once; more are closed at once (and logged).
const MAX_CONNECTIONS: usize = 64;

/// How long sessions get to say goodbye when the server stops.
const GOODBYE: Duration = Duration::from_secs(2);

/// A logged-in connection, for reloads and shutdown.
pub struct Registered {
    /// The key it logged in with.
    pub key: PublicKey,
    /// Whose it is.
    pub user: Arc<User>,
    /// To disconnect it.
    pub handle: Handle,
    /// Its interactive sessions.
    pub sessions: Vec<Events>,
}

/// What every connection shares: the database, the users, the log.
pub struct Shared {
    /// The database.
    pub store: Arc<Store>,
    /// The read model every session attaches to.
    pub model: Arc<Model>,
    /// The users file as last loaded.
    pub users: RwLock<Arc<Users>>,
    /// The connection log.
    pub log: Log,
    /// The server's settings file (travel gap…).
    pub config: crate::config::Config,
    /// The address served.
    pub listen: SocketAddr,
    /// The clock every session and command reads.
    pub clock: crate::clock::Clock,
    /// Logged-in connections by number.
    pub registry: Mutex<HashMap<u64, Registered>>,
    /// Numbers connections in the log.
    pub next_id: AtomicU64,
    /// Connections open now.
    pub open: AtomicUsize,
}

impl Shared {
    /// The users file as last loaded.
    pub fn users(&self) -> Arc<Users> {
        self.users
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The logged-in connections.
    pub fn registry(&self) -> std::sync::MutexGuard<'_, HashMap<u64, Registered>> {
        self.registry.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// `spojka serve`: holds the database at `db` and serves it over SSH until
/// SIGTERM (or Ctrl-C).
pub fn serve(
    db: &Path,
    args: &ServeArgs,
    clock: crate::clock::Clock,
    stdout: &mut dyn Write,
) -> Result<(), CliError> {
    let users_file: PathBuf = match &args.users {
        Some(path) => path.clone(),
        None => crate::cli::users_path().ok_or(ServeError::NoUsersFile)?,
    };
    // Mistakes in the users file stop the server before it holds anything.
    let users = users::load(&users_file).map_err(ServeError::from)?;
    let config = crate::config::load(crate::config::default_path().as_deref())?;
    let store = Arc::new(hold::open_for_tui(db)?);
    let _watchdog = hold::watch_reads(&store, false)?;
    let model = crate::session::Session::open_model(
        &store,
        crate::model::Loading::Background,
        clock,
        &crate::vocab::Lang::ALL,
    )?;
    let command = crate::cli::Command::Serve(args.clone()).to_args().join(" ");
    // Dropped before the store: requests under way finish first.
    let _holder = hold::serve(
        &crate::control::socket_path(store.path()),
        Some(command),
        hold::runner(store.clone(), Some(model.clone()), clock),
    )?;
    let key_path = super::host_key_path(store.path());
    let key = hostkey::load_or_create(&key_path).map_err(ServeError::from)?;
    let log = Log::open(&super::log_path(store.path()), clock).map_err(ServeError::from)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(ServeError::from)?;
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(args.listen))
        .map_err(|e| {
            ServeError::Io(std::io::Error::new(
                e.kind(),
                format!("cannot listen on {}: {e}", args.listen),
            ))
        })?;
    let listen = listener.local_addr().map_err(ServeError::from)?;
    let ssh = super::remote(listen, users.host.as_deref()).ssh;
    let said = writeln!(
        stdout,
        "spojka serve: {} on {listen} for {} users ({})\nhost key {} ({})\nconnection log {}\nconnect with: {ssh}",
        store.path().display(),
        users.users.len(),
        users_file.display(),
        hostkey::fingerprint(&key),
        key_path.display(),
        log.path().display(),
    )
    .and_then(|()| stdout.flush());
    said.map_err(|source| CliError::Io {
        what: "writing the start-up message".into(),
        source,
    })?;
    log.write("-", &format!("serving {listen}"));
    let shared = Arc::new(Shared {
        store: store.clone(),
        model,
        users: RwLock::new(Arc::new(users)),
        log,
        config,
        listen,
        clock,
        registry: Mutex::default(),
        next_id: AtomicU64::new(1),
        open: AtomicUsize::new(0),
    });
    let result = runtime.block_on(accept(
        listener,
        config_for(key),
        shared.clone(),
        &users_file,
    ));
    // Give every session its goodbye, then cut what is left.
    stop_all(&shared, End::Shutdown);
    runtime.block_on(async {
        tokio::time::sleep(GOODBYE / 4).await;
        let handles: Vec<_> = shared
            .registry()
            .values()
            .map(|c| c.handle.clone())
            .collect();
        for handle in handles {
            let _ = handle
                .disconnect(
                    russh::Disconnect::ByApplication,
                    "spojka serve is stopping".into(),
                    String::new(),
                )
                .await;
        }
    });
    runtime.shutdown_timeout(GOODBYE);
    shared.log.write("-", "stopped");
    store.flush()?;
    result.map_err(|e| ServeError::Io(e).into())
}

/// The SSH settings: public keys only, a few tries, a short pause after each
/// refusal.
fn config_for(key: russh::keys::PrivateKey) -> Arc<russh::server::Config> {
    use russh::{MethodKind, MethodSet};
    Arc::new(russh::server::Config {
        methods: MethodSet::from(&[MethodKind::PublicKey][..]),
        auth_rejection_time: Duration::from_millis(300),
        auth_rejection_time_initial: Some(Duration::ZERO),
        // The first "none" probe counts too: six keys after it.
        max_auth_attempts: 1 + super::handler::MAX_REJECTED_KEYS,
        keys: vec![key],
        inactivity_timeout: None,
        keepalive_interval: Some(Duration::from_secs(60)),
        keepalive_max: 3,
        nodelay: true,
        // Encrypt-then-MAC only: ssh-audit flags the other HMACs, and
        // every OpenSSH since 6.2 offers these (AEAD ciphers need none).
        preferred: russh::Preferred {
            mac: std::borrow::Cow::Borrowed(&[
                russh::mac::HMAC_SHA512_ETM,
                russh::mac::HMAC_SHA256_ETM,
            ]),
            ..Default::default()
        },
        ..Default::default()
    })
}

/// Accepts connections until SIGTERM or SIGINT; reloads users on SIGHUP.
async fn accept(
    listener: tokio::net::TcpListener,
    config: Arc<russh::server::Config>,
    shared: Arc<Shared>,
    users_file: &Path,
) -> std::io::Result<()> {
    let mut hangup = signal(SignalKind::hangup())?;
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                let Ok((socket, peer)) = accepted else { continue };
                let id = shared.next_id.fetch_add(1, Ordering::Relaxed);
                if shared.open.load(Ordering::Acquire) >= MAX_CONNECTIONS {
                    shared.log.write(&format!("#{id} {peer}"), "refused: too many connections");
                    continue;
                }
                let _ = socket.set_nodelay(true);
                let handler = Connection::new(shared.clone(), id, peer);
                let config = config.clone();
                tokio::spawn(async move {
                    if let Ok(session) = russh::server::run_stream(config, socket, handler).await {
                        let _ = session.await;
                    }
                });
            }
            _ = hangup.recv() => reload(&shared, users_file),
            _ = terminate.recv() => return Ok(()),
            _ = interrupt.recv() => return Ok(()),
        }
    }
}

/// Reads the users file again; a file with a mistake is logged and the
/// users stay as they were. Sessions whose key is gone, or whose user's role
/// changed, end.
fn reload(shared: &Shared, users_file: &Path) {
    let users = match users::load(users_file) {
        Ok(users) => Arc::new(users),
        Err(e) => {
            shared
                .log
                .write("-", &format!("reload refused, users unchanged: {e}"));
            eprintln!("spojka serve: reload refused, users unchanged: {e}");
            return;
        }
    };
    *shared.users.write().unwrap_or_else(PoisonError::into_inner) = users.clone();
    let mut ended = 0;
    for (id, conn) in shared.registry().iter() {
        let still = users
            .by_key(&conn.key)
            .is_some_and(|u| u.name == conn.user.name && u.role == conn.user.role);
        if !still {
            ended += 1;
            shared.log.write(
                &format!("#{id}"),
                &format!("access of \"{}\" changed: ended", conn.user.name),
            );
            for session in &conn.sessions {
                let _ = session.try_send(Event::End(End::Revoked));
            }
            let handle = conn.handle.clone();
            tokio::spawn(async move {
                tokio::time::sleep(GOODBYE / 4).await;
                let _ = handle
                    .disconnect(
                        russh::Disconnect::ByApplication,
                        "access changed".into(),
                        String::new(),
                    )
                    .await;
            });
        }
    }
    shared.log.write(
        "-",
        &format!(
            "reloaded {} users, ended {ended} connections",
            users.users.len()
        ),
    );
}

/// Tells every interactive session to end.
fn stop_all(shared: &Shared, end: End) {
    for conn in shared.registry().values() {
        for session in &conn.sessions {
            let _ = session.try_send(Event::End(end));
        }
    }
}
