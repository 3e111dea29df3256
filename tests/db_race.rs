//! Many processes racing to create one new database: each says something
//! true (done, or in use), never "not a spojka database" for a directory
//! another spojka is creating.

mod common;

use common::binary::command;
use std::process::Stdio;

#[test]
fn processes_racing_to_create_a_database_never_call_it_foreign() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let children: Vec<_> = (0..120)
        .map(|_| {
            command(&db)
                .arg("seed")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawn")
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("is not a spojka database"), "{stderr}");
    }
}
