//! A cooperation request: an NGO asks to work in a facility, offering named
//! services, and the request moves through the agreed steps to a first
//! programme held there.
//!
//! The steps and what each requires (its checklist) are a versioned
//! [`StepList`]: the shipped one ([`StepList::shipped`]) seeds the database,
//! an administrator may replace it, and each request keeps the version it
//! started with, so changing the steps never rewrites a request's history.
//!
//! The lifecycle rules are here, as pure functions over a request and its
//! step list: steps go in order; a step is skipped only with a reason; a
//! step is done with its checklist complete or a reason why not; a step
//! done or skipped can be reopened with a note, which reopens the steps
//! after it too.

use super::choice::{ChoiceSet, Service};
use super::declare::declare;
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A cooperation request and the steps it has gone through.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Request {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// What it is called ("Podané ruce – Věznice Plzeň").
    pub subject: String,
    /// The NGO asking.
    pub organisation: Id,
    /// The facility it asks to work in.
    pub facility: Id,
    /// The services offered.
    pub services: Vec<Service>,
    /// The introductory meeting, once there is one.
    pub meeting: Option<Id>,
    /// The agreement it led to.
    pub agreement: Option<Id>,
    /// The assignments of the NGO's people it led to.
    pub assignments: Vec<Id>,
    /// Anything else.
    pub notes: String,
    /// The version of the step list it started with (0: not yet pinned;
    /// the shipped list is version 1).
    pub steps_version: u32,
    /// What happened at each step, in the order of the step list.
    pub steps: Vec<StepRecord>,
}

impl Entity for Request {
    declare! {
        kind: Request, plural: "requests", tab: "tab_requests", title: subject,
        fields: {
            subject: required("subject", Text),
            organisation: required("organisation", Ref(Kind::Organisation)),
            facility: required("facility", Ref(Kind::Facility)),
            services: optional("services", Multi(ChoiceSet::Service)),
            meeting: optional("meeting", Ref(Kind::Meeting)),
            agreement: optional("agreement", Ref(Kind::Agreement)),
            assignments: optional("assignments", Refs(Kind::Assignment)),
            notes: optional("notes", LongText),
        },
        columns: [
            ("subject", 28, 0), ("organisation", 24, 1), ("facility", 24, 2),
            ("services", 20, 3),
        ],
    }

    fn keep_from(&mut self, base: &Self) {
        // The form does not show the steps: an edit keeps them as stored.
        self.steps = base.steps.clone();
        self.steps_version = base.steps_version;
    }
}

/// The name of a step or checklist item in the spoken language: Czech
/// when `czech`, else English; a missing one falls back to the other.
fn name_in<'a>(cs: &'a str, en: &'a str, czech: bool) -> &'a str {
    let (first, other) = if czech { (cs, en) } else { (en, cs) };
    if first.trim().is_empty() {
        other
    } else {
        first
    }
}

/// What a step produces, which the request links to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Produces {
    /// The introductory meeting.
    Meeting,
    /// The agreement.
    Agreement,
    /// The assignments of the NGO's people.
    Assignments,
}

/// Who must act for a step to be taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Acts {
    /// The NGO asking.
    #[default]
    Ngo,
    /// The facility, through its liaison (its NGO coordinator).
    Facility,
}

/// One thing a step requires.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct CheckItem {
    /// Stable key, unique within its step.
    pub key: String,
    /// What it says, in Czech.
    pub cs: String,
    /// What it says, in English.
    pub en: String,
}

impl CheckItem {
    /// What it says, in Czech when `czech`, else in English.
    pub fn name(&self, czech: bool) -> &str {
        name_in(&self.cs, &self.en, czech)
    }
}

/// One step of the agreed procedure.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StepDef {
    /// Stable key, unique within its list.
    pub key: String,
    /// Its name in Czech (a step list is data an administrator writes, so
    /// it carries its own words in both languages).
    pub cs: String,
    /// Its name in English.
    pub en: String,
    /// What the step produces, if anything.
    #[serde(default)]
    pub produces: Option<Produces>,
    /// Who must act for it to be taken: the NGO, or the facility.
    #[serde(default)]
    pub acts: Acts,
    /// What it requires.
    #[serde(default)]
    pub checklist: Vec<CheckItem>,
}

impl StepDef {
    /// Its name, in Czech when `czech`, else in English.
    pub fn name(&self, czech: bool) -> &str {
        name_in(&self.cs, &self.en, czech)
    }
}

/// The agreed steps, one version of them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StepList {
    /// The version (1 is the shipped list).
    #[serde(default)]
    pub version: u32,
    /// The steps, in order.
    pub steps: Vec<StepDef>,
}

/// Why a step list was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepListProblem {
    /// It has no steps.
    NoSteps,
    /// A step (by position, from 1) without a key.
    NoKey(usize),
    /// A step (by position) without words in either language.
    NoName(usize),
    /// Two steps with one key.
    SameKey(String),
    /// A checklist item of step `key` without a key, or one key twice.
    BadItem(String),
}

impl StepList {
    /// The steps the association's strategy agrees on, as shipped: version 1.
    pub fn shipped() -> StepList {
        let item = |key: &str, cs: &str, en: &str| CheckItem {
            key: key.to_string(),
            cs: cs.to_string(),
            en: en.to_string(),
        };
        let step = |key: &str, cs: &str, en: &str, produces, checklist| StepDef {
            key: key.to_string(),
            cs: cs.to_string(),
            en: en.to_string(),
            produces,
            // The facility answers a request, contacts its liaison, holds
            // the meeting and signs; the NGO does the rest.
            acts: match key {
                "received" | "liaison_contacted" | "introductory_meeting" | "agreement_signed" => {
                    Acts::Facility
                }
                _ => Acts::Ngo,
            },
            checklist,
        };
        StepList {
            version: 1,
            steps: vec![
                step(
                    "received",
                    "Žádost přijata",
                    "Request received",
                    None,
                    vec![
                        item(
                            "services",
                            "Popis nabízených služeb",
                            "Description of the services offered",
                        ),
                        item("contact", "Kontaktní osoba NNO", "The NGO's contact person"),
                    ],
                ),
                step(
                    "liaison_contacted",
                    "Styčná osoba věznice oslovena",
                    "Prison's NGO coordinator contacted",
                    None,
                    vec![item(
                        "forwarded",
                        "Žádost předána styčné osobě",
                        "Request passed to the liaison",
                    )],
                ),
                step(
                    "introductory_meeting",
                    "Úvodní schůzka proběhla",
                    "Introductory meeting held",
                    Some(Produces::Meeting),
                    vec![
                        item("minutes", "Zápis ze schůzky", "Minutes of the meeting"),
                        item("next_steps", "Dohodnuté další kroky", "Next steps agreed"),
                    ],
                ),
                step(
                    "security",
                    "Bezpečnostní a vstupní podmínky vyřešeny",
                    "Security and admission conditions settled",
                    Some(Produces::Assignments),
                    vec![
                        item(
                            "people_list",
                            "Seznam osob NNO předán",
                            "List of the NGO's people handed over",
                        ),
                        item("documents", "Doklady přijaty", "Documents received"),
                        item("cleared", "Osoby prověřeny", "People cleared"),
                        item(
                            "training",
                            "Školení osob NNO absolvováno",
                            "The NGO's people trained",
                        ),
                    ],
                ),
                step(
                    "agreement_drafted",
                    "Návrh dohody připraven",
                    "Agreement drafted",
                    Some(Produces::Agreement),
                    vec![item(
                        "sent",
                        "Návrh zaslán oběma stranám",
                        "Draft sent to both sides",
                    )],
                ),
                step(
                    "agreement_signed",
                    "Dohoda podepsána",
                    "Agreement signed",
                    None,
                    vec![item(
                        "filed",
                        "Podepsaná dohoda založena",
                        "Signed agreement filed",
                    )],
                ),
                step(
                    "first_programme",
                    "První program proběhl",
                    "First programme held",
                    None,
                    vec![item(
                        "feedback",
                        "Zpětná vazba styčné osoby",
                        "Feedback from the liaison",
                    )],
                ),
            ],
        }
    }

    /// Refuses a list a request could not follow: no steps, a step without
    /// a key or a name, keys used twice.
    pub fn check(&self) -> Result<(), StepListProblem> {
        if self.steps.is_empty() {
            return Err(StepListProblem::NoSteps);
        }
        let mut keys = std::collections::BTreeSet::new();
        for (n, step) in self.steps.iter().enumerate() {
            if step.key.trim().is_empty() {
                return Err(StepListProblem::NoKey(n + 1));
            }
            if step.cs.trim().is_empty() && step.en.trim().is_empty() {
                return Err(StepListProblem::NoName(n + 1));
            }
            if !keys.insert(step.key.as_str()) {
                return Err(StepListProblem::SameKey(step.key.clone()));
            }
            let mut items = std::collections::BTreeSet::new();
            for item in &step.checklist {
                if item.key.trim().is_empty() || !items.insert(item.key.as_str()) {
                    return Err(StepListProblem::BadItem(step.key.clone()));
                }
            }
        }
        Ok(())
    }

    /// The step with this key.
    pub fn step(&self, key: &str) -> Option<&StepDef> {
        self.steps.iter().find(|s| s.key == key)
    }
}

/// Who did a step: a person on record, or a name as text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct DoneBy {
    /// A person on record.
    pub person: Option<Id>,
    /// A name as text (someone not on record, a department).
    pub text: String,
}

/// A reopening of a step: when, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reopened {
    /// On which day.
    pub on: NaiveDate,
    /// Why.
    pub note: String,
}

/// What happened at one step of a request.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct StepRecord {
    /// The step's key in the request's step list.
    pub step: String,
    /// The day it was done or skipped; None while open (a reopened step).
    pub on: Option<NaiveDate>,
    /// Who did it.
    pub by: DoneBy,
    /// The keys of the checklist items ticked.
    pub ticked: Vec<String>,
    /// A note (why the checklist is incomplete, anything else).
    pub note: String,
    /// Why it was skipped, if it was.
    pub skipped: Option<String>,
    /// Each time it was reopened, oldest first.
    pub reopened: Vec<Reopened>,
}

impl StepRecord {
    /// Whether the step counts as passed (done or skipped, not reopened
    /// since).
    pub fn passed(&self) -> bool {
        self.on.is_some()
    }
}

/// Why a step could not be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepRefused {
    /// Every step is passed already.
    AllDone,
    /// The request's step list is not known (a version not in the database).
    UnknownList(u32),
    /// A skip without a reason.
    NoSkipReason,
    /// Done with checklist items not ticked, and no reason given.
    ChecklistIncomplete(Vec<String>),
    /// A checklist item the step does not have.
    NoSuchItem(String),
    /// Nothing to reopen (no step passed).
    NothingToReopen,
    /// A reopening without a note.
    NoReopenNote,
    /// A date before the step before it.
    BeforePrevious(NaiveDate),
    /// A step asked of a record that is not a cooperation request.
    NotARequest,
}

/// How a step is passed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pass {
    /// Done, with these checklist items ticked and a note (required when
    /// the checklist is not complete).
    Done {
        /// The keys of the items ticked.
        ticked: Vec<String>,
        /// The note; the reason when items are left.
        note: String,
    },
    /// Skipped, for this reason.
    Skipped(String),
}

/// A step taken from the interface: the next step passed, or the last one
/// reopened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepDo {
    /// The next step passed on a day.
    Pass(NaiveDate, Pass),
    /// The step last passed reopened on a day, with a note.
    Reopen(NaiveDate, String),
}

/// Takes `step` on `request` following `list`, by `by`.
pub fn take(
    request: &mut Request,
    list: &StepList,
    by: DoneBy,
    step: StepDo,
) -> Result<(), StepRefused> {
    match step {
        StepDo::Pass(on, how) => pass_next(request, list, on, by, how),
        StepDo::Reopen(on, note) => reopen_last(request, list, on, &note).map(|_| ()),
    }
}

/// The step list version a request follows: its own, or `current` for one
/// not yet pinned.
pub fn version_of(request: &Request, current: u32) -> u32 {
    if request.steps_version == 0 {
        current
    } else {
        request.steps_version
    }
}

/// The position of the next step to take in `list`: the first step not
/// passed. None when all are.
pub fn next_step(request: &Request, list: &StepList) -> Option<usize> {
    list.steps.iter().position(|def| {
        !request
            .steps
            .iter()
            .any(|r| r.step == def.key && r.passed())
    })
}

/// The step last passed (by position in `list`), which a reopening opens.
pub fn last_passed(request: &Request, list: &StepList) -> Option<usize> {
    list.steps.iter().rposition(|def| {
        request
            .steps
            .iter()
            .any(|r| r.step == def.key && r.passed())
    })
}

/// The day the step before `at` was passed (the request's start for the
/// first step): how long a step waits is counted from it.
pub fn waiting_since(request: &Request, list: &StepList, at: usize) -> Option<NaiveDate> {
    let previous = at.checked_sub(1).and_then(|p| list.steps.get(p));
    match previous {
        Some(def) => request
            .steps
            .iter()
            .find(|r| r.step == def.key)
            .and_then(|r| r.on),
        None => Some(request.meta.created.date_naive()),
    }
}

/// Whether every step of `list` is passed.
pub fn completed(request: &Request, list: &StepList) -> bool {
    next_step(request, list).is_none()
}

/// Passes the next step on `on`, by `by`: done with its checklist (complete,
/// or with a note saying why not), or skipped with a reason. Pins the
/// request to `list`'s version when it was not yet.
pub fn pass_next(
    request: &mut Request,
    list: &StepList,
    on: NaiveDate,
    by: DoneBy,
    how: Pass,
) -> Result<(), StepRefused> {
    let at = next_step(request, list).ok_or(StepRefused::AllDone)?;
    let def = &list.steps[at];
    if let Some(previous) = at
        .checked_sub(1)
        .and_then(|p| list.steps.get(p))
        .and_then(|p| request.steps.iter().find(|r| r.step == p.key))
        .and_then(|r| r.on)
        && on < previous
    {
        return Err(StepRefused::BeforePrevious(previous));
    }
    let (ticked, note, skipped) = match how {
        Pass::Skipped(reason) => {
            if reason.trim().is_empty() {
                return Err(StepRefused::NoSkipReason);
            }
            (Vec::new(), String::new(), Some(reason.trim().to_string()))
        }
        Pass::Done { ticked, note } => {
            if let Some(stray) = ticked
                .iter()
                .find(|t| !def.checklist.iter().any(|i| &i.key == *t))
            {
                return Err(StepRefused::NoSuchItem(stray.clone()));
            }
            let left: Vec<String> = def
                .checklist
                .iter()
                .filter(|i| !ticked.contains(&i.key))
                .map(|i| i.key.clone())
                .collect();
            if !left.is_empty() && note.trim().is_empty() {
                return Err(StepRefused::ChecklistIncomplete(left));
            }
            // In the list's order, whatever order they were ticked in.
            let ticked = def
                .checklist
                .iter()
                .filter(|i| ticked.contains(&i.key))
                .map(|i| i.key.clone())
                .collect();
            (ticked, note.trim().to_string(), None)
        }
    };
    request.steps_version = list.version;
    let record = match request.steps.iter_mut().find(|r| r.step == def.key) {
        Some(record) => record,
        None => {
            request.steps.push(StepRecord {
                step: def.key.clone(),
                ..StepRecord::default()
            });
            let last = request.steps.len() - 1;
            &mut request.steps[last]
        }
    };
    record.on = Some(on);
    record.by = by;
    record.ticked = ticked;
    record.note = note;
    record.skipped = skipped;
    Ok(())
}

/// Reopens the step last passed, with a note saying why: it is open again
/// (its reopenings keep the note and the day), and so the next step.
pub fn reopen_last(
    request: &mut Request,
    list: &StepList,
    on: NaiveDate,
    note: &str,
) -> Result<String, StepRefused> {
    if note.trim().is_empty() {
        return Err(StepRefused::NoReopenNote);
    }
    let at = last_passed(request, list).ok_or(StepRefused::NothingToReopen)?;
    let key = list.steps[at].key.clone();
    if let Some(record) = request.steps.iter_mut().find(|r| r.step == key) {
        record.on = None;
        record.skipped = None;
        record.reopened.push(Reopened {
            on,
            note: note.trim().to_string(),
        });
    }
    Ok(key)
}

/// Days a step took, for each step passed (not skipped) whose step before
/// it was passed too: (step key, days).
pub fn step_days(request: &Request, list: &StepList) -> Vec<(String, i64)> {
    let mut out = Vec::new();
    for (at, def) in list.steps.iter().enumerate() {
        let Some(record) = request.steps.iter().find(|r| r.step == def.key) else {
            continue;
        };
        let (Some(on), None) = (record.on, &record.skipped) else {
            continue;
        };
        if let Some(since) = waiting_since(request, list, at) {
            out.push((def.key.clone(), (on - since).num_days().max(0)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).expect("date")
    }

    fn done_all(list: &StepList, at: usize) -> Pass {
        Pass::Done {
            ticked: list.steps[at]
                .checklist
                .iter()
                .map(|i| i.key.clone())
                .collect(),
            note: String::new(),
        }
    }

    fn request() -> Request {
        let meta = Meta {
            created: day(1).and_hms_opt(9, 0, 0).expect("time").and_utc(),
            ..Meta::default()
        };
        Request {
            meta,
            subject: "Podané ruce – Věznice Plzeň".into(),
            organisation: 1,
            facility: 2,
            ..Request::default()
        }
    }

    #[test]
    fn the_shipped_list_follows_the_strategy_and_is_sound() {
        let list = StepList::shipped();
        assert_eq!(list.check(), Ok(()));
        let keys: Vec<&str> = list.steps.iter().map(|s| s.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "received",
                "liaison_contacted",
                "introductory_meeting",
                "security",
                "agreement_drafted",
                "agreement_signed",
                "first_programme"
            ]
        );
        assert!(list.steps.iter().all(|s| !s.checklist.is_empty()));
        assert!(
            list.steps
                .iter()
                .all(|s| !s.cs.is_empty() && !s.en.is_empty())
        );
        assert_eq!(list.steps[2].produces, Some(Produces::Meeting));
    }

    #[test]
    fn steps_go_in_order_and_pin_the_version() {
        let list = StepList::shipped();
        let mut r = request();
        assert_eq!(next_step(&r, &list), Some(0));
        pass_next(&mut r, &list, day(1), DoneBy::default(), done_all(&list, 0)).expect("first");
        assert_eq!(r.steps_version, 1);
        assert_eq!(next_step(&r, &list), Some(1));
        assert_eq!(r.steps[0].step, "received");
        // A date before the step before it is refused.
        let refused = pass_next(
            &mut r,
            &list,
            day(1).pred_opt().expect("day"),
            DoneBy::default(),
            done_all(&list, 1),
        );
        assert!(matches!(refused, Err(StepRefused::BeforePrevious(_))));
        assert_eq!(next_step(&r, &list), Some(1));
    }

    #[test]
    fn done_needs_the_checklist_complete_or_a_reason() {
        let list = StepList::shipped();
        let mut r = request();
        let partial = Pass::Done {
            ticked: vec!["services".into()],
            note: " ".into(),
        };
        assert_eq!(
            pass_next(&mut r, &list, day(2), DoneBy::default(), partial),
            Err(StepRefused::ChecklistIncomplete(vec!["contact".into()]))
        );
        assert!(r.steps.is_empty(), "nothing changes on a refusal");
        let stray = Pass::Done {
            ticked: vec!["nope".into()],
            note: String::new(),
        };
        assert_eq!(
            pass_next(&mut r, &list, day(2), DoneBy::default(), stray),
            Err(StepRefused::NoSuchItem("nope".into()))
        );
        let reasoned = Pass::Done {
            ticked: vec!["contact".into(), "services".into()],
            note: String::new(),
        };
        pass_next(&mut r, &list, day(2), DoneBy::default(), reasoned).expect("complete");
        assert_eq!(r.steps[0].ticked, ["services", "contact"], "in list order");
        let with_reason = Pass::Done {
            ticked: Vec::new(),
            note: "Styčná osoba je na dovolené, psali jsme jejímu zástupci.".into(),
        };
        pass_next(&mut r, &list, day(3), DoneBy::default(), with_reason).expect("with a reason");
        assert_eq!(next_step(&r, &list), Some(2));
    }

    #[test]
    fn skipping_needs_a_reason_and_is_recorded() {
        let list = StepList::shipped();
        let mut r = request();
        assert_eq!(
            pass_next(
                &mut r,
                &list,
                day(2),
                DoneBy::default(),
                Pass::Skipped("  ".into())
            ),
            Err(StepRefused::NoSkipReason)
        );
        let by = DoneBy {
            person: None,
            text: "Jana Nováková".into(),
        };
        pass_next(
            &mut r,
            &list,
            day(2),
            by.clone(),
            Pass::Skipped("Přišla telefonem".into()),
        )
        .expect("skipped");
        assert_eq!(r.steps[0].skipped.as_deref(), Some("Přišla telefonem"));
        assert_eq!(r.steps[0].by, by);
        assert_eq!(next_step(&r, &list), Some(1));
        assert!(
            step_days(&r, &list).is_empty(),
            "a skipped step took no time"
        );
    }

    #[test]
    fn a_passed_step_reopens_with_a_note_and_is_done_again() {
        let list = StepList::shipped();
        let mut r = request();
        assert_eq!(
            reopen_last(&mut r, &list, day(5), "proč"),
            Err(StepRefused::NothingToReopen)
        );
        pass_next(&mut r, &list, day(1), DoneBy::default(), done_all(&list, 0)).expect("1");
        pass_next(&mut r, &list, day(4), DoneBy::default(), done_all(&list, 1)).expect("2");
        assert_eq!(
            reopen_last(&mut r, &list, day(5), ""),
            Err(StepRefused::NoReopenNote)
        );
        let key =
            reopen_last(&mut r, &list, day(5), "Oslovili jsme nesprávnou osobu").expect("reopened");
        assert_eq!(key, "liaison_contacted");
        assert_eq!(next_step(&r, &list), Some(1));
        assert_eq!(r.steps[1].reopened.len(), 1);
        assert_eq!(
            r.steps[1].reopened[0].note,
            "Oslovili jsme nesprávnou osobu"
        );
        pass_next(&mut r, &list, day(9), DoneBy::default(), done_all(&list, 1)).expect("again");
        assert_eq!(r.steps[1].on, Some(day(9)));
        assert_eq!(
            r.steps[1].reopened.len(),
            1,
            "the reopening stays on record"
        );
        assert_eq!(
            step_days(&r, &list),
            [
                ("received".to_string(), 0),
                ("liaison_contacted".to_string(), 8)
            ]
        );
    }

    #[test]
    fn a_request_follows_the_version_it_started_with() {
        let mut newer = StepList::shipped();
        newer.version = 2;
        newer.steps.remove(1);
        let mut r = request();
        assert_eq!(version_of(&r, 2), 2, "not yet pinned: the current list");
        pass_next(
            &mut r,
            &StepList::shipped(),
            day(1),
            DoneBy::default(),
            done_all(&StepList::shipped(), 0),
        )
        .expect("first");
        assert_eq!(version_of(&r, 2), 1, "pinned to the one it started with");
        let list = StepList::shipped();
        while !completed(&r, &list) {
            let at = next_step(&r, &list).expect("next");
            pass_next(
                &mut r,
                &list,
                day(10),
                DoneBy::default(),
                done_all(&list, at),
            )
            .expect("step");
        }
        assert_eq!(
            pass_next(
                &mut r,
                &list,
                day(11),
                DoneBy::default(),
                done_all(&list, 0)
            ),
            Err(StepRefused::AllDone)
        );
    }

    #[test]
    fn a_step_list_is_checked() {
        let mut list = StepList::shipped();
        list.steps[1].key = "received".into();
        assert_eq!(
            list.check(),
            Err(StepListProblem::SameKey("received".into()))
        );
        list.steps[1].key = " ".into();
        assert_eq!(list.check(), Err(StepListProblem::NoKey(2)));
        assert_eq!(StepList::default().check(), Err(StepListProblem::NoSteps));
        let mut list = StepList::shipped();
        list.steps[0].checklist[1].key = "services".into();
        assert_eq!(
            list.check(),
            Err(StepListProblem::BadItem("received".into()))
        );
    }
}
