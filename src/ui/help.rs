//! The help screen (generated from the keymap actually loaded) and a record's
//! history.

use super::text::fit;
use super::theme::Theme;
use crate::app::state::{AppState, History};
use crate::catalog::{self, phrase};
use crate::keymap::Keymap;
use crate::vocab::Mode;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// The help text: each mode's bindings, keys of one action together.
pub fn help_lines(keymap: &Keymap) -> Vec<(bool, String)> {
    let mut lines = Vec::new();
    for mode in Mode::ALL {
        lines.push((true, catalog::mode_title(*mode).to_string()));
        let mut seen = Vec::new();
        for (_, action) in keymap.bindings(*mode) {
            if seen.contains(&action) {
                continue;
            }
            seen.push(action);
            let keys: Vec<String> = keymap
                .keys_for(*mode, action)
                .iter()
                .map(ToString::to_string)
                .collect();
            lines.push((
                false,
                format!("  {:<18} {}", keys.join(", "), catalog::action_help(action)),
            ));
        }
    }
    lines
}

/// Draws the help screen.
pub fn draw_help(frame: &mut Frame, area: Rect, keymap: &Keymap, scroll: usize, theme: &Theme) {
    let block = Block::bordered()
        .border_style(theme.border())
        .title(format!(" {} ", phrase::HELP_TITLE));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let lines: Vec<Line> = help_lines(keymap)
        .into_iter()
        .skip(scroll)
        .take(usize::from(inner.height))
        .map(|(heading, text)| {
            let style = if heading {
                theme.header()
            } else {
                Default::default()
            };
            Line::from(Span::styled(fit(&text, width), style))
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Draws a record's history, newest first.
pub fn draw_history(
    frame: &mut Frame,
    area: Rect,
    state: &AppState,
    history: &History,
    theme: &Theme,
) {
    let title = format!(
        " {}: {} ",
        phrase::HISTORY_TITLE,
        state.data.name(history.kind, history.id)
    );
    let block = Block::bordered()
        .border_style(theme.border())
        .title(fit(&title, usize::from(area.width.saturating_sub(4))));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    if history.entries.is_empty() {
        lines.push(Line::from(phrase::NO_HISTORY));
    }
    for entry in &history.entries {
        let change = catalog::change(entry.change);
        let when = entry
            .at
            .with_timezone(&crate::domain::prague::ZONE)
            .format("%Y-%m-%d %H:%M");
        lines.push(Line::from(Span::styled(
            fit(&format!("{when}  {}  {change}", entry.who), width),
            theme.header(),
        )));
        for field in &entry.fields {
            let label = catalog::field_label(&field.field);
            let text = format!("  {label}: {} → {}", field.before, field.after);
            lines.push(Line::from(fit(&text, width)));
        }
    }
    let lines: Vec<Line> = lines
        .into_iter()
        .skip(history.scroll)
        .take(usize::from(inner.height))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
