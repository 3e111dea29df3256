//! Every word of the interface, in the language the current thread speaks
//! (see [`words`]). The words themselves live in Project Fluent catalogs,
//! `locales/<language>/<area>.ftl`, one per language with the same message
//! ids; the functions here turn typed values (a kind, a field id, a problem,
//! a date) into the id of their message and its arguments. Widgets and the
//! app ask here; they never spell out text of their own. Data (names, Czech
//! region names) is not interface text and is not translated.

use crate::domain::choice::ChoiceSet;
use crate::domain::{Kind, Problem, Region};
use crate::vocab::{Action, Lang, Mode, Scope};
use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};
use fluent_bundle::FluentValue;

pub mod access;
pub mod coverage;
pub mod erase;
pub mod errors;
pub mod figures;
pub mod history;
pub mod holidays;
pub mod import;
pub mod merge;
pub mod request;
pub mod sheet;
pub mod words;

pub use words::{format, number, short, speak, speaking, spoken, text};

/// The tab title of a record kind.
pub fn tab_title(kind: Kind) -> &'static str {
    text(&format!("tab-{}", kind.plural()))
}

/// An export format (by its file extension) as a list to choose from
/// shows it: its name and what it is for.
pub fn export_format(extension: &str) -> &'static str {
    text(&format!("export-format-{extension}"))
}

/// What the list of export formats chooses, after "Choose".
pub fn export_format_title() -> &'static str {
    text("export-format-title")
}

/// One record of a kind, as a noun on its own ("facility", "zařízení").
pub fn kind_singular(kind: Kind) -> &'static str {
    text(&format!("kind-{}", kind.plural()))
}

/// What records of a kind are, for the command line's help.
pub fn kind_help(kind: Kind) -> &'static str {
    text(&format!("kind-help-{}", kind.plural()))
}

/// A kind as a message argument: messages select its grammatical forms by
/// this (`{ $kind -> [facilities] … }`).
pub fn kind_arg(kind: Kind) -> FluentValue<'static> {
    FluentValue::from(kind.plural())
}

/// The label of a field, by its stable id.
pub fn field_label(id: &str) -> &'static str {
    text(&format!("field-{id}"))
}

/// A hint shown in an empty field of this kind.
pub fn field_hint(kind: crate::domain::FieldKind) -> &'static str {
    use crate::domain::FieldKind as F;
    match kind {
        F::Date => text("hint-date"),
        F::Rule => text("hint-rule"),
        F::DateTime => text("hint-datetime"),
        F::Choice(_) | F::Ref(_) => text("hint-choose"),
        F::Multi(_) | F::Refs(_) => text("hint-choose-several"),
        F::Ico => text("hint-ico"),
        F::LongText => text("hint-long-text"),
        _ => "",
    }
}

/// The catalog's name of a choice list, in its messages' ids.
fn choice_set_key(set: ChoiceSet) -> &'static str {
    match set {
        ChoiceSet::FacilityKind => "facility_kind",
        ChoiceSet::Membership => "membership",
        ChoiceSet::Service => "service",
        ChoiceSet::Region => "region",
        ChoiceSet::MeetingKind => "meeting_kind",
        ChoiceSet::MeetingStatus => "meeting_status",
        ChoiceSet::AgreementStatus => "agreement_status",
        ChoiceSet::ActionStatus => "action_status",
        ChoiceSet::AssignmentRole => "assignment_role",
        ChoiceSet::HeldSex => "held_sex",
        ChoiceSet::AgeGroup => "age_group",
        ChoiceSet::SecurityLevel => "security_level",
    }
}

/// The label of one option of a choice list. Regions keep their Czech
/// names in both languages: they are names, not words.
pub fn choice_label(set: ChoiceSet, index: usize) -> &'static str {
    if set == ChoiceSet::Region {
        return Region::ALL.get(index).map_or("?", |r| r.name_cs());
    }
    text(&format!(
        "choice-{}-{}",
        choice_set_key(set),
        set.code(index)
    ))
}

/// The labels of an option in every language, for search text: a record is
/// found by "věznice" and by "prison" whatever the session speaks.
pub fn choice_label_everywhere(set: ChoiceSet, index: usize) -> String {
    let mut labels: Vec<&str> = Lang::ALL
        .iter()
        .map(|lang| speaking(*lang, || choice_label(set, index)))
        .collect();
    labels.dedup();
    labels.join(" ")
}

/// What is wrong with a field, in words; shown beside the field, which
/// shows the value itself.
pub fn problem(problem: &Problem) -> String {
    let plain = |id: &str| text(id).to_string();
    match problem {
        Problem::Required => plain("problem-required"),
        Problem::NotADate(_) => plain("problem-not-a-date"),
        Problem::NotADateTime(_) => plain("problem-not-a-datetime"),
        Problem::EndBeforeStart => plain("problem-end-before-start"),
        Problem::UntilBeforeFrom => plain("problem-until-before-from"),
        Problem::NotAnEmail(_) => plain("problem-not-an-email"),
        Problem::NotAPhone(_) => plain("problem-not-a-phone"),
        Problem::NotAWebAddress(_) => plain("problem-not-a-web-address"),
        Problem::NotACount(_) => plain("problem-not-a-count"),
        Problem::IcoNotEightDigits(_) => plain("problem-ico-eight-digits"),
        Problem::IcoCheckDigit { expected, .. } => format(
            "problem-ico-check-digit",
            &[("expected", expected.to_string().into())],
        ),
        Problem::ReplacesItself => plain("problem-replaces-itself"),
        Problem::NotARule(why) => format("problem-not-a-rule", &[("why", why.as_str().into())]),
        Problem::RepeatsMoreThanDaily => plain("problem-repeats-more-than-daily"),
        Problem::OccurrenceRepeats => plain("problem-occurrence-repeats"),
        Problem::StepNotAllowed { from, to } => {
            let next: Vec<&str> = crate::domain::lifecycle::next_steps(*from)
                .iter()
                .map(|s| choice_label(ChoiceSet::AgreementStatus, s.index()))
                .collect();
            let allowed = if next.is_empty() {
                text("problem-step-none-allowed").to_string()
            } else {
                next.join(", ")
            };
            let status = |s: &crate::domain::AgreementStatus| {
                choice_label(ChoiceSet::AgreementStatus, s.index())
            };
            format(
                "problem-step-not-allowed",
                &[
                    ("from", status(from).into()),
                    ("to", status(to).into()),
                    ("allowed", allowed.into()),
                ],
            )
        }
        Problem::NonexistentLocalTime => plain("problem-nonexistent-local-time"),
    }
}

/// What happened to a record, in its history.
pub fn change(change: crate::store::audit::Change) -> &'static str {
    use crate::store::audit::Change as C;
    text(match change {
        C::Created => "change-created",
        C::Updated => "change-updated",
        C::Deleted => "change-deleted",
        C::Erased => "change-erased",
    })
}

/// A usual way of repeating, in words.
pub fn preset(preset: crate::domain::recurrence::Preset) -> &'static str {
    use crate::domain::recurrence::Preset as P;
    text(match preset {
        P::Once => "preset-once",
        P::Weekly => "preset-weekly",
        P::Fortnightly => "preset-fortnightly",
        P::MonthlyOnDay => "preset-monthly_on_day",
        P::MonthlyOnWeekday => "preset-monthly_on_weekday",
        P::QuarterlyOnWeekday => "preset-quarterly_on_weekday",
        P::Yearly => "preset-yearly",
    })
}

/// A repeat rule in words: "every first Tuesday of the month, until
/// 2027-12-31", "každé první úterý v měsíci, do 31. 12. 2027". A rule of
/// an unusual shape is shown as written.
pub fn repeat(rule: &str) -> String {
    use crate::domain::repeat::{Ends, Repeat, read};
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let day = |n: u32| WEEKDAYS[(n.clamp(1, 7) - 1) as usize];
    let (shape, ends) = read(rule);
    let said = match shape {
        Repeat::Daily(n) => format("repeat-daily", &[("n", n.into())]),
        Repeat::Weekly(n, days) if days.is_empty() => format("repeat-weekly", &[("n", n.into())]),
        Repeat::Weekly(n, days) => {
            let days: Vec<&str> = days
                .iter()
                .map(|d| weekday_short_of(*d as usize - 1))
                .collect();
            format(
                "repeat-weekly-on",
                &[("n", n.into()), ("days", days.join(", ").into())],
            )
        }
        Repeat::MonthlyOnDay(n) => format("repeat-monthly-day", &[("n", n.into())]),
        Repeat::MonthlyOnWeekday(n, ordinal, weekday) => {
            let ordinal = match ordinal {
                1 => "first",
                2 => "second",
                3 => "third",
                4 => "fourth",
                _ => "last",
            };
            format(
                "repeat-monthly-weekday",
                &[
                    ("n", n.into()),
                    ("ordinal", ordinal.into()),
                    ("weekday", day(weekday).into()),
                ],
            )
        }
        Repeat::Yearly(n) => format("repeat-yearly", &[("n", n.into())]),
        Repeat::Other(rule) => rule,
    };
    match ends {
        Ends::Never => said,
        Ends::After(count) => format(
            "repeat-count",
            &[("repeat", said.into()), ("count", count.into())],
        ),
        Ends::On(last) => format(
            "repeat-until",
            &[("repeat", said.into()), ("date", date(last).into())],
        ),
    }
}

/// Which occurrences of a series an edit applies to.
pub fn scope(scope: Scope) -> &'static str {
    text(match scope {
        Scope::ThisOne => "scope-this_one",
        Scope::ThisAndFollowing => "scope-this_and_following",
        Scope::WholeSeries => "scope-whole_series",
    })
}

/// An action's label in the hint bar of a mode.
pub fn hint(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        // Esc on the first screen leads to the lists, not "back".
        (Mode::Dashboard, Action::Back) => text("dashboard-to-lists"),
        (Mode::Dashboard, Action::DetailOpen) => text("dashboard-open-or-fold"),
        (Mode::Calendar, Action::MoveUp) => text("calendar-move-up"),
        (Mode::Calendar, Action::MoveDown) => text("calendar-move-down"),
        // Help explains the form's keys at length; the hint bar keeps the
        // action's own short words.
        (Mode::Import, _) if import_hint(action).is_some() => {
            text(import_hint(action).unwrap_or_default())
        }
        _ => action_help(action),
    }
}

/// The words of the import screen's keys, where they differ from the
/// actions' own: Enter chooses a column's field, `d` the way duplicates go.
fn import_hint(action: Action) -> Option<&'static str> {
    Some(match action {
        Action::PickerOpen => "sheet-ui-hint-field",
        Action::ChoiceNext => "sheet-ui-hint-duplicates",
        Action::RecordSave => "sheet-ui-hint-import",
        Action::FieldNext => "sheet-ui-hint-pane",
        _ => return None,
    })
}

/// An action's label in the hint bar of a mode where the full one does
/// not fit.
pub fn hint_short(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (Mode::Dashboard, Action::Back) => short("dashboard-to-lists"),
        (Mode::Dashboard, Action::DetailOpen) => short("dashboard-open-or-fold"),
        (Mode::Import, _) if import_hint(action).is_some() => {
            short(import_hint(action).unwrap_or_default())
        }
        _ => short(action.help_key()),
    }
}

/// An action's label in the hint bar of a form on long text (agenda,
/// minutes, notes), where Enter makes a new line.
pub fn hint_long_text(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (Mode::Form, Action::PickerOpen) => text("hint-new-line"),
        _ => hint(mode, action),
    }
}

/// [`hint_long_text`] where the full label does not fit.
pub fn hint_long_text_short(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (Mode::Form, Action::PickerOpen) => short("hint-new-line"),
        _ => hint_short(mode, action),
    }
}

/// What an action does, as help and the hint bar say it.
pub fn action_help(action: Action) -> &'static str {
    text(action.help_key())
}

/// What an action does in a mode, as help says it: in a form, the keys
/// that long text takes its own way say both ways.
pub fn help(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        (Mode::Form, Action::PickerOpen) => text("help-form-enter"),
        (Mode::Form, Action::MoveUp) => text("help-form-up"),
        (Mode::Form, Action::MoveDown) => text("help-form-down"),
        (Mode::Form, Action::CursorHome) => text("help-form-home"),
        (Mode::Form, Action::CursorEnd) => text("help-form-end"),
        (Mode::Dashboard, Action::DetailOpen) => text("dashboard-open-or-fold"),
        (Mode::Calendar, Action::MoveUp) => text("calendar-move-up"),
        (Mode::Calendar, Action::MoveDown) => text("calendar-move-down"),
        (Mode::Import, _) => hint(mode, action),
        _ => action_help(action),
    }
}

/// The heading of a mode's section in help.
pub fn mode_title(mode: Mode) -> &'static str {
    text(mode.help_key())
}

/// A key or key sequence as a person reads it, from the keymap's notation
/// (`down`, `C-s`, `g g`): arrows as arrows, the space bar and the page
/// keys by the names on a keyboard in the spoken language.
pub fn key_label(notation: &str) -> String {
    notation
        .split(' ')
        .map(|key| {
            let (mods, name) = match key.rfind('-') {
                Some(at) if at + 1 < key.len() => key.split_at(at + 1),
                _ => ("", key),
            };
            let name = match name {
                "up" => "↑",
                "down" => "↓",
                "left" => "←",
                "right" => "→",
                "space" => text("key-space"),
                "pageup" => "PgUp",
                "pagedown" => "PgDn",
                "backtab" => "S-Tab",
                "enter" => "Enter",
                "esc" => "Esc",
                "tab" => "Tab",
                "home" => "Home",
                "end" => "End",
                "backspace" => "Backspace",
                "delete" => "Delete",
                "insert" => "Insert",
                other => other,
            };
            format!("{mods}{name}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Dates and times, one way per language: `1. 12. 2026`, `út 1. 12.`,
/// `úterý 1. prosince 2026`, `14:30` in Czech; `2026-12-01`, `Tue 1 Dec`,
/// `Tuesday 1 December 2026`, `14:30` in English. Weeks start on Monday.
fn day_args(day: NaiveDate) -> [(&'static str, FluentValue<'static>); 7] {
    let weekday = day.weekday().number_from_monday();
    [
        ("day", day.day().to_string().into()),
        ("month", day.month().to_string().into()),
        ("day2", format!("{:02}", day.day()).into()),
        ("month2", format!("{:02}", day.month()).into()),
        ("year", day.year().to_string().into()),
        ("weekday", text(&format!("weekday-{weekday}")).into()),
        (
            "month_name",
            text(&format!("month-of-{}", day.month())).into(),
        ),
    ]
}

/// A date: `1. 12. 2026` (cs), `2026-12-01` (en).
pub fn date(day: NaiveDate) -> String {
    format("date", &day_args(day))
}

/// A day in a short list: `út 1. 12.` (cs), `Tue 1 Dec` (en).
pub fn day_short(day: NaiveDate) -> String {
    let mut args = day_args(day).to_vec();
    args.push(("wd", weekday_short(day).into()));
    args.push(("mon", text(&format!("month-short-{}", day.month())).into()));
    format("day-short", &args)
}

/// A day as a heading: `úterý 1. prosince 2026`, `Tuesday 1 December 2026`.
pub fn day_heading(day: NaiveDate) -> String {
    format("day-long", &day_args(day))
}

/// A weekday's short name: `út`, `Tue`.
pub fn weekday_short(day: NaiveDate) -> &'static str {
    weekday_short_of(day.weekday().num_days_from_monday() as usize)
}

/// The short name of the weekday `index` days after Monday.
pub fn weekday_short_of(index: usize) -> &'static str {
    text(&format!("weekday-short-{}", index % 7 + 1))
}

/// A month and its year, as a calendar's title: `prosinec 2026`, `December 2026`.
pub fn month_title(day: NaiveDate) -> String {
    format(
        "month-title",
        &[
            ("month_name", text(&format!("month-{}", day.month())).into()),
            ("year", day.year().to_string().into()),
        ],
    )
}

/// A time of day: `14:30`.
pub fn time(at: NaiveTime) -> String {
    at.format("%H:%M").to_string()
}

/// A date and a time: `1. 12. 2026 14:30`, `2026-12-01 14:30`.
pub fn date_time(at: NaiveDateTime) -> String {
    format!("{} {}", date(at.date()), time(at.time()))
}

pub mod dashboard;

/// Calendar wording.
pub mod calendar {
    use super::{format, text};

    /// Title of the agenda.
    pub fn agenda() -> &'static str {
        text("calendar-agenda")
    }
    /// Title of the week view.
    pub fn week() -> &'static str {
        text("calendar-week")
    }
    /// Title of the month view.
    pub fn month() -> &'static str {
        text("calendar-month")
    }
    /// Shown on days without meetings in the agenda.
    pub fn no_meetings() -> &'static str {
        text("calendar-no-meetings")
    }
    /// Prefix of the date prompt.
    pub fn goto() -> &'static str {
        text("calendar-goto")
    }
    /// Prefix of the prompt for a file to import.
    pub fn import_from() -> &'static str {
        text("calendar-import-from")
    }
    /// Prefix of the prompt for a moved occurrence's new start.
    pub fn move_to() -> &'static str {
        text("calendar-move-to")
    }
    /// Marks a cancelled meeting (not colour alone).
    pub fn cancelled() -> &'static str {
        text("calendar-cancelled")
    }
    /// Marks a moved occurrence.
    pub fn moved() -> &'static str {
        text("calendar-moved")
    }
    /// Marks a meeting (or one occurrence) marked held.
    pub fn held() -> &'static str {
        text("calendar-held")
    }
    /// Marks a meeting that overlaps another with the same person or place.
    pub fn clash() -> &'static str {
        text("calendar-clash")
    }
    /// Before the time of such a meeting where there is no room for the
    /// word (not colour alone).
    pub const CLASH_MARK: &str = "!";
    /// In the title of a week or month that has such a meeting: what the
    /// mark means.
    pub fn clash_legend() -> &'static str {
        text("calendar-clash-legend")
    }
    /// Marks today.
    pub fn today() -> &'static str {
        text("calendar-today")
    }
    /// Heading of a person's open action items in their agenda.
    pub fn to_do() -> &'static str {
        text("calendar-to-do")
    }
    /// Before an action item's due date.
    pub fn due() -> &'static str {
        text("calendar-due")
    }
    /// Marks an action item past its due date (not colour alone).
    pub fn overdue() -> &'static str {
        text("calendar-overdue")
    }
    /// "N more" in a full cell.
    pub fn more(n: usize) -> String {
        format("calendar-more", &[("count", n.into())])
    }
    /// The filter in the title.
    pub fn only(name: &str) -> String {
        format("calendar-only", &[("name", name.into())])
    }
    /// A count of meetings in a month cell.
    pub fn count(n: usize) -> String {
        format("calendar-count", &[("count", n.into())])
    }
}

/// The agreements timeline.
pub mod timeline {
    use super::text;

    /// Title.
    pub fn title() -> &'static str {
        text("timeline-title")
    }
    /// Before the legend.
    pub fn legend() -> &'static str {
        text("timeline-legend")
    }
    /// No agreements.
    pub fn none() -> &'static str {
        text("timeline-none")
    }
    /// An agreement without an end date.
    pub fn open_ended() -> &'static str {
        text("timeline-open-ended")
    }
    /// Only facilities and NGOs have a timeline.
    pub fn only_for() -> &'static str {
        text("timeline-only-for")
    }
}

/// Meeting clash warnings.
pub mod clash {
    use super::format;

    /// The same person is in both meetings.
    pub fn same_person(name: &str) -> String {
        format("clash-same-person", &[("name", name.into())])
    }
    /// Both meetings are at the same facility.
    pub fn same_facility(name: &str) -> String {
        format("clash-same-facility", &[("name", name.into())])
    }
    /// Too little time to travel between facilities.
    pub fn travel(name: &str, minutes: i64) -> String {
        format(
            "clash-travel",
            &[("name", name.into()), ("minutes", minutes.into())],
        )
    }
    /// Before an import's summary: how many of the meetings it saved
    /// clash with stored ones.
    pub fn imported(meetings: usize) -> String {
        if meetings == 0 {
            return String::new();
        }
        format!(
            "{} ",
            format("clash-imported", &[("count", meetings.into())])
        )
    }
    /// A line of the import's report: an imported meeting, the stored one it
    /// clashes with, when and why.
    pub fn imported_over(title: &str, other: &str, when: &str, why: &str) -> String {
        format(
            "clash-imported-over",
            &[
                ("title", title.into()),
                ("other", other.into()),
                ("when", when.into()),
                ("why", why.into()),
            ],
        )
    }
    /// The question, with one line per clash.
    pub fn question(lines: &[String], more: usize) -> String {
        format(
            "clash-question",
            &[("clashes", lines.join("; ").into()), ("more", more.into())],
        )
    }
}

/// Fixed phrases of the interface.
pub mod phrase {
    use super::{format, kind_arg, text};
    use crate::domain::Kind;

    /// The app's name in the title bar.
    pub const APP: &str = "spojka";
    /// Marks a required field.
    pub const REQUIRED_MARK: &str = "*";

    /// Shown in an empty list.
    pub fn empty_list() -> &'static str {
        text("phrase-empty-list")
    }
    /// Shown in a list whose records are still being read.
    pub fn loading() -> &'static str {
        text("phrase-loading")
    }
    /// Shown when a filter matches nothing.
    pub fn no_match() -> &'static str {
        text("phrase-no-match")
    }
    /// Prefix of the filter line.
    pub fn filter() -> &'static str {
        text("phrase-filter")
    }
    /// Marker beside archived records (not colour alone).
    pub fn archived_mark() -> &'static str {
        text("phrase-archived-mark")
    }
    /// Title of the help screen.
    pub fn help_title() -> &'static str {
        text("phrase-help-title")
    }
    /// Title of the history screen.
    pub fn history_title() -> &'static str {
        text("phrase-history-title")
    }
    /// Shown when a record has no history.
    pub fn no_history() -> &'static str {
        text("phrase-no-history")
    }
    /// On a box's bottom border: there is more below.
    pub fn more_below() -> &'static str {
        text("phrase-more-below")
    }
    /// Section heading in detail.
    pub fn related() -> &'static str {
        text("phrase-related")
    }
    /// Label of an agreement's lifecycle log in its detail.
    pub fn steps() -> &'static str {
        text("phrase-steps")
    }
    /// Label of a series' next occurrence in its detail.
    pub fn next_occurrence() -> &'static str {
        text("phrase-next-occurrence")
    }
    /// Label of a series' cancelled occurrences in its detail.
    pub fn cancelled_occurrences() -> &'static str {
        text("phrase-cancelled-occurrences")
    }
    /// Label of a series' occurrences changed one by one in its detail.
    pub fn changed_occurrences() -> &'static str {
        text("phrase-changed-occurrences")
    }
    /// What one changed occurrence differs in: "moved to 9. 12. 2026 13:00".
    pub fn moved_to(at: chrono::NaiveDateTime) -> String {
        format("phrase-moved-to", &[("at", super::date_time(at).into())])
    }
    /// A title quoted the spoken language's way.
    pub fn quoted(title: &str) -> String {
        format("phrase-quoted", &[("text", title.into())])
    }
    /// What one changed occurrence differs in: details other than its
    /// title and status.
    pub fn own_details() -> &'static str {
        text("phrase-own-details")
    }
    /// Shown when nothing is related.
    pub fn nothing_related() -> &'static str {
        text("phrase-nothing-related")
    }
    /// The title of a form: a new record of `kind`, or an existing one.
    pub fn form_title(kind: Kind, new: bool) -> String {
        let id = if new {
            "form-title-new"
        } else {
            "form-title-edit"
        };
        format(id, &[("kind", kind_arg(kind))])
    }
    /// The title of a form that edits one occurrence of a series.
    pub fn edit_this_occurrence() -> &'static str {
        text("form-title-occurrence")
    }
    /// Title of the question which occurrences of a series to edit.
    pub fn edit_which() -> &'static str {
        text("phrase-edit-which")
    }
    /// Title of a yes/no question.
    pub fn confirm_title() -> &'static str {
        text("phrase-confirm-title")
    }
    /// Picker title prefix.
    pub fn choose() -> &'static str {
        text("phrase-choose")
    }
    /// Search prompt in a picker.
    pub fn search() -> &'static str {
        text("phrase-search")
    }
    /// The terminal is too small to draw anything useful.
    pub fn too_small() -> &'static str {
        text("phrase-too-small")
    }
    /// Shown while a save is in progress.
    pub fn saving() -> &'static str {
        text("phrase-saving")
    }
    /// Hint shown in the status line when nothing else is to be said.
    pub fn ready() -> &'static str {
        text("phrase-ready")
    }
}

/// Status messages: what just happened, or what went wrong, in words.
pub mod status {
    use super::{format, kind_arg, text};
    use crate::domain::Kind;

    fn about(id: &str, kind: Kind, name: &str) -> String {
        format(id, &[("kind", kind_arg(kind)), ("name", name.into())])
    }

    /// A record was saved and is durable.
    pub fn saved(kind: Kind, name: &str) -> String {
        about("status-saved", kind, name)
    }
    /// A save refused because the record changed elsewhere.
    pub fn not_saved_changed_elsewhere(name: &str) -> String {
        format(
            "status-not-saved-changed-elsewhere",
            &[("name", name.into())],
        )
    }
    /// The idle timeout is near and a form holds unsaved changes.
    pub fn idle_soon_unsaved() -> &'static str {
        text("status-idle-soon-unsaved")
    }
    /// A form was reloaded with the record as saved elsewhere.
    pub fn reloaded() -> &'static str {
        text("status-reloaded")
    }
    /// A record open in a form was deleted elsewhere.
    pub fn gone_elsewhere(kind: Kind) -> String {
        format("status-gone-elsewhere", &[("kind", kind_arg(kind))])
    }
    /// A record was deleted.
    pub fn deleted(kind: Kind, name: &str) -> String {
        about("status-deleted", kind, name)
    }
    /// A record was archived or restored.
    pub fn archived(kind: Kind, name: &str, archived: bool) -> String {
        let id = if archived {
            "status-archived"
        } else {
            "status-restored"
        };
        about(id, kind, name)
    }
    /// An import finished.
    pub fn imported(
        path: &str,
        created: usize,
        updated: usize,
        unchanged: usize,
        skipped: usize,
    ) -> String {
        format(
            "status-imported",
            &[
                ("path", path.into()),
                ("created", created.into()),
                ("updated", updated.into()),
                ("unchanged", unchanged.into()),
                ("skipped", skipped.into()),
            ],
        )
    }
    /// iCalendar holds meetings only.
    pub fn ics_is_for_meetings() -> &'static str {
        text("status-ics-is-for-meetings")
    }
    /// An export was written; `cut` cells were over a spreadsheet's limit
    /// and were cut.
    pub fn exported(count: usize, path: &str, cut: usize) -> String {
        let written = format(
            "status-exported",
            &[("count", count.into()), ("path", path.into())],
        );
        if cut == 0 {
            written
        } else {
            format(
                "status-exported-cut",
                &[("written", written.into()), ("cut", cells_cut(cut).into())],
            )
        }
    }
    /// How many cells of an XLSX export were cut at a spreadsheet's limit.
    pub fn cells_cut(cut: usize) -> String {
        format(
            "status-cells-cut",
            &[
                ("count", cut.into()),
                ("limit", crate::export::CELL_LIMIT.into()),
            ],
        )
    }
    /// Something the driver did failed.
    pub fn failed(what: &str) -> String {
        format("status-failed", &[("what", what.into())])
    }
    /// A form has problems.
    pub fn form_invalid(count: usize) -> String {
        format("status-form-invalid", &[("count", count.into())])
    }
    /// Reference data loaded.
    pub fn seeded(created: usize, skipped: usize) -> String {
        format(
            "status-seeded",
            &[("created", created.into()), ("skipped", skipped.into())],
        )
    }
    /// Archived records are now shown or hidden.
    pub fn archived_shown(shown: bool) -> &'static str {
        text(if shown {
            "status-archived-shown"
        } else {
            "status-archived-hidden"
        })
    }
    /// Sorted by a column.
    pub fn sorted(column: &str, descending: bool) -> String {
        let id = if descending {
            "status-sorted-descending"
        } else {
            "status-sorted-ascending"
        };
        format(id, &[("column", column.into())])
    }
    /// A meeting is marked held only once it has started.
    pub fn not_started_yet(start: chrono::NaiveDateTime) -> String {
        format(
            "status-not-started-yet",
            &[("start", super::date_time(start).into())],
        )
    }
    /// Renewal is for agreements.
    pub fn renew_is_for_agreements() -> &'static str {
        text("status-renew-is-for-agreements")
    }
    /// Nothing is selected for an action that needs a record.
    pub fn nothing_selected() -> &'static str {
        text("status-nothing-selected")
    }
    /// Typing into a field that is chosen from a list.
    pub fn choose_from_list() -> &'static str {
        text("status-choose-from-list")
    }
    /// Nothing to choose from (e.g. no facilities yet).
    pub fn nothing_to_choose() -> &'static str {
        text("status-nothing-to-choose")
    }
    /// The selected row in detail is not a link.
    pub fn not_a_link() -> &'static str {
        text("status-not-a-link")
    }
    /// A key not bound in this mode.
    pub fn unbound(key: &str) -> String {
        format("status-unbound", &[("key", key.into())])
    }
    /// Records that could not be read were left out.
    pub fn unreadable(count: usize, first: &str, reason: &str) -> String {
        format(
            "status-unreadable",
            &[
                ("count", count.into()),
                ("first", first.into()),
                ("reason", reason.into()),
            ],
        )
    }
}

/// Yes/no questions.
pub mod question {
    use super::{format, kind_arg, text};
    use crate::domain::Kind;

    /// Offered on first start.
    pub fn seed(facilities: usize) -> String {
        format("question-seed", &[("count", facilities.into())])
    }
    /// Cancel one occurrence.
    pub fn cancel_occurrence(title: &str, day: chrono::NaiveDate) -> String {
        format(
            "question-cancel-occurrence",
            &[
                ("title", title.into()),
                ("day", super::day_heading(day).into()),
            ],
        )
    }
    /// Discard a changed form.
    pub fn discard() -> &'static str {
        text("question-discard")
    }
    /// Delete a record.
    pub fn delete(kind: Kind, name: &str) -> String {
        format(
            "question-delete",
            &[("kind", kind_arg(kind)), ("name", name.into())],
        )
    }
    /// A record that refers to another, named in a question: `meeting
    /// "Porada"`, `schůzka „Porada“`.
    pub fn referrer(kind: Kind, name: &str) -> String {
        format(
            "question-referrer",
            &[("kind", kind_arg(kind)), ("name", name.into())],
        )
    }
    /// A referenced record: archive instead.
    pub fn archive_instead(kind: Kind, name: &str, referrers: &[String], more: usize) -> String {
        format(
            "question-archive-instead",
            &[
                ("kind", kind_arg(kind)),
                ("name", name.into()),
                ("referrers", referrers.join("; ").into()),
                ("more", more.into()),
            ],
        )
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod overview_tests;
