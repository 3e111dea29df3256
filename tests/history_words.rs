//! The history as a person reads it: who (a name), when (Prague time with
//! the zone, in the interface's language), what (choice labels, records by
//! name, occurrences cancelled and moved, lifecycle steps, archive and
//! restore, reverts), grouped by operation, in the command line's text and
//! on the history screen; an open history follows changes made elsewhere; a
//! second revert says who reverted it already.

mod common;

use common::binary::{spojka_with_env, text};
use common::session::{Harness, open, options, screen};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spojka::domain::recurrence::{Override, Recurrence};
use spojka::domain::{AgreementStatus, Kind, Record, Region, Service, Timestamp};
use spojka::sample::{self, at};
use spojka::store::{OpKind, Store, StoreError};
use std::path::Path;
use std::sync::Arc;

/// 2 Dec 2026 at `h`:`m` in Prague (CET, an hour ahead of UTC).
fn when(h: u32, m: u32) -> Timestamp {
    at(2026, 12, 2, h - 1, m).and_utc()
}

const JANA: &str = "Jana Nováková";

/// Ids of the records the scenario made.
struct Ids {
    facility: u64,
    series: u64,
    agreement: u64,
}

fn get(store: &Store, kind: Kind, id: u64) -> Record {
    store.get(kind, id).expect("get").expect("there")
}

/// A facility whose region changed, an agreement a lifecycle step moved on
/// with a service added, a weekly series with one occurrence cancelled and
/// one moved, archived and restored, and a revert.
fn scenario(store: &Store) -> Ids {
    let facility = store
        .save(
            sample::facility("Věznice Bory", Region::Praha).into(),
            JANA,
            when(9, 0),
        )
        .expect("facility")
        .id();
    let Record::Facility(mut f) = get(store, Kind::Facility, facility) else {
        panic!("facility")
    };
    f.region = Region::Plzensky;
    store.save(f.into(), JANA, when(9, 5)).expect("region");
    let ngo = store
        .save(sample::organisation("Spolek").into(), JANA, when(9, 10))
        .expect("ngo")
        .id();
    let agreement = store
        .save(
            sample::agreement("Spolupráce", ngo, vec![facility]).into(),
            JANA,
            when(9, 15),
        )
        .expect("agreement")
        .id();
    let Record::Agreement(mut a) = get(store, Kind::Agreement, agreement) else {
        panic!("agreement")
    };
    a.status = AgreementStatus::Negotiating;
    a.services = vec![Service::DebtCounselling];
    store
        .save(a.into(), "Petr Svoboda", when(10, 0))
        .expect("step");
    let mut weekly = sample::meeting("Porada", Some(facility), at(2026, 12, 1, 10, 0));
    weekly.recurrence = Some(Box::new(Recurrence::new("FREQ=WEEKLY")));
    let series = store
        .save(weekly.into(), JANA, when(11, 0))
        .expect("series")
        .id();
    let change = |f: &dyn Fn(&mut spojka::domain::Meeting), h: u32| {
        let Record::Meeting(mut m) = get(store, Kind::Meeting, series) else {
            panic!("meeting")
        };
        f(&mut m);
        store.save(m.into(), JANA, when(h, 0)).expect("meeting");
    };
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 12, d).expect("day");
    let rule = |m: &mut spojka::domain::Meeting| m.recurrence.as_mut().expect("series").clone();
    change(
        &|m| {
            let mut r = rule(m);
            r.cancelled.push(day(8));
            m.recurrence = Some(r);
        },
        12,
    );
    change(
        &|m| {
            let mut r = rule(m);
            r.set_override(Override::moved(
                day(15),
                at(2026, 12, 17, 10, 0),
                at(2026, 12, 17, 11, 0),
            ));
            m.recurrence = Some(r);
        },
        13,
    );
    change(&|m| m.meta.archived = true, 14);
    change(&|m| m.meta.archived = false, 15);
    Ids {
        facility,
        series,
        agreement,
    }
}

/// `spojka history ARGS` in `lang` (`C` or `cs_CZ`).
fn history(db: &Path, lang: &str, args: &[&str]) -> String {
    let locale = format!("{lang}.UTF-8");
    let out = spojka_with_env(
        db,
        &[&["history"], args].concat(),
        &[("LANG", &locale), ("LC_ALL", &locale), ("USER", "jana")],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn the_command_line_history_reads_as_sentences_in_both_languages() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("db");
    let ids = {
        let store = common::store::open_in(dir.path());
        let ids = scenario(&store);
        store.flush().expect("flush");
        ids
    };
    let facility = ids.facility.to_string();
    let series = ids.series.to_string();
    let agreement = ids.agreement.to_string();
    let en = [
        history(&db, "C", &["--kind", "facilities", "--id", &facility]),
        history(&db, "C", &["--kind", "agreements", "--id", &agreement]),
        history(&db, "C", &["--kind", "meetings", "--id", &series]),
    ]
    .concat();
    assert!(en.contains("2 Dec 2026 09:05 CET · Jana Nováková"), "{en}");
    assert!(
        en.contains("Region: Hlavní město Praha → Plzeňský kraj"),
        "{en}"
    );
    assert!(!en.contains("CZ-10"), "{en}");
    assert!(en.contains("Moved the agreement to"), "{en}");
    assert!(en.contains("Cancelled the meeting of 8 Dec 2026"), "{en}");
    assert!(
        en.contains("Moved the meeting of 15 Dec 2026 to 17 Dec 2026 10:00"),
        "{en}"
    );
    assert!(en.contains("Archived"), "{en}");
    assert!(en.contains("Restored from the archive"), "{en}");
    assert!(en.contains("Facility: Věznice Bory"), "{en}");
    insta::assert_snapshot!("history_words_en", en);
    let cs = [
        history(&db, "cs_CZ", &["--kind", "facilities", "--id", &facility]),
        history(&db, "cs_CZ", &["--kind", "agreements", "--id", &agreement]),
        history(&db, "cs_CZ", &["--kind", "meetings", "--id", &series]),
    ]
    .concat();
    assert!(cs.contains("2. 12. 2026 09:05 SEČ · Jana Nováková"), "{cs}");
    assert!(cs.contains("Zrušena schůzka 8. 12. 2026"), "{cs}");
    assert!(!cs.contains("debt_counselling"), "{cs}");
    insta::assert_snapshot!("history_words_cs", cs);
}

#[test]
fn a_second_revert_says_who_reverted_it_already_and_when() {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::store::open_in(dir.path());
    let ids = scenario(&store);
    let last = store.op_log().expect("log").last().expect("an op").0;
    let done = store
        .revert_op(last, OpKind::Revert, "Petr Svoboda", when(16, 0))
        .expect("reverted");
    let again = store.revert_op(last, OpKind::Revert, JANA, when(16, 30));
    match again {
        Err(StoreError::AlreadyReverted { by_op, who, .. }) => {
            assert_eq!((by_op, who.as_str()), (done.op, "Petr Svoboda"));
        }
        other => panic!("{other:?}"),
    }
    // The one change, from the record's history, likewise.
    let entries = store.history(Kind::Meeting, ids.series).expect("history");
    let restored = entries
        .iter()
        .rev()
        .find(|e| e.op == Some(last))
        .expect("the restore");
    let entry = store.revert_entry(Kind::Meeting, ids.series, restored.seq, JANA, when(17, 0));
    assert!(
        matches!(entry, Err(StoreError::AlreadyReverted { ref who, .. }) if who == "Petr Svoboda"),
        "{entry:?}"
    );
    // Worded plainly, in both languages.
    let Err(error) = store.revert_op(last, OpKind::Revert, JANA, when(16, 30)) else {
        panic!("refused")
    };
    spojka::catalog::speak(spojka::vocab::Lang::En);
    let en = spojka::catalog::errors::store(&error);
    assert!(
        en.contains("already reverted by Petr Svoboda on 2 Dec 2026 16:00 CET"),
        "{en}"
    );
    spojka::catalog::speak(spojka::vocab::Lang::Cs);
    let cs = spojka::catalog::errors::store(&error);
    assert!(
        cs.contains("už byla vrácena (Petr Svoboda, 2. 12. 2026 16:00 SEČ"),
        "{cs}"
    );
}

/// A session of `size` in `lang` over the scenario, its history of the
/// series open.
fn history_screen(lang: spojka::vocab::Lang, size: (u16, u16)) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let store = common::store::open_in(dir.path());
    scenario(&store);
    let opts = spojka::session::Options {
        lang,
        ..options(dir.path())
    };
    let mut session = open(store.clone(), "default", size, opts);
    session.wait_loaded();
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("terminal");
    common::session::press(&mut session, "esc 5 h");
    screen(&session, &mut terminal)
}

#[test]
fn the_history_screen_in_english_and_czech() {
    let en = history_screen(spojka::vocab::Lang::En, (80, 24));
    assert!(en.contains("Restored from the archive"), "{en}");
    assert!(en.contains("2 Dec 2026 15:00 CET · Jana Nováková"), "{en}");
    insta::assert_snapshot!("history_screen_en_80x24", en);
    let cs = history_screen(spojka::vocab::Lang::Cs, (80, 24));
    assert!(cs.contains("Zrušena schůzka 8. 12. 2026"), "{cs}");
    insta::assert_snapshot!("history_screen_cs_80x24", cs);
    let wide = history_screen(spojka::vocab::Lang::En, (200, 60));
    assert!(
        wide.contains("Cancelled the meeting of 8 Dec 2026"),
        "{wide}"
    );
    insta::assert_snapshot!("history_screen_en_200x60", wide);
}

#[test]
fn an_open_history_follows_a_change_made_in_another_session() {
    let mut h = Harness::new("default");
    let ids = scenario(&h.store);
    h.session.wait_loaded();
    h.keys("esc 1 h");
    assert!(
        h.screen()
            .contains("Region: Hlavní město Praha → Plzeňský kraj")
    );
    // Someone else renames the facility.
    let other: Arc<Store> = h.store.clone();
    let Record::Facility(mut f) = get(&other, Kind::Facility, ids.facility) else {
        panic!("facility")
    };
    f.name = "Věznice Plzeň-Bory".into();
    other
        .save(f.into(), "Petr Svoboda", when(16, 0))
        .expect("saved elsewhere");
    h.session.wait_loaded();
    let shown = h.screen();
    assert!(
        shown.contains("Name: Věznice Bory → Věznice Plzeň-Bory"),
        "{shown}"
    );
    assert!(shown.contains("Petr Svoboda"), "{shown}");
}
