//! Placing and drawing the boxes screens draw in.

use super::text::fit;
use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Widget};

/// A centred rectangle of at most `width` x `height` inside `area`.
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

/// Draws a bordered box titled `title` (cut to fit the top border) over
/// `area`, and gives the area inside it.
pub fn titled_box(title: &str, area: Rect, buf: &mut Buffer, theme: &Theme) -> Rect {
    let block = Block::bordered()
        .border_style(theme.border())
        .title(fit(title, usize::from(area.width.saturating_sub(4))));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}
