//! Keys on a record's detail: the selection walks the record's links and a
//! link opens its record over this one; what acts on the record itself
//! (edit, delete, archive, history, renew, timeline) is the app's, as it
//! is from the list.

use super::Detail;
use crate::screens::kit::Notice;
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Open, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Detail {
    fn mode(&self) -> Mode {
        Mode::Detail
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        Some(Moving {
            len: self.links.len(),
            at: &mut self.selected,
            page: ctx.lines(LIST_CHROME),
        })
    }

    fn on_action(&mut self, action: Action, _ctx: &Ctx) -> Outcome {
        match action {
            Action::LinkFollow | Action::DetailOpen => match self.selected_link() {
                Some(link) => Outcome::Open(Open::Detail(link.kind, link.id)),
                None => Outcome::error(Notice::NotALink),
            },
            Action::RecordEdit
            | Action::RecordDelete
            | Action::RecordArchive
            | Action::HistoryShow
            | Action::RecordRenew
            | Action::TimelineShow => Outcome::OnRecord(action, self.kind, self.id),
            _ => Outcome::Done,
        }
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Detail::refresh(self, ctx.data, ctx.now);
    }
}
