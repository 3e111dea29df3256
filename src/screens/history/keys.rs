//! Keys on a record's history: it scrolls and closes.

use super::History;
use crate::screens::kit::scroll::scrolling;
use crate::screens::kit::{Ctx, Moving, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for History {
    fn mode(&self) -> Mode {
        Mode::History
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let lines = self.line_count();
        Some(scrolling(&mut self.scroll, lines, ctx))
    }

    fn on_help(&mut self) -> Outcome {
        Outcome::Close
    }

    fn on_action(&mut self, _action: Action, _ctx: &Ctx) -> Outcome {
        Outcome::Done
    }
}
