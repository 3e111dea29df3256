//! Keys on a yes/no question: yes hands the question to the app, which
//! knows what it means; no and back close it.

use crate::screens::kit::{Confirm, Ctx, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Confirm {
    fn mode(&self) -> Mode {
        Mode::Confirm
    }

    fn on_quit(&mut self) -> Outcome {
        // Quitting here would drop a form's unsaved work unasked.
        Outcome::Done
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::ConfirmYes => Outcome::Confirmed(self.question.clone()),
            Action::ConfirmNo => Outcome::Close,
            _ => Outcome::Done,
        }
    }
}
