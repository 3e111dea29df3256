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
    /// Index of the selected link.
    pub selected: usize,
    /// The record with its long text, read from the store when the data
    /// holds it without (see [`Data::lacks_long_text`]); None until then.
    pub full: Option<Box<Record>>,
}

impl Detail {
    /// The detail of a record, with its links computed from the data.
    pub fn new(data: &Data, kind: Kind, id: Id, now: NaiveDateTime) -> Detail {
        let mut detail = Detail {
            kind,
            id,
            links: Vec::new(),
            selected: 0,
            full: None,
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
        self.selected = self.selected.min(self.links.len().saturating_sub(1));
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

    /// The selected link.
    pub fn selected_link(&self) -> Option<Link> {
        self.links.get(self.selected).copied()
    }
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
    let mut incoming: Vec<(Kind, Id)> = data.referrers_of(kind, id).to_vec();
    if kind == Kind::Organisation {
        // An NGO's coordinators are linked through its people's assignments.
        let people: Vec<Id> = incoming
            .iter()
            .filter(|(k, _)| *k == Kind::Person)
            .map(|(_, i)| *i)
            .collect();
        for person in people {
            for (k, i) in data.referrers_of(Kind::Person, person) {
                if *k == Kind::Assignment {
                    out_push_unique(
                        &mut out,
                        Link {
                            kind: *k,
                            id: *i,
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
    ],
    groups: &[],
};
