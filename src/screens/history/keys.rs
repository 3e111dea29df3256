//! Keys on a record's history: a change is selected; it, or the whole
//! operation it was part of, can be reverted.

use super::History;
use crate::effect::Effect;
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Notice, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for History {
    fn mode(&self) -> Mode {
        Mode::History
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let page = ctx.lines(LIST_CHROME + 2);
        Some(Moving {
            at: &mut self.selected,
            len: self.entries.len(),
            page: (page / 3).max(1),
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        self.keep_in_sight(ctx.lines(LIST_CHROME + 2));
    }

    fn on_help(&mut self) -> Outcome {
        Outcome::Close
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        let Some(entry) = self.selected_entry() else {
            return Outcome::error(Notice::NothingSelected);
        };
        match action {
            Action::HistoryRevert if entry.revertible() => {
                Outcome::effect(Effect::RevertEntry(self.kind, self.id, entry.seq))
            }
            Action::HistoryRevertOperation => match entry.op {
                Some(op) if entry.revertible() => Outcome::effect(Effect::RevertOp(op)),
                _ => Outcome::error(Notice::NotRevertible),
            },
            Action::HistoryRevert => Outcome::error(Notice::NotRevertible),
            _ => Outcome::Done,
        }
    }
}
