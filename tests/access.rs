//! Roles and remote sessions: a viewer changes nothing, and a session over
//! SSH names the command to run instead of reading or writing files on the
//! server.

mod common;

use common::session::{Harness, options};
use common::store::open_in;
use spojka::app::access::{Access, Remote, Role};
use spojka::domain::Kind;
use spojka::session::Options;

/// A session for "Jana" with `access`, over an empty database or, when
/// `seeded`, one holding the reference prisons.
fn harness(seeded: bool, access: Access) -> Harness {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_in(dir.path());
    if seeded {
        spojka::seed::seed(&store, "setup", chrono::Utc::now()).expect("seed");
    }
    let options = Options {
        who: "Jana".into(),
        ..options(dir.path())
    };
    let mut h = Harness::over(dir, store, "default", options);
    h.session.set_access(access);
    h
}

fn viewer() -> Access {
    Access {
        role: Role::Viewer,
        remote: None,
    }
}

fn remote(role: Role) -> Access {
    Access {
        role,
        remote: Some(Remote {
            ssh: "ssh -p 2222 spojka.example.org".into(),
        }),
    }
}

#[test]
fn a_viewer_pressing_edit_new_delete_or_archive_is_told_they_can_only_view() {
    let mut h = harness(true, viewer());
    h.keys("esc");
    for key in ["e", "n", "d", "a", "I"] {
        h.session.state.info(spojka::app::state::Notice::Ready);
        h.keys(key);
        assert_eq!(
            h.message(),
            "You can only view: your role is viewer.",
            "{key}"
        );
        assert_eq!(
            h.session.mode(),
            spojka::app::Mode::Normal,
            "{key}: no form"
        );
    }
    assert_eq!(h.store.count(Kind::Facility), 38);
}

#[test]
fn a_viewer_still_reads_records_and_their_history() {
    let mut h = harness(true, viewer());
    h.keys("esc enter");
    assert_eq!(h.session.mode(), spojka::app::Mode::Detail);
    h.keys("h");
    assert_eq!(h.session.mode(), spojka::app::Mode::History);
}

#[test]
fn only_an_admin_is_offered_the_reference_data_on_an_empty_database() {
    let admin = harness(false, Access::default());
    assert_eq!(admin.session.mode(), spojka::app::Mode::Confirm);
    for role in [Role::Viewer, Role::Editor] {
        let h = harness(false, Access { role, remote: None });
        assert_ne!(h.session.mode(), spojka::app::Mode::Confirm, "{role:?}");
    }
}

#[test]
fn loading_reference_data_by_an_editor_is_refused_even_when_asked_for() {
    let mut h = harness(
        false,
        Access {
            role: Role::Editor,
            remote: None,
        },
    );
    h.session.state.offer_seed(38);
    h.keys("y");
    assert_eq!(h.message(), "Only an admin may do that.");
    assert_eq!(h.store.count(Kind::Facility), 0);
}

#[test]
fn over_ssh_an_export_names_the_command_and_writes_no_file_on_the_server() {
    let mut h = harness(true, remote(Role::Editor));
    h.keys("esc x");
    assert_eq!(
        h.message(),
        "Run on your computer: ssh -p 2222 spojka.example.org export --kind facilities --format csv > facilities.csv"
    );
    // X asks for the format first: CSV, XLSX, JSON.
    h.keys("X down down enter");
    assert!(
        h.message().ends_with("--format json > facilities.json"),
        "{}",
        h.message()
    );
    h.keys("X down enter");
    assert!(
        h.message().ends_with("--format xlsx > facilities.xlsx"),
        "{}",
        h.message()
    );
    assert!(h.files_written().is_empty(), "{:?}", h.files_written());
}

#[test]
fn over_ssh_an_import_names_the_command_instead_of_asking_for_a_file() {
    let mut h = harness(true, remote(Role::Editor));
    // The calendar's import of an iCalendar file.
    h.keys("esc 5 c I");
    assert_eq!(
        h.message(),
        "Run on your computer: ssh -p 2222 spojka.example.org import --format ics - < calendar.ics"
    );
    assert_eq!(
        h.session.mode(),
        spojka::app::Mode::Calendar,
        "no prompt for a path"
    );
    // A list's `I` names the command for a spreadsheet of its kind: the
    // server's files are not the remote user's to read.
    h.keys("esc 1 I");
    assert_eq!(
        h.message(),
        "Run on your computer: ssh -p 2222 spojka.example.org import --kind facilities --format csv - < facilities.csv"
    );
    assert_eq!(h.session.mode(), spojka::app::Mode::Normal, "no prompt");
}

#[test]
fn over_ssh_the_coverage_map_and_the_report_name_their_commands() {
    let mut h = harness(true, remote(Role::Viewer));
    h.keys("esc C x");
    assert!(
        h.message().ends_with("coverage > coverage.csv"),
        "{}",
        h.message()
    );
    h.keys("esc F x");
    assert!(
        h.message()
            .ends_with("report --from 2026-01-01 --to 2026-11-25 --format md > report.md"),
        "{}",
        h.message()
    );
    assert!(h.files_written().is_empty(), "{:?}", h.files_written());
}

#[test]
fn a_local_session_still_writes_its_exports() {
    let mut h = harness(true, Access::default());
    h.keys("esc x");
    assert!(h.message().contains("facilities"), "{}", h.message());
    assert_eq!(h.files_written().len(), 1, "{:?}", h.files_written());
}
