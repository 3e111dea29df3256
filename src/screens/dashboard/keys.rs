//! Keys on the dashboard: the selection moves over the lines, headings
//! included, and the view scrolls to keep it (and an item's heading) in
//! sight; Enter on an item opens its record, on a heading folds or unfolds
//! its section (saved in the user's settings through an effect); the other
//! overviews open over the dashboard, so Esc comes back here; a tab key
//! leaves it for that list.

use super::{Board, CHROME, Row, keep_visible, line_count};
use crate::effect::Effect;
use crate::screens::kit::Notice;
use crate::screens::kit::tabs::is_tab_action;
use crate::screens::kit::{Ctx, Moving, Open, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Board {
    fn mode(&self) -> Mode {
        Mode::Dashboard
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let len = self
            .attention
            .as_deref()
            .map_or(0, |d| line_count(d, &self.folded));
        Some(Moving {
            len,
            at: &mut self.selected,
            page: ctx.lines(CHROME),
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        let page = ctx.lines(CHROME);
        if let Some(dashboard) = &self.attention {
            self.scroll = keep_visible(dashboard, &self.folded, self.selected, self.scroll, page);
        }
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::DetailOpen => match self.selected_row() {
                Some(Row::Heading(section, ..)) => {
                    self.toggle(section);
                    self.moved(ctx);
                    Outcome::effect(Effect::SaveFolded(self.folded.clone()))
                }
                Some(Row::Item(index)) => {
                    let item = self.attention.as_ref().and_then(|d| d.item(index));
                    match item {
                        Some(item) => Outcome::Open(Open::Detail(item.kind, item.id)),
                        None => Outcome::error(Notice::NothingSelected),
                    }
                }
                None => Outcome::error(Notice::NothingSelected),
            },
            Action::CoverageShow => Outcome::Open(Open::Coverage),
            Action::FiguresShow => Outcome::Open(Open::Figures),
            Action::CalendarOpen => Outcome::Open(Open::Calendar),
            _ if is_tab_action(action) => Outcome::ToTab(action),
            _ => Outcome::Done,
        }
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Board::refresh(self, ctx.data, ctx.now, !super::ready(ctx));
    }
}
