//! Keys on a prompt: the line edits its text; enter hands the text to the
//! app, which gives it to whoever asked; cancel and back close it.

use super::Prompt;
use crate::screens::kit::{Ctx, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Prompt {
    fn mode(&self) -> Mode {
        Mode::Filter
    }

    fn on_quit(&mut self) -> Outcome {
        // Quitting here would drop a form's unsaved work unasked.
        Outcome::Done
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::FilterApply => Outcome::Typed(self.purpose, self.input.text.clone()),
            Action::FilterCancel => Outcome::Close,
            _ => {
                self.input.edit(action);
                Outcome::Done
            }
        }
    }

    fn on_text(&mut self, text: &str) -> Outcome {
        self.input.insert(text);
        Outcome::Done
    }
}
