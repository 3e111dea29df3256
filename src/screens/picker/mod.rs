//! Choosing one or several items from a searchable list: a field's options,
//! or records of a kind.

mod keys;
pub mod view;

use crate::domain::choice::ChoiceSet;
use crate::domain::text::{fold, matches_folded};
use crate::domain::{FieldValue, Id, Kind};
use crate::screens::kit::text_input::TextInput;
use crate::screens::kit::{Group, Keys};
use crate::vocab::Action;

/// What the picker chooses among.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickTarget {
    /// Options of a choice list (values are indexes).
    Choice(ChoiceSet),
    /// Records of a kind (values are ids).
    Record(Kind),
    /// A choice a screen asked for (values index the options it offered;
    /// the chosen one goes back to the screen).
    Screen(crate::screens::kit::PickFor),
    /// Which occurrences of series `Id` to edit, from the one on this date.
    EditScope(Id, chrono::NaiveDate),
    /// A usual way of repeating, for a meeting's rule field.
    RulePreset,
}

/// One option.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    /// Choice index or record id.
    pub value: u64,
    /// What is shown.
    pub label: String,
    folded: String,
}

impl PickOption {
    /// An option with its label.
    pub fn new(value: u64, label: String) -> PickOption {
        let folded = fold(&label);
        PickOption {
            value,
            label,
            folded,
        }
    }
}

/// A searchable list with one or several chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    /// The id of the form field being filled; None when the picker fills
    /// no form field.
    pub field: Option<&'static str>,
    /// The field's label, for the picker's title.
    pub label: &'static str,
    /// What is chosen among.
    pub target: PickTarget,
    /// Whether several can be chosen.
    pub multi: bool,
    /// All options.
    pub options: Vec<PickOption>,
    /// Chosen values, in the order chosen.
    pub chosen: Vec<u64>,
    /// The search text.
    pub query: TextInput,
    /// Indexes into `options` that match the search.
    pub visible: Vec<usize>,
    /// Index into `visible` of the highlighted option.
    pub selected: usize,
}

impl Picker {
    /// A picker over `options` with `chosen` already chosen.
    pub fn new(
        (field, label): (Option<&'static str>, &'static str),
        target: PickTarget,
        multi: bool,
        options: Vec<PickOption>,
        chosen: Vec<u64>,
    ) -> Picker {
        let mut picker = Picker {
            field,
            label,
            target,
            multi,
            options,
            chosen,
            query: TextInput::default(),
            visible: Vec::new(),
            selected: 0,
        };
        picker.refresh();
        if let Some(first) = picker.chosen.first().copied() {
            picker.selected = picker
                .visible
                .iter()
                .position(|i| picker.options[*i].value == first)
                .unwrap_or(0);
        }
        picker
    }

    /// Re-applies the search.
    pub fn refresh(&mut self) {
        let query = fold(&self.query.text);
        self.visible = (0..self.options.len())
            .filter(|i| matches_folded(&self.options[*i].folded, &query))
            .collect();
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    /// The highlighted option.
    pub fn highlighted(&self) -> Option<&PickOption> {
        self.visible.get(self.selected).map(|i| &self.options[*i])
    }

    /// Chooses or un-chooses the highlighted option (several-of pickers).
    pub fn toggle(&mut self) {
        let Some(value) = self.highlighted().map(|o| o.value) else {
            return;
        };
        if let Some(pos) = self.chosen.iter().position(|v| *v == value) {
            self.chosen.remove(pos);
        } else {
            self.chosen.push(value);
        }
    }

    /// The field value the picker has made: for one-of pickers the highlighted
    /// option, for several-of pickers the chosen ones.
    pub fn value(&self) -> FieldValue {
        match (self.target, self.multi) {
            (PickTarget::Choice(_), false) => {
                FieldValue::Choice(self.highlighted().map(|o| o.value as usize))
            }
            (PickTarget::Choice(_), true) => {
                let mut v: Vec<usize> = self.chosen.iter().map(|v| *v as usize).collect();
                v.sort_unstable();
                FieldValue::Multi(v)
            }
            (PickTarget::Record(_), false) => FieldValue::Ref(self.highlighted().map(|o| o.value)),
            (PickTarget::Record(_), true) => FieldValue::Refs(self.chosen.clone()),
            (PickTarget::Screen(_) | PickTarget::EditScope(..) | PickTarget::RulePreset, _) => {
                FieldValue::Choice(self.highlighted().map(|o| o.value as usize))
            }
        }
    }
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::PickerConfirm,
        Action::PickerToggle,
        Action::PickerCancel,
    ],
    more: &[
        Action::MoveUp,
        Action::MoveDown,
        Action::PageUp,
        Action::PageDown,
    ],
    groups: &[Group::Typing],
};
