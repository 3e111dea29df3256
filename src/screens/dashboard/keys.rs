//! Keys on the dashboard: the selection moves over items only, and the view
//! scrolls to keep it (and its section's heading) in sight; an item opens
//! its record; the other overviews open over the dashboard, so Esc comes
//! back here; a tab key leaves it for that list.

use super::{Board, CHROME, keep_visible, line_count};
use crate::insight::dashboard::Dashboard;
use crate::screens::kit::Notice;
use crate::screens::kit::tabs::is_tab_action;
use crate::screens::kit::{Ctx, Moving, Open, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Board {
    fn mode(&self) -> Mode {
        Mode::Dashboard
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(Moving {
            len: self.attention.as_deref().map_or(0, Dashboard::len),
            at: &mut self.selected,
            page: ctx.lines(CHROME),
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        let page = ctx.lines(CHROME);
        let Some(dashboard) = &self.attention else {
            return;
        };
        self.scroll = keep_visible(dashboard, self.selected, self.scroll, page);
        // At the last item, show the (empty) sections after it too.
        if self.selected + 1 >= dashboard.len() {
            let end = line_count(dashboard).saturating_sub(page);
            self.scroll = self.scroll.max(end);
        }
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::DetailOpen => {
                let item = self.attention.as_ref().and_then(|d| d.item(self.selected));
                match item {
                    Some(item) => Outcome::Open(Open::Detail(item.kind, item.id)),
                    None => Outcome::error(Notice::NothingSelected),
                }
            }
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
