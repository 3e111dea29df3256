//! Screens as a user sees them, rendered with ratatui's TestBackend and kept as
//! insta snapshots (reviewed like code). Colours are checked on cells, since
//! snapshots drop them.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use spojka::app::msg::Msg;
use spojka::app::{Action, AppState, Data, update};
use spojka::domain::*;
use spojka::keymap::Keymap;
use spojka::sample::{self, at, with_id};
use spojka::ui::{self, theme::Theme};

/// The reference prisons plus a few hand-made records with Czech, long and
/// hostile text.
fn data() -> Data {
    let mut records: Vec<Record> = spojka::seed::reference_facilities()
        .expect("reference data")
        .into_iter()
        .enumerate()
        .map(|(i, f)| with_id(f, i as Id + 1))
        .collect();
    let mut ngo = sample::organisation("Společnost Podané ruce, o.p.s.");
    ngo.ico = "00064581".into();
    ngo.regions = vec![Region::Jihomoravsky, Region::Olomoucky];
    ngo.services = vec![Service::Addiction, Service::ReleasePreparation];
    records.push(with_id(ngo, 100));
    let mut long = sample::organisation(&"Velmi dlouhý název neziskové organizace ".repeat(4));
    long.membership = Membership::Observer;
    records.push(with_id(long, 101));
    records.push(with_id(
        sample::organisation("Zlá\x1b[31m organizace\u{202E}"),
        102,
    ));
    let mut jana = sample::person("Jana Nováková", Some(100));
    jana.role = "koordinátorka".into();
    jana.email = "jana@podaneruce.cz".into();
    records.push(with_id(jana, 200));
    records.push(with_id(sample::assignment(200, 1), 300));
    let mut meeting = sample::meeting("Koordinační schůzka", Some(1), at(2026, 12, 1, 10, 0));
    meeting.attendees = vec![200];
    records.push(with_id(meeting, 400));
    let mut agreement = sample::agreement("Dohoda o spolupráci — adiktologie", 100, vec![1]);
    agreement.status = AgreementStatus::Signed;
    agreement.valid_until = chrono::NaiveDate::from_ymd_opt(2027, 6, 30);
    records.push(with_id(agreement, 500));
    Data::new(records)
}

fn state(width: u16, height: u16) -> AppState {
    AppState::new(data(), width, height, at(2026, 11, 25, 9, 0))
}

fn render(state: &AppState, theme: Theme) -> Buffer {
    let keymap = Keymap::builtin("default").expect("default keymap");
    let mut terminal =
        Terminal::new(TestBackend::new(state.width, state.height)).expect("terminal");
    terminal
        .draw(|frame| ui::draw(frame, state, &keymap, &theme))
        .expect("draw");
    terminal.backend().buffer().clone()
}

fn text(buffer: &Buffer) -> String {
    let width = buffer.area.width as usize;
    buffer
        .content
        .chunks(width)
        .map(|row| {
            let mut line = String::new();
            let mut skip = 0;
            for cell in row {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                line.push_str(cell.symbol());
                skip = unicode_width::UnicodeWidthStr::width(cell.symbol()).saturating_sub(1);
            }
            line.trim_end().to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn screen(state: &AppState) -> String {
    text(&render(state, Theme { color: true }))
}

fn act(state: &mut AppState, action: Action) {
    update(state, Msg::Action(action));
}

#[test]
fn every_tab_at_80x24_and_120x40() {
    for (width, height) in [(80, 24), (120, 40)] {
        let mut s = state(width, height);
        for (n, tab) in [
            Action::TabFacilities,
            Action::TabNgos,
            Action::TabPeople,
            Action::TabAssignments,
            Action::TabMeetings,
            Action::TabAgreements,
        ]
        .into_iter()
        .enumerate()
        {
            act(&mut s, tab);
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
    for c in "12345678".chars() {
        update(&mut s, Msg::Text(c));
    }
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
    let mut s = AppState::new(Data::default(), 80, 24, at(2026, 11, 25, 9, 0));
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
