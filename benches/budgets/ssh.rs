//! Twenty people on one database over SSH: the release binary runs `spojka
//! serve` on the benchmark database, twenty real OpenSSH clients each open a
//! session in an 80x24 pseudo-terminal, and each presses keys in turn. The
//! time is from a key sent to the client until the redrawn screen starts to
//! come back, so it includes the client, the encryption and the loopback.
//! Skipped, with a line saying so, where `ssh` or `ssh-keygen` is missing.

use super::{Row, info, mb, ms, within};
use crate::measure::{median_bytes, median_p99};
use crate::pty::Tui;
use portable_pty::CommandBuilder;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Sessions connected at once.
const SESSIONS: usize = 20;

/// Presses of the down arrow per session.
const PRESSES: usize = 10;

/// How long output must be quiet for a screen to count as drawn.
const QUIET: Duration = Duration::from_millis(30);

/// The start of a word that is in no demo record, for the NGO renamed
/// during the run (a number after it makes it new in every run).
const MARK: &str = "Zkouškabenchmarku";

/// The server and what its clients need.
struct Served {
    dir: tempfile::TempDir,
    port: u16,
    server: Child,
}

impl Served {
    fn client(&self, user: usize) -> Tui {
        let mut cmd = CommandBuilder::new("ssh");
        for arg in [
            "-F",
            "/dev/null",
            "-o",
            "UserKnownHostsFile=/dev/null",
            "-o",
            "StrictHostKeyChecking=no",
            "-o",
            "IdentitiesOnly=yes",
            "-o",
            "BatchMode=yes",
            "-o",
            "LogLevel=ERROR",
            "-tt",
        ] {
            cmd.arg(arg);
        }
        cmd.arg("-p");
        cmd.arg(self.port.to_string());
        cmd.arg("-i");
        cmd.arg(self.dir.path().join(format!("user{user}")));
        cmd.arg("127.0.0.1");
        cmd.env("HOME", self.dir.path());
        Tui::spawn(cmd)
    }

    /// The server's resident memory once it has stopped changing (within
    /// half a MB over a second; at most 30 s): the model's loader goes on
    /// working (the lists' other orders, then giving sled's memory back)
    /// after the first client shows its data, and that is not a session's.
    fn settled_rss(&self) -> u64 {
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut last = self.rss();
        loop {
            std::thread::sleep(Duration::from_secs(1));
            let now = self.rss();
            if now.abs_diff(last) < 500_000 || Instant::now() > deadline {
                return now;
            }
            last = now;
        }
    }

    /// The server's resident memory, in bytes.
    fn rss(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.server.id()))
            .unwrap_or_default();
        status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            .map_or(0, |kb| kb * 1000)
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        // SIGTERM: the server tells its sessions, flushes and exits.
        let _ = Command::new("kill")
            .arg(self.server.id().to_string())
            .status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.server.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Starts `spojka serve` for `SESSIONS` editors with keys of their own.
fn serve(binary: &Path, db: &Path) -> Served {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut users = String::new();
    for user in 0..SESSIONS {
        let key = dir.path().join(format!("user{user}"));
        let made = Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-f"])
            .arg(&key)
            .status()
            .expect("ssh-keygen");
        assert!(made.success(), "ssh-keygen failed");
        let public = std::fs::read_to_string(key.with_extension("pub")).expect("public key");
        users.push_str(&format!(
            "[[user]]\nname = \"user {user}\"\nrole = \"editor\"\nkeys = [\"{}\"]\n\n",
            public.trim()
        ));
    }
    let file: PathBuf = dir.path().join("users.toml");
    std::fs::write(&file, users).expect("users file");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut server = Command::new(binary)
        .arg("--db")
        .arg(db)
        .args(["serve", "--listen", &format!("127.0.0.1:{port}"), "--users"])
        .arg(&file)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spojka serve");
    let out = server.stdout.take().expect("serve's output");
    let ready = BufReader::new(out)
        .lines()
        .map_while(Result::ok)
        .any(|line| line.starts_with("connect with"));
    assert!(ready, "spojka serve did not start");
    Served { dir, port, server }
}

/// A client on the meetings list, with every record loaded.
fn on_meetings(served: &Served, user: usize) -> Tui {
    let mut tui = served.client(user);
    tui.wait_until("the dashboard's data", |s| {
        s.contains("Meetings in the next") && !s.contains("Loading")
    });
    tui.send("\x1b");
    tui.settle(QUIET);
    tui.send("5");
    tui.wait_until("the meetings", |s| {
        s.contains("Start ▲") && !s.contains("Loading")
    });
    tui.settle(QUIET);
    tui
}

/// The rows of twenty sessions over SSH.
pub fn rows(binary: &Path, db: &Path) -> Vec<Row> {
    if !have("ssh") || !have("ssh-keygen") {
        return vec![info(
            "20 SSH sessions",
            "skipped: no ssh client here (install openssh-client)".to_string(),
        )];
    }
    let served = serve(binary, db);
    let mut clients = vec![on_meetings(&served, 0)];
    let one = served.settled_rss();
    clients.extend((1..SESSIONS).map(|user| on_meetings(&served, user)));
    let all = served.settled_rss();
    let per_session = all.saturating_sub(one) / (SESSIONS as u64 - 1);

    let (mut times, mut bytes) = (Vec::new(), Vec::new());
    for _ in 0..PRESSES {
        for client in &mut clients {
            let (time, sent) = client.press("\x1b[B", QUIET);
            times.push(time);
            bytes.push(sent);
        }
    }
    let (median, p99) = median_p99(&mut times);
    let moved = median_bytes(&mut bytes);

    // Every other session filters its NGOs for a word no record has; the
    // first renames an NGO to it and saves: the time until all show it.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mark = format!("{MARK}{nanos}");
    for (i, client) in clients.iter_mut().enumerate() {
        client.send("2");
        client.wait_for("Name ▲");
        if i > 0 {
            client.send("/");
            client.send(&mark);
            client.send("\r");
            client.wait_for("Nothing matches");
        }
    }
    let (saver, others) = clients.split_at_mut(1);
    let saver = &mut saver[0];
    saver.send("e");
    saver.wait_for("Edit NGO");
    saver.send("\x15");
    saver.send(&mark);
    saver.settle(QUIET);
    let saved = Instant::now();
    saver.send("\x13");
    for client in others.iter_mut() {
        // The filter line shows the word too: wait for the row.
        client.wait_until("the renamed NGO", |s| !s.contains("Nothing matches"));
    }
    let seen = saved.elapsed();
    for client in clients {
        client.quit();
    }
    drop(served);
    vec![
        within(
            "20 SSH sessions: key handled and drawn, median",
            ms(median),
            "5 ms",
            median <= Duration::from_millis(5),
        ),
        within(
            "20 SSH sessions: key handled and drawn, p99",
            ms(p99),
            "20 ms",
            p99 <= Duration::from_millis(20),
        ),
        within(
            "20 SSH sessions: bytes per one-row move, median",
            format!("{moved} B"),
            "300 B",
            moved <= 300,
        ),
        within(
            "20 SSH sessions: memory per further session",
            mb(per_session),
            "5 MB",
            per_session <= 5_000_000,
        ),
        within(
            "20 SSH sessions: a save seen by all",
            ms(seen),
            "1 s",
            seen <= Duration::from_secs(1),
        ),
    ]
}
