//! Keys in a form: move between fields, type, step through a choice, clear
//! a field; cancel asks first when something was changed. Opening a picker
//! for a field and saving need the records and the rules of a save, so the
//! form hands them to the app.

use super::Form;
use crate::domain::{FieldKind, FieldValue};
use crate::screens::kit::{Asks, Notice};
use crate::screens::kit::{Confirm, Ctx, LIST_CHROME, Moving, Open, Outcome, Question, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Form {
    fn mode(&self) -> Mode {
        Mode::Form
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(Moving {
            len: self.kind.fields().len(),
            at: &mut self.focus,
            page: ctx.lines(LIST_CHROME),
        })
    }

    fn moved(&mut self, _ctx: &Ctx) {
        // The text cursor goes to the end of the field moved to.
        self.focus_field(self.focus);
    }

    fn on_quit(&mut self) -> Outcome {
        // Quitting here would drop a form's unsaved work unasked.
        Outcome::Done
    }

    fn on_back(&mut self, _ctx: &Ctx) -> Outcome {
        if self.is_dirty() {
            Outcome::Open(Open::Confirm(Confirm {
                question: Question::Discard,
                asks: Asks::Discard,
            }))
        } else {
            Outcome::Close
        }
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let Some(def) = self.focused() else {
            return Outcome::Done;
        };
        let last = self.kind.fields().len() - 1;
        match (action, def.kind) {
            (Action::FieldNext, _) => self.focus_field((self.focus + 1).min(last)),
            (Action::FieldPrev, _) => self.focus_field(self.focus.saturating_sub(1)),
            (
                Action::ChoiceNext | Action::ChoicePrev | Action::CursorRight | Action::CursorLeft,
                FieldKind::Choice(set),
            ) => {
                let forward = matches!(action, Action::ChoiceNext | Action::CursorRight);
                let current = match self.value(def.id) {
                    Some(FieldValue::Choice(c)) => *c,
                    _ => None,
                };
                let options = self.choices(def.id, set);
                let len = options.len().max(1);
                let at = current.and_then(|c| options.iter().position(|o| *o == c));
                let next = match (at, forward) {
                    (None, true) => 0,
                    (None, false) => len - 1,
                    (Some(i), true) => (i + 1) % len,
                    (Some(i), false) => (i + len - 1) % len,
                };
                if let Some(next) = options.get(next) {
                    self.set(def.id, FieldValue::Choice(Some(*next)));
                }
            }
            // A rule is typed, but the usual ones are offered to pick.
            (Action::PickerOpen, FieldKind::Rule) => return Outcome::ToApp(action),
            (Action::PickerOpen, kind) if kind.is_typed() => {
                self.focus_field((self.focus + 1).min(last));
            }
            (Action::PickerOpen, _) => return Outcome::ToApp(action),
            (Action::FieldClear, _) => {
                self.set(def.id, def.empty_value());
                self.cursor = 0;
            }
            (Action::RecordSave, _) if self.saving => {}
            (Action::RecordSave, _) => return Outcome::ToApp(action),
            (Action::FormCancel, _) => return self.on_back(ctx),
            _ => {
                self.edit_text(Some(action), None);
            }
        }
        Outcome::Done
    }

    fn on_text(&mut self, text: &str) -> Outcome {
        if self.edit_text(None, Some(text)) {
            Outcome::Done
        } else {
            Outcome::info(Notice::ChooseFromList)
        }
    }
}
