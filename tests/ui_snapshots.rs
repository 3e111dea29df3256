//! Screens as a user sees them, rendered with ratatui's TestBackend and kept as
//! insta snapshots (reviewed like code). Colours are checked on cells, since
//! snapshots drop them.

mod common;

use common::app::{act, coverage, render, screen, state_over, tab, type_text};
use common::screen::text;
use common::time::day;
use spojka::app::{Action, AppState};
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at, with_id};
use spojka::ui::theme::Theme;

fn data() -> Data {
    common::records::showcase()
}

fn state(width: u16, height: u16) -> AppState {
    state_over(data(), width, height)
}

#[test]
fn every_tab_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut s = state(width, height);
        for (n, kind) in Kind::ALL.into_iter().enumerate() {
            act(&mut s, tab(kind));
            insta::assert_snapshot!(format!("tab_{n}_{width}x{height}"), screen(&s));
        }
    }
}

#[test]
fn a_form_showing_its_errors() {
    let mut s = state(80, 24);
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "12345678");
    act(&mut s, Action::RecordSave);
    let shown = screen(&s);
    assert!(shown.contains("required"), "{shown}");
    assert!(shown.contains("check digit wrong"), "{shown}");
    insta::assert_snapshot!("form_with_errors_80x24", shown);
}

#[test]
fn the_help_screen_lists_the_loaded_bindings() {
    let mut s = state(80, 24);
    act(&mut s, Action::HelpToggle);
    let shown = screen(&s);
    assert!(shown.contains("filter"), "{shown}");
    insta::assert_snapshot!("help_80x24", shown);
}

#[test]
fn a_facility_detail_with_its_links() {
    let mut s = state(80, 24);
    s.list_mut().select_id(1, 20);
    act(&mut s, Action::DetailOpen);
    let shown = screen(&s);
    assert!(shown.contains("Jana Nováková"), "{shown}");
    assert!(shown.contains("Koordinační schůzka"), "{shown}");
    insta::assert_snapshot!("facility_detail_80x24", shown);
}

#[test]
fn hostile_text_is_shown_as_placeholders() {
    let mut s = state(80, 24);
    act(&mut s, Action::TabNgos);
    let shown = screen(&s);
    assert!(shown.contains("Zlá␛[31m organizace\u{FFFD}"), "{shown}");
    assert!(!shown.contains('\x1b'));
    assert!(
        shown.contains('…'),
        "long names end in an ellipsis: {shown}"
    );
}

#[test]
fn no_color_keeps_meaning_without_colours() {
    use ratatui::style::{Color, Modifier};
    let mut s = state(80, 24);
    act(&mut s, Action::MoveDown);
    let plain = render(&s, Theme { color: false });
    assert!(
        plain
            .content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    // The selected row (screen row 3: tabs, header, first row) is still reversed.
    let selected = &plain[(0, 3)];
    assert!(selected.modifier.contains(Modifier::REVERSED));
    let coloured = render(&s, Theme { color: true });
    assert!(coloured.content.iter().any(|c| c.fg != Color::Reset));
}

#[test]
fn a_tab_still_loading_says_so() {
    let mut s = state_over(Data::default(), 80, 24);
    s.loading = true;
    act(&mut s, Action::TabMeetings);
    assert!(screen(&s).contains("Loading…"));
    s.loading = false;
    assert!(screen(&s).contains("Nothing here yet"));
}

#[test]
fn an_agreement_timeline_draws_bars_with_patterns_and_dates() {
    let mut s = state(80, 24);
    s.list_mut().select_id(1, 20);
    act(&mut s, Action::TimelineShow);
    let shown = text(&render(&s, Theme { color: false }));
    assert!(shown.contains("Agreements over time"), "{shown}");
    assert!(shown.contains("█ signed"), "the legend: {shown}");
    assert!(shown.contains("Dohoda o spolupráci"), "{shown}");
    assert!(
        shown.contains("→ 2027-06-30, signed"),
        "the text equivalent: {shown}"
    );
    insta::assert_snapshot!("timeline_80x24", shown);
}

#[test]
fn an_agreement_timeline_at_120x40() {
    let mut s = state(120, 40);
    s.list_mut().select_id(1, 36);
    act(&mut s, Action::TimelineShow);
    insta::assert_snapshot!("timeline_120x40", screen(&s));
}

/// The shared data plus services: Podané ruce's agreement covers addiction and
/// release preparation at facility 1, and Jana delivers family contact there.
fn coverage_state(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    let mut agreement = sample::agreement("Dohoda o spolupráci — adiktologie", 100, vec![1]);
    agreement.status = AgreementStatus::Signed;
    agreement.valid_until = chrono::NaiveDate::from_ymd_opt(2027, 6, 30);
    agreement.services = vec![Service::Addiction, Service::ReleasePreparation];
    s.data.upsert(with_id(agreement, 500));
    let mut assignment = sample::assignment(200, 1);
    assignment.services = vec![Service::FamilyContact, Service::Addiction];
    s.data.upsert(with_id(assignment, 300));
    s.refresh_all();
    s
}

/// On the coverage map by facility, moves to `facility`'s row and opens its
/// first cell.
fn open_first_cell_of(s: &mut AppState, facility: Id) {
    let row = coverage(s)
        .facilities
        .iter()
        .position(|id| *id == facility)
        .expect("the facility is a row");
    for _ in 0..row {
        act(s, Action::MoveDown);
    }
    act(s, Action::DetailOpen);
}

#[test]
fn the_coverage_map_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut s = coverage_state(width, height);
        act(&mut s, Action::CoverageShow);
        insta::assert_snapshot!(format!("coverage_{width}x{height}"), screen(&s));
    }
}

#[test]
fn the_coverage_map_reads_without_colour() {
    let mut s = coverage_state(80, 24);
    act(&mut s, Action::CoverageShow);
    let facility = spojka::seed::reference_facilities().expect("reference data")[0].clone();
    let region = facility.region;
    let selected = |s: &AppState| coverage(s).row_at(coverage(s).row);
    while selected(&s) != Some(spojka::screens::coverage::Row::Region(region)) {
        act(&mut s, Action::MoveDown);
    }
    let buffer = render(&s, Theme { color: false });
    let shown = text(&buffer);
    assert!(shown.contains('–'), "gaps are marked by a dash: {shown}");
    assert!(
        shown.contains(&format!(
            "{} · addiction: 1 NGO at 1 facility",
            region.short_name_cs()
        )),
        "the selected cell in words: {shown}"
    );
    assert!(
        buffer
            .content
            .iter()
            .all(|c| c.fg == ratatui::style::Color::Reset && c.bg == ratatui::style::Color::Reset),
        "no colour under NO_COLOR"
    );
    let coloured = render(&s, Theme { color: true });
    assert!(
        coloured
            .content
            .iter()
            .any(|c| c.symbol() == "–" && c.bg == ratatui::style::Color::Red),
        "with colour, gaps stand out"
    );
}

#[test]
fn the_coverage_map_by_facility_and_an_opened_cell() {
    let mut s = coverage_state(80, 24);
    act(&mut s, Action::CoverageShow);
    act(&mut s, Action::CoverageAxis);
    insta::assert_snapshot!("coverage_by_facility_80x24", screen(&s));
    open_first_cell_of(&mut s, 1);
    let shown = screen(&s);
    assert!(
        shown.contains("NGO: Společnost Podané ruce, o.p.s."),
        "{shown}"
    );
    insta::assert_snapshot!("coverage_cell_80x24", shown);
}

/// `data()` with something in every dashboard section: agreements ending in
/// 12, 45 and 75 days, overdue action items, and a weekly series.
fn dashboard_state(width: u16, height: u16) -> AppState {
    let mut data = data();
    for (id, ngo, facility, until) in [
        (501, 101, 2, day(2026, 12, 7)),
        (502, 100, 3, day(2027, 1, 9)),
        (503, 102, 4, day(2027, 2, 8)),
    ] {
        let mut a = sample::agreement(&format!("Dohoda o spolupráci č. {id}"), ngo, vec![facility]);
        a.status = AgreementStatus::Signed;
        a.valid_until = Some(until);
        data.upsert(with_id(a, id));
    }
    data.upsert(with_id(sample::person("Petr Dvořák", None), 201));
    data.upsert(with_id(sample::assignment(201, 5), 301));
    for (id, owner, due) in [
        (601, 200, day(2026, 11, 10)),
        (602, 200, day(2026, 11, 20)),
        (603, 201, day(2026, 11, 24)),
    ] {
        let item = ActionItem {
            meta: Meta::new(sample::epoch()),
            what: "Poslat zápis".into(),
            meeting: None,
            owner,
            due: Some(due),
            status: ActionStatus::Open,
            notes: String::new(),
        };
        data.upsert(with_id(item, id));
    }
    let mut series = sample::meeting("Skupinový program", Some(2), at(2026, 11, 2, 13, 0));
    series.recurrence = Some(Box::new(spojka::domain::recurrence::Recurrence {
        rule: "FREQ=WEEKLY".into(),
        cancelled: Vec::new(),
        overrides: Vec::new(),
    }));
    data.upsert(with_id(series, 401));
    let mut s = state_over(data, width, height);
    s.open_dashboard();
    s
}

#[test]
fn the_dashboard_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let s = dashboard_state(width, height);
        let shown = screen(&s);
        assert!(shown.contains("What needs attention"), "{shown}");
        // Today's work leads: the coming week's meetings, the series'
        // occurrence among them, and overdue action items.
        assert!(shown.contains("Meetings in the next 7 days (2)"), "{shown}");
        assert!(
            shown.contains("▶ Mon 2026-11-30 13:00  Skupinový program"),
            "{shown}"
        );
        assert!(
            shown.contains("12 days  until 2026-12-07  Dohoda o spolupráci č. 501"),
            "{shown}"
        );
        insta::assert_snapshot!(format!("dashboard_{width}x{height}"), shown);
    }
    // Scrolled to the end at 80x24: the last facility without a coordinator,
    // above the (empty) section of requests waiting too long.
    let mut s = dashboard_state(80, 24);
    act(&mut s, Action::MoveBottom);
    act(&mut s, Action::MoveUp);
    let shown = screen(&s);
    assert!(shown.contains("│▶ Věznice Znojmo"), "{shown}");
    insta::assert_snapshot!("dashboard_end_80x24", shown);
}

#[test]
fn the_dashboard_selection_reads_without_colour() {
    use ratatui::style::{Color, Modifier};
    let mut s = dashboard_state(80, 24);
    act(&mut s, Action::MoveDown);
    let plain = render(&s, Theme { color: false });
    assert!(
        plain
            .content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    // The second item is selected: marked with ▶ and reversed, the first
    // neither.
    let shown = text(&plain);
    let lines: Vec<&str> = shown.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("│▶"))
        .expect("a marked line");
    let first = lines
        .iter()
        .position(|l| l.starts_with("│  "))
        .expect("an unmarked item");
    assert!(first < at, "{shown}");
    assert!(plain[(1, at as u16)].modifier.contains(Modifier::REVERSED));
    assert!(
        !plain[(1, first as u16)]
            .modifier
            .contains(Modifier::REVERSED)
    );
}

/// The snapshot data plus held meetings over the year, for the figures view.
fn figures_state(width: u16, height: u16) -> AppState {
    let mut s = state(width, height);
    let days = [
        (1, 14),
        (2, 11),
        (2, 25),
        (3, 10),
        (5, 5),
        (6, 16),
        (6, 30),
        (9, 8),
        (11, 3),
    ];
    for (i, (month, d)) in days.into_iter().enumerate() {
        let mut m = sample::meeting(
            "Koordinace",
            Some(1 + (i as Id % 3)),
            at(2026, month, d, 10, 0),
        );
        m.status = MeetingStatus::Held;
        m.attendees = vec![200];
        s.data.upsert(with_id(m, 600 + i as Id));
    }
    act(&mut s, Action::FiguresShow);
    s
}

#[test]
fn the_figures_view_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let s = figures_state(width, height);
        let shown = text(&render(&s, Theme { color: false }));
        assert!(shown.contains("Figures 2026-01-01 – 2026-11-25"), "{shown}");
        assert!(
            shown.contains("2026-02 ████"),
            "a bar that reads without colour: {shown}"
        );
        insta::assert_snapshot!(format!("figures_{width}x{height}"), shown);
    }
}

#[test]
fn the_figures_view_scrolls_to_its_tables() {
    let mut s = figures_state(80, 24);
    act(&mut s, Action::MoveBottom);
    let shown = text(&render(&s, Theme { color: false }));
    assert!(shown.contains("Meetings held per NGO"), "{shown}");
    assert!(shown.contains("Společnost Podané ruce"), "{shown}");
    insta::assert_snapshot!("figures_bottom_80x24", shown);
}

#[test]
fn the_figures_view_reads_the_same_under_no_color() {
    use ratatui::style::Color;
    let s = figures_state(80, 24);
    let plain = render(&s, Theme { color: false });
    assert!(
        plain
            .content
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    let coloured = render(&s, Theme { color: true });
    assert_eq!(
        text(&plain),
        text(&coloured),
        "colour adds nothing but colour"
    );
    assert!(
        coloured
            .content
            .iter()
            .any(|c| c.symbol() == "█" && c.fg != Color::Reset)
    );
}

#[test]
fn hostile_names_in_an_opened_coverage_cell_are_placeholders() {
    let mut s = coverage_state(80, 24);
    let mut agreement = sample::agreement("Dohoda", 102, vec![1]);
    agreement.status = AgreementStatus::Signed;
    agreement.services = vec![Service::Addiction];
    s.data.upsert(with_id(agreement, 510));
    s.refresh_all();
    act(&mut s, Action::CoverageShow);
    act(&mut s, Action::CoverageAxis);
    open_first_cell_of(&mut s, 1);
    let shown = screen(&s);
    assert!(
        shown.contains("NGO: Zlá␛[31m organizace\u{FFFD}"),
        "{shown}"
    );
    assert!(!shown.contains('\x1b') && !shown.contains('\u{202E}'));
}

#[test]
fn an_agreements_detail_shows_its_lifecycle_steps() {
    let mut s = state(80, 24);
    let mut agreement = sample::agreement("Dohoda o spolupráci — adiktologie", 100, vec![1]);
    agreement.status = AgreementStatus::Signed;
    agreement.steps = vec![
        spojka::domain::agreement::StatusStep {
            status: AgreementStatus::Draft,
            on: day(2026, 1, 5),
        },
        spojka::domain::agreement::StatusStep {
            status: AgreementStatus::Signed,
            on: day(2026, 3, 1),
        },
    ];
    s.data.upsert(with_id(agreement, 500));
    s.refresh_all();
    act(&mut s, Action::TabAgreements);
    s.list_mut().select_id(500, 20);
    act(&mut s, Action::DetailOpen);
    let shown = screen(&s);
    let steps = shown
        .lines()
        .find(|l| l.contains("│Steps "))
        .unwrap_or_default();
    assert!(
        steps.contains(" draft 2026-01-05 → signed 2026-03-01"),
        "{shown}"
    );
}

#[test]
fn a_narrow_coverage_map_scrolls_to_the_selected_column() {
    let mut s = coverage_state(50, 14);
    act(&mut s, Action::CoverageShow);
    let header = |s: &AppState| screen(s).lines().nth(2).unwrap_or_default().to_string();
    assert!(header(&s).contains("Add"), "{}", header(&s));
    assert!(!header(&s).contains("Oth"), "not every column fits");
    for _ in 0..14 {
        act(&mut s, Action::MoveRight);
    }
    let shown = header(&s);
    assert!(
        shown.contains("Oth"),
        "the selected last column is shown: {shown}"
    );
    assert!(!shown.contains("Add"), "{shown}");
    assert!(
        shown.trim_end_matches('│').trim_end().ends_with("Oth"),
        "whole columns only: {shown}"
    );
}

#[test]
fn the_figures_say_loading_until_the_records_are_in() {
    let mut s = state(80, 24);
    act(&mut s, Action::FiguresShow);
    s.loading = true;
    assert!(screen(&s).contains("Loading…"));
    s.loading = false;
    assert!(!screen(&s).contains("Loading…"));
}

#[test]
fn the_overviews_speak_czech() {
    use spojka::catalog::speaking;
    use spojka::vocab::Lang;
    speaking(Lang::Cs, || {
        let board = screen(&dashboard_state(80, 24));
        assert!(
            board.contains("Co vyžaduje pozornost — středa 25. listopadu 2026"),
            "{board}"
        );
        assert!(board.contains("Končí do 30 dnů: 1 dohoda"), "{board}");
        assert!(
            board.contains("12 dní   platí do 7. 12. 2026  Dohoda o spolupráci č. 501"),
            "{board}"
        );
        let mut map = coverage_state(80, 24);
        act(&mut map, Action::CoverageShow);
        let map = screen(&map);
        assert!(
            map.contains("Pokrytí: NNO poskytující jednotlivé služby, podle krajů (25. 11. 2026)"),
            "{map}"
        );
        assert!(map.contains("Kraj              Záv Dlu Soc Rod"), "{map}");
        assert!(
            map.contains("Praha · závislosti: mezera, dnes tu nepůsobí žádná NNO"),
            "{map}"
        );
        let figures = screen(&figures_state(80, 24));
        assert!(
            figures.contains("Čísla 1. 1. 2026 – 25. 11. 2026"),
            "{figures}"
        );
        assert!(figures.contains("02/2026 ████"), "{figures}");
    });
}

/// Folded sections show their heading with its count and ▸, no items; the
/// selected heading is marked and reversed like an item.
#[test]
fn the_dashboard_with_folded_sections_at_80x24_and_200x60() {
    for (width, height) in [(80, 24), (200, 60)] {
        let mut s = dashboard_state(width, height);
        // Up to the meetings' heading, fold; down to the overdue items'
        // heading, fold.
        act(&mut s, Action::MoveUp);
        act(&mut s, Action::DetailOpen);
        act(&mut s, Action::MoveDown);
        act(&mut s, Action::DetailOpen);
        let shown = screen(&s);
        assert!(
            shown.contains("│  ▸ Meetings in the next 7 days (2)"),
            "{shown}"
        );
        assert!(
            shown.contains("│▶ ▸ People with overdue action items (2)"),
            "{shown}"
        );
        assert!(
            shown.contains("│  ▾ Agreements ending within 30 days (1)"),
            "{shown}"
        );
        assert!(!shown.contains("Skupinový program"), "{shown}");
        assert!(!shown.contains("Petr Dvořák"), "{shown}");
        assert!(shown.contains("Enter open / fold"), "{shown}");
        insta::assert_snapshot!(format!("dashboard_folded_{width}x{height}"), shown);
    }
}
