//! One database, many processes: whichever spojka holds the database serves
//! its control socket, and every other spojka works through it instead of
//! opening the sled files.

mod common;

use common::binary::{command, seeded, spojka, text};
use common::pty::{TIMEOUT, Tui};
use spojka::control::frame::{self, FromHolder, PROTOCOL, ToHolder};
use spojka::control::socket_path;
use std::io::Write;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::Instant;

const CALENDAR: &str = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
BEGIN:VEVENT\r\nUID:control-1@test\r\nDTSTART:20261126T090000Z\r\n\
DTEND:20261126T100000Z\r\nSUMMARY:Schůzka přes socket\r\nLOCATION:Věznice Mírov\r\n\
END:VEVENT\r\nEND:VCALENDAR\r\n";

/// Lets a holding import read its calendar and end.
fn finish(mut import: Child) {
    let mut stdin = import.stdin.take().expect("stdin");
    stdin.write_all(CALENDAR.as_bytes()).expect("write");
    drop(stdin);
    let out = import.wait_with_output().expect("import");
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// A spojka holding the database: an import reading its file from a pipe the
/// test keeps open, so it holds the database until the pipe is closed.
fn holding_import(db: &Path) -> Child {
    let child = command(db)
        .args(["import", "--format", "ics", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start the import");
    // Answering, not only there: a test may have left a stale socket file
    // for the import to replace, and until it has, another command would
    // find the database free and hold it itself.
    let started = Instant::now();
    while UnixStream::connect(socket_path(db)).is_err() {
        assert!(
            started.elapsed() < TIMEOUT,
            "the import never served its socket"
        );
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    child
}

#[test]
fn with_the_tui_open_commands_work_and_an_import_shows_up_with_no_key_pressed() {
    let (dir, db) = seeded();
    let mut tui = Tui::start(&db, dir.path(), &[]);
    tui.leave_dashboard();
    tui.send("5");
    tui.wait_for("Nothing here yet");

    let export = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert!(text(&export.stdout).contains("Věznice Mírov"));
    let coverage = spojka(&db, &["coverage"]);
    assert!(coverage.status.success(), "{}", text(&coverage.stderr));
    let report = spojka(&db, &["report", "--format", "md"]);
    assert!(report.status.success(), "{}", text(&report.stderr));

    let file = dir.path().join("calendar.ics");
    std::fs::write(&file, CALENDAR).expect("write calendar");
    let import = spojka(
        &db,
        &["import", "--format", "ics", file.to_str().expect("path")],
    );
    assert!(import.status.success(), "{}", text(&import.stderr));
    assert!(
        text(&import.stdout).contains("1 created"),
        "{}",
        text(&import.stdout)
    );
    assert!(text(&import.stdout).contains("calendar.ics"));

    // No key is pressed: the change feed brings the meeting to the screen.
    let shown = Instant::now();
    tui.wait_for("Schůzka přes socket");
    assert!(shown.elapsed() < std::time::Duration::from_secs(2));

    // `--out` is written by the client, owner-only.
    let out = dir.path().join("meetings.csv");
    let export = spojka(
        &db,
        &[
            "export",
            "--kind",
            "meetings",
            "--format",
            "csv",
            "--out",
            out.to_str().expect("path"),
        ],
    );
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert!(
        std::fs::read_to_string(&out)
            .expect("file")
            .contains("Schůzka přes socket")
    );

    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    assert!(!socket_path(&db).exists(), "the socket is removed on exit");
}

#[test]
fn with_the_tui_open_compact_and_restore_run_in_the_holder_and_the_screen_follows() {
    let (dir, db) = seeded();
    let empty = dir.path().join("no-meetings.backup");
    let out = spojka(&db, &["backup", empty.to_str().expect("path")]);
    assert!(out.status.success(), "{}", text(&out.stderr));

    let mut tui = Tui::start(&db, dir.path(), &[]);
    tui.leave_dashboard();
    tui.send("5");
    tui.wait_for("Nothing here yet");

    let compact = spojka(&db, &["compact"]);
    assert!(compact.status.success(), "{}", text(&compact.stderr));
    assert!(
        text(&compact.stdout).contains("Compacted"),
        "{}",
        text(&compact.stdout)
    );
    // After the swap the holder writes to the directory now in place.
    let file = dir.path().join("calendar.ics");
    std::fs::write(&file, CALENDAR).expect("write calendar");
    let import = spojka(
        &db,
        &["import", "--format", "ics", file.to_str().expect("path")],
    );
    assert!(import.status.success(), "{}", text(&import.stderr));
    tui.wait_for("Schůzka přes socket");

    // A restore needs --force over records, and then every session shows
    // the restored records with no key pressed.
    let refused = spojka(&db, &["restore", empty.to_str().expect("path")]);
    assert!(!refused.status.success());
    assert!(
        text(&refused.stderr).contains("--force"),
        "{}",
        text(&refused.stderr)
    );
    let backups = || std::fs::read_dir(dir.path().join("backups")).map_or(0, |d| d.count());
    let before = backups();
    let restore = spojka(&db, &["restore", "--force", empty.to_str().expect("path")]);
    assert!(restore.status.success(), "{}", text(&restore.stderr));
    tui.wait_for("Nothing here yet");

    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    // The restored database is the one on disk.
    let meetings = spojka(&db, &["export", "--kind", "meetings", "--format", "csv"]);
    assert!(meetings.status.success(), "{}", text(&meetings.stderr));
    assert!(!text(&meetings.stdout).contains("Schůzka přes socket"));
    assert_eq!(
        backups(),
        before + 1,
        "the records replaced were backed up first"
    );
}

#[test]
fn a_second_command_goes_through_a_one_off_holder_and_the_tui_waits_for_it() {
    let (dir, db) = seeded();
    let mut import = holding_import(&db);

    let export = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    assert!(text(&export.stdout).contains("Věznice Mírov"));

    let mut tui = Tui::start(&db, dir.path(), &[]);
    tui.wait_for(&format!(
        "in use by `spojka import --format ics -` (pid {})",
        import.id()
    ));

    let mut stdin = import.stdin.take().expect("stdin");
    stdin.write_all(CALENDAR.as_bytes()).expect("write");
    drop(stdin);
    let done = import.wait_with_output().expect("import");
    assert!(done.status.success(), "{}", text(&done.stderr));

    // The import is over: the TUI opens on its own.
    tui.leave_dashboard();
    tui.send("5");
    tui.wait_for("Schůzka přes socket");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_socket_left_by_a_killed_holder_is_replaced() {
    let (_dir, db) = seeded();
    drop(UnixListener::bind(socket_path(&db)).expect("a stale socket"));
    assert!(socket_path(&db).exists());
    let import = holding_import(&db);
    let export = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    finish(import);
}

#[test]
fn bad_requests_get_an_error_and_the_holder_keeps_serving() {
    let (_dir, db) = seeded();
    let import = holding_import(&db);
    let socket = socket_path(&db);

    // Garbage instead of a greeting.
    let mut raw = UnixStream::connect(&socket).expect("connect");
    raw.write_all(&[0, 0, 0, 4, 0xde, 0xad, 0xbe, 0xef])
        .expect("write");
    let _ = frame::receive::<FromHolder>(&mut raw);
    // A length far over the limit.
    let mut raw = UnixStream::connect(&socket).expect("connect");
    raw.write_all(&[0xff, 0xff, 0xff, 0xff]).expect("write");
    let _ = frame::receive::<FromHolder>(&mut raw);

    // Another version of spojka is told which one holds the database.
    let mut old = UnixStream::connect(&socket).expect("connect");
    let hello = ToHolder::Hello {
        protocol: PROTOCOL,
        version: "0.0.1".into(),
    };
    frame::send(&mut old, &hello).expect("hello");
    let reply = frame::receive::<FromHolder>(&mut old).expect("reply");
    assert_eq!(
        reply,
        Some(FromHolder::WrongVersion {
            pid: import.id(),
            version: env!("CARGO_PKG_VERSION").to_string()
        })
    );

    // A request spojka's command line refuses is reported, not run.
    let mut bad = UnixStream::connect(&socket).expect("connect");
    let hello = ToHolder::Hello {
        protocol: PROTOCOL,
        version: env!("CARGO_PKG_VERSION").into(),
    };
    frame::send(&mut bad, &hello).expect("hello");
    let _welcome = frame::receive::<FromHolder>(&mut bad).expect("welcome");
    let request = ToHolder::Request {
        args: vec!["export".into(), "--kind".into(), "nonsense".into()],
        lang: "en".into(),
        user: "tester".into(),
    };
    frame::send(&mut bad, &request).expect("request");
    frame::send(&mut bad, &ToHolder::InputEnd).expect("end");
    let mut replies = Vec::new();
    while let Some(reply) = frame::receive::<FromHolder>(&mut bad).expect("reply") {
        let exit = matches!(reply, FromHolder::Exit(_));
        replies.push(reply);
        if exit {
            break;
        }
    }
    assert_eq!(replies.last(), Some(&FromHolder::Exit(2)), "{replies:?}");

    // Still serving.
    let export = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    assert!(export.status.success(), "{}", text(&export.stderr));
    finish(import);
}

#[test]
fn a_holder_that_dies_mid_request_leaves_a_clear_message() {
    let (_dir, db) = seeded();
    // The database is held, and a holder answers the greeting, then dies.
    let _held = spojka::store::Store::open(&db).expect("hold");
    let listener = UnixListener::bind(socket_path(&db)).expect("bind");
    let fake = std::thread::spawn(move || {
        let (mut stream, _) = listener.accept().expect("accept");
        let _hello = frame::receive::<ToHolder>(&mut stream);
        let welcome = FromHolder::Welcome {
            pid: 4242,
            command: None,
        };
        frame::send(&mut stream, &welcome).expect("welcome");
        let _request = frame::receive::<ToHolder>(&mut stream);
    });
    let out = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    fake.join().expect("fake holder");
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("pid 4242") && stderr.contains("stopped answering"),
        "{stderr}"
    );
}

#[test]
fn a_command_that_panics_ends_with_an_error_and_the_holder_serves_on() {
    use spojka::control::client::{Request, run};
    use spojka::control::server::{Call, Holder, Runner};
    let dir = tempfile::tempdir().expect("tempdir");
    let socket = dir.path().join("control.sock");
    let runner: Runner = std::sync::Arc::new(|call: Call<'_>| {
        if call.args.first().map(String::as_str) == Some("boom") {
            panic!("a bug in a command");
        }
        let _ = call.stdout.write_all(b"fine\n");
        0
    });
    let _holder = Holder::serve(&socket, None, runner).expect("serve");
    let request = |word: &str| Request {
        args: vec![word.to_string()],
        lang: "en".into(),
        user: "tester".into(),
        input: None,
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = run(&socket, request("boom"), &mut out, &mut err).expect("answered");
    assert_eq!(status, 70);
    assert!(text(&err).contains("internal error") && text(&err).contains("a bug in a command"));
    let (mut out, mut err) = (Vec::new(), Vec::new());
    assert_eq!(
        run(&socket, request("ok"), &mut out, &mut err).expect("answered"),
        0
    );
    assert_eq!(text(&out), "fine\n");
}
