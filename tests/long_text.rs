//! The read model holds records without their long text (agenda, minutes,
//! notes); none of it may be lost or hidden by that: a detail shows it, a
//! form starts from it and saves it back, a change made from a list keeps
//! it, and exports from the interface write it.

mod common;

use common::session::{Harness, options};
use common::store::open_in;
use spojka::domain::*;
use spojka::sample::at;
use spojka::session::{Input, Loading, Options};
use std::ops::{Deref, DerefMut};

const AGENDA: &str = "Program: pilotni skupina";
const MINUTES: &str = "Zapis: dohodnuto pokracovani";
const NOTES: &str = "Poznamka: vstup pres vratnici";

/// A session over a store with one facility, one person, one held meeting
/// and one agreement, each with long text; the harness's methods and
/// fields are reached through it.
struct LongText {
    h: Harness,
    meeting: Id,
    agreement: Id,
}

impl LongText {
    fn new(loading: Loading) -> LongText {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = open_in(dir.path());
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
            loading,
            ..options(dir.path())
        };
        let mut h = Harness::over(dir, store, "default", options);
        h.session.wait_loaded();
        LongText {
            h,
            meeting,
            agreement,
        }
    }

    fn stored_meeting(&self) -> Meeting {
        match self.store.get(Kind::Meeting, self.meeting).expect("get") {
            Some(Record::Meeting(m)) => m,
            other => panic!("{other:?}"),
        }
    }

    /// The text of the one file the interface exported with this extension.
    fn exported_text(&self, extension: &str) -> String {
        std::fs::read_to_string(self.exported(extension)).expect("read export")
    }
}

impl Deref for LongText {
    type Target = Harness;
    fn deref(&self) -> &Harness {
        &self.h
    }
}

impl DerefMut for LongText {
    fn deref_mut(&mut self) -> &mut Harness {
        &mut self.h
    }
}

#[test]
fn the_model_holds_the_meeting_without_its_long_text() {
    for loading in [Loading::Eager, Loading::Background] {
        let h = LongText::new(loading);
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
    let mut h = LongText::new(Loading::Background);
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
    let mut h = LongText::new(Loading::Eager);
    h.keys("esc 5 e");
    h.typing(" II");
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
    let mut h = LongText::new(Loading::Eager);
    h.keys("esc 5 a");
    let m = h.stored_meeting();
    assert!(m.meta.archived);
    assert_eq!((m.minutes.as_str(), m.notes.as_str()), (MINUTES, NOTES));
}

#[test]
fn a_renewal_keeps_the_agreements_notes() {
    let mut h = LongText::new(Loading::Eager);
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
    let mut h = LongText::new(Loading::Eager);
    // X asks for the format: CSV, XLSX, JSON.
    h.keys("esc 5 x X down down enter E");
    let csv = h.exported_text("csv");
    assert!(csv.contains(MINUTES) && csv.contains(AGENDA), "{csv}");
    let json = h.exported_text("json");
    assert!(json.contains(MINUTES) && json.contains(NOTES), "{json}");
    // iCalendar folds long lines; unfold before looking.
    let ics = h.exported_text("ics").replace("\r\n ", "");
    assert!(ics.contains(MINUTES) && ics.contains(AGENDA), "{ics}");
}
