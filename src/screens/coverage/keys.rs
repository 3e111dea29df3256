//! Keys on the coverage map: move over cells, switch the rows between
//! regions and facilities, open a cell's NGOs and facilities (and one of
//! them), write the map as CSV.

use super::{Axis, CellList, CoverageView, row_name, visible_rows};
use crate::catalog;
use crate::domain::Service;
use crate::domain::choice::ChoiceSet;
use crate::effect::Effect;
use crate::screens::kit::Notice;
use crate::screens::kit::{Ctx, Moving, Open, Outcome, Screen};
use crate::vocab::{Action, Mode};

impl Screen for CoverageView {
    fn mode(&self) -> Mode {
        Mode::Coverage
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let page = visible_rows(ctx.height);
        let rows = self.row_count();
        Some(match &mut self.open {
            Some(open) => Moving {
                len: open.items.len(),
                at: &mut open.selected,
                page,
            },
            None => Moving {
                len: rows,
                at: &mut self.row,
                page,
            },
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        self.follow(visible_rows(ctx.height));
    }

    fn on_back(&mut self, _ctx: &Ctx) -> Outcome {
        match self.open.take() {
            Some(_) => Outcome::Done,
            None => Outcome::Close,
        }
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        if let Some(open) = &self.open {
            return match (action, open.items.get(open.selected)) {
                (Action::DetailOpen, Some(&(kind, id))) => Outcome::Open(Open::Detail(kind, id)),
                _ => Outcome::Done,
            };
        }
        let last_col = Service::ALL.len() - 1;
        match action {
            Action::MoveLeft => self.col = self.col.saturating_sub(1),
            Action::MoveRight => self.col = (self.col + 1).min(last_col),
            Action::CoverageAxis => {
                self.axis = match self.axis {
                    Axis::Regions => Axis::Facilities,
                    Axis::Facilities => Axis::Regions,
                };
                self.row = 0;
                self.scroll = 0;
            }
            Action::DetailOpen => {
                let items = self.items(self.row, self.col);
                if !items.is_empty() {
                    self.open = Some(CellList { items, selected: 0 });
                    return Outcome::Done;
                }
                let place = self
                    .row_at(self.row)
                    .map(|r| row_name(ctx.data, r))
                    .unwrap_or_default();
                let service = Service::ALL[self.col.min(last_col)];
                let label = catalog::choice_label(ChoiceSet::Service, service.index());
                return Outcome::info(Notice::NothingBehind(place, label.to_string()));
            }
            Action::ExportCsv => {
                return Outcome::effect(Effect::ExportCoverage(Box::new((*self.map).clone())));
            }
            _ => {}
        }
        self.follow(visible_rows(ctx.height));
        Outcome::Done
    }

    fn refresh(&mut self, ctx: &Ctx) {
        CoverageView::refresh(self, ctx.data, ctx.today());
    }
}
