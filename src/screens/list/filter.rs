//! The filter line under a list: typing narrows the list at once, the list
//! still moves, enter keeps the filter and cancel puts back the one before.

use super::Lists;
use crate::screens::kit::text_input::TextInput;
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Outcome, Screen};
use crate::vocab::{Action, Mode};

/// The filter line, over the lists it filters.
#[derive(Debug)]
pub struct FilterLine<'a> {
    /// The filter before typing started, put back on cancel.
    pub before: &'a str,
    /// The lists, the one shown being filtered.
    pub lists: Lists<'a>,
}

impl FilterLine<'_> {
    /// Narrows (or widens) the list shown to its filter as it is now.
    fn refilter(&mut self, ctx: &Ctx) {
        let kind = *self.lists.tab;
        let show_archived = *self.lists.show_archived;
        let list = self.lists.lists.entry(kind).or_default();
        list.refresh(ctx.data, kind, show_archived);
        list.clamp(ctx.lines(LIST_CHROME));
    }

    /// Typed or pasted text: into the filter, and the list narrows at once.
    pub fn type_text(&mut self, text: &str, ctx: &Ctx) -> Outcome {
        self.filter().insert(text);
        self.refilter(ctx);
        Outcome::Done
    }

    /// The filter of the list shown.
    fn filter(&mut self) -> &mut TextInput {
        let kind = *self.lists.tab;
        &mut self.lists.lists.entry(kind).or_default().filter
    }
}

impl Screen for FilterLine<'_> {
    fn mode(&self) -> Mode {
        Mode::Filter
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        self.lists.cursor(ctx)
    }

    fn moved(&mut self, ctx: &Ctx) {
        self.lists.moved(ctx);
    }

    fn on_quit(&mut self) -> Outcome {
        // Typed letters are never a reason to end the session.
        Outcome::Done
    }

    fn on_back(&mut self, ctx: &Ctx) -> Outcome {
        *self.filter() = TextInput::new(self.before);
        self.refilter(ctx);
        Outcome::Close
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::FilterApply => Outcome::Close,
            Action::FilterCancel => self.on_back(ctx),
            _ => {
                if self.filter().edit(action) {
                    self.refilter(ctx);
                }
                Outcome::Done
            }
        }
    }
}
