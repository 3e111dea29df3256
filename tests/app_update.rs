//! The update step, without a terminal: state and message in, state and effects out.

mod common;

use common::app::{act, confirm, detail, form, picker, state_over, timeline, type_text};
use common::time::today;
use spojka::app::msg::{Effect, ExportFormat, Msg};
use spojka::app::state::{Notice, Question};
use spojka::app::{Action, AppState, Mode, update};
use spojka::domain::*;
use spojka::model::Data;
use spojka::sample::{self, at, with_id};

/// Three prisons, an NGO, a person assigned to Plzeň, a meeting there.
fn state() -> AppState {
    let records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(
            sample::facility("Vazební věznice České Budějovice", Region::Jihocesky),
            2,
        ),
        with_id(sample::facility("Věznice Mírov", Region::Olomoucky), 3),
        with_id(sample::organisation("Společnost Podané ruce"), 10),
        with_id(sample::person("Jana Nováková", Some(10)), 20),
        with_id(sample::assignment(20, 1), 30),
        with_id(
            sample::meeting("Koordinační schůzka", Some(1), at(2026, 12, 1, 10, 0)),
            40,
        ),
    ];
    state_over(Data::new(records), 80, 24)
}

fn names(state: &AppState) -> Vec<String> {
    state
        .list()
        .rows
        .iter()
        .map(|id| state.data.name(state.tab, *id))
        .collect()
}

#[test]
fn filter_plzen_finds_plzen_with_diacritics() {
    let mut s = state();
    act(&mut s, Action::FilterStart);
    assert_eq!(s.mode(), Mode::Filter);
    type_text(&mut s, "plzen");
    assert_eq!(names(&s), vec!["Věznice Plzeň"]);
    act(&mut s, Action::FilterApply);
    assert_eq!(s.mode(), Mode::Normal);
    assert_eq!(names(&s), vec!["Věznice Plzeň"]);
    act(&mut s, Action::FilterCancel);
    assert_eq!(names(&s).len(), 3);
}

#[test]
fn filter_ceske_finds_ceske_and_matches_the_region_too() {
    let mut s = state();
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "ceske");
    assert_eq!(names(&s), vec!["Vazební věznice České Budějovice"]);
    act(&mut s, Action::TextClear);
    type_text(&mut s, "olomoucky");
    assert_eq!(names(&s), vec!["Věznice Mírov"]);
    // Esc while typing restores the filter from before typing started.
    act(&mut s, Action::FilterCancel);
    assert_eq!(names(&s).len(), 3);
}

#[test]
fn moving_is_clamped_and_pages_by_the_screen() {
    let mut s = state();
    assert_eq!(s.list().selected, 0);
    act(&mut s, Action::MoveUp);
    assert_eq!(s.list().selected, 0);
    act(&mut s, Action::MoveBottom);
    assert_eq!(s.list().selected, 2);
    act(&mut s, Action::MoveDown);
    assert_eq!(s.list().selected, 2);
    act(&mut s, Action::PageUp);
    assert_eq!(s.list().selected, 0);
}

#[test]
fn sorting_by_the_next_column_and_reversing() {
    let mut s = state();
    assert_eq!(
        names(&s),
        vec![
            "Vazební věznice České Budějovice",
            "Věznice Mírov",
            "Věznice Plzeň"
        ]
    );
    act(&mut s, Action::SortReverse);
    assert_eq!(
        names(&s),
        vec![
            "Věznice Plzeň",
            "Věznice Mírov",
            "Vazební věznice České Budějovice"
        ]
    );
    act(&mut s, Action::SortNext); // region, ascending
    assert_eq!(
        names(&s),
        vec![
            "Vazební věznice České Budějovice",
            "Věznice Mírov",
            "Věznice Plzeň"
        ]
    );
    assert!(s.status.text().contains("Region"), "{}", s.status.text());
}

#[test]
fn lists_sort_by_czech_rules_and_search_still_ignores_diacritics() {
    let names_in_no_order = [
        "Rada", "Řád", "Charita", "Člověk", "Hora", "Cesta", "Šance", "Sova", "Žena", "Zima",
    ];
    let records = names_in_no_order
        .iter()
        .enumerate()
        .map(|(i, name)| with_id(sample::organisation(name), 10 + i as Id))
        .collect::<Vec<_>>();
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabNgos);
    // "č" after "c", "ch" after "h", "ř" after "r", "š" after "s", "ž" after "z".
    let czech = [
        "Cesta", "Člověk", "Hora", "Charita", "Rada", "Řád", "Sova", "Šance", "Zima", "Žena",
    ];
    assert_eq!(names(&s), czech);
    act(&mut s, Action::SortReverse);
    let mut reversed = czech;
    reversed.reverse();
    assert_eq!(names(&s), reversed);
    // Search is unchanged: "rad" finds "Řád" as well as "Rada", in list order.
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "rad");
    assert_eq!(names(&s), ["Řád", "Rada"]);
}

#[test]
fn tabs_switch_by_number_and_cycle() {
    let mut s = state();
    act(&mut s, Action::TabMeetings);
    assert_eq!(s.tab, Kind::Meeting);
    // On through the later tabs and round to the first, in tab order.
    let at = Kind::ALL
        .iter()
        .position(|k| *k == Kind::Meeting)
        .expect("a tab");
    for kind in Kind::ALL[at + 1..].iter().chain(&Kind::ALL[..1]) {
        act(&mut s, Action::TabNext);
        assert_eq!(s.tab, *kind);
    }
    act(&mut s, Action::TabPrev);
    assert_eq!(Some(&s.tab), Kind::ALL.last());
}

#[test]
fn an_empty_form_is_not_saved_and_names_each_problem() {
    let mut s = state();
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    assert_eq!(s.mode(), Mode::Form);
    // IČO with a wrong check digit, and a bad e-mail.
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "00064582");
    for _ in 0..6 {
        act(&mut s, Action::FieldNext);
    }
    type_text(&mut s, "not-an-email");
    let effects = act(&mut s, Action::RecordSave);
    assert!(effects.is_empty());
    let problems: Vec<(&str, Problem)> = form(&s)
        .errors
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect();
    assert_eq!(
        problems,
        vec![
            ("name", Problem::Required),
            (
                "ico",
                Problem::IcoCheckDigit {
                    ico: "00064582".into(),
                    expected: 1
                }
            ),
            ("membership", Problem::Required),
            ("email", Problem::NotAnEmail("not-an-email".into())),
        ]
    );
    assert_eq!(form(&s).focus, 0, "focus moves to the first problem");
    assert!(s.status.text().contains("4 field"), "{}", s.status.text());
}

#[test]
fn a_valid_form_asks_to_save_and_the_saved_record_closes_it() {
    let mut s = state();
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Romodrom");
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::ChoiceNext); // membership: member
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::Save(Record::Organisation(org))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(org.name, "Romodrom");
    assert_eq!(org.membership, Membership::Member);
    // The form stays until the store says the save is durable.
    assert_eq!(s.mode(), Mode::Form);
    let mut saved = org.clone();
    saved.meta.id = 11;
    update(&mut s, Msg::Saved(saved.into()));
    assert_eq!(s.mode(), Mode::Normal);
    assert_eq!(s.list().selected_id(), Some(11));
    assert!(s.status.text().contains("Saved"), "{}", s.status.text());
}

#[test]
fn a_failed_save_keeps_the_form() {
    let mut s = state();
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Rubikon");
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::ChoiceNext);
    assert_eq!(act(&mut s, Action::RecordSave).len(), 1);
    update(
        &mut s,
        Msg::EffectFailed(Notice::Failed("disk full".into())),
    );
    assert_eq!(s.mode(), Mode::Form);
    assert!(!form(&s).saving);
    assert_eq!(form(&s).values[0], FieldValue::Text("Rubikon".into()));
    assert!(s.status.text().contains("disk full"));
}

#[test]
fn escape_on_a_changed_form_asks_before_discarding() {
    let mut s = state();
    act(&mut s, Action::RecordEdit);
    type_text(&mut s, " II");
    act(&mut s, Action::FormCancel);
    assert_eq!(s.mode(), Mode::Confirm);
    act(&mut s, Action::ConfirmNo);
    assert_eq!(s.mode(), Mode::Form);
    act(&mut s, Action::FormCancel);
    act(&mut s, Action::ConfirmYes);
    assert_eq!(s.mode(), Mode::Normal);
    // An unchanged form closes without a question.
    act(&mut s, Action::RecordEdit);
    act(&mut s, Action::FormCancel);
    assert_eq!(s.mode(), Mode::Normal);
}

#[test]
fn a_meeting_facility_is_picked_from_a_searchable_list() {
    let mut s = state();
    act(&mut s, Action::TabMeetings);
    act(&mut s, Action::RecordNew);
    act(&mut s, Action::FieldNext);
    act(&mut s, Action::FieldNext); // facility
    act(&mut s, Action::PickerOpen);
    assert_eq!(s.mode(), Mode::Picker);
    type_text(&mut s, "mirov");
    act(&mut s, Action::PickerConfirm);
    assert_eq!(s.mode(), Mode::Form);
    assert_eq!(form(&s).values[2], FieldValue::Ref(Some(3)));
}

#[test]
fn several_services_are_toggled_in_a_picker() {
    let mut s = state();
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    for _ in 0..4 {
        act(&mut s, Action::FieldNext);
    }
    act(&mut s, Action::PickerOpen);
    act(&mut s, Action::PickerToggle); // addiction
    type_text(&mut s, "housing");
    act(&mut s, Action::PickerToggle);
    act(&mut s, Action::PickerConfirm);
    assert_eq!(
        form(&s).values[4],
        FieldValue::Multi(vec![Service::Addiction.index(), Service::Housing.index()])
    );
}

#[test]
fn end_before_start_is_shown_beside_the_end() {
    let mut s = state();
    act(&mut s, Action::TabMeetings);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Porada");
    for _ in 0..3 {
        act(&mut s, Action::FieldNext);
    }
    type_text(&mut s, "2026-12-01 10:00");
    act(&mut s, Action::FieldNext);
    type_text(&mut s, "1.12.2026 9:00");
    assert!(act(&mut s, Action::RecordSave).is_empty());
    let errors: Vec<(&str, Problem)> = form(&s)
        .errors
        .iter()
        .map(|e| (e.field, e.problem.clone()))
        .collect();
    assert_eq!(errors, vec![("end", Problem::EndBeforeStart)]);
}

#[test]
fn deleting_an_unreferenced_record_asks_then_deletes() {
    let mut s = state();
    act(&mut s, Action::MoveDown); // Věznice Mírov, nothing refers to it
    act(&mut s, Action::RecordDelete);
    let c = confirm(&s);
    assert_eq!(c.question, Question::Delete(Kind::Facility, 3));
    assert_eq!(
        act(&mut s, Action::ConfirmYes),
        vec![Effect::Delete(Kind::Facility, 3)]
    );
    update(&mut s, Msg::Deleted(Kind::Facility, 3));
    assert_eq!(names(&s).len(), 2);
}

#[test]
fn a_referenced_record_is_archived_instead_and_then_hidden() {
    let mut s = state();
    act(&mut s, Action::MoveBottom); // Věznice Plzeň: an assignment and a meeting refer to it
    act(&mut s, Action::RecordDelete);
    let c = confirm(&s);
    assert_eq!(c.question, Question::ArchiveInstead(Kind::Facility, 1));
    assert!(c.text().contains("Jana Nováková"), "{}", c.text());
    let effects = act(&mut s, Action::ConfirmYes);
    let [Effect::Save(record)] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert!(record.meta().archived);
    update(&mut s, Msg::Saved(record.clone()));
    assert_eq!(names(&s).len(), 2, "archived records are hidden by default");
    act(&mut s, Action::ArchivedToggle);
    assert_eq!(names(&s).len(), 3);
}

#[test]
fn export_takes_the_list_as_filtered_and_sorted() {
    let mut s = state();
    act(&mut s, Action::SortReverse);
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "veznice");
    act(&mut s, Action::FilterApply);
    let effects = act(&mut s, Action::ExportCsv);
    assert_eq!(
        effects,
        vec![Effect::Export {
            kind: Kind::Facility,
            format: ExportFormat::Csv,
            ids: vec![1, 3, 2]
        }]
    );
    act(&mut s, Action::FilterStart);
    type_text(&mut s, " mirov");
    act(&mut s, Action::FilterApply);
    // X asks for the format: CSV, XLSX, JSON.
    act(&mut s, Action::ExportAs);
    act(&mut s, Action::MoveBottom);
    let effects = act(&mut s, Action::PickerConfirm);
    assert_eq!(
        effects,
        vec![Effect::Export {
            kind: Kind::Facility,
            format: ExportFormat::Json,
            ids: vec![3]
        }]
    );
}

#[test]
fn a_facility_detail_links_its_coordinators_and_meetings_and_follows_them() {
    let mut s = state();
    act(&mut s, Action::MoveBottom);
    act(&mut s, Action::DetailOpen);
    let d = detail(&s);
    let links: Vec<(Kind, Id)> = d.links.iter().map(|l| (l.kind, l.id)).collect();
    assert_eq!(links, vec![(Kind::Assignment, 30), (Kind::Meeting, 40)]);
    act(&mut s, Action::LinkFollow);
    let d = detail(&s);
    assert_eq!((d.kind, d.id), (Kind::Assignment, 30));
    // The assignment links to its person; from there to the NGO.
    let links: Vec<(Kind, Id)> = d.links.iter().map(|l| (l.kind, l.id)).collect();
    assert_eq!(links, vec![(Kind::Person, 20), (Kind::Facility, 1)]);
    act(&mut s, Action::LinkFollow);
    act(&mut s, Action::LinkFollow);
    let d = detail(&s);
    assert_eq!((d.kind, d.id), (Kind::Organisation, 10));
    for _ in 0..3 {
        act(&mut s, Action::Back);
    }
    assert_eq!(s.mode(), Mode::Detail, "back to Plzeň's detail");
    act(&mut s, Action::Back);
    assert_eq!(s.mode(), Mode::Normal);
}

#[test]
fn an_ngo_detail_shows_its_people_and_their_assignments() {
    let mut s = state();
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::DetailOpen);
    let d = detail(&s);
    let links: Vec<(Kind, Id)> = d.links.iter().map(|l| (l.kind, l.id)).collect();
    assert_eq!(links, vec![(Kind::Assignment, 30), (Kind::Person, 20)]);
}

#[test]
fn a_narrowing_filter_and_a_backspace_give_the_same_rows_as_typing_afresh() {
    let mut s = state();
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "vez");
    assert_eq!(names(&s).len(), 3);
    type_text(&mut s, "nice plz");
    assert_eq!(names(&s), vec!["Věznice Plzeň"]);
    for _ in 0..4 {
        act(&mut s, Action::DeleteBack);
    }
    assert_eq!(names(&s).len(), 3, "deleting widens the filter again");
    type_text(&mut s, " mir");
    assert_eq!(names(&s), vec!["Věznice Mírov"]);
}

#[test]
fn a_saved_record_takes_its_place_in_the_sorted_list() {
    let mut s = state();
    let Some(Record::Facility(mut f)) = s.data.get(Kind::Facility, 3).cloned() else {
        panic!()
    };
    f.name = "Aaa věznice".into();
    update(&mut s, Msg::Saved(f.into()));
    assert_eq!(names(&s)[0], "Aaa věznice");
}

#[test]
fn renaming_a_facility_makes_its_meetings_findable_by_the_new_name() {
    let mut s = state();
    act(&mut s, Action::TabMeetings);
    act(&mut s, Action::FilterStart);
    type_text(&mut s, "plzen");
    assert_eq!(s.list().rows, vec![40]);
    let Some(Record::Facility(mut f)) = s.data.get(Kind::Facility, 1).cloned() else {
        panic!()
    };
    f.name = "Věznice Bory".into();
    update(&mut s, Msg::Saved(f.into()));
    assert!(s.list().rows.is_empty(), "the old name no longer matches");
    act(&mut s, Action::TextClear);
    type_text(&mut s, "bory");
    assert_eq!(s.list().rows, vec![40]);
}

#[test]
fn leaving_the_screen_scrolls_by_half_a_page() {
    let records = (1..=100).map(|i| with_id(sample::organisation(&format!("NGO {i:03}")), i));
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabNgos);
    let page = s.page();
    for _ in 0..page - 1 {
        act(&mut s, Action::MoveDown);
    }
    assert_eq!(
        s.list().offset,
        0,
        "moving within the screen does not scroll"
    );
    act(&mut s, Action::MoveDown);
    assert_eq!(s.list().selected, page);
    assert_eq!(
        s.list().offset,
        page - page / 2,
        "the selection lands mid-screen"
    );
    act(&mut s, Action::MoveBottom);
    assert_eq!(s.list().offset, 100 - page);
    act(&mut s, Action::MoveTop);
    assert_eq!(s.list().offset, 0);
}

/// The usual state plus a signed agreement that ended on 31 October 2026
/// (today is 25 November 2026) and one in force.
fn with_agreements() -> AppState {
    let mut s = state();
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(2026, m, d);
    let mut ended = sample::agreement("Dohoda 2025", 10, vec![1]);
    ended.status = AgreementStatus::Signed;
    ended.valid_until = day(10, 31);
    let mut current = sample::agreement("Dohoda 2026", 10, vec![3]);
    current.status = AgreementStatus::Signed;
    current.valid_until = day(12, 31);
    s.data.upsert(with_id(ended, 50));
    s.data.upsert(with_id(current, 51));
    s.refresh_all();
    act(&mut s, Action::TabAgreements);
    s
}

#[test]
fn expired_follows_from_the_dates_in_the_list() {
    let s = with_agreements();
    let cols = Kind::Agreement.columns();
    let status = cols
        .iter()
        .find(|c| c.field == "status")
        .expect("status column");
    let shown = |id| {
        spojka::screens::kit::cells::cell(
            &s.data,
            s.data.get(Kind::Agreement, id).expect("agreement"),
            status,
        )
    };
    assert_eq!(shown(50), "expired");
    assert_eq!(shown(51), "signed");
}

#[test]
fn the_status_offers_only_the_steps_the_lifecycle_allows() {
    let mut s = with_agreements();
    s.list_mut().select_id(51, 20);
    act(&mut s, Action::RecordEdit);
    for _ in 0..4 {
        act(&mut s, Action::FieldNext);
    }
    act(&mut s, Action::PickerOpen);
    let offered: Vec<String> = picker(&s).options.iter().map(|o| o.label.clone()).collect();
    assert_eq!(
        offered,
        ["signed", "terminated"],
        "a signed agreement can only end"
    );
    act(&mut s, Action::PickerCancel);
    act(&mut s, Action::ChoiceNext);
    assert_eq!(
        form(&s).value("status"),
        Some(&FieldValue::Choice(Some(
            AgreementStatus::Terminated.index()
        )))
    );
    act(&mut s, Action::ChoiceNext);
    assert_eq!(
        form(&s).value("status"),
        Some(&FieldValue::Choice(Some(AgreementStatus::Signed.index()))),
        "back round to where it was"
    );
    // A step back that reaches the form another way is still refused.
    let back = FieldValue::Choice(Some(AgreementStatus::Negotiating.index()));
    s.form_mut().expect("form").set("status", back);
    assert!(act(&mut s, Action::RecordSave).is_empty());
    let problems: Vec<String> = form(&s)
        .errors
        .iter()
        .map(|e| spojka::catalog::problem(&e.problem))
        .collect();
    assert_eq!(
        problems,
        vec!["cannot go from signed to negotiating (allowed: terminated)"]
    );
    // Negotiating is not offered: stepping starts again at the first option
    // (signed), and the next one is terminated.
    act(&mut s, Action::ChoiceNext);
    act(&mut s, Action::ChoiceNext);
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::Save(Record::Agreement(a))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(a.status, AgreementStatus::Terminated);
    assert_eq!(
        a.steps.last().map(|st| (st.status, st.on)),
        Some((AgreementStatus::Terminated, today()))
    );
}

#[test]
fn a_new_agreement_may_start_anywhere_but_expired() {
    let mut s = with_agreements();
    act(&mut s, Action::TabAgreements);
    act(&mut s, Action::RecordNew);
    for _ in 0..4 {
        act(&mut s, Action::FieldNext);
    }
    act(&mut s, Action::PickerOpen);
    let offered: Vec<String> = picker(&s).options.iter().map(|o| o.label.clone()).collect();
    assert_eq!(offered, ["draft", "negotiating", "signed", "terminated"]);
}

#[test]
fn renewing_makes_a_linked_draft_with_the_same_terms() {
    let mut s = with_agreements();
    s.list_mut().select_id(51, 20);
    act(&mut s, Action::RecordRenew);
    assert_eq!(s.mode(), Mode::Form);
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::Save(Record::Agreement(a))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (a.meta.id, a.status, a.replaces),
        (0, AgreementStatus::Draft, Some(51))
    );
    assert_eq!((a.organisation, a.facilities.clone()), (10, vec![3]));
    assert_eq!(a.valid_from, chrono::NaiveDate::from_ymd_opt(2027, 1, 1));
    assert_eq!(a.steps.len(), 1, "the draft step is logged");
}

#[test]
fn t_on_an_agreement_shows_its_ngos_timeline() {
    let mut s = with_agreements();
    s.list_mut().select_id(51, 20);
    act(&mut s, Action::TimelineShow);
    assert_eq!(
        timeline(&s).of,
        spojka::screens::timeline::TimelineOf::Organisation(10)
    );
    act(&mut s, Action::Back);
    act(&mut s, Action::TabPeople);
    act(&mut s, Action::TimelineShow);
    assert_eq!(s.mode(), Mode::Normal, "a person has no timeline");
    assert_eq!(
        s.status.text(),
        "A timeline is shown for a facility, an NGO or an agreement."
    );
}

#[test]
fn a_quit_key_a_user_binds_in_a_form_never_drops_its_unsaved_work() {
    let mut s = state();
    act(&mut s, Action::TabNgos);
    act(&mut s, Action::RecordNew);
    type_text(&mut s, "Nová organizace");
    assert_eq!(act(&mut s, Action::Quit), Vec::new());
    assert_eq!(s.mode(), Mode::Form);
    assert_eq!(
        form(&s).value("name"),
        Some(&FieldValue::Text("Nová organizace".into()))
    );
    // The same key quits from the list, where nothing is lost.
    act(&mut s, Action::FormCancel);
    act(&mut s, Action::ConfirmYes);
    assert_eq!(s.mode(), Mode::Normal);
    assert_eq!(act(&mut s, Action::Quit), vec![Effect::Quit]);
}

/// A message is about the key that caused it: the next key clears it, so
/// it does not linger over another screen.
#[test]
fn the_next_key_clears_the_status_line() {
    let mut s = state();
    act(&mut s, Action::RecordRenew);
    assert_eq!(s.status.notice, Notice::RenewIsForAgreements);
    act(&mut s, Action::MoveDown);
    assert_eq!(s.status.notice, Notice::Ready);
    act(&mut s, Action::RecordRenew);
    act(&mut s, Action::CalendarOpen);
    assert_eq!(s.status.notice, Notice::Ready, "not over the calendar");
}

/// The Meetings list opens at today's meetings, not at the oldest one; a
/// list where every meeting is past opens at the last.
#[test]
fn the_meetings_list_opens_at_today() {
    let day = |d| at(2026, 11, d, 10, 0);
    let records = [(1, 2), (2, 10), (3, 24), (4, 25), (5, 30)]
        .into_iter()
        .map(|(id, d)| with_id(sample::meeting("Porada", None, day(d)), id))
        .collect::<Vec<_>>();
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabMeetings);
    // Today is 25 November in these tests.
    assert_eq!(s.list().selected_id(), Some(4));
    assert_eq!(s.data.today, today());

    let past = vec![with_id(sample::meeting("Porada", None, day(2)), 1)];
    let mut s = state_over(Data::new(past), 80, 24);
    act(&mut s, Action::TabMeetings);
    assert_eq!(s.list().selected_id(), Some(1));
}

/// `s` cycles only through the columns the terminal shows: at 80 columns
/// the Meetings list has no room for the kind, so sorting skips it.
#[test]
fn sorting_cycles_through_the_shown_columns_only() {
    let records = vec![with_id(
        sample::meeting("Porada", None, at(2026, 11, 25, 10, 0)),
        1,
    )];
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabMeetings);
    let cols = Kind::Meeting.columns();
    let mut sorted_by = Vec::new();
    for _ in 0..cols.len() {
        act(&mut s, Action::SortNext);
        sorted_by.push(cols[s.list().sort].field);
    }
    assert_eq!(sorted_by, ["title", "facility", "status", "start", "title"]);
}

/// Stepping an agreement to signed asks when it was signed; with the date
/// it saves.
#[test]
fn signing_an_agreement_asks_for_the_signing_date() {
    let mut s = with_agreements();
    let mut draft = sample::agreement("Dohoda 2027", 10, vec![2]);
    draft.status = AgreementStatus::Draft;
    s.data.upsert(with_id(draft, 52));
    s.refresh_all();
    s.list_mut().select_id(52, 20);
    act(&mut s, Action::RecordEdit);
    let signed = FieldValue::Choice(Some(AgreementStatus::Signed.index()));
    s.form_mut().expect("form").set("status", signed);
    assert!(act(&mut s, Action::RecordSave).is_empty(), "not saved");
    let problems: Vec<(&str, String)> = form(&s)
        .errors
        .iter()
        .map(|e| (e.field, spojka::catalog::problem(&e.problem)))
        .collect();
    assert_eq!(problems, vec![("signed_on", "required".to_string())]);
    s.form_mut().expect("form").focus_on("signed_on");
    type_text(&mut s, "20. 11. 2026");
    let effects = act(&mut s, Action::RecordSave);
    let [Effect::Save(Record::Agreement(a))] = effects.as_slice() else {
        panic!("{effects:?}")
    };
    assert_eq!(a.signed_on, chrono::NaiveDate::from_ymd_opt(2026, 11, 20));
}

/// A person named as a facility's liaison cannot be deleted: the question
/// names the facility and offers to archive instead.
#[test]
fn a_facilitys_liaison_cannot_be_deleted_and_the_facility_is_named() {
    let mut plzen = sample::facility("Věznice Plzeň", Region::Plzensky);
    plzen.coordinator = Some(21);
    let mut petr = sample::person("Petr Svoboda", None);
    petr.facility = Some(1);
    // Meetings and an assignment refer to Petr too; the facility is named
    // first all the same.
    let mut records = vec![with_id(petr, 21), with_id(sample::assignment(21, 2), 30)];
    for id in 40..44 {
        let mut meeting = sample::meeting("Porada", Some(2), at(2026, 12, 1, 10, 0));
        meeting.attendees = vec![21];
        records.push(with_id(meeting, id));
    }
    records.push(with_id(
        sample::facility("Věznice Bory", Region::Plzensky),
        2,
    ));
    records.push(with_id(plzen, 1));
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::TabPeople);
    act(&mut s, Action::RecordDelete);
    let c = confirm(&s);
    assert_eq!(c.question, Question::ArchiveInstead(Kind::Person, 21));
    let text = c.text();
    assert!(text.contains("Věznice Plzeň"), "{text}");
    assert!(
        text.find("Věznice Plzeň") < text.find("Porada"),
        "the facility first: {text}"
    );
}

/// A facility's liaison is picked from people, the facility's own staff
/// first (by name), then everyone else.
#[test]
fn a_facilitys_liaison_is_picked_from_its_staff_first() {
    let mut staff = sample::person("Zdeněk Adamec", None);
    staff.facility = Some(1);
    let records = vec![
        with_id(sample::facility("Věznice Plzeň", Region::Plzensky), 1),
        with_id(sample::person("Alena Bártová", None), 20),
        with_id(staff, 21),
    ];
    let mut s = state_over(Data::new(records), 80, 24);
    act(&mut s, Action::RecordEdit);
    let at = Facility::DEFS
        .iter()
        .position(|d| d.id == "coordinator")
        .expect("a coordinator field");
    for _ in 0..at {
        act(&mut s, Action::FieldNext);
    }
    act(&mut s, Action::PickerOpen);
    let labels: Vec<&str> = picker(&s)
        .options
        .iter()
        .map(|o| o.label.as_str())
        .collect();
    assert_eq!(labels, ["Zdeněk Adamec", "Alena Bártová"]);
    act(&mut s, Action::PickerConfirm);
    assert_eq!(
        form(&s).value("coordinator"),
        Some(&FieldValue::Ref(Some(21)))
    );
}
