//! The read model holds records without their long text (agenda, minutes,
//! notes); none of it may be lost or hidden by that: a detail shows it, a
//! form starts from it and saves it back, a change made from a list keeps
//! it, and exports from the interface write it.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use spojka::domain::*;
use spojka::keymap::{Key, Keymap};
use spojka::sample::at;
use spojka::session::{Clock, Input, Loading, Options, Session};
use spojka::store::Store;
use spojka::ui::theme::Theme;
use std::sync::Arc;

const AGENDA: &str = "Program: pilotni skupina";
const MINUTES: &str = "Zapis: dohodnuto pokracovani";
const NOTES: &str = "Poznamka: vstup pres vratnici";

struct Harness {
    session: Session,
    store: Arc<Store>,
    terminal: Terminal<TestBackend>,
    dir: tempfile::TempDir,
    meeting: Id,
    agreement: Id,
}

impl Harness {
    /// A store with one facility, one person, one held meeting and one
    /// agreement, each with long text, and a session over it.
    fn new(loading: Loading) -> Harness {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Arc::new(Store::open(&dir.path().join("db")).expect("store"));
        let now = chrono::Utc::now();
        let mut facility = spojka::sample::facility("Věznice Plzeň", Region::Plzensky);
        facility.notes = NOTES.into();
        let facility = store.save(facility.into(), "t", now).expect("save").id();
        let org = spojka::sample::organisation("Romodrom");
        let org = store.save(org.into(), "t", now).expect("save").id();
        let person = spojka::sample::person("Jana Nováková", Some(org));
        let person = store.save(person.into(), "t", now).expect("save").id();
        let mut meeting =
            spojka::sample::meeting("Porada", Some(facility), at(2026, 11, 20, 10, 0));
        meeting.organiser = Some(person);
        meeting.status = MeetingStatus::Held;
        meeting.agenda = AGENDA.into();
        meeting.minutes = MINUTES.into();
        meeting.notes = NOTES.into();
        let meeting = store.save(meeting.into(), "t", now).expect("save").id();
        let mut agreement = spojka::sample::agreement("Dohoda o spolupráci", org, vec![facility]);
        agreement.notes = NOTES.into();
        let agreement = store.save(agreement.into(), "t", now).expect("save").id();
        let options = Options {
            who: "tester".into(),
            export_dir: dir.path().to_path_buf(),
            clock: Clock::Fixed(at(2026, 11, 25, 9, 0)),
            theme: Theme { color: false },
            loading,
            config: Default::default(),
        };
        let keymap = Keymap::builtin("default").expect("keymap");
        let mut session = Session::new(store.clone(), keymap, (80, 24), options).expect("session");
        session.wait_loaded();
        let terminal = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        Harness {
            session,
            store,
            terminal,
            dir,
            meeting,
            agreement,
        }
    }

    fn keys(&mut self, keys: &str) -> &mut Self {
        for key in keys.split(' ') {
            let key: Key = key.parse().unwrap_or_else(|e| panic!("{key}: {e}"));
            self.session.handle(Input::Key(key));
        }
        self
    }

    fn screen(&mut self) -> String {
        self.session.render(&mut self.terminal).expect("render");
        let buffer = self.terminal.backend().buffer();
        let width = buffer.area.width as usize;
        buffer
            .content
            .chunks(width)
            .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn stored_meeting(&self) -> Meeting {
        match self.store.get(Kind::Meeting, self.meeting).expect("get") {
            Some(Record::Meeting(m)) => m,
            other => panic!("{other:?}"),
        }
    }

    /// The one file the interface exported with this extension.
    fn exported(&self, extension: &str) -> String {
        let path = std::fs::read_dir(self.dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|e| e == extension))
            .unwrap_or_else(|| panic!("no .{extension} written"));
        std::fs::read_to_string(path).expect("read export")
    }
}

#[test]
fn the_model_holds_the_meeting_without_its_long_text() {
    for loading in [Loading::Eager, Loading::Background] {
        let h = Harness::new(loading);
        let data = &h.session.state.data;
        assert!(
            data.lacks_long_text(Kind::Meeting, h.meeting),
            "{loading:?}"
        );
        let Some(Record::Meeting(m)) = data.get(Kind::Meeting, h.meeting) else {
            panic!("no meeting")
        };
        assert!(m.minutes.is_empty() && m.agenda.is_empty(), "{loading:?}");
        assert_eq!(m.title, "Porada");
    }
}

#[test]
fn a_detail_shows_the_full_minutes() {
    let mut h = Harness::new(Loading::Background);
    let screen = h.keys("esc 5 enter").screen();
    assert!(screen.contains(MINUTES), "{screen}");
    assert!(screen.contains(AGENDA), "{screen}");
    // Still there after the record changes elsewhere and the detail refreshes.
    let mut m = h.stored_meeting();
    m.title = "Porada upravená".into();
    h.store
        .save(m.into(), "other", chrono::Utc::now())
        .expect("save");
    h.session.handle(Input::Tick);
    let screen = h.screen();
    assert!(screen.contains("Porada upravená"), "{screen}");
    assert!(screen.contains(MINUTES), "{screen}");
}

#[test]
fn a_form_saves_the_minutes_back_unchanged() {
    let mut h = Harness::new(Loading::Eager);
    h.keys("esc 5 e");
    for c in " II".chars() {
        h.session.handle(Input::Key(Key::char(c)));
    }
    h.keys("C-s");
    let m = h.stored_meeting();
    assert_eq!(m.title, "Porada II");
    assert_eq!(
        (m.agenda.as_str(), m.minutes.as_str(), m.notes.as_str()),
        (AGENDA, MINUTES, NOTES)
    );
}

#[test]
fn archiving_from_the_list_keeps_the_long_text() {
    let mut h = Harness::new(Loading::Eager);
    h.keys("esc 5 a");
    let m = h.stored_meeting();
    assert!(m.meta.archived);
    assert_eq!((m.minutes.as_str(), m.notes.as_str()), (MINUTES, NOTES));
}

#[test]
fn a_renewal_keeps_the_agreements_notes() {
    let mut h = Harness::new(Loading::Eager);
    h.keys("esc 6 R C-s");
    let renewals: Vec<Agreement> = h
        .store
        .all::<Agreement>()
        .expect("agreements")
        .into_iter()
        .filter(|a| a.replaces == Some(h.agreement))
        .collect();
    assert_eq!(renewals.len(), 1, "{}", h.screen());
    assert_eq!(renewals[0].notes, NOTES);
}

#[test]
fn exports_from_the_interface_write_the_long_text() {
    let mut h = Harness::new(Loading::Eager);
    h.keys("esc 5 x X E");
    let csv = h.exported("csv");
    assert!(csv.contains(MINUTES) && csv.contains(AGENDA), "{csv}");
    let json = h.exported("json");
    assert!(json.contains(MINUTES) && json.contains(NOTES), "{json}");
    // iCalendar folds long lines; unfold before looking.
    let ics = h.exported("ics").replace("\r\n ", "");
    assert!(ics.contains(MINUTES) && ics.contains(AGENDA), "{ics}");
}
