//! One record with the records it is linked to, both ways: what it refers to
//! (its NGO, its facility…) and what refers to it (assignments, meetings,
//! agreements…), so a user can walk along the links.

mod keys;
pub mod view;

use crate::domain::{FieldValue, Id, Kind, Record};
use crate::model::Data;
use crate::screens::kit::Keys;
use crate::vocab::Action;
use chrono::NaiveDateTime;

/// How a linked record is related.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// Through one of this record's fields (field id).
    Field(&'static str),
    /// It refers to this record.
    Referrer,
    /// A record linked through one of this record's referrers (an NGO's people's assignments).
    Indirect,
}

/// One linked record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Link {
    /// Its kind.
    pub kind: Kind,
    /// Its id.
    pub id: Id,
    /// How it is related.
    pub via: Via,
}

/// A record's detail view.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    /// Kind of the record.
    pub kind: Kind,
    /// Its id.
    pub id: Id,
    /// Linked records, in display order.
    pub links: Vec<Link>,
    /// The cursor over the detail's rows: its field lines, then its links
    /// ([`Rows`]). None until the detail is first laid out: it then starts
    /// on the first link when every field shows above it, else on the
    /// first field line.
    pub row: Option<usize>,
    /// The first line shown, kept so the cursor stays in sight.
    pub scroll: usize,
    /// The record with its long text, read from the store when the data
    /// holds it without (see [`Data::lacks_long_text`]); None until then.
    pub full: Option<Box<Record>>,
    /// A cooperation request's step being taken through its prompts: the
    /// day it was done, then the checklist items done (their keys).
    pub draft: Option<StepDraft>,
}

/// What the prompts of a request's step have gathered so far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepDraft {
    /// The day the step was done.
    pub on: chrono::NaiveDate,
    /// The keys of the checklist items done.
    pub ticked: Vec<String>,
}

impl Detail {
    /// The detail of a record, with its links computed from the data.
    pub fn new(data: &Data, kind: Kind, id: Id, now: NaiveDateTime) -> Detail {
        let mut detail = Detail {
            kind,
            id,
            links: Vec::new(),
            row: None,
            scroll: 0,
            full: None,
            draft: None,
        };
        detail.refresh(data, now);
        detail
    }

    /// Recomputes links after data changed; the full record is read again
    /// if the data now holds a newer version.
    pub fn refresh(&mut self, data: &Data, now: NaiveDateTime) {
        let newer = |full: &Record| {
            data.get(self.kind, self.id)
                .is_some_and(|r| r.meta().version > full.meta().version)
        };
        if self.full.as_deref().is_some_and(newer) {
            self.full = None;
        }
        self.links = links(data, self.kind, self.id, now);
    }

    /// Whether the record must be read from the store to be shown whole.
    pub fn needs_full(&self, data: &Data) -> bool {
        self.full.is_none() && data.lacks_long_text(self.kind, self.id)
    }

    /// The record as shown: the full one once read, else the data's.
    pub fn record<'a>(&'a self, data: &'a Data) -> Option<&'a Record> {
        self.full
            .as_deref()
            .or_else(|| data.get(self.kind, self.id))
    }

    /// The rows of the detail laid out in a box `width` by `height`
    /// inside its border.
    pub fn rows(&self, data: &Data, width: u16, height: u16) -> Rows {
        let wide = width >= WIDE;
        let fields = self
            .record(data)
            .map_or(0, |r| field_rows(data, r, fields_width(width)).1.len());
        let page = usize::from(height).max(1);
        // In one column the links' heading sits between fields and links.
        let first_link_line = if wide { 0 } else { fields + 1 };
        let first = if self.links.is_empty() || first_link_line >= page {
            0
        } else {
            fields
        };
        Rows {
            fields,
            links: self.links.len(),
            wide,
            page,
            at: self
                .row
                .unwrap_or(first)
                .min((fields + self.links.len()).saturating_sub(1)),
        }
    }

    /// The selected link, in a detail laid out as `rows`.
    pub fn selected_link(&self, rows: &Rows) -> Option<Link> {
        rows.at
            .checked_sub(rows.fields)
            .and_then(|i| self.links.get(i))
            .copied()
    }
}

/// Inner widths from this on show fields and links side by side.
pub const WIDE: u16 = 100;

/// The width the fields get in a box this wide inside its border.
pub fn fields_width(width: u16) -> u16 {
    if width >= WIDE {
        width.saturating_sub(2) * 55 / 100
    } else {
        width
    }
}

/// How a detail's rows lie: its field lines, then its links; the cursor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows {
    /// Field lines (long values wrapped).
    pub fields: usize,
    /// Links.
    pub links: usize,
    /// Whether links stand beside the fields rather than under them.
    pub wide: bool,
    /// Lines shown at once.
    pub page: usize,
    /// The row of the cursor.
    pub at: usize,
}

impl Rows {
    /// How many rows the cursor moves over.
    pub fn len(&self) -> usize {
        self.fields + self.links
    }

    /// Whether there is nothing to move over.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The line of row `row` in one column: fields, the links' heading,
    /// links; beside each other, the line in its own column.
    pub fn line_of(&self, row: usize) -> usize {
        match (self.wide, row.checked_sub(self.fields)) {
            (false, Some(link)) => self.fields + 1 + link,
            (true, Some(link)) => link + 1,
            (_, None) => row,
        }
    }

    /// Every line of one column (with the heading and, without links, the
    /// line saying so).
    pub fn lines(&self) -> usize {
        self.fields + 1 + self.links.max(1)
    }
}

/// A record's fields as the detail shows them: one row per line, the
/// label on a field's first line, long values wrapped at word boundaries
/// in full; and the labels' width.
pub fn field_rows(
    data: &Data,
    record: &Record,
    width: u16,
) -> (usize, Vec<(&'static str, String)>) {
    let kind = record.kind();
    // As wide as the longest label shown in the spoken language, within
    // bounds, so no label is cut and values line up; fields left empty (a
    // user's facility has no reference key) take no room.
    let label_width = kind
        .fields()
        .iter()
        .zip(record.values())
        .filter(|(_, v)| !v.is_empty())
        .map(|(def, _)| crate::screens::kit::text::width(crate::catalog::field_label(def.id)))
        .max()
        .unwrap_or(14)
        .clamp(10, 18);
    let value_width = usize::from(width).saturating_sub(label_width + 1).max(1);
    let mut rows = Vec::new();
    for (def, value) in kind
        .fields()
        .iter()
        .zip(record.values())
        .filter(|(_, v)| !v.is_empty())
    {
        let text = crate::screens::kit::cells::readable(data, def, &value);
        let label = crate::catalog::field_label(def.id);
        for (n, part) in crate::screens::kit::text::wrap_words(&text, value_width)
            .into_iter()
            .enumerate()
        {
            rows.push((if n == 0 { label } else { "" }, part));
        }
    }
    if let Record::Agreement(a) = record
        && !a.steps.is_empty()
    {
        rows.push((crate::catalog::phrase::steps(), steps_text(&a.steps)));
    }
    if let Record::Request(r) = record {
        for (label, text) in request_rows(data, r) {
            for (n, part) in crate::screens::kit::text::wrap_words(&text, value_width)
                .into_iter()
                .enumerate()
            {
                rows.push((if n == 0 { label } else { "" }, part));
            }
        }
    }
    if let Record::Meeting(m) = record {
        for (label, text) in series_rows(data, m) {
            for (n, part) in crate::screens::kit::text::wrap_words(&text, value_width)
                .into_iter()
                .enumerate()
            {
                rows.push((if n == 0 { label } else { "" }, part));
            }
        }
    }
    (label_width, rows)
}

/// What a cooperation request's detail adds to its fields: each step of
/// the list it follows, done, skipped, reopened, next or later, and the
/// next step's checklist, numbered as its prompt asks for it.
fn request_rows(data: &Data, r: &crate::domain::Request) -> Vec<(&'static str, String)> {
    use crate::catalog::request as words;
    use crate::domain::request::{next_step, waiting_since};
    let list = data.steps_of(r);
    let next = next_step(r, &list);
    let mut rows = Vec::new();
    let mut label = words::steps_label();
    let mut push = |text: String| {
        rows.push((label, text));
        label = "";
    };
    for (at, def) in list.steps.iter().enumerate() {
        let name = words::step_name(def);
        let record = r.steps.iter().find(|s| s.step == def.key);
        for again in record.map(|s| s.reopened.as_slice()).unwrap_or_default() {
            push(format!(
                "{name}: {}",
                words::reopened(again.on, &again.note)
            ));
        }
        match record.and_then(|s| s.on.map(|on| (s, on))) {
            Some((s, on)) => match &s.skipped {
                Some(reason) => push(words::skipped(name, on, reason)),
                None => {
                    let by = match s.by.person {
                        Some(person) => data.name(crate::domain::Kind::Person, person),
                        None => s.by.text.clone(),
                    };
                    push(words::done(name, on, &by));
                    if !s.note.is_empty() {
                        push(format!("  {}", words::done_note(&s.note)));
                    }
                }
            },
            None if Some(at) == next => push(words::next(name, waiting_since(r, &list, at))),
            None => push(words::later(name)),
        }
    }
    if next.is_none() {
        push(words::completed().to_string());
    }
    let checklist = next.and_then(|at| list.steps.get(at));
    let mut label = words::checklist_label();
    for (n, item) in checklist
        .map_or(&[][..], |d| d.checklist.as_slice())
        .iter()
        .enumerate()
    {
        rows.push((label, words::item(n + 1, words::item_name(item), false)));
        label = "";
    }
    rows
}

/// What a series' detail adds to its fields: its next occurrence, the
/// dates cancelled, and each occurrence changed on its own (moved, held,
/// retitled), so nothing the series holds is out of sight.
fn series_rows(data: &Data, m: &crate::domain::Meeting) -> Vec<(&'static str, String)> {
    use crate::catalog::{self, phrase};
    use crate::domain::occurrences::{next_occurrence, occurrence_on};
    let Some(r) = &m.recurrence else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    let today = data.today.and_time(chrono::NaiveTime::MIN) - chrono::Duration::seconds(1);
    if let Some(next) = next_occurrence(m, today) {
        rows.push((phrase::next_occurrence(), catalog::date_time(next.start)));
    }
    if !r.cancelled.is_empty() {
        let dates: Vec<String> = r.cancelled.iter().map(|d| catalog::date(*d)).collect();
        rows.push((phrase::cancelled_occurrences(), dates.join(", ")));
    }
    let mut label = phrase::changed_occurrences();
    for o in &r.overrides {
        let mut what = Vec::new();
        if occurrence_on(m, o.original).is_some_and(|at| at.moved) {
            what.push(phrase::moved_to(o.start));
        }
        if let Some(d) = &o.details {
            if d.status != m.status {
                let set = crate::domain::choice::ChoiceSet::MeetingStatus;
                what.push(catalog::choice_label(set, d.status.index()).to_string());
            }
            if d.title != m.title {
                what.push(phrase::quoted(&d.title));
            }
            let mut rest = (**d).clone();
            (rest.status, rest.title) = (m.status, m.title.clone());
            if rest != crate::domain::recurrence::Details::of(m) {
                what.push(phrase::own_details().to_string());
            }
        }
        if what.is_empty() {
            continue;
        }
        rows.push((
            label,
            format!("{}: {}", catalog::date(o.original), what.join(", ")),
        ));
        label = "";
    }
    rows
}

/// An agreement's lifecycle log in one line, latest last: "draft 2026-01-05 →
/// signed 2026-03-01".
fn steps_text(steps: &[crate::domain::agreement::StatusStep]) -> String {
    steps
        .iter()
        .map(|s| {
            let status = crate::catalog::choice_label(
                crate::domain::choice::ChoiceSet::AgreementStatus,
                s.status.index(),
            );
            format!("{status} {}", crate::catalog::date(s.on))
        })
        .collect::<Vec<_>>()
        .join(" → ")
}

/// Outgoing links first (in field order), then referrers grouped by kind in tab
/// order; meetings upcoming first (soonest first), then past (latest first).
pub fn links(data: &Data, kind: Kind, id: Id, now: NaiveDateTime) -> Vec<Link> {
    let Some(record) = data.get(kind, id) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (def, value) in kind.fields().iter().zip(record.values()) {
        let ids = match value {
            FieldValue::Ref(Some(i)) => vec![i],
            FieldValue::Refs(v) => v,
            _ => continue,
        };
        let (crate::domain::FieldKind::Ref(k) | crate::domain::FieldKind::Refs(k)) = def.kind
        else {
            continue;
        };
        out.extend(ids.into_iter().map(|i| Link {
            kind: k,
            id: i,
            via: Via::Field(def.id),
        }));
    }
    let mut incoming: Vec<(Kind, Id)> = data.referrers_of(kind, id).collect();
    if kind == Kind::Organisation {
        // An NGO's coordinators are linked through its people's assignments.
        let people: Vec<Id> = incoming
            .iter()
            .filter(|(k, _)| *k == Kind::Person)
            .map(|(_, i)| *i)
            .collect();
        for person in people {
            for (k, i) in data.referrers_of(Kind::Person, person) {
                if k == Kind::Assignment {
                    out_push_unique(
                        &mut out,
                        Link {
                            kind: k,
                            id: i,
                            via: Via::Indirect,
                        },
                    );
                }
            }
        }
    }
    incoming.sort_by_key(|(k, i)| {
        (
            Kind::ALL.iter().position(|x| x == k),
            meeting_order(data, *k, *i, now),
            *i,
        )
    });
    for (k, i) in incoming {
        out_push_unique(
            &mut out,
            Link {
                kind: k,
                id: i,
                via: Via::Referrer,
            },
        );
    }
    out
}

fn out_push_unique(out: &mut Vec<Link>, link: Link) {
    if !out.iter().any(|l| l.kind == link.kind && l.id == link.id) {
        out.push(link);
    }
}

/// Upcoming meetings first, soonest first; then past ones, latest first.
fn meeting_order(data: &Data, kind: Kind, id: Id, now: NaiveDateTime) -> (bool, i64) {
    match data.get(kind, id) {
        Some(Record::Meeting(m)) => {
            let secs = m.start.and_utc().timestamp();
            if m.end >= now {
                (false, secs)
            } else {
                (true, -secs)
            }
        }
        _ => (false, 0),
    }
}

/// The hint bar of a cooperation request's detail: its steps first.
pub const REQUEST_HINTS: &[Action] = &[
    Action::RequestStepDone,
    Action::RequestStepSkip,
    Action::RequestNewMeeting,
    Action::Back,
    Action::RecordEdit,
    Action::HistoryShow,
    Action::HelpToggle,
];

impl Detail {
    /// The actions the hint bar offers: a request's steps first.
    pub fn hints(&self) -> &'static [Action] {
        match self.kind {
            Kind::Request => REQUEST_HINTS,
            _ => KEYS.hints,
        }
    }
}

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[
        Action::LinkFollow,
        Action::Back,
        Action::RecordEdit,
        Action::HistoryShow,
        Action::HelpToggle,
    ],
    more: &[
        Action::MoveUp,
        Action::MoveDown,
        Action::MoveTop,
        Action::MoveBottom,
        Action::RecordDelete,
        Action::RecordArchive,
        Action::Quit,
        Action::RecordRenew,
        Action::TimelineShow,
        Action::PersonErase,
        Action::Undo,
        Action::Redo,
        Action::RequestStepDone,
        Action::RequestStepSkip,
        Action::RequestStepReopen,
        Action::RequestNewMeeting,
        Action::RequestNewAgreement,
        Action::RequestNewAssignment,
    ],
    groups: &[],
};
