//! Per-user settings: stored under the user's name, durable, in the store's
//! versioned envelope; and the keymap a user saves is the one spojka opens
//! with.

mod common;

use common::binary::{spojka_with_env, text};
use common::golden::{hex, unhex};
use common::pty;
use common::store::{reopen, retry_open};
use spojka::store::Store;
use spojka::store::codec;
use spojka::store::settings::UserSettings;
use std::collections::BTreeMap;
use std::path::Path;
use std::process::Output;

/// The golden bytes of [`jana`] in format version 6. If they change, the
/// storage format changed: bump `FORMAT_VERSION` and migrate instead.
const GOLDEN: &str = "tests/fixtures/format_v6/settings.hex";

/// The same settings as format versions 2 to 5 wrote them (their layout
/// did not change at 3, 4, 5 or 6, only the envelope's version byte).
const OLDER: [(u8, &str); 4] = [
    (2, "tests/fixtures/format_v2/settings.hex"),
    (3, "tests/fixtures/format_v3/settings.hex"),
    (4, "tests/fixtures/format_v4/settings.hex"),
    (5, "tests/fixtures/format_v5/settings.hex"),
];

fn jana() -> UserSettings {
    let mut import_mappings = BTreeMap::new();
    import_mappings.insert(
        "outlook".to_string(),
        vec![
            ("Subject".to_string(), "title".to_string()),
            ("Začátek".to_string(), "start".to_string()),
        ],
    );
    UserSettings {
        lang: Some("cs".to_string()),
        keymap: Some("vim".to_string()),
        folded_sections: vec!["ending_30".to_string(), "overdue".to_string()],
        import_mappings,
    }
}

#[test]
fn settings_round_trip_and_survive_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    {
        let store = Store::open(&db).expect("open");
        assert_eq!(
            store.settings("jana").expect("read"),
            UserSettings::default()
        );
        store.save_settings("jana", &jana()).expect("save");
        assert_eq!(store.settings("jana").expect("read"), jana());
    }
    let store = reopen(&db);
    assert_eq!(store.settings("jana").expect("read"), jana());
    // Settings are not records: the database still counts as empty.
    assert!(store.is_empty());
}

#[test]
fn each_user_has_their_own_settings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(&dir.path().join("db")).expect("open");
    store.save_settings("jana", &jana()).expect("save");
    let petr = UserSettings {
        keymap: Some("default".to_string()),
        ..UserSettings::default()
    };
    store.save_settings("petr", &petr).expect("save");
    assert_eq!(store.settings("jana").expect("read"), jana());
    assert_eq!(store.settings("petr").expect("read"), petr);
    assert_eq!(
        store.settings("eva").expect("read"),
        UserSettings::default()
    );
    // A name that is a prefix of another is a user of its own.
    assert_eq!(
        store.settings("jan").expect("read"),
        UserSettings::default()
    );
}

#[test]
fn settings_keep_their_bytes() {
    let bytes = codec::encode(&jana());
    let golden = std::fs::read_to_string(GOLDEN).expect("read the golden fixture");
    assert_eq!(hex(&bytes, 32), golden.trim(), "{GOLDEN} changed");
    assert_eq!(
        codec::decode::<UserSettings>(&unhex(&golden)).expect("decodes"),
        jana()
    );
    for (version, path) in OLDER {
        let old = unhex(&std::fs::read_to_string(path).expect("read an older fixture"));
        assert_eq!(old[0], version);
        assert_eq!(
            codec::decode::<UserSettings>(&old).expect("an older version decodes"),
            jana()
        );
    }
    // And that is what lies on disk, under the user's name.
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    Store::open(&db)
        .expect("open")
        .save_settings("jana", &jana())
        .expect("save");
    let sled = retry_open(|| sled::open(&db));
    let stored = sled
        .open_tree("settings")
        .expect("tree")
        .get("jana")
        .expect("get")
        .expect("stored");
    assert_eq!(stored.as_ref(), bytes.as_slice());
}

#[test]
fn newer_settings_are_refused_not_misread() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    {
        let sled = sled::open(&db).expect("sled");
        let mut bytes = codec::encode(&jana());
        bytes[0] = codec::FORMAT_VERSION + 1;
        sled.open_tree("settings")
            .expect("tree")
            .insert("jana", bytes)
            .expect("insert");
        sled.flush().expect("flush");
    }
    let store = reopen(&db);
    let e = store.settings("jana").expect_err("refused");
    assert!(e.to_string().contains("settings of user \"jana\""), "{e}");
    assert!(e.to_string().contains("newer"), "{e}");
}

/// `spojka` run by the system user `user`.
fn spojka_as(db: &Path, user: &str, args: &[&str]) -> Output {
    spojka_with_env(db, args, &[("USER", user), ("LC_ALL", "C")])
}

/// How `spojka settings` shows a language nobody saved.
const NO_LANG: &str = "lang: not set (lang in config.toml, else the locale)";

#[test]
fn spojka_settings_saves_a_keymap_per_user() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    assert!(spojka_as(&db, "jana", &["seed"]).status.success());

    let saved = spojka_as(&db, "jana", &["settings", "keymap", "vim"]);
    assert!(saved.status.success(), "{}", text(&saved.stderr));
    assert_eq!(
        text(&saved.stdout),
        "Saved: spojka opens with the keymap vim for jana.\n"
    );
    let shown = spojka_as(&db, "jana", &["settings"]);
    assert_eq!(
        text(&shown.stdout),
        format!("Settings of jana:\nkeymap: vim\n{NO_LANG}\n")
    );
    let other = spojka_as(&db, "petr", &["settings"]);
    assert!(
        text(&other.stdout).contains("keymap: not set"),
        "{}",
        text(&other.stdout)
    );

    // A keymap that does not load is refused and nothing changes.
    let bad = spojka_as(&db, "jana", &["settings", "keymap", "no-such-keymap.toml"]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("no-such-keymap.toml"),
        "{}",
        text(&bad.stderr)
    );
    let shown = spojka_as(&db, "jana", &["settings"]);
    assert_eq!(
        text(&shown.stdout),
        format!("Settings of jana:\nkeymap: vim\n{NO_LANG}\n")
    );

    let forgot = spojka_as(&db, "jana", &["settings", "keymap", "--unset"]);
    assert!(forgot.status.success(), "{}", text(&forgot.stderr));
    let shown = spojka_as(&db, "jana", &["settings"]);
    assert!(text(&shown.stdout).contains("keymap: not set"));
}

#[test]
fn spojka_opens_with_the_saved_keymap_unless_told_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let user = spojka::cli::os_user();
    let saved = spojka_as(&db, &user, &["settings", "keymap", "vim"]);
    // `settings` wants an existing database; the first start makes one.
    assert!(!saved.status.success());
    assert!(spojka_as(&db, &user, &["seed"]).status.success());
    let saved = spojka_as(&db, &user, &["settings", "keymap", "vim"]);
    assert!(saved.status.success(), "{}", text(&saved.stderr));

    // The help lists the keymap in use: vim goes to the first row with
    // "g g", the default keymap with "Home" alone.
    let mut tui = pty::Tui::start(&db, dir.path(), &[]);
    tui.wait_for("What needs attention");
    tui.send("?");
    tui.wait_for("g g, Home");
    drop(tui);

    let mut tui = pty::Tui::start(&db, dir.path(), &["--keymap", "default"]);
    tui.wait_for("What needs attention");
    tui.send("?");
    tui.wait_until("the default keymap's help", |s| {
        s.contains("Home") && !s.contains("g g")
    });
}

#[test]
fn settings_commands_cross_the_control_socket_unchanged() {
    use clap::Parser;
    use spojka::cli::Cli;
    for args in [
        vec!["settings"],
        vec!["settings", "keymap", "vim"],
        vec!["settings", "keymap", "--unset"],
    ] {
        let cli = Cli::try_parse_from(std::iter::once("spojka").chain(args.iter().copied()))
            .expect("parses");
        let command = cli.command.expect("a command");
        assert_eq!(command.to_args(), args);
    }
    // A keymap file is sent as an absolute path: the process holding the
    // database runs in another directory.
    let cli = Cli::try_parse_from(["spojka", "settings", "keymap", "mine.toml"]).expect("parses");
    let sent = cli.command.expect("a command").to_args();
    assert!(Path::new(&sent[2]).is_absolute(), "{sent:?}");
    assert!(sent[2].ends_with("mine.toml"), "{sent:?}");
}

#[test]
fn spojka_settings_saves_a_language_and_refuses_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    assert!(spojka_as(&db, "jana", &["seed"]).status.success());

    let saved = spojka_as(&db, "jana", &["settings", "lang", "cs"]);
    assert!(saved.status.success(), "{}", text(&saved.stderr));
    assert_eq!(
        text(&saved.stdout),
        "Saved: the interactive interface speaks Czech to jana.\n"
    );
    let shown = spojka_as(&db, "jana", &["settings"]);
    assert!(
        text(&shown.stdout).contains("\nlang: cs\n"),
        "{}",
        text(&shown.stdout)
    );
    let store = reopen(&db);
    let stored = store.settings("jana").expect("settings");
    assert_eq!(stored.lang.as_deref(), Some("cs"));
    drop(store);

    // Anything but cs or en is refused by name, and nothing changes.
    let bad = spojka_as(&db, "jana", &["settings", "lang", "de"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        text(&bad.stderr).contains("\"de\" is not cs or en"),
        "{}",
        text(&bad.stderr)
    );
    let shown = spojka_as(&db, "jana", &["settings"]);
    assert!(text(&shown.stdout).contains("\nlang: cs\n"));

    let forgot = spojka_as(&db, "jana", &["settings", "lang", "--unset"]);
    assert!(forgot.status.success(), "{}", text(&forgot.stderr));
    let shown = spojka_as(&db, "jana", &["settings"]);
    assert!(
        text(&shown.stdout).contains(NO_LANG),
        "{}",
        text(&shown.stdout)
    );
}

#[test]
fn spojka_opens_in_the_saved_language_unless_told_otherwise() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let user = spojka::cli::os_user();
    assert!(spojka_as(&db, &user, &["seed"]).status.success());
    let saved = spojka_as(&db, &user, &["settings", "lang", "cs"]);
    assert!(saved.status.success(), "{}", text(&saved.stderr));

    // The saved language over an English locale.
    let english = [("LC_ALL", "C")];
    let mut tui = pty::Tui::start_with_env(&db, dir.path(), &[], &english);
    // The tabs (the dashboard's own words are not in the catalog yet).
    tui.wait_for("Lidé │ Působení │ Schůzky");
    drop(tui);

    // --lang over the saved language.
    let mut tui = pty::Tui::start_with_env(&db, dir.path(), &["--lang", "en"], &english);
    tui.wait_for("People│ Assignments│ Meetings");
}

/// Folding a dashboard section (Enter on its heading) is saved in the
/// user's settings: the user's next session opens with it folded, another
/// user's does not, and the rest of the user's settings are kept.
#[test]
fn folded_dashboard_sections_are_the_users_in_every_session() {
    use common::session::{Harness, open, options, screen};
    use spojka::domain::Region;
    let h = Harness::new("default");
    let kept = UserSettings {
        keymap: Some("vim".to_string()),
        ..UserSettings::default()
    };
    h.store.save_settings("tester", &kept).expect("save");
    h.store
        .save(
            spojka::sample::facility("Věznice Mírov", Region::Olomoucky).into(),
            "tester",
            spojka::sample::epoch(),
        )
        .expect("a facility");
    // A fresh session over the facility: no agreement, no coordinator.
    let mut h = Harness::over(h.dir, h.store, "default", options(Path::new(".")));
    let board = h.screen();
    assert!(
        board.contains("▾ Facilities without an agreement in force (1)"),
        "{board}"
    );
    // Up from the facility to its heading; Enter folds the section.
    h.keys("up enter");
    let board = h.screen();
    assert!(
        board.contains("▶ ▸ Facilities without an agreement in force (1)"),
        "{board}"
    );
    assert_eq!(
        board.matches("Věznice Mírov").count(),
        1,
        "only under the other heading: {board}"
    );
    let saved = h.store.settings("tester").expect("read");
    assert_eq!(saved.folded_sections, ["no_agreement"]);
    assert_eq!(saved.keymap.as_deref(), Some("vim"), "the rest is kept");

    // The user's next session (another process, or at once beside this one).
    let mut terminal = common::screen::terminal(80, 24);
    let again = open(
        h.store.clone(),
        "default",
        (80, 24),
        options(Path::new(".")),
    );
    let board = screen(&again, &mut terminal);
    assert!(
        board.contains("▸ Facilities without an agreement in force (1)"),
        "{board}"
    );
    assert_eq!(board.matches("Věznice Mírov").count(), 1, "{board}");
    // Another user's is not folded.
    let other = spojka::session::Options {
        who: "petr".into(),
        user: "petr".into(),
        ..options(Path::new("."))
    };
    let theirs = open(h.store.clone(), "default", (80, 24), other);
    let board = screen(&theirs, &mut terminal);
    assert!(
        board.contains("▾ Facilities without an agreement in force (1)"),
        "{board}"
    );
    assert_eq!(board.matches("Věznice Mírov").count(), 2, "{board}");
}
