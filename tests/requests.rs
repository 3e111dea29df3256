//! Cooperation requests in a session: a request walked through its steps
//! from its detail (done with the checklist, done with a reason, a skip
//! with a reason, a reopening with a note, an undo), and the introductory
//! meeting made from it, linked back in the same operation.

mod common;

use common::session::Harness;
use spojka::domain::{Kind, Record, Request, Service};
use spojka::sample;

fn request(h: &Harness, id: u64) -> Request {
    match h.store.get(Kind::Request, id).expect("get") {
        Some(Record::Request(r)) => r,
        other => panic!("no request: {other:?}"),
    }
}

/// Saves Věznice Plzeň and the NGO Podané ruce; their ids.
fn plzen_and_podane_ruce(store: &spojka::store::Store) -> (u64, u64) {
    let now = sample::epoch();
    let facility = store
        .save(
            sample::facility("Věznice Plzeň", spojka::domain::Region::Plzensky).into(),
            "setup",
            now,
        )
        .expect("facility")
        .id();
    let ngo = store
        .save(sample::organisation("Podané ruce").into(), "setup", now)
        .expect("ngo")
        .id();
    (facility, ngo)
}

/// A database with a facility, an NGO and a request of the NGO to work in
/// the facility; the session on the request's detail.
fn on_the_request() -> (Harness, u64, u64, u64) {
    let h = Harness::new("default");
    let now = sample::epoch();
    let store = &h.store;
    let (facility, ngo) = plzen_and_podane_ruce(store);
    let mut r = sample::request("Podané ruce – Plzeň", ngo, facility);
    r.services = vec![Service::Addiction];
    let id = store.save(r.into(), "setup", now).expect("request").id();
    let mut h = h;
    h.session.wait_loaded();
    h.keys("8 enter");
    assert!(
        h.screen().contains("Request received (next"),
        "{}",
        h.screen()
    );
    (h, id, facility, ngo)
}

#[test]
fn a_request_walks_through_its_steps_from_its_detail() {
    let (mut h, id, _, _) = on_the_request();

    // Done, with the whole checklist (the prompt offers every item).
    h.keys("n");
    let screen = h.screen();
    assert!(screen.contains("Step done on:"), "{screen}");
    h.keys("enter");
    assert!(
        h.screen().contains("Items done (numbers): 1 2"),
        "{}",
        h.screen()
    );
    h.keys("enter");
    let r = request(&h, id);
    assert_eq!(
        r.steps_version, 1,
        "pinned to the step list it started with"
    );
    assert_eq!(r.steps[0].step, "received");
    assert_eq!(r.steps[0].on, Some(common::time::today()));
    assert_eq!(r.steps[0].ticked, ["services", "contact"]);
    assert_eq!(r.steps[0].by.text, "tester");

    // Done with the checklist not complete: asks why, and keeps the reason.
    h.keys("n enter backspace enter");
    assert!(
        h.screen().contains("Why is the checklist not complete:"),
        "{}",
        h.screen()
    );
    h.typing("Styčná osoba odpověděla telefonem").keys("enter");
    let r = request(&h, id);
    assert_eq!(r.steps[1].step, "liaison_contacted");
    assert!(r.steps[1].ticked.is_empty());
    assert_eq!(r.steps[1].note, "Styčná osoba odpověděla telefonem");

    // A skip without a reason is refused; with one, it is recorded.
    h.keys("s enter");
    assert!(
        h.message().contains("only with a reason"),
        "{}",
        h.message()
    );
    assert_eq!(request(&h, id).steps.len(), 2);
    h.keys("s")
        .typing("Seznámili jsme se na koordinační schůzce")
        .keys("enter");
    let r = request(&h, id);
    assert_eq!(r.steps[2].step, "introductory_meeting");
    assert_eq!(
        r.steps[2].skipped.as_deref(),
        Some("Seznámili jsme se na koordinační schůzce")
    );
    assert!(h.screen().contains("skipped"), "{}", h.screen());

    // Reopened with a note: the skipped step is the next step again.
    h.keys("o")
        .typing("Úvodní schůzka přece bude")
        .keys("enter");
    let reopened = request(&h, id);
    assert_eq!(reopened.steps[2].on, None);
    assert_eq!(
        reopened.steps[2].reopened[0].note,
        "Úvodní schůzka přece bude"
    );
    assert!(
        h.screen().contains("Introductory meeting held (next"),
        "{}",
        h.screen()
    );

    // The reopening is undone whole.
    h.keys("u");
    assert!(h.message().starts_with("Undone: "), "{}", h.message());
    assert_eq!(request(&h, id).steps, r.steps);
}

#[test]
fn the_introductory_meeting_made_from_a_request_is_linked_to_it() {
    let (mut h, id, facility, _) = on_the_request();
    h.keys("M");
    let screen = h.screen();
    assert!(
        screen.contains("Introductory meeting: Podané ruce"),
        "{screen}"
    );
    assert!(screen.contains("Věznice Plzeň"), "{screen}");
    h.keys("C-s");
    let r = request(&h, id);
    let meeting = r.meeting.expect("the request links the meeting");
    let Some(Record::Meeting(m)) = h.store.get(Kind::Meeting, meeting).expect("get") else {
        panic!("a meeting");
    };
    assert_eq!(m.facility, Some(facility));
    // One operation: one undo takes the meeting and the link away.
    h.keys("esc esc");
    h.keys("u");
    assert!(h.message().starts_with("Undone: "), "{}", h.message());
    assert_eq!(request(&h, id).meeting, None);
    assert_eq!(h.store.get(Kind::Meeting, meeting).expect("get"), None);
}

#[test]
fn the_agreement_made_from_a_request_has_its_ngo_facility_and_services() {
    let (mut h, id, facility, ngo) = on_the_request();
    h.keys("A C-s");
    let agreement = request(&h, id).agreement.expect("linked");
    let Some(Record::Agreement(a)) = h.store.get(Kind::Agreement, agreement).expect("get") else {
        panic!("an agreement");
    };
    assert_eq!(
        (a.organisation, a.facilities, a.services),
        (ngo, vec![facility], vec![Service::Addiction])
    );
}

/// The requests' list, a request's detail (a step done, one skipped, the
/// next with its checklist) and its form, in English and Czech at 80x24 and
/// at 200x60.
#[test]
fn the_requests_list_detail_and_form_at_80x24_and_200x60() {
    use spojka::vocab::Lang;
    for (lang, width, height) in [
        (Lang::En, 80, 24),
        (Lang::Cs, 80, 24),
        (Lang::En, 200, 60),
        (Lang::Cs, 200, 60),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = common::store::open_in(dir.path());
        let now = sample::epoch();
        let (facility, ngo) = plzen_and_podane_ruce(&store);
        let mut r = sample::request("Podané ruce – Plzeň", ngo, facility);
        r.services = vec![Service::Addiction, Service::DebtCounselling];
        r.notes = "Nabízejí skupinový program pro lidi se závislostí.".into();
        store.save(r.into(), "setup", now).expect("request");
        let options = spojka::session::Options {
            lang,
            ..common::session::options(dir.path())
        };
        let mut session = common::session::open(store.clone(), "default", (width, height), options);
        session.wait_loaded();
        let mut terminal = common::screen::terminal(width, height);
        let mut shot = |session: &spojka::session::Session, what: &str| {
            let shown = common::session::screen(session, &mut terminal);
            let name = format!("requests_{what}_{}_{width}x{height}", lang.code());
            insta::assert_snapshot!(name, shown);
        };
        common::session::press(&mut session, "8");
        shot(&session, "list");
        common::session::press(&mut session, "enter n enter enter s");
        common::session::type_text(&mut session, "Schůzka už proběhla loni");
        common::session::press(&mut session, "enter");
        shot(&session, "detail");
        common::session::press(&mut session, "e");
        shot(&session, "form");
    }
}
