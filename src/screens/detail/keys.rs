//! Keys on a record's detail: the selection walks the record's links and a
//! link opens its record over this one; what acts on the record itself
//! (edit, delete, archive, history, renew, timeline) is the app's, as it
//! is from the list.

use super::{Detail, Rows};
use crate::screens::kit::Notice;
use crate::screens::kit::cursor::follow;
use crate::screens::kit::{Ctx, Moving, Open, Outcome, Screen};
use crate::vocab::{Action, Mode};

/// The lines around a detail's box: tabs, hints, status and its border.
const DETAIL_CHROME: u16 = 5;

impl Detail {
    /// The detail's rows at the terminal's size.
    fn rows_at(&self, ctx: &Ctx) -> Rows {
        let width = ctx.width.saturating_sub(2);
        let height = ctx.height.saturating_sub(DETAIL_CHROME);
        self.rows(ctx.data, width, height)
    }
}

impl Screen for Detail {
    fn mode(&self) -> Mode {
        Mode::Detail
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let rows = self.rows_at(ctx);
        let at = self.row.insert(rows.at);
        Some(Moving {
            len: rows.len(),
            at,
            page: rows.page,
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        // As the lists do: leaving the screen scrolls by half a page, not a
        // line, so a slow link redraws once per half page; and never past
        // the last line.
        let rows = self.rows_at(ctx);
        let line = rows.line_of(rows.at);
        if follow(line, self.scroll, rows.page) != self.scroll {
            self.scroll = line.saturating_sub(rows.page / 2);
        }
        let last = if rows.wide { rows.fields } else { rows.lines() };
        self.scroll = self.scroll.min(last.saturating_sub(rows.page));
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::LinkFollow | Action::DetailOpen => match self.selected_link(&self.rows_at(ctx))
            {
                Some(link) => Outcome::Open(Open::Detail(link.kind, link.id)),
                None => Outcome::error(Notice::NotALink),
            },
            Action::RecordEdit
            | Action::RecordDelete
            | Action::RecordArchive
            | Action::HistoryShow
            | Action::PersonErase
            | Action::RecordRenew
            | Action::TimelineShow => Outcome::OnRecord(action, self.kind, self.id),
            _ => Outcome::Done,
        }
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Detail::refresh(self, ctx.data, ctx.now);
    }
}
