//! Drawing the app state with ratatui onto any backend. Reads state, never
//! changes it. Every text from data passes through [`text::fit`] (sanitised and
//! truncated) before it reaches a cell.

pub use crate::screens::kit::{text, theme};

use crate::app::state::{AppState, Level, PromptFor, View};
use crate::catalog::{self, phrase};
use crate::domain::Kind;
use crate::keymap::Keymap;
use crate::vocab::Action;
use crate::vocab::Mode;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs};
use text::fit;
use theme::Theme;

/// How many lines the help screen has with this keymap.
pub fn help_lines_count(keymap: &Keymap) -> usize {
    help_lines(keymap).len()
}

/// The help text: each mode's bindings, keys of one action together.
pub fn help_lines(keymap: &Keymap) -> Vec<(bool, String)> {
    let mut lines = Vec::new();
    for mode in Mode::ALL {
        lines.push((true, catalog::mode_title(*mode).to_string()));
        let mut seen = Vec::new();
        let answered = crate::screens::keys(*mode);
        for (_, action) in keymap.bindings(*mode) {
            if seen.contains(&action) || !answered.answers(action) {
                continue;
            }
            seen.push(action);
            let keys: Vec<String> = keymap
                .keys_for(*mode, action)
                .iter()
                .map(|key| catalog::key_label(&key.to_string()))
                .collect();
            lines.push((
                false,
                format!("  {:<18} {}", keys.join(", "), catalog::help(*mode, action)),
            ));
        }
    }
    lines
}

/// Smallest usable terminal.
const MIN_WIDTH: u16 = 40;
const MIN_HEIGHT: u16 = 10;

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &AppState, keymap: &Keymap, theme: &Theme) {
    let area = frame.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        frame.render_widget(
            Paragraph::new(fit(phrase::too_small(), usize::from(area.width))),
            area,
        );
        return;
    }
    let [tabs, body, hints, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_tabs(frame, tabs, state, theme);
    // The lowest full-screen view decides the body; popups draw over it.
    let base = state.stack.iter().rev().find(|v| {
        matches!(
            v,
            View::Detail(_)
                | View::Form(_)
                | View::Help(_)
                | View::History(_)
                | View::Calendar(_)
                | View::Timeline(_)
                | View::Coverage(_)
                | View::Dashboard(_)
                | View::Figures(_)
                | View::Import(_)
                | View::Erase(_)
        )
    });
    match base {
        Some(View::Detail(detail)) => frame.render_widget(
            crate::screens::detail::view::DetailWidget {
                detail,
                data: &state.data,
                theme,
            },
            body,
        ),
        Some(View::Form(form)) => {
            let widget = crate::screens::form::view::FormWidget {
                form,
                data: &state.data,
                theme,
            };
            if let Some(at) = widget.cursor(body) {
                frame.set_cursor_position(at);
            }
            frame.render_widget(widget, body);
        }
        Some(View::Help(help)) => frame.render_widget(
            crate::screens::help::view::HelpWidget {
                help: *help,
                lines: &help_lines(keymap),
                theme,
            },
            body,
        ),
        Some(View::History(history)) => frame.render_widget(
            crate::screens::history::view::HistoryWidget {
                history,
                data: &state.data,
                theme,
            },
            body,
        ),
        Some(View::Timeline(timeline)) => frame.render_widget(
            crate::screens::timeline::view::TimelineWidget {
                timeline,
                data: &state.data,
                today: state.now.date(),
                theme,
            },
            body,
        ),
        Some(View::Coverage(c)) => frame.render_widget(
            crate::screens::coverage::view::CoverageWidget {
                view: c,
                ctx: &state.ctx(),
                theme,
            },
            body,
        ),
        Some(View::Dashboard(b)) => frame.render_widget(
            crate::screens::dashboard::view::BoardWidget {
                board: b,
                data: &state.data,
                today: state.now.date(),
                theme,
            },
            body,
        ),
        Some(View::Calendar(c)) => frame.render_widget(
            crate::screens::calendar::view::CalendarWidget {
                calendar: c,
                data: &state.data,
                today: state.now.date(),
                theme,
            },
            body,
        ),
        Some(View::Import(import)) => frame.render_widget(
            crate::screens::import::view::ImportWidget {
                import,
                theme,
                size: (state.width, state.height),
            },
            body,
        ),
        Some(View::Erase(erase)) => frame.render_widget(
            crate::screens::erase::view::EraseWidget { erase, theme },
            body,
        ),
        Some(View::Figures(f)) => frame.render_widget(
            crate::screens::figures::view::FiguresWidget {
                view: f,
                loading: state.loading,
                theme,
            },
            body,
        ),
        _ => frame.render_widget(
            crate::screens::list::view::ListWidget {
                kind: state.tab,
                list: state.list(),
                data: &state.data,
                loading: state.loading,
                theme,
            },
            body,
        ),
    }
    match state.stack.last() {
        Some(View::Picker(picker)) => {
            let widget = crate::screens::picker::view::PickerWidget {
                picker,
                keymap,
                theme,
            };
            frame.set_cursor_position(widget.cursor(body));
            frame.render_widget(widget, body);
        }
        Some(View::Confirm(confirm)) => frame.render_widget(
            crate::screens::confirm::view::ConfirmWidget {
                confirm,
                keymap,
                theme,
            },
            body,
        ),
        Some(View::Merge(m)) => frame.render_widget(
            crate::screens::merge::view::MergeView {
                merge: m,
                data: &state.data,
                theme,
            },
            body,
        ),
        _ => {}
    }
    draw_hints(frame, hints, state, keymap, theme);
    draw_status(frame, status, state, theme);
}

fn draw_tabs(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let titles = Kind::ALL.iter().map(|k| Line::from(catalog::tab_title(*k)));
    let selected = Kind::ALL.iter().position(|k| *k == state.tab);
    // Every title with a space on each side and a divider between them;
    // where that does not fit (English at 80 columns), one space before.
    let words: usize = Kind::ALL
        .iter()
        .map(|k| text::width(catalog::tab_title(*k)))
        .sum();
    let full = words + 3 * Kind::ALL.len() - 1;
    let after = if full > usize::from(area.width) {
        ""
    } else {
        " "
    };
    let tabs = Tabs::new(titles)
        .select(selected)
        .highlight_style(theme.active_tab())
        .divider("│")
        .padding(" ", after);
    frame.render_widget(tabs, area);
}

/// "key label" pairs for the actions that matter most in a mode, from the
/// keymap, fitted to `width`: the full labels where they fit, else the
/// catalog's short ones, and then as many whole pairs as fit, most used
/// first. A label is never cut.
fn hint_line<'a>(
    keymap: &Keymap,
    mode: Mode,
    actions: &[Action],
    theme: &Theme,
    width: usize,
) -> Line<'a> {
    let labels = (catalog::hint as Label, catalog::hint_short as Label);
    worded_hint_line(keymap, mode, actions, labels, theme, width)
}

/// An action's label in the hint bar of a mode.
type Label = fn(Mode, Action) -> &'static str;

/// [`hint_line`] with the labels given: full, and short.
fn worded_hint_line<'a>(
    keymap: &Keymap,
    mode: Mode,
    actions: &[Action],
    (full, brief): (Label, Label),
    theme: &Theme,
    width: usize,
) -> Line<'a> {
    let pairs: Vec<(String, Action)> = actions
        .iter()
        .filter_map(|action| {
            let key = keymap.first_key(mode, *action)?;
            Some((catalog::key_label(&key), *action))
        })
        .collect();
    let words = |label: Label| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(key, action)| (key.clone(), format!(" {}  ", label(mode, *action))))
            .collect()
    };
    let wide = |hints: &[(String, String)]| -> usize {
        hints
            .iter()
            .map(|(key, label)| text::width(key) + text::width(label))
            .sum::<usize>()
    };
    let mut hints = words(full);
    let shorts = words(brief);
    // The trailing gap of the last pair may fall off the edge. The label
    // whose short form saves most is shortened first.
    while wide(&hints) > width + 2 {
        let saving = |i: usize| text::width(&hints[i].1).saturating_sub(text::width(&shorts[i].1));
        match (0..hints.len())
            .filter(|i| saving(*i) > 0)
            .max_by_key(|i| saving(*i))
        {
            Some(i) => hints[i].1 = shorts[i].1.clone(),
            None => break,
        }
    }
    while wide(&hints) > width + 2 {
        hints.pop();
    }
    let mut spans = Vec::new();
    for (key, label) in hints {
        spans.push(Span::styled(key, theme.key()));
        spans.push(Span::raw(label));
    }
    Line::from(spans)
}

fn draw_hints(frame: &mut Frame, area: Rect, state: &AppState, keymap: &Keymap, theme: &Theme) {
    let mode = state.mode();
    let list = state.list();
    let line = match mode {
        Mode::Filter => {
            let (prefix, input) = match state.stack.last() {
                Some(View::Prompt(prompt)) => (prompt_label(prompt.purpose), &prompt.input),
                _ => (phrase::filter(), &list.filter),
            };
            let spans = vec![
                Span::styled(prefix, theme.header()),
                Span::raw(fit(
                    &input.text,
                    usize::from(area.width).saturating_sub(text::width(prefix) + 1),
                )),
            ];
            let typed = &input.text[..byte_index(&input.text, input.cursor)];
            let cursor_x = area.x + (text::width(prefix) + text::width(typed)) as u16;
            frame.set_cursor_position((cursor_x.min(area.right().saturating_sub(1)), area.y));
            Line::from(spans)
        }
        Mode::Normal if !list.filter.text.is_empty() => {
            let count = format!("  ({}/{})", list.rows.len(), state.data.count(state.tab));
            Line::from(vec![
                Span::styled(phrase::filter(), theme.header()),
                Span::raw(fit(&list.filter.text, usize::from(area.width) / 2)),
                Span::raw(count),
            ])
        }
        // On long text, Enter makes a new line: the hint bar says so first.
        _ => match state.stack.last() {
            Some(View::Form(form)) if form.in_long_text() => worded_hint_line(
                keymap,
                mode,
                form.hints(),
                (catalog::hint_long_text, catalog::hint_long_text_short),
                theme,
                usize::from(area.width),
            ),
            Some(View::Detail(detail)) => {
                hint_line(keymap, mode, detail.hints(), theme, usize::from(area.width))
            }
            _ => hint_line(
                keymap,
                mode,
                crate::screens::keys(mode).hints,
                theme,
                usize::from(area.width),
            ),
        },
    };
    frame.render_widget(Paragraph::new(line), area);
}

/// The words before a prompt's text.
fn prompt_label(purpose: PromptFor) -> &'static str {
    match purpose {
        PromptFor::GotoDate => catalog::calendar::goto(),
        PromptFor::MoveOccurrence(..) => catalog::calendar::move_to(),
        PromptFor::ImportIcs => catalog::calendar::import_from(),
        PromptFor::FiguresPeriod => catalog::figures::period_prompt(),
        PromptFor::ImportFile(_) => catalog::import::prompt(),
        PromptFor::EraseSurname(_) => catalog::erase::prompt(),
        PromptFor::StepDay(_) => catalog::request::prompt_day(),
        PromptFor::StepChecklist(_) => catalog::request::prompt_checklist(),
        PromptFor::StepWhyIncomplete(_) => catalog::request::prompt_why_incomplete(),
        PromptFor::StepSkip(_) => catalog::request::prompt_skip(),
        PromptFor::StepReopen(_) => catalog::request::prompt_reopen(),
    }
}

/// Byte index of the `chars`-th character (for cursor placement).
fn byte_index(text: &str, chars: usize) -> usize {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i)
}

fn draw_status(frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
    let style = match state.status.level {
        Level::Error => theme.error(),
        Level::Info => theme.label(),
    };
    let text = state.status.text();
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&text, usize::from(area.width)), style)),
        area,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vocab::Lang;

    /// At any width, in either language, the hint bar holds whole pairs
    /// of key and label (full or short), only its last gap past the edge.
    #[test]
    fn the_hint_bar_fits_whole_labels_or_short_ones() {
        let keymap = Keymap::builtin("default").expect("the default keymap");
        let theme = Theme { color: false };
        for lang in Lang::ALL {
            catalog::speaking(lang, || {
                for mode in Mode::ALL {
                    let actions = crate::screens::keys(*mode).hints;
                    for width in [40, 60, 80, 120] {
                        let line = hint_line(&keymap, *mode, actions, &theme, width);
                        assert!(line.width() <= width + 2, "{mode:?} at {width}: {line}");
                        for label in line.spans.iter().skip(1).step_by(2) {
                            let label = label.content.trim();
                            let whole = actions.iter().any(|a| {
                                label == catalog::hint(*mode, *a)
                                    || label == catalog::hint_short(*mode, *a)
                            });
                            assert!(whole, "{mode:?} at {width}: {label:?} is cut");
                        }
                    }
                }
            });
        }
    }
}
