//! A record's detail at 80x24 shows every field: it scrolls (↓, PgDn,
//! Home, End) with a mark while more lies below, wraps long text at word
//! boundaries, and keeps the related records reachable below the fields.

mod common;

use common::app::{act, detail, screen, state_over};
use spojka::app::state::Notice;
use spojka::app::{Action, AppState, Mode};
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, with_id};

/// A facility with long notes, an NGO and an agreement between them.
fn state(width: u16, height: u16) -> AppState {
    let mut prison = sample::facility("Věznice Pankrác", Region::Praha);
    prison.address = "Soudní 1672/1a, 140 67 Praha 4".into();
    prison.notes = (1..=20)
        .map(|n| format!("Bod {n}: návštěvy NNO po domluvě s vedením oddělení výkonu trestu."))
        .collect::<Vec<_>>()
        .join("\n")
        + "\nPoslední bod je delší: programy v blocích po devadesáti minutách, nejvýše dvanáct účastníků, se záznamem v evidenci.";
    let ngo = sample::organisation("Společnost Podané ruce, o.p.s.");
    let mut agreement = sample::agreement("Dohoda o spolupráci — adiktologie", 2, vec![1]);
    agreement.status = AgreementStatus::Signed;
    let records = vec![with_id(prison, 1), with_id(ngo, 2), with_id(agreement, 3)];
    let mut s = state_over(Data::new(records), width, height);
    s.list_mut().select_id(1, 20);
    act(&mut s, Action::DetailOpen);
    s
}

#[test]
fn a_long_detail_scrolls_to_its_last_line_and_its_links() {
    let mut s = state(80, 24);
    let top = screen(&s);
    assert!(top.contains("↓ more below"), "{top}");
    assert!(top.contains("Bod 1: návštěvy"), "{top}");
    assert!(!top.contains("Related"), "the links are below: {top}");
    // The cursor starts on the first field; Enter there is no link.
    act(&mut s, Action::DetailOpen);
    assert_eq!(s.status.notice, Notice::NotALink);
    act(&mut s, Action::MoveBottom);
    let bottom = screen(&s);
    assert!(!bottom.contains("↓ more below"), "{bottom}");
    assert!(bottom.contains("Bod 20: návštěvy"), "{bottom}");
    assert!(bottom.contains("Related"), "{bottom}");
    insta::assert_snapshot!("detail_scrolled_80x24", bottom);
    // The last row is the last link: Enter follows it.
    act(&mut s, Action::DetailOpen);
    assert_eq!((detail(&s).kind, detail(&s).id), (Kind::Agreement, 3));
    act(&mut s, Action::Back);
    act(&mut s, Action::MoveTop);
    assert!(screen(&s).contains("↓ more below"));
    act(&mut s, Action::PageDown);
    let paged = screen(&s);
    assert!(!paged.contains("Bod 1: návštěvy"), "{paged}");
    assert_eq!(s.mode(), Mode::Detail);
}

#[test]
fn long_text_wraps_at_word_boundaries() {
    let mut s = state(80, 24);
    act(&mut s, Action::MoveBottom);
    let shown = screen(&s);
    // The long last point breaks between words, never inside one.
    assert!(
        shown.contains(
            "│           Poslední bod je delší: programy v blocích po devadesáti minutách, │"
        ) || shown.contains("Poslední bod je delší: programy v blocích po devadesáti"),
        "{shown}"
    );
    assert!(
        shown.contains("│           nejvýše dvanáct účastníků"),
        "{shown}"
    );
}

#[test]
fn a_short_detail_starts_on_its_first_link() {
    let mut s = state_over(
        Data::new(vec![
            with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 1),
            with_id(sample::person("Jana Nováková", None), 2),
            with_id(sample::assignment(2, 1), 3),
        ]),
        80,
        24,
    );
    s.list_mut().select_id(1, 20);
    act(&mut s, Action::DetailOpen);
    assert!(!screen(&s).contains("more below"));
    act(&mut s, Action::LinkFollow);
    assert_eq!((detail(&s).kind, detail(&s).id), (Kind::Assignment, 3));
}

#[test]
fn at_200x60_fields_and_links_stand_side_by_side() {
    let s = state(200, 60);
    let shown = screen(&s);
    assert!(shown.contains("Bod 20: návštěvy"), "{shown}");
    assert!(shown.contains("Related"), "{shown}");
    assert!(!shown.contains("more below"), "{shown}");
    insta::assert_snapshot!("detail_200x60", shown);
}

/// A repeating meeting reads in words: its rule in the detail, a mark in
/// the Meetings list and the agenda; in Czech too.
#[test]
fn a_repeating_meeting_reads_in_words() {
    let mut series = sample::meeting("Skupinový program", Some(1), sample::at(2026, 12, 1, 10, 0));
    series.recurrence = Some(spojka::domain::recurrence::Recurrence {
        rule: "FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231T225959Z".into(),
        cancelled: Vec::new(),
        moved: Vec::new(),
    });
    let records = vec![
        with_id(sample::facility("Věznice Pankrác", Region::Praha), 1),
        with_id(series, 5),
    ];
    for (lang, words, list) in [
        (
            spojka::vocab::Lang::En,
            "every first Tuesday of the month, until 2027-12-31",
            "↻ Skupinový program",
        ),
        (
            spojka::vocab::Lang::Cs,
            "každé první úterý v měsíci, do 31. 12. 2027",
            "↻ Skupinový program",
        ),
    ] {
        spojka::catalog::speak(lang);
        let mut s = state_over(Data::new(records.clone()), 80, 24);
        act(&mut s, Action::TabMeetings);
        assert!(screen(&s).contains(list), "{}", screen(&s));
        act(&mut s, Action::DetailOpen);
        assert!(screen(&s).contains(words), "{}", screen(&s));
        act(&mut s, Action::Back);
        act(&mut s, Action::CalendarOpen);
        assert!(
            screen(&s).contains("10:00–11:00 ↻ Skupinový program"),
            "{}",
            screen(&s)
        );
    }
    spojka::catalog::speak(spojka::vocab::Lang::En);
}
