//! Keys on the import screen: moves in the columns or the dry run's rows
//! (Tab switches), Enter chooses the selected column's field, a key cycles
//! what happens to duplicates, and the import key hands the mapping to the
//! session to write.

use super::{Import, Pane};
use crate::effect::{Effect, SheetImport};
use crate::screens::kit::{Ctx, Moving, Notice, Open, Outcome, PickFor, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Import {
    fn mode(&self) -> Mode {
        Mode::Import
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let room = self.room(ctx.width, ctx.height);
        Some(match self.pane {
            Pane::Columns => Moving {
                len: self.opened.mapping.columns.len(),
                at: &mut self.selected,
                page: room.columns,
            },
            Pane::Rows => Moving {
                // The last position still fills the list.
                len: self.row_count().saturating_sub(room.rows) + 1,
                at: &mut self.scroll,
                page: room.rows,
            },
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        let room = self.room(ctx.width, ctx.height);
        self.keep_in_sight(room.columns);
    }

    fn on_quit(&mut self) -> Outcome {
        // The import is not written yet: quitting here would drop it unasked.
        Outcome::Done
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        if self.applying {
            return Outcome::Done;
        }
        match action {
            Action::FieldNext => {
                self.pane = match self.pane {
                    Pane::Columns => Pane::Rows,
                    Pane::Rows => Pane::Columns,
                };
                Outcome::Done
            }
            Action::PickerOpen if self.opened.mapping.columns.is_empty() => Outcome::Done,
            Action::PickerOpen => {
                self.pane = Pane::Columns;
                let options = self
                    .targets()
                    .into_iter()
                    .map(crate::catalog::sheet::target)
                    .collect();
                Outcome::Open(Open::Pick {
                    purpose: PickFor::ImportColumn,
                    title: crate::catalog::import::pick_title(),
                    options,
                })
            }
            Action::ChoiceNext => {
                self.cycle_duplicates(ctx.data, ctx.now);
                Outcome::Done
            }
            Action::RecordSave => self.confirm(),
            _ => Outcome::Done,
        }
    }

    fn on_picked(&mut self, purpose: PickFor, index: usize, ctx: &Ctx) -> Outcome {
        if purpose != PickFor::ImportColumn {
            return Outcome::Done;
        }
        if let Some(target) = self.targets().get(index).copied() {
            self.choose(target, ctx.data, ctx.now);
        }
        Outcome::Done
    }
}

impl Import {
    /// Confirming: refused while a required field has no column or when
    /// nothing would be written; else the import, for the session.
    fn confirm(&mut self) -> Outcome {
        let kind = self.kind();
        let missing = self.opened.mapping.missing_required();
        if !missing.is_empty() {
            return Outcome::error(Notice::ImportMissing(kind, missing));
        }
        if !self.plan.writes() {
            return Outcome::info(Notice::NothingToImport);
        }
        self.applying = true;
        Outcome::effect(Effect::ImportSheet(Box::new(SheetImport {
            file: self.opened.file.clone(),
            table: self.opened.table.clone(),
            mapping: self.opened.mapping.clone(),
            duplicates: self.duplicates,
            shown: self.plan.outline(),
            save_mapping: self.opened.mapping.changed(),
        })))
    }
}
