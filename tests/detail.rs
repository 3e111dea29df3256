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
    series.recurrence = Some(Box::new(spojka::domain::recurrence::Recurrence {
        rule: "FREQ=MONTHLY;BYDAY=1TU;UNTIL=20271231T225959Z".into(),
        cancelled: Vec::new(),
        overrides: Vec::new(),
    }));
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

/// A series is one row in the Meetings list, dated by its next occurrence
/// (not its first, long past); its detail shows that next occurrence, the
/// dates cancelled and each occurrence changed on its own.
#[test]
fn a_series_is_one_row_dated_by_its_next_occurrence_and_its_detail_shows_its_exceptions() {
    use spojka::domain::recurrence::{Details, Override, Recurrence};
    use spojka::screens::calendar::{cancelled, held, moved};
    let day = |m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(2026, m, d).expect("a date");
    // Weekly on Mondays since 5 October; today is Wednesday 25 November.
    let mut series = sample::meeting("Týdenní program", Some(1), sample::at(2026, 10, 5, 10, 0));
    series.recurrence = Some(Box::new(Recurrence::new("FREQ=WEEKLY;COUNT=20")));
    let series = cancelled(series, day(11, 30));
    let series = moved(series, day(12, 7), sample::at(2026, 12, 8, 13, 0));
    let mut series = held(series, day(11, 16));
    if let Some(r) = &mut series.recurrence {
        let mut guest = Details::of(&sample::meeting("x", Some(1), sample::at(2026, 1, 1, 0, 0)));
        guest.title = "Program s hostem".into();
        r.set_override(Override {
            details: Some(Box::new(guest)),
            ..Override::moved(
                day(12, 14),
                sample::at(2026, 12, 14, 10, 0),
                sample::at(2026, 12, 14, 11, 0),
            )
        });
    }
    let records = vec![
        with_id(sample::facility("Věznice Pankrác", Region::Praha), 1),
        with_id(
            sample::meeting("Dřívější porada", Some(1), sample::at(2026, 11, 20, 9, 0)),
            4,
        ),
        with_id(series, 5),
    ];
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabMeetings);
    let list = screen(&s);
    // The next occurrence is Monday 7 December, moved to the 8th (30
    // November is cancelled): the row sits after the meeting of the 20th.
    let rows: Vec<&str> = list
        .lines()
        .filter(|l| l.contains("porada") || l.contains("program"))
        .collect();
    assert_eq!(rows.len(), 2, "{list}");
    assert!(rows[0].contains("Dřívější porada"), "{list}");
    assert!(rows[1].contains("↻ Týdenní program"), "{list}");
    assert!(
        rows[1].contains("2026-12-08 13:00") || rows[1].contains("8. 12. 2026"),
        "{list}"
    );
    s.list_mut().select_id(5, 20);
    act(&mut s, Action::DetailOpen);
    let shown = screen(&s);
    for want in [
        "Next",
        "Cancelled",
        "Changed",
        "moved to 2026-12-08 13:00",
        "2026-11-16: held",
        "“Program s hostem”",
    ] {
        assert!(shown.contains(want), "{want}: {shown}");
    }
    insta::assert_snapshot!("series_detail_80x24", shown);
}
