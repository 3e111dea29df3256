//! Keys on the erase screen: move, confirm or skip a place, and go on to
//! typing the surname, whose answer erases.

use super::{Erase, HEAD_LINES, HIT_LINES};
use crate::effect::Effect;
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Notice, Open, Outcome, PromptFor, Screen};
use crate::vocab::{Action, Mode};

impl Erase {
    /// How many hits fit on the screen.
    fn shown(ctx: &Ctx) -> usize {
        ctx.lines(LIST_CHROME + 2 + HEAD_LINES) / HIT_LINES
    }
}

impl Screen for Erase {
    fn mode(&self) -> Mode {
        Mode::Erase
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(Moving {
            at: &mut self.selected,
            len: self.skipped.len(),
            page: Erase::shown(ctx).max(1),
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        self.keep_in_sight(Erase::shown(ctx));
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::EraseToggle if self.skipped.is_empty() => Outcome::Done,
            Action::EraseToggle => {
                self.toggle();
                Outcome::Done
            }
            Action::EraseConfirm if !self.erasing => Outcome::Open(Open::Prompt(
                PromptFor::EraseSurname(self.plan.person.meta.id),
                String::new(),
            )),
            _ => Outcome::Done,
        }
    }

    fn on_typed(&mut self, purpose: PromptFor, typed: &str, _ctx: &Ctx) -> Outcome {
        if purpose != PromptFor::EraseSurname(self.plan.person.meta.id) {
            return Outcome::Done;
        }
        if !self.is_surname(typed) {
            return Outcome::error(Notice::EraseWrongSurname(self.plan.person.surname.clone()));
        }
        self.erasing = true;
        Outcome::effect(Effect::ErasePerson {
            person: self.plan.person.meta.id,
            skipped: self.skipped_keys(),
        })
    }
}
