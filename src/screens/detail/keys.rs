//! Keys on a record's detail: the selection walks the record's links and a
//! link opens its record over this one; what acts on the record itself
//! (edit, delete, archive, history, renew, timeline) is the app's, as it
//! is from the list.

use super::{Detail, Rows, StepDraft};
use crate::domain::field::parse_date;
use crate::domain::request::{Pass, StepDo, StepRefused, next_step};
use crate::domain::{Kind, Problem, Record};
use crate::effect::Effect;
use crate::screens::kit::Notice;
use crate::screens::kit::cursor::follow;
use crate::screens::kit::{Ctx, Moving, Open, Outcome, PromptFor, Screen};
use crate::vocab::{Action, Mode};

/// The lines around a detail's box: tabs, hints, status and its border.
const DETAIL_CHROME: u16 = 5;

impl Detail {
    /// The detail's rows at the terminal's size.
    fn rows_at(&self, ctx: &Ctx) -> Rows {
        let width = ctx.width.saturating_sub(2);
        let height = ctx.height.saturating_sub(DETAIL_CHROME);
        self.rows(ctx.data, width, height)
    }
}

impl Detail {
    /// The keys of the checklist of the request's next step; None when
    /// this is not a request or every step is passed.
    fn next_checklist(&self, ctx: &Ctx) -> Option<Vec<String>> {
        let Some(Record::Request(r)) = ctx.data.get(Kind::Request, self.id) else {
            return None;
        };
        let list = ctx.data.steps_of(r);
        let def = list.steps.get(next_step(r, &list)?)?;
        Some(def.checklist.iter().map(|i| i.key.clone()).collect())
    }

    /// A request's keys: its steps, and the records made from it.
    fn on_request(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        if self.kind != Kind::Request {
            return Outcome::error(Notice::StepRefused(StepRefused::NotARequest));
        }
        let id = self.id;
        self.draft = None;
        let prompt = |purpose, text| Outcome::Open(Open::Prompt(purpose, text));
        match action {
            Action::RequestStepDone => match self.next_checklist(ctx) {
                Some(_) => prompt(PromptFor::StepDay(id), crate::catalog::date(ctx.today())),
                None => Outcome::error(Notice::StepRefused(StepRefused::AllDone)),
            },
            Action::RequestStepSkip => match self.next_checklist(ctx) {
                Some(_) => prompt(PromptFor::StepSkip(id), String::new()),
                None => Outcome::error(Notice::StepRefused(StepRefused::AllDone)),
            },
            Action::RequestStepReopen => prompt(PromptFor::StepReopen(id), String::new()),
            Action::RequestNewMeeting => Outcome::Open(Open::NewFromRequest(Kind::Meeting, id)),
            Action::RequestNewAgreement => Outcome::Open(Open::NewFromRequest(Kind::Agreement, id)),
            _ => Outcome::Open(Open::NewFromRequest(Kind::Assignment, id)),
        }
    }
}

impl Screen for Detail {
    fn mode(&self) -> Mode {
        Mode::Detail
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        let rows = self.rows_at(ctx);
        let at = self.row.insert(rows.at);
        Some(Moving {
            len: rows.len(),
            at,
            page: rows.page,
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        // As the lists do: leaving the screen scrolls by half a page, not a
        // line, so a slow link redraws once per half page; and never past
        // the last line.
        let rows = self.rows_at(ctx);
        let line = rows.line_of(rows.at);
        if follow(line, self.scroll, rows.page) != self.scroll {
            self.scroll = line.saturating_sub(rows.page / 2);
        }
        let last = if rows.wide { rows.fields } else { rows.lines() };
        self.scroll = self.scroll.min(last.saturating_sub(rows.page));
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        match action {
            Action::LinkFollow | Action::DetailOpen => match self.selected_link(&self.rows_at(ctx))
            {
                Some(link) => Outcome::Open(Open::Detail(link.kind, link.id)),
                None => Outcome::error(Notice::NotALink),
            },
            Action::RecordEdit
            | Action::RecordDelete
            | Action::RecordArchive
            | Action::HistoryShow
            | Action::PersonErase
            | Action::RecordRenew
            | Action::TimelineShow => Outcome::OnRecord(action, self.kind, self.id),
            Action::RequestStepDone
            | Action::RequestStepSkip
            | Action::RequestStepReopen
            | Action::RequestNewMeeting
            | Action::RequestNewAgreement
            | Action::RequestNewAssignment => self.on_request(action, ctx),
            _ => Outcome::Done,
        }
    }

    fn on_typed(&mut self, purpose: PromptFor, typed: &str, ctx: &Ctx) -> Outcome {
        let id = self.id;
        let step = |step| Outcome::effect(Effect::RequestStep(id, step));
        let today = ctx.today();
        match purpose {
            PromptFor::StepDay(_) => {
                let Some(on) = parse_date(typed) else {
                    return Outcome::error(Notice::Invalid(Problem::NotADate(typed.into())));
                };
                let Some(items) = self.next_checklist(ctx) else {
                    return Outcome::error(Notice::StepRefused(StepRefused::AllDone));
                };
                if items.is_empty() {
                    return step(StepDo::Pass(
                        on,
                        Pass::Done {
                            ticked: Vec::new(),
                            note: String::new(),
                        },
                    ));
                }
                self.draft = Some(StepDraft {
                    on,
                    ticked: Vec::new(),
                });
                let all: Vec<String> = (1..=items.len()).map(|n| n.to_string()).collect();
                Outcome::Open(Open::Prompt(PromptFor::StepChecklist(id), all.join(" ")))
            }
            PromptFor::StepChecklist(_) => {
                let (Some(draft), Some(items)) = (self.draft.clone(), self.next_checklist(ctx))
                else {
                    return Outcome::Done;
                };
                let mut ticked = Vec::new();
                for word in typed.split(|c: char| c == ',' || c.is_whitespace()) {
                    if word.is_empty() {
                        continue;
                    }
                    match word
                        .parse::<usize>()
                        .ok()
                        .and_then(|n| items.get(n.checked_sub(1)?))
                    {
                        Some(key) => ticked.push(key.clone()),
                        None => {
                            self.draft = None;
                            let why = StepRefused::NoSuchItem(word.to_string());
                            return Outcome::error(Notice::StepRefused(why));
                        }
                    }
                }
                if items.iter().all(|i| ticked.contains(i)) {
                    self.draft = None;
                    return step(StepDo::Pass(
                        draft.on,
                        Pass::Done {
                            ticked,
                            note: String::new(),
                        },
                    ));
                }
                self.draft = Some(StepDraft { ticked, ..draft });
                Outcome::Open(Open::Prompt(
                    PromptFor::StepWhyIncomplete(id),
                    String::new(),
                ))
            }
            PromptFor::StepWhyIncomplete(_) => match self.draft.take() {
                Some(draft) => step(StepDo::Pass(
                    draft.on,
                    Pass::Done {
                        ticked: draft.ticked,
                        note: typed.to_string(),
                    },
                )),
                None => Outcome::Done,
            },
            PromptFor::StepSkip(_) => step(StepDo::Pass(today, Pass::Skipped(typed.to_string()))),
            PromptFor::StepReopen(_) => step(StepDo::Reopen(today, typed.to_string())),
            _ => Outcome::Done,
        }
    }

    fn refresh(&mut self, ctx: &Ctx) {
        Detail::refresh(self, ctx.data, ctx.now);
    }
}
