use super::*;
use crate::domain::recurrence::Details;
use crate::domain::{Meeting, Region, Service};
use crate::sample::{self, at};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

/// A weekly series on Tuesdays at 10:00 from 1 Dec 2026.
fn series() -> Meeting {
    let mut m = sample::meeting("Porada", None, at(2026, 12, 1, 10, 0));
    m.meta.id = 7;
    m.recurrence = Some(Recurrence::new("FREQ=WEEKLY"));
    m
}

fn updated(before: &Meeting, after: &Meeting, op: OpKind) -> Vec<Event> {
    events(
        Change::Updated,
        Some(&before.clone().into()),
        Some(&after.clone().into()),
        Some(op),
    )
}

fn rec(m: &mut Meeting) -> &mut Recurrence {
    m.recurrence.as_mut().expect("series")
}

#[test]
fn a_cancelled_occurrence_is_named_by_its_date_and_no_field_is_listed() {
    let before = series();
    let mut after = series();
    rec(&mut after).cancelled.push(day(2026, 12, 8));
    assert_eq!(
        updated(&before, &after, OpKind::Save),
        vec![Event::Cancelled(day(2026, 12, 8))]
    );
    // And undone: it takes place again.
    assert_eq!(
        updated(&after, &before, OpKind::Undo),
        vec![Event::Uncancelled(day(2026, 12, 8))]
    );
}

#[test]
fn a_moved_occurrence_says_where_to_and_moving_it_back_says_so() {
    let before = series();
    let mut after = series();
    rec(&mut after).set_override(Override::moved(
        day(2026, 12, 8),
        at(2026, 12, 10, 10, 0),
        at(2026, 12, 10, 11, 0),
    ));
    assert_eq!(
        updated(&before, &after, OpKind::Save),
        vec![Event::Moved {
            original: day(2026, 12, 8),
            to: at(2026, 12, 10, 10, 0),
        }]
    );
    assert_eq!(
        updated(&after, &before, OpKind::Revert),
        vec![Event::BackToSeries(day(2026, 12, 8))]
    );
}

#[test]
fn an_occurrence_marked_held_is_held_not_changed() {
    let before = series();
    let mut after = series();
    let mut details = Details::of(&before);
    details.status = MeetingStatus::Held;
    rec(&mut after).set_override(Override {
        details: Some(Box::new(details.clone())),
        ..Override::moved(
            day(2026, 12, 8),
            at(2026, 12, 8, 10, 0),
            at(2026, 12, 8, 11, 0),
        )
    });
    assert_eq!(
        updated(&before, &after, OpKind::Save),
        vec![Event::Held(day(2026, 12, 8))]
    );
    // Its own minutes later: changed on its own.
    let mut later = after.clone();
    details.minutes = "Zápis".into();
    rec(&mut later).set_override(Override {
        details: Some(Box::new(details)),
        ..Override::moved(
            day(2026, 12, 8),
            at(2026, 12, 8, 10, 0),
            at(2026, 12, 8, 11, 0),
        )
    });
    assert_eq!(
        updated(&after, &later, OpKind::Save),
        vec![Event::OccurrenceChanged(day(2026, 12, 8))]
    );
}

#[test]
fn a_split_series_says_from_when_and_drops_what_it_no_longer_covers_quietly() {
    let mut before = series();
    rec(&mut before).cancelled.push(day(2026, 12, 22));
    let mut after = before.clone();
    rec(&mut after).rule = "FREQ=WEEKLY;UNTIL=20261214".into();
    rec(&mut after).cancelled.clear();
    assert_eq!(
        updated(&before, &after, OpKind::SaveSeveral),
        vec![Event::SplitFrom(day(2026, 12, 15))]
    );
    // The same rule typed into the form is a field like any other.
    assert!(matches!(
        updated(&before, &after, OpKind::Save).as_slice(),
        [Event::Field {
            field: "repeat",
            ..
        }]
    ));
}

#[test]
fn archive_and_restore_are_events_not_fields() {
    let before = series();
    let mut after = series();
    after.meta.archived = true;
    assert_eq!(
        updated(&before, &after, OpKind::Save),
        vec![Event::Archived]
    );
    assert_eq!(
        updated(&after, &before, OpKind::Save),
        vec![Event::Restored]
    );
}

#[test]
fn a_lifecycle_step_moves_the_agreement_and_other_fields_are_typed() {
    let mut before = sample::agreement("Smlouva", 3, vec![4]);
    before.meta.id = 9;
    let mut after = before.clone();
    after.status = AgreementStatus::Signed;
    after.services = vec![Service::DebtCounselling];
    let told = events(
        Change::Updated,
        Some(&before.clone().into()),
        Some(&after.into()),
        Some(OpKind::Save),
    );
    assert_eq!(
        told,
        vec![
            Event::StatusTo(AgreementStatus::Signed),
            Event::Field {
                field: "services",
                before: FieldValue::Multi(vec![]),
                after: FieldValue::Multi(vec![Service::DebtCounselling.index()]),
            },
        ]
    );
}

#[test]
fn a_renewal_names_the_agreement_it_renews() {
    let mut old = sample::agreement("Smlouva", 3, vec![]);
    old.meta.id = 9;
    let new = crate::domain::lifecycle::renewal(&old, sample::epoch());
    let told = events(Change::Created, None, Some(&new.into()), Some(OpKind::Save));
    assert_eq!(told.first(), Some(&Event::Renewed(9)));
}

#[test]
fn a_new_record_lists_the_fields_it_was_given_with_typed_values() {
    let facility = sample::facility("Věznice Mírov", Region::Olomoucky);
    let told = events(
        Change::Created,
        None,
        Some(&facility.into()),
        Some(OpKind::Save),
    );
    assert_eq!(told.first(), Some(&Event::Created));
    assert!(told.iter().any(|e| matches!(
        e,
        Event::Field {
            field: "region",
            before: FieldValue::Choice(None),
            after: FieldValue::Choice(Some(_))
        }
    )));
}

#[test]
fn deleted_and_erased_say_only_that() {
    let m: Record = series().into();
    assert_eq!(
        events(Change::Deleted, Some(&m), None, None),
        vec![Event::Deleted]
    );
    assert_eq!(
        events(Change::Erased, Some(&m), None, None),
        vec![Event::Erased]
    );
}

#[test]
fn an_entry_without_values_is_told_as_stored() {
    let entry = AuditEntry {
        at: sample::epoch(),
        who: "jana".into(),
        kind: Kind::Facility,
        id: 1,
        change: Change::Updated,
        fields: vec![super::super::FieldChange {
            field: "region".into(),
            before: "CZ-10".into(),
            after: "CZ-71".into(),
        }],
        op: None,
        values: false,
        seq: 1,
    };
    assert_eq!(
        as_stored(&entry),
        vec![Event::Text {
            field: "region".into(),
            before: "CZ-10".into(),
            after: "CZ-71".into(),
        }]
    );
}
