//! Keys in a picker: the selection moves over the options that match the
//! search; typing narrows them; toggle chooses several; confirming hands the
//! choice to the app, which gives it to whoever opened the picker.

use super::Picker;
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Outcome, Screen};
use crate::vocab::{Action, Mode};

/// Rows of the picker's box besides its options: the search line, borders
/// and margins.
const BOX_CHROME: usize = 4;

impl Screen for Picker {
    fn mode(&self) -> Mode {
        Mode::Picker
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(Moving {
            len: self.visible.len(),
            at: &mut self.selected,
            page: ctx.lines(LIST_CHROME).saturating_sub(BOX_CHROME).max(1),
        })
    }

    fn on_quit(&mut self) -> Outcome {
        // Quitting here would drop a form's unsaved work unasked.
        Outcome::Done
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::PickerToggle if self.multi => self.toggle(),
            Action::PickerToggle | Action::PickerConfirm => {
                if self.multi && self.chosen.is_empty() {
                    self.toggle();
                }
                return Outcome::ToApp(Action::PickerConfirm);
            }
            Action::PickerCancel => return Outcome::Close,
            _ => {
                if self.query.edit(action) {
                    self.refresh();
                }
            }
        }
        Outcome::Done
    }

    fn on_text(&mut self, text: &str) -> Outcome {
        self.query.insert(text);
        self.refresh();
        Outcome::Done
    }
}
