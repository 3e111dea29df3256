//! Keys on the merge screen: pick a side per field; saving with the
//! choices, or reloading the other change into the form, is the app's.

use super::{Merge, Side};
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Merge {
    fn mode(&self) -> Mode {
        Mode::Merge
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(Moving {
            len: self.fields.len(),
            at: &mut self.selected,
            page: ctx.lines(LIST_CHROME),
        })
    }

    fn on_quit(&mut self) -> Outcome {
        // Quitting here would drop a form's unsaved work unasked.
        Outcome::Done
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::MergeTheirs | Action::MergeYours => {
                if let Some(field) = self.fields.get_mut(self.selected) {
                    field.keep = match action {
                        Action::MergeTheirs => Side::Theirs,
                        _ => Side::Mine,
                    };
                }
                Outcome::Done
            }
            Action::RecordSave | Action::MergeReload => Outcome::ToApp(action),
            _ => Outcome::Done,
        }
    }
}
