//! Keys in the figures view: step the period by years, type a period,
//! write the report. Scrolling, back, help and quit are the app's.

use super::{FiguresView, PeriodError, parse_period, this_year, year};
use crate::catalog::figures as words;
use crate::effect::{Effect, ReportFormat};
use crate::screens::kit::Notice;
use crate::screens::kit::{Ctx, Moving, Open, Outcome, PromptFor, Screen};
use crate::vocab::{Action, Mode};
use chrono::Datelike;

/// Rows of chrome around the figures' body: tab bar, hints, status line and
/// the two borders of the box.
const CHROME: u16 = 5;

impl Screen for FiguresView {
    fn mode(&self) -> Mode {
        Mode::Figures
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let page = ctx.lines(CHROME);
        Some(Moving {
            len: self.rows.len().saturating_sub(page) + 1,
            at: &mut self.scroll,
            page,
        })
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let (from, to) = (self.figures.from, self.figures.to);
        match action {
            Action::FiguresPrevYear | Action::FiguresNextYear => {
                let step = if action == Action::FiguresPrevYear {
                    -1
                } else {
                    1
                };
                if let Some((from, to)) = year(from.year() + step, ctx.today()) {
                    self.set_period(ctx.data, from, to);
                }
                Outcome::Done
            }
            Action::FiguresThisYear => {
                let (from, to) = this_year(ctx.today());
                self.set_period(ctx.data, from, to);
                Outcome::Done
            }
            Action::FiguresPeriod => Outcome::Open(Open::Prompt(
                PromptFor::FiguresPeriod,
                words::typed_period(from, to),
            )),
            Action::ReportMarkdown | Action::ReportHtml => {
                let format = if action == Action::ReportMarkdown {
                    ReportFormat::Markdown
                } else {
                    ReportFormat::Html
                };
                Outcome::effect(Effect::Report { format, from, to })
            }
            _ => Outcome::Done,
        }
    }

    fn on_typed(&mut self, purpose: PromptFor, typed: &str, ctx: &Ctx) -> Outcome {
        if purpose != PromptFor::FiguresPeriod {
            return Outcome::Done;
        }
        match parse_period(typed, ctx.today()) {
            Ok((from, to)) => {
                self.set_period(ctx.data, from, to);
                Outcome::Done
            }
            Err(PeriodError::Unreadable) => Outcome::error(Notice::BadPeriod(typed.to_string())),
            Err(PeriodError::Backwards(from, to)) => Outcome::error(Notice::Backwards(from, to)),
        }
    }

    fn refresh(&mut self, ctx: &Ctx) {
        FiguresView::refresh(self, ctx.data);
    }
}
