//! `spojka serve` driven by the real OpenSSH client, on 127.0.0.1 and a free
//! port, with a temporary HOME and no user or system ssh configuration.
//! Every wait is bounded; a server left over is killed when its test ends.

mod common;

use common::binary::{command, text};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Server {
    child: Child,
    dir: tempfile::TempDir,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("addr").port()
}

fn keygen(dir: &Path, name: &str) -> String {
    let status = Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", name, "-f"])
        .arg(dir.join(name))
        .status()
        .expect("ssh-keygen");
    assert!(status.success());
    std::fs::read_to_string(dir.join(format!("{name}.pub")))
        .expect("pub")
        .trim()
        .to_string()
}

/// `spojka` on the database in `dir`, which is also its home.
fn spojka(dir: &Path) -> Command {
    let mut cmd = command(&dir.join("db"));
    cmd.env("HOME", dir);
    cmd
}

/// A seeded database served for Jana (editor) and Petr (viewer); Eva's key
/// is not in the users file.
fn serve() -> Server {
    serve_with(&[])
}

/// [`serve`], with these variables in the server's environment.
fn serve_with(env: &[(&str, &str)]) -> Server {
    let dir = tempfile::tempdir().expect("dir");
    let jana = keygen(dir.path(), "jana");
    let petr = keygen(dir.path(), "petr");
    keygen(dir.path(), "eva");
    let ota = keygen(dir.path(), "ota");
    let users = format!(
        "[[user]]\nname = \"Jana\"\nrole = \"editor\"\nkeys = [\"{jana}\"]\n\n[[user]]\nname = \"Petr\"\nrole = \"viewer\"\nkeys = [\"{petr}\"]\n\n[[user]]\nname = \"Ota\"\nrole = \"viewer\"\nlang = \"cs\"\nkeys = [\"{ota}\"]\n"
    );
    std::fs::write(dir.path().join("users.toml"), users).expect("users");
    assert!(
        spojka(dir.path())
            .arg("seed")
            .output()
            .expect("seed")
            .status
            .success()
    );
    let port = free_port();
    let mut child = spojka(dir.path())
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--users"])
        .arg(dir.path().join("users.toml"))
        .envs(env.iter().copied())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("serve");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let deadline = Instant::now() + TIMEOUT;
    loop {
        let line = rx.recv_timeout(deadline.saturating_duration_since(Instant::now()));
        if line
            .expect("serve says how to connect")
            .starts_with("connect with:")
        {
            break;
        }
    }
    Server { child, dir, port }
}

impl Server {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn ssh_args(&self, key: &str) -> Vec<String> {
        let mut args: Vec<String> = ["-F", "/dev/null", "-o", "UserKnownHostsFile=/dev/null"]
            .iter()
            .chain(&["-o", "StrictHostKeyChecking=no", "-o", "IdentitiesOnly=yes"])
            .chain(&[
                "-o",
                "BatchMode=yes",
                "-o",
                "LogLevel=ERROR",
                "-o",
                "ConnectTimeout=10",
            ])
            .map(|s| s.to_string())
            .collect();
        args.extend(["-p".into(), self.port.to_string(), "-i".into()]);
        args.push(self.path(key).display().to_string());
        args
    }

    /// Runs `ssh [extra…] 127.0.0.1 [command…]` with `input` on its standard input.
    fn ssh(&self, key: &str, extra: &[&str], command: &[&str], input: &[u8]) -> Output {
        let mut child = Command::new("ssh")
            .args(self.ssh_args(key))
            .args(extra)
            .arg("127.0.0.1")
            .args(command)
            .env("HOME", self.dir.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("ssh");
        let mut stdin = child.stdin.take().expect("stdin");
        stdin.write_all(input).expect("input");
        drop(stdin);
        let deadline = Instant::now() + TIMEOUT;
        while child.try_wait().expect("wait").is_none() {
            if Instant::now() > deadline {
                let _ = child.kill();
                panic!("ssh {command:?} did not end");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.wait_with_output().expect("output")
    }

    fn log(&self) -> String {
        std::fs::read_to_string(self.path("db.ssh.log")).unwrap_or_default()
    }
}

#[test]
fn an_unknown_key_is_refused_and_logged() {
    let server = serve();
    let out = server.ssh(
        "eva",
        &[],
        &["export", "--kind", "ngos", "--format", "csv"],
        b"",
    );
    assert_eq!(out.status.code(), Some(255), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains("Permission denied"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        server.log().contains("refused unknown key SHA256:"),
        "{}",
        server.log()
    );
}

#[test]
fn an_export_over_ssh_equals_the_local_export_through_the_control_socket() {
    let server = serve();
    let args = ["export", "--kind", "facilities", "--format", "csv"];
    let remote = server.ssh("petr", &[], &args, b"");
    assert!(remote.status.success(), "{}", text(&remote.stderr));
    let local = spojka(server.dir.path())
        .args(args)
        .output()
        .expect("local export");
    assert!(local.status.success(), "{}", text(&local.stderr));
    assert!(text(&local.stdout).contains("Věznice Mírov"));
    assert_eq!(remote.stdout, local.stdout);
    assert!(
        server
            .log()
            .contains("ran \"Petr\" (viewer): export --kind facilities")
    );
}

#[test]
fn a_viewer_cannot_import_and_an_editor_imports_from_standard_input() {
    let server = serve();
    let ics =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/google.ics"))
            .expect("fixture");
    let import = ["import", "--format", "ics", "-"];
    let refused = server.ssh("petr", &[], &import, &ics);
    assert_ne!(refused.status.code(), Some(0));
    assert!(
        text(&refused.stderr).contains("import needs the editor role; yours is viewer"),
        "{}",
        text(&refused.stderr)
    );
    let done = server.ssh("jana", &[], &import, &ics);
    assert!(done.status.success(), "{}", text(&done.stderr));
    assert!(
        text(&done.stdout).starts_with("Imported -:"),
        "{}",
        text(&done.stdout)
    );
    let meetings = server.ssh(
        "petr",
        &[],
        &["export", "--kind", "meetings", "--format", "csv"],
        b"",
    );
    assert!(
        text(&meetings.stdout).lines().count() > 1,
        "the import is in the shared database"
    );
}

#[test]
fn server_paths_forwarding_sftp_and_shells_without_a_terminal_are_refused() {
    let server = serve();
    let out = server.ssh(
        "jana",
        &[],
        &[
            "export", "--kind", "ngos", "--format", "csv", "--out", "/tmp/x",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let out = server.ssh("jana", &["-s"], &["sftp"], b"");
    assert_ne!(out.status.code(), Some(0));
    let forward = [
        "-N",
        "-o",
        "ExitOnForwardFailure=yes",
        "-R",
        "0:127.0.0.1:9",
    ];
    let out = server.ssh("jana", &forward, &[], b"");
    assert_ne!(out.status.code(), Some(0), "remote forwarding refused");
    // Local forwarding: the client listens, and the server refuses the
    // channel when something connects through it.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let forward = format!("{port}:127.0.0.1:9");
    let mut tunnel = Command::new("ssh")
        .args(server.ssh_args("jana"))
        .args(["-N", "-L", &forward, "127.0.0.1"])
        .env("HOME", server.dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("ssh -L");
    let deadline = Instant::now() + TIMEOUT;
    let mut refused = false;
    while !refused && Instant::now() < deadline {
        if let Ok(mut through) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Read;
            let _ = through.set_read_timeout(Some(Duration::from_secs(2)));
            let mut byte = [0u8; 1];
            // Closed at once: nothing is forwarded.
            assert!(matches!(through.read(&mut byte), Ok(0) | Err(_)));
        }
        refused = server.log().contains("port forwarding to 127.0.0.1:9");
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = tunnel.kill();
    let _ = tunnel.wait();
    assert!(
        refused,
        "local forwarding refused and logged: {}",
        server.log()
    );
    let out = server.ssh("jana", &["-T"], &[], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("needs a terminal"),
        "{}",
        text(&out.stderr)
    );
    let log = server.log();
    for refused in [
        "--out",
        "subsystem \"sftp\"",
        "remote port forwarding",
        "a shell without a terminal",
    ] {
        assert!(log.contains(refused), "{refused}: {log}");
    }
}

#[test]
fn a_local_spojka_on_the_served_database_says_how_to_connect() {
    let server = serve();
    let out = spojka(server.dir.path()).output().expect("spojka");
    assert!(!out.status.success());
    let expected = format!(
        "this database is served by spojka serve on 127.0.0.1:{0}: connect with ssh -p {0} localhost",
        server.port
    );
    assert!(
        text(&out.stderr).contains(&expected),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_removed_key_is_refused_after_sighup() {
    let server = serve();
    let export = ["export", "--kind", "ngos", "--format", "csv"];
    assert!(server.ssh("petr", &[], &export, b"").status.success());
    let users = std::fs::read_to_string(server.path("users.toml")).expect("users");
    let jana_only = users.split("\n\n").next().expect("first user").to_string();
    std::fs::write(server.path("users.toml"), jana_only).expect("write");
    // SAFETY: kill sends a signal to the server this test started.
    unsafe { libc::kill(server.child.id() as i32, libc::SIGHUP) };
    let deadline = Instant::now() + TIMEOUT;
    while !server.log().contains("reloaded 1 users") {
        assert!(Instant::now() < deadline, "{}", server.log());
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        server.ssh("petr", &[], &export, b"").status.code(),
        Some(255)
    );
    assert!(server.ssh("jana", &[], &export, b"").status.success());
}

/// `ssh -tt` in an 80x24 pseudo-terminal, its screen read back by vt100.
/// An `ssh -tt` session in an 80x24 pseudo-terminal, its screen read back
/// through a terminal emulator.
struct SshTui {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    output: mpsc::Receiver<Vec<u8>>,
    parser: vt100::Parser,
}

impl SshTui {
    fn open(server: &Server, user: &str) -> SshTui {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("pty");
        let mut cmd = CommandBuilder::new("ssh");
        cmd.args(server.ssh_args(user));
        cmd.args(["-tt", "127.0.0.1"]);
        cmd.env("HOME", server.dir.path());
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).expect("ssh");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().expect("reader");
        let writer = pair.master.take_writer().expect("writer");
        let (tx, output) = mpsc::channel::<Vec<u8>>();
        std::thread::spawn(move || {
            // Keeps the pty open for as long as the reader lives.
            let _master = pair.master;
            let mut buf = [0u8; 8192];
            while let Ok(n @ 1..) = reader.read(&mut buf) {
                if tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        let size = |n| std::num::NonZeroU16::new(n).expect("non-zero");
        SshTui {
            child,
            writer,
            output,
            parser: vt100::Parser::new(size(24), size(80), 0),
        }
    }

    fn wait_for(&mut self, text: &str) {
        let deadline = Instant::now() + TIMEOUT;
        while !self.parser.screen().contents().contains(text) {
            let left = deadline.saturating_duration_since(Instant::now());
            match self
                .output
                .recv_timeout(left.min(Duration::from_millis(100)))
            {
                Ok(bytes) => self.parser.process(&bytes),
                Err(_) if Instant::now() > deadline => {
                    panic!(
                        "no {text:?} on screen:\n{}",
                        self.parser.screen().contents()
                    )
                }
                Err(_) => {}
            }
        }
    }

    fn send(&mut self, keys: &[u8]) {
        self.writer.write_all(keys).expect("keys");
    }

    /// Waits for ssh to end; its exit status. What it printed last stays on
    /// the screen.
    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            while let Ok(bytes) = self.output.try_recv() {
                self.parser.process(&bytes);
            }
            if let Some(status) = self.child.try_wait().expect("wait") {
                while let Ok(bytes) = self.output.recv_timeout(Duration::from_millis(100)) {
                    self.parser.process(&bytes);
                }
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "ssh did not end");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A user whose entry says `lang = "cs"` gets Czech, whatever the server's
/// locale, in the interactive interface and in commands; the others keep
/// English.
#[test]
fn a_czech_user_over_ssh_reads_czech() {
    let server = serve_with(&[("LANG", "C")]);
    let mut ota = SshTui::open(&server, "ota");
    ota.wait_for("Co vyžaduje pozornost");
    ota.send(b"\x1b");
    ota.wait_for("Název ▲");
    ota.send(b"e");
    ota.wait_for("Můžete jen prohlížet");
    ota.send(b"q");
    assert_eq!(ota.wait_exit(), 0);
    let help = server.ssh("ota", &[], &["export", "--help"], b"");
    assert!(
        text(&help.stdout).contains("Zapíše"),
        "{}",
        text(&help.stdout)
    );
    let english = server.ssh("petr", &[], &["export", "--help"], b"");
    assert!(
        text(&english.stdout).contains("Write one kind"),
        "{}",
        text(&english.stdout)
    );
}

#[test]
fn the_interactive_interface_over_ssh_refuses_a_viewer_edits_and_shows_others_saves_live() {
    let server = serve();
    let mut petr = SshTui::open(&server, "petr");
    petr.wait_for("What needs attention");
    petr.send(b"\x1b");
    petr.wait_for("Name ▲");
    petr.send(b"e");
    petr.wait_for("You can only view");
    petr.send(b"x");
    let command = format!(
        "Run on your computer: ssh -p {} localhost export",
        server.port
    );
    petr.wait_for(&command);

    // Jana imports a calendar over SSH; Petr's meetings list shows it within
    // a second or two, with no key pressed.
    petr.send(b"5");
    petr.wait_for("Start ▲");
    let ics =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ics/google.ics"))
            .expect("fixture");
    let done = server.ssh("jana", &[], &["import", "--format", "ics", "-"], &ics);
    assert_eq!(done.status.code(), Some(0), "{}", text(&done.stderr));
    let imported = Instant::now();
    petr.wait_for("Koordinační porada Plzeň");
    assert!(
        imported.elapsed() < Duration::from_secs(2),
        "seen after {:?}",
        imported.elapsed()
    );
    petr.send(b"q");
    assert_eq!(petr.wait_exit(), 0);
    assert!(
        server
            .log()
            .contains("session of \"Petr\" (viewer) ended: quit"),
        "{}",
        server.log()
    );
}

#[test]
fn sigterm_tells_every_session_keeps_what_was_saved_and_stops_the_server() {
    let mut server = serve();
    let mut jana = SshTui::open(&server, "jana");
    let mut petr = SshTui::open(&server, "petr");
    jana.wait_for("What needs attention");
    petr.wait_for("What needs attention");
    let status = Command::new("kill")
        .arg(server.child.id().to_string())
        .status()
        .expect("kill");
    assert!(status.success());
    for session in [&mut jana, &mut petr] {
        assert_ne!(session.wait_exit(), 0);
        session.wait_for("spojka serve is stopping; everything saved is kept.");
    }
    let deadline = Instant::now() + TIMEOUT;
    let stopped = loop {
        if let Some(status) = server.child.try_wait().expect("wait") {
            break status;
        }
        assert!(Instant::now() < deadline, "serve did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(stopped.success(), "{stopped:?}");
    // The database is free and whole.
    let out = spojka(server.dir.path())
        .args(["export", "--kind", "facilities", "--format", "csv"])
        .output()
        .expect("export");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Věznice"));
}

#[test]
fn a_bug_in_one_session_ends_that_session_only() {
    let server = serve_with(&[("SPOJKA_TEST_PANIC_KEY", "§")]);
    let mut jana = SshTui::open(&server, "jana");
    let mut petr = SshTui::open(&server, "petr");
    jana.wait_for("What needs attention");
    petr.wait_for("What needs attention");
    petr.send("§".as_bytes());
    assert_ne!(petr.wait_exit(), 0);
    petr.wait_for("internal error and closed this session");
    // Jana's session, and the server, go on.
    jana.send(b"\x1b");
    jana.wait_for("Name ▲");
    jana.send(b"q");
    assert_eq!(jana.wait_exit(), 0);
    assert!(
        server.log().contains("ended: internal error"),
        "{}",
        server.log()
    );
    let out = server.ssh(
        "jana",
        &[],
        &["export", "--kind", "ngos", "--format", "csv"],
        b"",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
}
