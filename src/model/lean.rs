//! Records as the model holds them: without their long free text (notes,
//! agenda, minutes). At 100,000 meetings that text is tens of MB that no
//! list, filter, calendar or figure reads; a record's detail, its form and
//! exports read the full record from the store instead.

use crate::domain::Record;

/// Empties a record's long text fields; returns whether any held text (only
/// then is something left out that must be read from the store).
pub fn strip(record: &mut Record) -> bool {
    record.strip_long_text()
}

/// Puts `stored`'s long text (the same record as stored) into the long text
/// fields `record` has empty: what [`strip`] took, after a change made to the
/// stripped copy.
pub fn restore(record: &mut Record, stored: Record) {
    record.fill_long_text(stored);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{FieldKind, FieldValue, Kind};

    /// A valid record of `kind` with text in every long text field, filled
    /// through the kind's field list so that a new long text field is
    /// covered too.
    fn filled(kind: Kind) -> Record {
        let record = crate::sample::filled(kind).expect("a filled record");
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
            let long = |r: &Record| {
                kind.fields()
                    .iter()
                    .filter(|def| def.kind == FieldKind::LongText)
                    .map(|def| r.value(def.id))
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
