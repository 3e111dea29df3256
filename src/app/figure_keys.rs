//! Keys in the figures view: scroll, step the period by years, type a
//! period, export the report.

use super::figures::{FiguresView, PeriodError, parse_period, this_year, year};
use super::msg::{Effect, ReportFormat};
use super::state::{AppState, Prompt, PromptFor, View};
use crate::catalog::figures as words;
use crate::vocab::Action;
use chrono::Datelike;

/// Rows of chrome around the figures' body: tab bar, hints, status line and
/// the two borders of the box.
const CHROME: u16 = 5;

/// Opens the figures view on this calendar year up to today.
pub fn open(state: &mut AppState) {
    let (from, to) = this_year(state.now.date());
    let view = FiguresView::new(&state.data, from, to);
    state.stack.push(View::Figures(view));
}

/// Handles a key while the figures view is on top.
pub fn on_figures(state: &mut AppState, action: Action) -> Vec<Effect> {
    let today = state.now.date();
    let visible = usize::from(state.height.saturating_sub(CHROME)).max(1);
    let data = &state.data;
    let Some(View::Figures(view)) = state.stack.last_mut() else {
        return Vec::new();
    };
    let bottom = view.rows.len().saturating_sub(visible);
    let (from, to) = (view.figures.from, view.figures.to);
    match action {
        Action::MoveUp => view.scroll = view.scroll.saturating_sub(1),
        Action::MoveDown => view.scroll = (view.scroll + 1).min(bottom),
        Action::PageUp => view.scroll = view.scroll.saturating_sub(visible),
        Action::PageDown => view.scroll = (view.scroll + visible).min(bottom),
        Action::MoveTop => view.scroll = 0,
        Action::MoveBottom => view.scroll = bottom,
        Action::FiguresPrevYear | Action::FiguresNextYear => {
            let step = if action == Action::FiguresPrevYear {
                -1
            } else {
                1
            };
            if let Some((from, to)) = year(from.year() + step, today) {
                view.set_period(data, from, to);
            }
        }
        Action::FiguresThisYear => {
            let (from, to) = this_year(today);
            view.set_period(data, from, to);
        }
        Action::FiguresPeriod => state.stack.push(View::Prompt(Prompt {
            purpose: PromptFor::FiguresPeriod,
            input: super::text_input::TextInput::new(&format!("{from} {to}")),
        })),
        Action::ReportMarkdown | Action::ReportHtml => {
            let format = if action == Action::ReportMarkdown {
                ReportFormat::Markdown
            } else {
                ReportFormat::Html
            };
            return vec![Effect::Report { format, from, to }];
        }
        Action::Back => {
            state.stack.pop();
        }
        Action::HelpToggle => state.stack.push(View::Help { scroll: 0 }),
        Action::Quit => return vec![Effect::Quit],
        _ => {}
    }
    Vec::new()
}

/// Applies a typed period to the figures view under the prompt.
pub fn on_period(state: &mut AppState, typed: &str) {
    match parse_period(typed, state.now.date()) {
        Ok((from, to)) => {
            let data = &state.data;
            if let Some(View::Figures(view)) = state.stack.last_mut() {
                view.set_period(data, from, to);
            }
        }
        Err(PeriodError::Unreadable) => state.error(words::bad_period(typed)),
        Err(PeriodError::Backwards(from, to)) => state.error(words::backwards(from, to)),
    }
}
