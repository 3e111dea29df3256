//! Cooperation requests in words (`requests.ftl`): their steps as a detail
//! shows them, the questions a step asks, why a step was refused, the
//! command that shows and replaces the step list.

use super::words::{format, spoken, text};
use crate::domain::request::{CheckItem, StepDef, StepListProblem, StepRefused};
use crate::vocab::Lang;

/// A step's name (data, in both languages) in the spoken language.
pub fn step_name(step: &StepDef) -> &str {
    step.name(spoken() == Lang::Cs)
}

/// A checklist item (data, in both languages) in the spoken language.
pub fn item_name(item: &CheckItem) -> &str {
    item.name(spoken() == Lang::Cs)
}

/// The label of the steps in a request's detail.
pub fn steps_label() -> &'static str {
    text("request-steps")
}

/// The label of the next step's checklist in a request's detail.
pub fn checklist_label() -> &'static str {
    text("request-checklist")
}

/// A step done: its name, the day, who.
pub fn done(step: &str, on: chrono::NaiveDate, by: &str) -> String {
    let (step, day) = (step.into(), super::date(on).into());
    if by.trim().is_empty() {
        format("request-step-done", &[("step", step), ("day", day)])
    } else {
        format(
            "request-step-done-by",
            &[("step", step), ("day", day), ("by", by.into())],
        )
    }
}

/// A step done with its checklist not complete: the note saying why.
pub fn done_note(note: &str) -> String {
    format("request-step-note", &[("note", note.into())])
}

/// A step skipped: its name, the day, the reason.
pub fn skipped(step: &str, on: chrono::NaiveDate, reason: &str) -> String {
    format(
        "request-step-skipped",
        &[
            ("step", step.into()),
            ("day", super::date(on).into()),
            ("reason", reason.into()),
        ],
    )
}

/// A reopening of a step: the day and the note.
pub fn reopened(on: chrono::NaiveDate, note: &str) -> String {
    format(
        "request-step-reopened",
        &[("day", super::date(on).into()), ("note", note.into())],
    )
}

/// The next step, waiting since a day (if known), and who must act.
pub fn next(step: &str, since: Option<chrono::NaiveDate>) -> String {
    match since {
        Some(day) => format(
            "request-step-next-since",
            &[("step", step.into()), ("day", super::date(day).into())],
        ),
        None => format("request-step-next", &[("step", step.into())]),
    }
}

/// A step not yet reached.
pub fn later(step: &str) -> String {
    format("request-step-later", &[("step", step.into())])
}

/// Every step passed.
pub fn completed() -> &'static str {
    text("request-completed")
}

/// One checklist item, numbered for the prompt, ticked or not.
pub fn item(number: usize, words: &str, ticked: bool) -> String {
    format(
        "request-item",
        &[
            ("number", (number as u64).into()),
            ("item", words.into()),
            ("ticked", if ticked { "yes" } else { "no" }.into()),
        ],
    )
}

/// The prompt for the day a step was done.
pub fn prompt_day() -> &'static str {
    text("request-prompt-day")
}

/// The prompt for the checklist items done.
pub fn prompt_checklist() -> &'static str {
    text("request-prompt-checklist")
}

/// The prompt for why the checklist is not complete.
pub fn prompt_why_incomplete() -> &'static str {
    text("request-prompt-why-incomplete")
}

/// The prompt for why a step is skipped.
pub fn prompt_skip() -> &'static str {
    text("request-prompt-skip")
}

/// The prompt for why a step is reopened.
pub fn prompt_reopen() -> &'static str {
    text("request-prompt-reopen")
}

/// Why a step was refused.
pub fn refused(why: &StepRefused) -> String {
    match why {
        StepRefused::AllDone => text("request-refused-all-done").into(),
        StepRefused::UnknownList(version) => format(
            "request-refused-unknown-list",
            &[("version", u64::from(*version).into())],
        ),
        StepRefused::NoSkipReason => text("request-refused-no-skip-reason").into(),
        StepRefused::ChecklistIncomplete(left) => format(
            "request-refused-checklist",
            &[("count", (left.len() as u64).into())],
        ),
        StepRefused::NoSuchItem(item) => format(
            "request-refused-no-such-item",
            &[("item", item.as_str().into())],
        ),
        StepRefused::NothingToReopen => text("request-refused-nothing-to-reopen").into(),
        StepRefused::NoReopenNote => text("request-refused-no-reopen-note").into(),
        StepRefused::BeforePrevious(day) => format(
            "request-refused-before-previous",
            &[("day", super::date(*day).into())],
        ),
        StepRefused::NotARequest => text("request-refused-not-a-request").into(),
    }
}

/// Why a step list was refused.
pub fn list_problem(problem: &StepListProblem) -> String {
    match problem {
        StepListProblem::NoSteps => text("request-list-no-steps").into(),
        StepListProblem::NoKey(n) => {
            format("request-list-no-key", &[("number", (*n as u64).into())])
        }
        StepListProblem::NoName(n) => {
            format("request-list-no-name", &[("number", (*n as u64).into())])
        }
        StepListProblem::SameKey(key) => {
            format("request-list-same-key", &[("key", key.as_str().into())])
        }
        StepListProblem::BadItem(key) => {
            format("request-list-bad-item", &[("key", key.as_str().into())])
        }
    }
}

/// The title a meeting made from a request starts with.
pub fn meeting_title(subject: &str) -> String {
    format("request-meeting-title", &[("subject", subject.into())])
}

/// The heading of the requests' figures.
pub fn figures_heading() -> &'static str {
    text("request-figures")
}

/// The requests' figures per region.
pub fn figures_per_region() -> &'static str {
    text("request-figures-per-region")
}

/// The requests' figures per facility.
pub fn figures_per_facility() -> &'static str {
    text("request-figures-per-facility")
}

/// Requests started in the period.
pub fn figures_started() -> &'static str {
    text("request-figures-started")
}

/// Requests completed in the period.
pub fn figures_completed() -> &'static str {
    text("request-figures-completed")
}

/// A region's or facility's requests started and completed.
pub fn figures_group(name: &str, started: usize, completed: usize) -> String {
    format(
        "request-figures-group",
        &[
            ("name", name.into()),
            ("started", (started as u64).into()),
            ("completed", (completed as u64).into()),
        ],
    )
}

/// The median days a step took.
pub fn figures_median(step: &str, median: f64) -> String {
    format(
        "request-figures-median",
        &[
            ("step", step.into()),
            ("days", super::number(median).into()),
        ],
    )
}
