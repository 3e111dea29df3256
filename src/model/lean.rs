//! Records as the model holds them: without their long free text (notes,
//! agenda, minutes). At 100,000 meetings that text is tens of MB that no
//! list, filter, calendar or figure reads; a record's detail, its form and
//! exports read the full record from the store instead.

use crate::domain::Record;

/// Empties a record's long text fields; returns whether any held text (only
/// then is something left out that must be read from the store).
pub fn strip(record: &mut Record) -> bool {
    fn take(text: &mut String) -> bool {
        let had = !text.is_empty();
        *text = String::new();
        had
    }
    match record {
        Record::Facility(r) => take(&mut r.notes),
        Record::Organisation(r) => take(&mut r.notes),
        Record::Person(r) => take(&mut r.notes),
        Record::Assignment(r) => take(&mut r.notes),
        Record::Meeting(m) => take(&mut m.agenda) | take(&mut m.minutes) | take(&mut m.notes),
        Record::Agreement(r) => take(&mut r.notes),
        Record::ActionItem(r) => take(&mut r.notes),
    }
}

/// Puts `stored`'s long text (the same record as stored) into the long text
/// fields `record` has empty: what [`strip`] took, after a change made to the
/// stripped copy.
pub fn restore(record: &mut Record, stored: Record) {
    fn fill(into: &mut String, from: String) {
        if into.is_empty() {
            *into = from;
        }
    }
    match (record, stored) {
        (Record::Facility(r), Record::Facility(s)) => fill(&mut r.notes, s.notes),
        (Record::Organisation(r), Record::Organisation(s)) => fill(&mut r.notes, s.notes),
        (Record::Person(r), Record::Person(s)) => fill(&mut r.notes, s.notes),
        (Record::Assignment(r), Record::Assignment(s)) => fill(&mut r.notes, s.notes),
        (Record::Meeting(r), Record::Meeting(s)) => {
            fill(&mut r.agenda, s.agenda);
            fill(&mut r.minutes, s.minutes);
            fill(&mut r.notes, s.notes);
        }
        (Record::Agreement(r), Record::Agreement(s)) => fill(&mut r.notes, s.notes),
        (Record::ActionItem(r), Record::ActionItem(s)) => fill(&mut r.notes, s.notes),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FieldKind, FieldValue, Kind};

    /// A valid record of `kind` with text in every long text field, filled
    /// through the kind's field list so that a new long text field is
    /// covered too.
    fn filled(kind: Kind) -> Record {
        use crate::sample;
        let record: Record = match kind {
            Kind::Facility => sample::facility("F", crate::domain::Region::Praha).into(),
            Kind::Organisation => sample::organisation("O").into(),
            Kind::Person => sample::person("P", None).into(),
            Kind::Assignment => sample::assignment(1, 1).into(),
            Kind::Meeting => sample::meeting("M", None, sample::at(2026, 1, 1, 9, 0)).into(),
            Kind::Agreement => sample::agreement("A", 1, vec![1]).into(),
            Kind::ActionItem => crate::domain::ActionItem {
                meta: crate::domain::Meta::new(crate::sample::epoch()),
                what: "I".into(),
                meeting: None,
                owner: 1,
                due: None,
                status: crate::domain::ActionStatus::Open,
                notes: String::new(),
            }
            .into(),
        };
        let mut values = record.values();
        for (value, def) in values.iter_mut().zip(kind.fields()) {
            if def.kind == FieldKind::LongText {
                *value = FieldValue::Text(format!("{} text", def.id));
            }
        }
        Record::from_values(kind, record.meta().clone(), &values).expect("a valid record")
    }

    #[test]
    fn every_long_text_field_of_every_kind_is_left_out() {
        for kind in Kind::ALL {
            let mut record = filled(kind);
            let fields = kind.fields();
            let long = |r: &Record| {
                (0..fields.len())
                    .filter(|i| fields[*i].kind == FieldKind::LongText)
                    .map(|i| r.value(i))
                    .collect::<Vec<_>>()
            };
            assert!(
                long(&record).iter().all(|v| !v.is_empty()),
                "{kind:?}: the test record has no long text"
            );
            assert!(strip(&mut record), "{kind:?}");
            assert!(long(&record).iter().all(FieldValue::is_empty), "{kind:?}");
            assert!(
                !strip(&mut record),
                "{kind:?}: nothing left the second time"
            );
        }
    }

    #[test]
    fn restoring_puts_back_what_was_left_out_and_keeps_changes() {
        for kind in Kind::ALL {
            let whole = filled(kind);
            let mut changed = whole.clone();
            strip(&mut changed);
            changed.meta_mut().archived = true;
            restore(&mut changed, whole.clone());
            let mut expected = whole;
            expected.meta_mut().archived = true;
            assert_eq!(changed, expected, "{kind:?}");
        }
    }
}
