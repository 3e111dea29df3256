//! Something to do that came out of a meeting: what, who, by when. It shows in
//! its owner's agenda until it is done.

use super::choice::{ActionStatus, ChoiceSet};
use super::field::{FieldDef, FieldError, FieldKind as F, FieldValue, Reader, date_text};
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// An action item.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionItem {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// What is to be done.
    pub what: String,
    /// The meeting it came from, if any.
    pub meeting: Option<Id>,
    /// Who does it.
    pub owner: Id,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Open or done.
    pub status: ActionStatus,
    /// Anything else.
    pub notes: String,
}

impl Entity for ActionItem {
    const KIND: Kind = Kind::ActionItem;
    const FIELDS: &'static [FieldDef] = &[
        FieldDef::required("what", F::Text),
        FieldDef::required("owner", F::Ref(Kind::Person)),
        FieldDef::optional("due", F::Date),
        FieldDef::optional("meeting", F::Ref(Kind::Meeting)),
        FieldDef::required("done", F::Choice(ChoiceSet::ActionStatus)),
        FieldDef::optional("notes", F::LongText),
    ];

    fn meta(&self) -> &Meta {
        &self.meta
    }

    fn meta_mut(&mut self) -> &mut Meta {
        &mut self.meta
    }

    fn title(&self) -> &str {
        &self.what
    }

    fn value(&self, field: usize) -> FieldValue {
        match field {
            0 => FieldValue::Text(self.what.clone()),
            1 => FieldValue::Ref(Some(self.owner)),
            2 => date_text(self.due),
            3 => FieldValue::Ref(self.meeting),
            4 => FieldValue::Choice(Some(self.status.index())),
            5 => FieldValue::Text(self.notes.clone()),
            _ => FieldValue::Text(String::new()),
        }
    }

    fn defaults() -> Vec<FieldValue> {
        let mut values: Vec<FieldValue> = Self::FIELDS.iter().map(FieldDef::empty_value).collect();
        values[4] = FieldValue::Choice(Some(ActionStatus::Open.index()));
        values
    }

    fn from_values(meta: Meta, values: &[FieldValue]) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(Self::FIELDS, values);
        let item = ActionItem {
            meta,
            what: r.text(0),
            owner: r.reference(1).unwrap_or_default(),
            due: r.date(2),
            meeting: r.reference(3),
            status: r
                .choice(4)
                .and_then(ActionStatus::from_index)
                .unwrap_or(ActionStatus::Open),
            notes: r.text(5),
        };
        r.finish(item)
    }

    fn references(&self) -> Vec<(Kind, Id)> {
        let meeting = self.meeting.map(|id| (Kind::Meeting, id));
        std::iter::once((Kind::Person, self.owner))
            .chain(meeting)
            .collect()
    }
}
