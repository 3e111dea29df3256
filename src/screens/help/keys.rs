//! Keys on the help screen: it scrolls, and the help key closes it again.

use super::Help;
use crate::screens::kit::scroll::scrolling;
use crate::screens::kit::{Ctx, Moving, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Help {
    fn mode(&self) -> Mode {
        Mode::Help
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(scrolling(&mut self.scroll, ctx.help_lines, ctx))
    }

    fn on_help(&mut self) -> Outcome {
        Outcome::Close
    }

    fn on_action(&mut self, _action: Action, _ctx: &Ctx) -> Outcome {
        Outcome::Done
    }
}
