//! One read model per process, shared by every session and kept current by
//! the store's change feed: a save made anywhere reaches every session on its
//! next step, with no key pressed.

mod common;

use common::app::{board, coverage};
use common::screen::terminal;
use common::session::{options, press, screen, type_text};
use common::store::open_in;
use common::time::now;
use spojka::domain::*;
use spojka::keymap::Keymap;
use spojka::model::{Loading, Model};
use spojka::sample::{epoch, facility, organisation};
use spojka::session::{Input, Session};
use spojka::store::Store;
use spojka::vocab::Lang;
use std::sync::Arc;

/// One process's store and model, with sessions opened over them.
/// The process's read model over `store`, as a process serving sessions in
/// either language opens it.
fn shared_model(store: &Arc<Store>, loading: Loading) -> Arc<Model> {
    Session::open_model(store, loading, spojka::clock::Clock::System, &Lang::ALL).expect("model")
}

struct Team {
    dir: tempfile::TempDir,
    store: Arc<Store>,
    model: Arc<Model>,
}

impl Team {
    /// A database holding one facility, and its model.
    fn new() -> Team {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open_in(dir.path());
        store
            .save(
                facility("Věznice Mírov", Region::Olomoucky).into(),
                "t",
                epoch(),
            )
            .expect("save");
        let model = shared_model(&store, Loading::Eager);
        Team { dir, store, model }
    }

    /// Saves one NGO, "Charita Opava"; its id.
    fn ngo(&self) -> Id {
        self.store
            .save(organisation("Charita Opava").into(), "t", epoch())
            .expect("save")
            .id()
    }

    /// A session over the shared model, after pressing `pressed`.
    fn open(&self, pressed: &str) -> Session {
        let keymap = Keymap::builtin("default").expect("keymap");
        let mut s = Session::attach(
            self.store.clone(),
            self.model.clone(),
            keymap,
            (80, 24),
            options(self.dir.path()),
        );
        press(&mut s, pressed);
        s
    }
}

#[test]
fn a_save_reaches_every_session_of_the_process_on_its_next_step() {
    let team = Team::new();
    let (store, model) = (&team.store, &team.model);
    // From the dashboard to the NGOs tab.
    let mut sessions: Vec<Session> = (0..3).map(|_| team.open("2")).collect();
    let mut terminal = terminal(80, 24);
    assert!(!screen(&sessions[1], &mut terminal).contains("Charita Opava"));

    // Saved by someone else: another session, the control socket, an import.
    store
        .save(organisation("Charita Opava").into(), "other", epoch())
        .expect("save");

    for session in &mut sessions {
        session.handle(Input::Tick);
        let shown = screen(session, &mut terminal);
        assert!(shown.contains("Charita Opava"), "{shown}");
    }
    // Every session shows the model's own version: one copy per process.
    assert_eq!(model.snapshot().data.count(Kind::Organisation), 1);
}

#[test]
fn changes_committed_while_the_model_loads_are_kept() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_in(dir.path());
    for i in 0..2_000 {
        store
            .save(organisation(&format!("NGO {i}")).into(), "t", epoch())
            .expect("save");
    }
    let model = Model::open(&store, Loading::Background, now()).expect("model");
    let late = store
        .save(organisation("Saved while loading").into(), "t", epoch())
        .expect("save");
    let first = model.snapshot().data.get(Kind::Organisation, 1).cloned();
    store
        .delete(Kind::Organisation, 1, "t", epoch())
        .expect("delete");
    model.wait_loaded();
    let data = model.snapshot().data;
    assert!(first.is_some() || data.get(Kind::Organisation, 1).is_none());
    assert_eq!(data.count(Kind::Organisation), 2_000);
    assert!(data.get(Kind::Organisation, late.id()).is_some());
    assert!(data.get(Kind::Organisation, 1).is_none());
}

#[test]
fn a_new_version_shares_what_did_not_change_with_the_old_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_in(dir.path());
    let model = Model::open(&store, Loading::Eager, now()).expect("model");
    let before = model.snapshot();
    store
        .save(organisation("Nová").into(), "t", epoch())
        .expect("save");
    let after = model.snapshot();
    assert!(after.version > before.version);
    assert_eq!(before.data.count(Kind::Organisation), 0);
    assert_eq!(after.data.count(Kind::Organisation), 1);
}

/// The one NGO as stored.
fn stored_ngo(store: &Store, id: Id) -> Organisation {
    match store.get(Kind::Organisation, id).expect("get") {
        Some(Record::Organisation(ngo)) => *ngo,
        other => panic!("the NGO is gone: {other:?}"),
    }
}

#[test]
fn changes_to_different_fields_of_one_record_merge_and_both_are_saved() {
    let team = Team::new();
    let (store, ngo) = (&team.store, team.ngo());
    // The NGOs tab, and the form on its one NGO.
    let open = || team.open("2 e");
    let (mut jana, mut petr) = (open(), open());

    // Jana changes the phone (the seventh field) and saves.
    press(&mut jana, "tab tab tab tab tab tab");
    type_text(&mut jana, "+420 553 000 111");
    press(&mut jana, "C-s");
    let mut terminal = terminal(80, 24);
    assert!(screen(&jana, &mut terminal).contains("Saved"));

    // Petr, in the form he opened before, changes the name and saves: the
    // store refuses his version, and the two changes are merged and saved.
    press(&mut petr, "C-u");
    type_text(&mut petr, "Charita Opava, o. p. s.");
    press(&mut petr, "C-s");
    let both = stored_ngo(store, ngo);
    assert_eq!(both.name, "Charita Opava, o. p. s.");
    assert_eq!(both.phone, "+420 553 000 111");
    assert!(screen(&petr, &mut terminal).contains("Saved"));
}

#[test]
fn a_field_both_changed_is_chosen_by_the_second_saver_never_lost_silently() {
    let team = Team::new();
    let (store, ngo) = (&team.store, team.ngo());
    let open = || team.open("2 e");
    let (mut jana, mut petr, mut eva) = (open(), open(), open());
    press(&mut jana, "C-u");
    type_text(&mut jana, "Charita Opava (Jana)");
    press(&mut jana, "tab tab tab tab tab tab");
    type_text(&mut jana, "+420 553 000 111");
    press(&mut jana, "C-s");

    // Petr changed the name too: he sees before / theirs / his, and nothing
    // is saved until he chooses.
    press(&mut petr, "C-u");
    type_text(&mut petr, "Charita Opava (Petr)");
    press(&mut petr, "C-s");
    let mut terminal = terminal(80, 24);
    let asked = screen(&petr, &mut terminal);
    for shown in [
        "Changed elsewhere",
        "Before: Charita Opava",
        "Theirs: Charita Opava (Jana)",
        "Yours: Charita Opava (Petr)",
        "[x] Charita",
    ] {
        assert!(asked.contains(shown), "{shown} in\n{asked}");
    }
    assert_eq!(stored_ngo(store, ngo).name, "Charita Opava (Jana)");
    // He keeps theirs (←) for the name and saves: Jana's phone stays too.
    press(&mut petr, "left enter");
    let kept = stored_ngo(store, ngo);
    assert_eq!(kept.name, "Charita Opava (Jana)");
    assert_eq!(kept.phone, "+420 553 000 111");

    // Eva changed the name as well, and takes theirs everywhere (r): her
    // form shows the stored record, and nothing of hers is saved.
    press(&mut eva, "C-u");
    type_text(&mut eva, "Charita Opava (Eva)");
    press(&mut eva, "C-s r");
    assert_eq!(stored_ngo(store, ngo).name, "Charita Opava (Jana)");
    let form = screen(&eva, &mut terminal);
    assert!(form.contains("Charita Opava (Jana)"), "{form}");
}

#[test]
fn sessions_showing_the_same_view_share_one_computation_of_it() {
    let team = Team::new();
    let (store, open) = (&team.store, |pressed: &str| team.open(pressed));
    let dashboard = |s: &Session| board(&s.state).attention.clone().expect("worked out");
    let map = |s: &Session| coverage(&s.state).map.clone();
    let (a, b) = (open(""), open(""));
    assert!(Arc::ptr_eq(&dashboard(&a), &dashboard(&b)));
    let (mut c, mut d) = (open("C"), open("C"));
    assert!(Arc::ptr_eq(&map(&c), &map(&d)));

    // A save makes a new version: worked out again, once, for both.
    let before = map(&c);
    store
        .save(organisation("Nová").into(), "t", epoch())
        .expect("save");
    c.handle(Input::Tick);
    d.handle(Input::Tick);
    assert!(!Arc::ptr_eq(&before, &map(&c)));
    assert!(Arc::ptr_eq(&map(&c), &map(&d)));
}

#[test]
fn a_form_with_unsaved_changes_is_warned_before_the_idle_timeout_and_others_are_not() {
    let team = Team::new();
    let mut terminal = terminal(80, 24);
    let mut editing = team.open("1 e");
    type_text(&mut editing, " (upraveno)");
    editing.handle(Input::IdleSoon);
    let warned = screen(&editing, &mut terminal);
    assert!(
        warned.contains("closing in a minute for inactivity; save, or press a key."),
        "{warned}"
    );

    let mut browsing = team.open("1");
    browsing.handle(Input::IdleSoon);
    assert!(
        !screen(&browsing, &mut terminal)
            .contains("closing in a minute for inactivity; save, or press a key.")
    );
}

#[test]
fn the_offer_to_load_the_prisons_goes_once_the_database_is_seeded_elsewhere() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_in(dir.path());
    let model = shared_model(&store, Loading::Eager);
    let keymap = Keymap::builtin("default").expect("keymap");
    let mut session = Session::attach(store.clone(), model, keymap, (80, 24), options(dir.path()));
    let mut terminal = terminal(80, 24);
    assert!(screen(&session, &mut terminal).contains("Please confirm"));
    // `spojka seed` in another terminal, through the control socket.
    store
        .save(
            facility("Věznice Mírov", Region::Olomoucky).into(),
            "other",
            epoch(),
        )
        .expect("save");
    session.handle(Input::Tick);
    let shown = screen(&session, &mut terminal);
    assert!(!shown.contains("Please confirm"), "{shown}");
}

/// After loading, the model's loader closes sled's handles and opens them
/// again (sled keeps what a walk over every record read): the database
/// stays held throughout, so an opener trying all the while never gets in,
/// and saves afterwards reach the model as before.
#[test]
fn the_loader_lets_sled_go_and_reopens_it_without_letting_the_database_go() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = open_in(dir.path());
    for i in 0..300 {
        let name = format!("Spolek {i}");
        store
            .save(organisation(&name).into(), "t", epoch())
            .expect("save");
    }
    let path = store.path().to_path_buf();
    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let intruder = {
        let (path, stop) = (path.clone(), stop.clone());
        std::thread::spawn(move || {
            let mut tries = 0;
            while !stop.load(std::sync::atomic::Ordering::Acquire) {
                match Store::open(&path) {
                    Err(spojka::store::StoreError::Locked { .. }) => tries += 1,
                    Err(e) => panic!("an opener was told {e}, not that the database is held"),
                    Ok(_) => panic!("another opener got in while the model loaded"),
                }
            }
            tries
        })
    };
    let model = shared_model(&store, Loading::Background);
    model.wait_warmed();
    stop.store(true, std::sync::atomic::Ordering::Release);
    assert!(
        intruder.join().expect("intruder") > 0,
        "the opener never tried"
    );
    assert_eq!(model.snapshot().data.all(Kind::Organisation).count(), 300);
    let id = store
        .save(organisation("Po načtení").into(), "t", epoch())
        .expect("save after the reopen")
        .id();
    assert_eq!(
        model
            .snapshot()
            .data
            .get(Kind::Organisation, id)
            .map(|r| r.title().into_owned()),
        Some("Po načtení".to_string())
    );
}
