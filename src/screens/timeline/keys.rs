//! Keys on a timeline: it scrolls and closes.

use super::{Timeline, bars};
use crate::screens::kit::scroll::scrolling;
use crate::screens::kit::{Ctx, Moving, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Timeline {
    fn mode(&self) -> Mode {
        Mode::Timeline
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        // Two lines a bar, under the month axis and the legend.
        let lines = bars(ctx.data, self.of, ctx.today()).len() * 2 + 2;
        Some(scrolling(&mut self.scroll, lines, ctx))
    }

    fn on_help(&mut self) -> Outcome {
        Outcome::Close
    }

    fn on_action(&mut self, _action: Action, _ctx: &Ctx) -> Outcome {
        Outcome::Done
    }
}
