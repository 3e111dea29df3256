//! Output files are written safely: owner-only even over an old world-readable
//! file, never through a symlink planted at the target, never inside the
//! database directory. Checked through the real binary (`--out`), through a
//! session's exports from the lists, and on `spojka::outfile` itself.

mod common;

use common::binary::{seeded, spojka, text};
use common::screen::terminal;
use common::session::{open, options, status_line};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spojka::domain::Kind;
use spojka::outfile::{OutFile, OutputError};
use spojka::session::Session;
use spojka::store::Store;
use std::io::Write;
use std::os::unix::fs::{PermissionsExt, symlink};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn mode(path: &Path) -> u32 {
    std::fs::symlink_metadata(path)
        .expect("metadata")
        .permissions()
        .mode()
        & 0o777
}

/// A file with something to lose, readable by everyone.
fn victim(dir: &Path) -> PathBuf {
    let victim = dir.join("victim.txt");
    std::fs::write(&victim, "keep me").expect("write");
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    victim
}

/// No temporary file is left beside the outputs.
fn assert_no_leftovers(dir: &Path) {
    for entry in std::fs::read_dir(dir).expect("dir") {
        let name = entry.expect("entry").file_name();
        assert!(
            !name.to_string_lossy().ends_with(".tmp"),
            "leftover {name:?}"
        );
    }
}

#[test]
fn out_onto_an_existing_world_readable_file_makes_it_owner_only() {
    let (dir, db) = seeded();
    let file = dir.path().join("facilities.csv");
    std::fs::write(&file, "old").expect("write");
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let path = file.to_str().expect("utf-8");
    let out = spojka(
        &db,
        &[
            "export",
            "--kind",
            "facilities",
            "--format",
            "csv",
            "--out",
            path,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(mode(&file), 0o600);
    assert!(text(&std::fs::read(&file).expect("read")).contains("Věznice Plzeň"));
    let report = spojka(&db, &["report", "--out", path]);
    assert!(report.status.success(), "{}", text(&report.stderr));
    assert_eq!(mode(&file), 0o600);
    assert_no_leftovers(dir.path());
}

#[test]
fn out_replaces_a_symlink_at_the_target_and_leaves_its_pointee_alone() {
    let (dir, db) = seeded();
    let victim = victim(dir.path());
    for (i, args) in [
        &["export", "--kind", "ngos", "--format", "json"][..],
        &["coverage"][..],
        &["report", "--format", "html"][..],
    ]
    .into_iter()
    .enumerate()
    {
        let link = dir.path().join(format!("out-{i}"));
        symlink(&victim, &link).expect("plant a symlink");
        let mut argv = args.to_vec();
        argv.extend(["--out", link.to_str().expect("utf-8")]);
        let out = spojka(&db, &argv);
        assert!(out.status.success(), "{argv:?}: {}", text(&out.stderr));
        let meta = std::fs::symlink_metadata(&link).expect("metadata");
        assert!(meta.is_file(), "{argv:?}: the link was replaced by a file");
        assert_eq!(mode(&link), 0o600);
        assert_eq!(std::fs::read_to_string(&victim).expect("read"), "keep me");
        assert_eq!(mode(&victim), 0o644);
    }
    assert_no_leftovers(dir.path());
}

#[test]
fn out_inside_the_database_directory_is_refused_and_the_database_still_opens() {
    let (dir, db) = seeded();
    let into_db = dir.path().join("into-db");
    symlink(&db, &into_db).expect("a folder symlinked to the database");
    let sneaky = db.join("..").join("db").join("new.csv");
    let targets = [
        db.join("db"),
        db.join("conf"),
        sneaky,
        into_db.join("db"),
        db.clone(),
    ];
    for target in &targets {
        let path = target.to_str().expect("utf-8");
        for args in [
            &["export", "--kind", "facilities", "--format", "csv", "--out"][..],
            &["coverage", "--out"][..],
            &["report", "--out"][..],
        ] {
            let mut argv = args.to_vec();
            argv.push(path);
            let out = spojka(&db, &argv);
            assert_eq!(out.status.code(), Some(1), "{argv:?}");
            let stderr = text(&out.stderr);
            assert!(stderr.contains("in the database directory"), "{stderr}");
            assert!(stderr.contains(path), "names the file: {stderr}");
            assert!(stderr.contains("Choose a file outside"), "{stderr}");
        }
    }
    assert!(!db.join("new.csv").exists());
    let store = Store::open(&db).expect("the database still opens");
    assert_eq!(store.count(Kind::Facility), 38);
}

#[test]
fn out_onto_a_device_a_pipe_or_a_link_to_one_is_refused_and_left_alone() {
    let (dir, db) = seeded();
    let fifo = dir.path().join("pipe");
    let c_path = std::ffi::CString::new(fifo.to_str().expect("utf-8")).expect("no NUL");
    // SAFETY: mkfifo reads a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0, "mkfifo");
    let to_null = dir.path().join("to-null");
    symlink("/dev/null", &to_null).expect("symlink");
    let folder = dir.path().join("folder");
    std::fs::create_dir(&folder).expect("mkdir");
    for target in [&fifo, &to_null, &folder, &PathBuf::from("/dev/null")] {
        let path = target.to_str().expect("utf-8");
        let out = spojka(&db, &["coverage", "--out", path]);
        assert_eq!(out.status.code(), Some(1), "{path}");
        let stderr = text(&out.stderr);
        assert!(stderr.contains("not a regular file"), "{stderr}");
        assert!(stderr.contains(path), "{stderr}");
    }
    let kind = |p: &Path| std::fs::symlink_metadata(p).expect("meta").file_type();
    use std::os::unix::fs::FileTypeExt;
    assert!(kind(&fifo).is_fifo());
    assert!(kind(&to_null).is_symlink());
    assert!(kind(Path::new("/dev/null")).is_char_device());
    assert_no_leftovers(dir.path());
}

#[test]
fn a_missing_folder_is_named_with_what_to_do() {
    let (dir, db) = seeded();
    let target = dir.path().join("nowhere").join("x.csv");
    let out = spojka(&db, &["coverage", "--out", target.to_str().expect("utf-8")]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("x.csv"), "{stderr}");
    assert!(stderr.contains("choose an existing folder"), "{stderr}");
}

#[test]
fn an_uncommitted_file_leaves_the_target_as_it_was() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let target = dir.path().join("out.csv");
    std::fs::write(&target, "old").expect("write");
    let mut file = OutFile::create(&target, &db).expect("create");
    file.write_all(b"half of it").expect("write");
    drop(file);
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "old");
    assert_no_leftovers(dir.path());

    let mut file = OutFile::create(&target, &db).expect("create");
    file.write_all(b"all of it").expect("write");
    file.commit().expect("commit");
    assert_eq!(std::fs::read_to_string(&target).expect("read"), "all of it");
    assert_eq!(mode(&target), 0o600);
}

#[test]
fn the_database_directory_is_recognised_through_relative_paths() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    std::fs::create_dir(&db).expect("mkdir");
    let inside = db.join("sub").join("..").join("x");
    std::fs::create_dir(db.join("sub")).expect("mkdir");
    let refused = OutFile::create(&inside, &dir.path().join(".").join("db"));
    assert!(matches!(refused, Err(OutputError::InsideDatabase { .. })));
    // A sibling whose name merely starts like the database's is fine.
    let beside = dir.path().join("db-export.csv");
    OutFile::create(&beside, &db).expect("beside the database");
}

/// A session over a seeded store whose list exports go to `export_dir`.
fn session(db: &Path, export_dir: &Path) -> (Session, Terminal<TestBackend>) {
    let store = Arc::new(Store::open(db).expect("store"));
    // Wide enough for the status line to hold a temporary directory's path.
    let size = (240, 24);
    let session = open(store, "default", size, options(export_dir));
    (session, terminal(size.0, size.1))
}

/// Presses keys written as in keymap files and returns the status line.
fn press(session: &mut Session, terminal: &mut Terminal<TestBackend>, keys: &str) -> String {
    common::session::press(session, keys);
    status_line(session, terminal)
}

#[test]
fn exports_from_the_lists_replace_a_planted_symlink_and_spare_its_pointee() {
    let dir = tempfile::tempdir().expect("tempdir");
    let exports = dir.path().join("exports");
    std::fs::create_dir(&exports).expect("mkdir");
    let victim = victim(dir.path());
    // The names the session gives its files at the fixed clock.
    let names = [
        ("esc x", "spojka-facilities-20261125-090000.csv", "Exported"),
        // X asks for the format: CSV, XLSX, JSON.
        (
            "X down down enter",
            "spojka-facilities-20261125-090000.json",
            "Exported",
        ),
        (
            "X down enter",
            "spojka-facilities-20261125-090000.xlsx",
            "Exported",
        ),
        (
            "C x",
            "spojka-coverage-20261125-090000.csv",
            "Coverage map written",
        ),
        (
            "esc F X",
            "spojka-report-20261125-090000.html",
            "Report written",
        ),
    ];
    for (_, name, _) in &names {
        symlink(&victim, exports.join(name)).expect("plant a symlink");
    }
    let (mut session, mut terminal) = session(&dir.path().join("db"), &exports);
    press(&mut session, &mut terminal, "y");
    for (keys, name, said) in names {
        let status = press(&mut session, &mut terminal, keys);
        assert!(status.contains(said), "{keys}: {status}");
        let file = exports.join(name);
        assert!(
            std::fs::symlink_metadata(&file).expect("meta").is_file(),
            "{name}"
        );
        assert_eq!(mode(&file), 0o600, "{name}");
        assert_eq!(std::fs::read_to_string(&victim).expect("read"), "keep me");
    }
    assert_no_leftovers(&exports);
}

#[test]
fn an_export_from_the_lists_into_the_database_directory_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let (mut session, mut terminal) = session(&db, &db);
    press(&mut session, &mut terminal, "y");
    let status = press(&mut session, &mut terminal, "esc x");
    assert!(status.contains("Error:"), "{status}");
    assert!(status.contains("database directory"), "{status}");
    let written: Vec<_> = std::fs::read_dir(&db)
        .expect("dir")
        .map(|e| e.expect("entry").file_name())
        .filter(|n| n.to_string_lossy().starts_with("spojka-"))
        .collect();
    assert!(written.is_empty(), "{written:?}");
    drop(session);
}
