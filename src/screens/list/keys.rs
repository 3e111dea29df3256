//! Keys on the lists, the base of the stack: move, switch tabs, sort, start
//! or clear the filter, show archived records, export, and open what a list
//! opens (a record, a new form, the overviews). What acts on the selected
//! record (edit, delete, archive, history, renew, timeline) is the app's,
//! as it is from a detail.

use super::ListState;
use crate::domain::Kind;
use crate::effect::{Effect, ExportFormat};
use crate::screens::kit::Notice;
use crate::screens::kit::tabs::tab_of;
use crate::screens::kit::{Ctx, LIST_CHROME, Moving, Open, Outcome, PickFor, PromptFor, Screen};
use crate::vocab::{Action, Mode};
use std::collections::HashMap;

/// The lists as their keys see them, borrowed from the app's state, which
/// keeps them because every part of it reads the tab and its list.
#[derive(Debug)]
pub struct Lists<'a> {
    /// The tab shown.
    pub tab: &'a mut Kind,
    /// One list per tab.
    pub lists: &'a mut HashMap<Kind, ListState>,
    /// Whether archived records are listed.
    pub show_archived: &'a mut bool,
}

impl Lists<'_> {
    /// The list of the tab shown.
    fn list(&mut self) -> &mut ListState {
        self.lists.entry(*self.tab).or_default()
    }

    /// Recomputes the rows of `kind`'s list, keeping the selection in sight.
    fn refresh(&mut self, kind: Kind, ctx: &Ctx) {
        let list = self.lists.entry(kind).or_default();
        list.refresh(ctx.data, kind, *self.show_archived);
        list.clamp(ctx.lines(LIST_CHROME));
    }

    /// An export of the list as it is shown: its rows, in its order.
    fn export(&mut self, kind: Kind, format: ExportFormat) -> Outcome {
        let ids = self.list().rows.clone();
        Outcome::effect(Effect::Export { kind, format, ids })
    }
}

/// Switches `tab` as a tab key says; false when `action` is not one.
pub fn switch_tab(tab: &mut Kind, action: Action) -> bool {
    let position = Kind::ALL.iter().position(|k| k == tab).unwrap_or(0);
    let count = Kind::ALL.len();
    *tab = match action {
        Action::TabNext => Kind::ALL[(position + 1) % count],
        Action::TabPrev => Kind::ALL[(position + count - 1) % count],
        _ => match tab_of(action) {
            Some(kind) => kind,
            None => return false,
        },
    };
    true
}

impl Screen for Lists<'_> {
    fn mode(&self) -> Mode {
        Mode::Normal
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let list = self.list();
        Some(Moving {
            len: list.rows.len(),
            at: &mut list.selected,
            page: ctx.lines(LIST_CHROME),
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        let page = ctx.lines(LIST_CHROME);
        self.list().clamp(page);
    }

    fn on_back(&mut self, _ctx: &Ctx) -> Outcome {
        // Nothing is under the lists.
        Outcome::Done
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let kind = *self.tab;
        if switch_tab(self.tab, action) {
            return Outcome::Done;
        }
        match action {
            Action::RecordEdit
            | Action::RecordDelete
            | Action::RecordArchive
            | Action::HistoryShow
            | Action::PersonErase
            | Action::RecordRenew
            | Action::TimelineShow => match self.list().selected_id() {
                Some(id) => Outcome::OnRecord(action, kind, id),
                None => Outcome::error(Notice::NothingSelected),
            },
            Action::SortNext | Action::SortReverse => {
                let cols = kind.columns();
                let list = self.list();
                if action == Action::SortNext {
                    // Only through the columns shown: a sort by a column
                    // the terminal has no room for would look random.
                    let shown: Vec<usize> = super::fit_columns(cols, ctx.width)
                        .into_iter()
                        .map(|(i, _)| i)
                        .collect();
                    list.sort = shown
                        .iter()
                        .copied()
                        .find(|i| *i > list.sort)
                        .or_else(|| shown.first().copied())
                        .unwrap_or(0);
                    list.descending = false;
                } else {
                    list.descending = !list.descending;
                }
                let (column, descending) = (cols[list.sort].field, list.descending);
                let show_archived = *self.show_archived;
                self.list().refresh(ctx.data, kind, show_archived);
                Outcome::info(Notice::Sorted(column, descending))
            }
            Action::FilterStart => Outcome::Open(Open::Filter),
            Action::FilterCancel => {
                self.list().filter = Default::default();
                self.refresh(kind, ctx);
                Outcome::Done
            }
            Action::DetailOpen => match self.list().selected_id() {
                Some(id) => Outcome::Open(Open::Detail(kind, id)),
                None => Outcome::error(Notice::NothingSelected),
            },
            Action::RecordNew => Outcome::Open(Open::New(kind)),
            Action::ArchivedToggle => {
                *self.show_archived = !*self.show_archived;
                for kind in Kind::ALL {
                    self.refresh(kind, ctx);
                }
                Outcome::info(Notice::ArchivedShown(*self.show_archived))
            }
            Action::ExportIcs if kind != Kind::Meeting => Outcome::error(Notice::IcsIsForMeetings),
            Action::ExportIcs => self.export(kind, ExportFormat::Ics),
            Action::ExportCsv => self.export(kind, ExportFormat::Csv),
            Action::ExportAs => Outcome::Open(Open::Pick {
                purpose: PickFor::ExportFormat,
                title: crate::catalog::export_format_title(),
                options: super::EXPORT_FORMATS
                    .iter()
                    .map(|format| crate::catalog::export_format(format.extension()).to_string())
                    .collect(),
            }),
            Action::ImportIcs => Outcome::Open(Open::Prompt(PromptFor::ImportIcs, String::new())),
            Action::ImportFile => {
                Outcome::Open(Open::Prompt(PromptFor::ImportFile(kind), String::new()))
            }
            Action::CalendarOpen => Outcome::Open(Open::Calendar),
            Action::CoverageShow => Outcome::Open(Open::Coverage),
            Action::DashboardShow => Outcome::Open(Open::Dashboard),
            Action::FiguresShow => Outcome::Open(Open::Figures),
            _ => Outcome::Done,
        }
    }

    fn on_picked(&mut self, purpose: PickFor, index: usize, _ctx: &Ctx) -> Outcome {
        match (purpose, super::EXPORT_FORMATS.get(index)) {
            (PickFor::ExportFormat, Some(format)) => self.export(*self.tab, *format),
            _ => Outcome::Done,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_names_an_action_that_shows_its_tab() {
        for kind in Kind::ALL {
            let action = Action::from_name(kind.tab_action());
            let action = action.unwrap_or_else(|| panic!("{kind:?}: no action"));
            let mut tab = Kind::ALL[(kind as usize) % Kind::ALL.len()];
            assert!(switch_tab(&mut tab, action));
            assert_eq!(tab, kind);
        }
    }

    #[test]
    fn next_and_previous_go_round() {
        let (first, last) = (Kind::ALL[0], Kind::ALL[Kind::ALL.len() - 1]);
        let mut tab = first;
        assert!(switch_tab(&mut tab, Action::TabPrev));
        assert_eq!(tab, last);
        assert!(switch_tab(&mut tab, Action::TabNext));
        assert_eq!(tab, first);
        assert!(!switch_tab(&mut tab, Action::Quit));
        assert_eq!(tab, first);
    }
}
