//! Keymap, config and import files that are not plain files: a FIFO, a
//! device that never ends, a file too large. Each is refused with a message
//! naming it, and the call returns (a hang would hang the test).

mod common;

use common::binary::{command, spojka, text};
use spojka::infile::{self, CONFIG_LIMIT, IMPORT_LIMIT, InFileError, KEYMAP_LIMIT};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};

/// A FIFO with no writer: reading it the usual way waits for ever.
fn fifo(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    let c_path = CString::new(path.as_os_str().as_bytes()).expect("path without NUL");
    // SAFETY: mkfifo only reads the NUL-terminated path, which lives until
    // the call returns.
    let rc = unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) };
    assert_eq!(rc, 0, "mkfifo {}", path.display());
    path
}

/// A regular file one byte over `limit`, written sparsely so it costs no disk.
fn oversized(dir: &Path, name: &str, limit: u64) -> PathBuf {
    let path = dir.join(name);
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(limit + 1).expect("set_len");
    path
}

const DEV_ZERO: &str = "/dev/zero";

#[test]
fn read_text_refuses_fifos_devices_directories_and_large_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(dir.path(), "pipe");
    let e = infile::read_text(&pipe, 1024).expect_err("a FIFO");
    assert!(matches!(e, InFileError::NotRegular { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        format!(
            "cannot read {}: it is a FIFO (named pipe), not a regular file; spojka reads only regular files",
            pipe.display()
        )
    );
    let e = infile::read_text(DEV_ZERO, 1024).expect_err("a device");
    assert!(e.to_string().contains("/dev/zero: it is a device"), "{e}");
    let e = infile::read_text(dir.path(), 1024).expect_err("a directory");
    assert!(e.to_string().contains("it is a directory"), "{e}");
    let big = oversized(dir.path(), "big.txt", 1024);
    let e = infile::read_text(&big, 1024).expect_err("too large");
    assert_eq!(
        e.to_string(),
        format!(
            "cannot read {}: it is larger than 1024 bytes",
            big.display()
        )
    );
    let not_text = dir.path().join("latin2.txt");
    std::fs::write(&not_text, b"Plze\xf2").expect("write");
    let e = infile::read_text(&not_text, 1024).expect_err("not UTF-8");
    assert!(e.to_string().contains("not UTF-8 text"), "{e}");
}

#[test]
fn keymap_files_that_are_not_plain_files_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(dir.path(), "keymap.toml");
    let big = oversized(dir.path(), "big.toml", KEYMAP_LIMIT);
    let pipe_text = pipe.to_string_lossy().into_owned();
    let big_text = big.to_string_lossy().into_owned();
    for (choice, expected) in [
        (
            pipe_text.as_str(),
            "it is a FIFO (named pipe), not a regular file",
        ),
        (DEV_ZERO, "it is a device, not a regular file"),
        (big_text.as_str(), "it is larger than 1 MiB"),
    ] {
        // As --keymap …
        let e = spojka::keymap::load(Some(choice), None).expect_err(choice);
        let message = e.to_string();
        assert!(message.contains(choice), "{message}");
        assert!(message.contains(expected), "{message}");
        // … and as the override file in the config directory.
        let e = spojka::keymap::load(None, Some(Path::new(choice))).expect_err(choice);
        assert!(e.to_string().contains(expected), "{e}");
    }
}

#[test]
fn a_keymap_of_200000_lines_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    // Under 1 MiB, so the line count refuses it.
    let short = dir.path().join("short.toml");
    std::fs::write(&short, "[normal]\n".to_string() + &"a=1\n".repeat(200_000)).expect("write");
    let e = spojka::keymap::load(Some(&short.to_string_lossy()), None).expect_err("too long");
    assert!(e.to_string().contains("it has more than 2000 lines"), "{e}");
    // Over 1 MiB: refused by size.
    let long = dir.path().join("long.toml");
    let lines: String = (0..200_000)
        .map(|i| format!("\"{i}\" = \"quit\"\n"))
        .collect();
    std::fs::write(&long, "[normal]\n".to_string() + &lines).expect("write");
    let e = spojka::keymap::load(Some(&long.to_string_lossy()), None).expect_err("too large");
    assert!(e.to_string().contains("larger than 1 MiB"), "{e}");
}

#[test]
fn a_keymap_with_a_problem_on_every_line_is_checked_in_linear_time() {
    // 1,990 lines of 500 bytes, each an unknown action: every diagnostic
    // finds its line by binary search, not by counting from the top.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("bad.toml");
    let lines: String = (0..1_990)
        .map(|i| {
            format!(
                "\"{}\" = \"{}\"\n",
                char::from_u32(0x4e00 + i).unwrap_or('x'),
                "q".repeat(480)
            )
        })
        .collect();
    std::fs::write(&file, "[normal]\n".to_string() + &lines).expect("write");
    let e = spojka::keymap::load(Some(&file.to_string_lossy()), None).expect_err("bad");
    let message = e.to_string();
    assert_eq!(message.lines().count(), 1_990);
    assert!(
        message
            .lines()
            .last()
            .is_some_and(|l| l.contains(":1991: ")),
        "{message:.200}"
    );
}

#[test]
fn config_files_that_are_not_plain_files_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pipe = fifo(dir.path(), "config.toml");
    let big = oversized(dir.path(), "big.toml", CONFIG_LIMIT);
    for (path, expected) in [
        (
            pipe.as_path(),
            "it is a FIFO (named pipe), not a regular file",
        ),
        (Path::new(DEV_ZERO), "it is a device, not a regular file"),
        (big.as_path(), "it is larger than 1 MiB"),
    ] {
        let e = spojka::config::load(Some(path)).expect_err("refused");
        let message = e.to_string();
        assert!(message.contains(&*path.to_string_lossy()), "{message}");
        assert!(message.contains(expected), "{message}");
    }
    // A missing file still means the defaults.
    let missing = dir.path().join("none.toml");
    assert!(spojka::config::load(Some(&missing)).is_ok());
}

#[test]
fn import_files_that_are_not_plain_files_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let seed = spojka(&db, &["seed"]);
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    let pipe = fifo(dir.path(), "calendar.ics");
    let big = oversized(dir.path(), "big.ics", IMPORT_LIMIT);
    for (path, expected) in [
        (
            pipe.as_path(),
            "it is a FIFO (named pipe), not a regular file",
        ),
        (Path::new(DEV_ZERO), "it is a device, not a regular file"),
        (big.as_path(), "it is larger than 64 MiB"),
    ] {
        let out = command(&db)
            .args(["import", "--format", "ics"])
            .arg(path)
            .output()
            .expect("run spojka");
        assert_eq!(out.status.code(), Some(1));
        let stderr = text(&out.stderr);
        assert_eq!(
            stderr.trim_end(),
            format!(
                "spojka: cannot read {}: {expected}{}",
                path.display(),
                if expected.contains("regular") {
                    "; spojka reads only regular files"
                } else {
                    ""
                }
            )
        );
    }
}
