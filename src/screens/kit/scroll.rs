//! Screens that are read, not chosen from: help, a record's history, a
//! timeline. Their cursor is the first line shown.

use super::{Ctx, LIST_CHROME, Moving};

/// The first line shown of `lines` lines, as a cursor: the last position
/// still fills the box (the list's chrome less the box's two borders).
pub fn scrolling<'a>(scroll: &'a mut usize, lines: usize, ctx: &Ctx) -> Moving<'a> {
    let page = ctx.lines(LIST_CHROME);
    let bottom = lines.saturating_sub(page.saturating_sub(2));
    Moving {
        at: scroll,
        len: bottom + 1,
        page,
    }
}
