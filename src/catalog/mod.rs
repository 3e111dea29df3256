//! Every piece of UI text, in one place (English first; Czech will follow as a
//! second catalog with the same functions). Widgets and the app ask here; they
//! never spell out text of their own. Data (names, Czech region names) is not UI
//! text and is not translated.

use crate::domain::choice::ChoiceSet;
use crate::domain::{Kind, Problem, Region};
use crate::vocab::{Action, Mode, Scope};

pub mod access;
pub mod coverage;
pub mod figures;
pub mod holidays;
pub mod merge;

/// The tab title of a record kind.
pub fn tab_title(kind: Kind) -> &'static str {
    match kind {
        Kind::Facility => "Facilities",
        Kind::Organisation => "NGOs",
        Kind::Person => "People",
        Kind::Assignment => "Assignments",
        Kind::Meeting => "Meetings",
        Kind::Agreement => "Agreements",
        Kind::ActionItem => "Actions",
    }
}

/// One record of a kind, in a sentence ("Delete this facility?").
pub fn kind_singular(kind: Kind) -> &'static str {
    match kind {
        Kind::Facility => "facility",
        Kind::Organisation => "NGO",
        Kind::Person => "person",
        Kind::Assignment => "assignment",
        Kind::Meeting => "meeting",
        Kind::Agreement => "agreement",
        Kind::ActionItem => "action item",
    }
}

/// What records of a kind are, for the command line's help.
pub fn kind_help(kind: Kind) -> &'static str {
    match kind {
        Kind::Facility => "prisons and other facilities",
        Kind::Organisation => "NGOs",
        Kind::Person => "coordinators and contacts",
        Kind::Assignment => "people assigned to facilities",
        Kind::Meeting => "meetings",
        Kind::Agreement => "cooperation agreements",
        Kind::ActionItem => "action items from meetings",
    }
}

/// The label of a field, by its stable id.
pub fn field_label(id: &str) -> &'static str {
    match id {
        "name" => "Name",
        "kind" => "Kind",
        "region" => "Region",
        "town" => "Town",
        "address" => "Address",
        "contact" => "Contact",
        "phone" => "Phone",
        "email" => "E-mail",
        "notes" => "Notes",
        "ico" => "IČO",
        "membership" => "Membership",
        "regions" => "Regions",
        "services" => "Services",
        "web" => "Web",
        "organisation" => "NGO",
        "facility" => "Facility",
        "facilities" => "Facilities",
        "role" => "Role",
        "person" => "Person",
        "from" => "From",
        "until" => "Until",
        "title" => "Title",
        "start" => "Start",
        "end" => "End",
        "place" => "Room / link",
        "organiser" => "Organiser",
        "attendees" => "Attendees",
        "agenda" => "Agenda",
        "minutes" => "Minutes",
        "status" => "Status",
        "subject" => "Subject",
        "signed_on" => "Signed on",
        "valid_from" => "Valid from",
        "valid_until" => "Valid until",
        "notice_period" => "Notice period",
        "signatories" => "Signatories",
        "reference" => "Reference (č. j.)",
        "replaces" => "Renews",
        "archived" => "Archived",
        "repeat" => "Repeats",
        "what" => "What",
        "owner" => "Owner",
        "due" => "Due",
        "meeting" => "Meeting",
        "done" => "Status",
        _ => "?",
    }
}

/// A hint shown in an empty field of this kind.
pub fn field_hint(kind: crate::domain::FieldKind) -> &'static str {
    use crate::domain::FieldKind as F;
    match kind {
        F::Date => "YYYY-MM-DD or D.M.YYYY",
        F::Rule => "Enter: choose; add ;COUNT=6 or ;UNTIL=20271231 to end it",
        F::DateTime => "YYYY-MM-DD HH:MM",
        F::Choice(_) | F::Ref(_) => "Enter to choose",
        F::Multi(_) | F::Refs(_) => "Enter to choose several",
        F::Ico => "8 digits",
        _ => "",
    }
}

/// The label of one option of a choice list.
pub fn choice_label(set: ChoiceSet, index: usize) -> &'static str {
    const FACILITY: [&str; 5] = [
        "prison (věznice)",
        "remand prison (vazební věznice)",
        "security detention (ÚVZD)",
        "youth institution (výchovný ústav)",
        "children's home with school (DDŠ)",
    ];
    const MEMBERSHIP: [&str; 4] = ["member", "observer", "partner", "none"];
    const SERVICE: [&str; 15] = [
        "addiction",
        "debt counselling",
        "social counselling",
        "family contact",
        "release preparation",
        "post-penitentiary care",
        "case management",
        "housing",
        "employment",
        "education",
        "restorative programmes",
        "probation programmes",
        "mediation",
        "spiritual care",
        "other",
    ];
    const MEETING_KIND: [&str; 4] = ["coordination", "programme session", "visit", "online call"];
    const MEETING_STATUS: [&str; 3] = ["planned", "held", "cancelled"];
    const AGREEMENT_STATUS: [&str; 5] = ["draft", "negotiating", "signed", "expired", "terminated"];
    const ACTION_STATUS: [&str; 2] = ["open", "done"];
    let label = match set {
        ChoiceSet::FacilityKind => FACILITY.get(index),
        ChoiceSet::Membership => MEMBERSHIP.get(index),
        ChoiceSet::Service => SERVICE.get(index),
        ChoiceSet::Region => return Region::ALL.get(index).map_or("?", |r| r.name_cs()),
        ChoiceSet::MeetingKind => MEETING_KIND.get(index),
        ChoiceSet::MeetingStatus => MEETING_STATUS.get(index),
        ChoiceSet::AgreementStatus => AGREEMENT_STATUS.get(index),
        ChoiceSet::ActionStatus => ACTION_STATUS.get(index),
    };
    label.copied().unwrap_or("?")
}

/// What is wrong with a field, in words; shown beside the field, which
/// shows the value itself.
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Required => "required".into(),
        Problem::NotADate(_) => "not a date (YYYY-MM-DD or D.M.YYYY)".into(),
        Problem::NotADateTime(_) => "not a date and time (YYYY-MM-DD HH:MM)".into(),
        Problem::EndBeforeStart => "end before start".into(),
        Problem::UntilBeforeFrom => "ends before it starts".into(),
        Problem::NotAnEmail(_) => "not an e-mail address".into(),
        Problem::NotAPhone(_) => "not a phone number".into(),
        Problem::NotAWebAddress(_) => "not a web address".into(),
        Problem::IcoNotEightDigits(_) => "an IČO has 8 digits".into(),
        Problem::IcoCheckDigit { expected, .. } => {
            format!("check digit wrong (should end in {expected})")
        }
        Problem::ReplacesItself => "an agreement cannot renew itself".into(),
        Problem::NotARule(why) => format!("not a repeat rule: {why}"),
        Problem::RepeatsMoreThanDaily => {
            "repeats more than once a day; a meeting repeats daily at most".into()
        }
        Problem::StepNotAllowed { from, to } => {
            let next: Vec<&str> = crate::domain::lifecycle::next_steps(*from)
                .iter()
                .map(|s| choice_label(ChoiceSet::AgreementStatus, s.index()))
                .collect();
            let allowed = if next.is_empty() {
                "none: renew it instead".to_string()
            } else {
                next.join(", ")
            };
            format!(
                "cannot go from {} to {} (allowed: {allowed})",
                choice_label(ChoiceSet::AgreementStatus, from.index()),
                choice_label(ChoiceSet::AgreementStatus, to.index())
            )
        }
        Problem::NonexistentLocalTime => {
            "this time does not exist in Prague (clocks go forward)".into()
        }
    }
}

/// What happened to a record, in its history.
pub fn change(change: crate::store::audit::Change) -> &'static str {
    use crate::store::audit::Change as C;
    match change {
        C::Created => "created",
        C::Updated => "changed",
        C::Deleted => "deleted",
        C::Erased => "deleted, personal data erased",
    }
}

/// A usual way of repeating, in words.
pub fn preset(preset: crate::domain::recurrence::Preset) -> &'static str {
    use crate::domain::recurrence::Preset as P;
    match preset {
        P::Once => "does not repeat",
        P::Weekly => "every week",
        P::Fortnightly => "every two weeks",
        P::MonthlyOnDay => "every month on the same day",
        P::MonthlyOnWeekday => "every month on the same weekday (e.g. first Tuesday)",
        P::QuarterlyOnWeekday => "every quarter on the same weekday",
        P::Yearly => "every year",
    }
}

/// Which occurrences of a series an edit applies to.
pub fn scope(scope: Scope) -> &'static str {
    use Scope as S;
    match scope {
        S::ThisOne => "only this one",
        S::ThisAndFollowing => "this one and the following",
        S::WholeSeries => "the whole series",
    }
}

/// An action's label in the hint bar of a mode.
pub fn hint(mode: Mode, action: Action) -> &'static str {
    match (mode, action) {
        // Esc on the first screen leads to the lists, not "back".
        (Mode::Dashboard, Action::Back) => dashboard::TO_LISTS,
        _ => action_help(action),
    }
}

/// What an action does, as help and the hint bar say it.
pub fn action_help(action: Action) -> &'static str {
    words(ACTION_HELP, action.help_key(), action.name())
}

/// The heading of a mode's section in help.
pub fn mode_title(mode: Mode) -> &'static str {
    words(MODE_TITLES, mode.help_key(), mode.name())
}

/// The words under `key` in a table of this catalog, or `fallback` (the
/// name the keymap uses) where the table has none, which the tests rule out.
fn words(table: &[(&str, &'static str)], key: &str, fallback: &'static str) -> &'static str {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(fallback, |(_, words)| words)
}

/// What each action does, for the help screen, by [`Action::help_key`]. The
/// tests hold it to one entry per action.
const ACTION_HELP: &[(&str, &str)] = &[
    ("action.move_up", "up"),
    ("action.move_down", "down"),
    ("action.page_up", "page up"),
    ("action.page_down", "page down"),
    ("action.move_top", "first"),
    ("action.move_bottom", "last"),
    ("action.tab_next", "next tab"),
    ("action.tab_prev", "previous tab"),
    ("action.tab_facilities", "Facilities tab"),
    ("action.tab_ngos", "NGOs tab"),
    ("action.tab_people", "People tab"),
    ("action.tab_assignments", "Assignments tab"),
    ("action.tab_meetings", "Meetings tab"),
    ("action.tab_agreements", "Agreements tab"),
    ("action.tab_actions", "Actions tab"),
    (
        "action.occurrence_cancel",
        "cancel this meeting (occurrence)",
    ),
    ("action.occurrence_move", "move this meeting (occurrence)"),
    ("action.meeting_held", "mark held"),
    ("action.export_ics", "export meetings to iCalendar"),
    ("action.import_ics", "import an iCalendar file"),
    ("action.record_renew", "renew agreement"),
    ("action.timeline_show", "agreements over time"),
    ("action.dashboard_show", "what needs attention"),
    ("action.figures_show", "figures for a period"),
    ("action.figures_prev_year", "prev. year"),
    ("action.figures_next_year", "next year"),
    ("action.figures_period", "type a period"),
    ("action.report_markdown", "report .md"),
    ("action.report_html", "report .html"),
    ("action.figures_this_year", "this year so far"),
    ("action.sort_next", "sort by next column"),
    ("action.sort_reverse", "reverse sort"),
    ("action.filter_start", "filter"),
    ("action.filter_apply", "keep filter"),
    ("action.filter_cancel", "clear filter"),
    ("action.detail_open", "open"),
    ("action.back", "back"),
    ("action.link_follow", "go to linked record"),
    ("action.record_new", "new"),
    ("action.record_edit", "edit"),
    ("action.record_delete", "delete"),
    ("action.record_archive", "archive / restore"),
    ("action.archived_toggle", "show / hide archived"),
    ("action.history_show", "history"),
    ("action.export_csv", "export to CSV"),
    ("action.export_json", "export list to JSON"),
    ("action.field_next", "next field"),
    ("action.field_prev", "previous field"),
    ("action.choice_next", "next option"),
    ("action.choice_prev", "previous option"),
    ("action.picker_open", "choose from list"),
    ("action.field_clear", "clear field"),
    ("action.record_save", "save"),
    ("action.form_cancel", "cancel"),
    ("action.picker_toggle", "select / unselect"),
    ("action.picker_confirm", "done"),
    ("action.picker_cancel", "cancel"),
    ("action.confirm_yes", "yes"),
    ("action.confirm_no", "no"),
    ("action.merge_theirs", "keep theirs"),
    ("action.merge_yours", "keep yours"),
    ("action.merge_reload", "theirs everywhere"),
    ("action.cursor_left", "cursor left"),
    ("action.cursor_right", "cursor right"),
    ("action.cursor_home", "start of text"),
    ("action.cursor_end", "end of text"),
    ("action.delete_back", "delete before cursor"),
    ("action.delete_forward", "delete at cursor"),
    ("action.text_clear", "clear text"),
    ("action.help_toggle", "help"),
    ("action.quit", "quit"),
    ("action.calendar_open", "calendar"),
    ("action.calendar_agenda", "agenda"),
    ("action.calendar_week", "week"),
    ("action.calendar_month", "month"),
    ("action.calendar_today", "today"),
    ("action.calendar_prev_day", "previous day"),
    ("action.calendar_next_day", "next day"),
    ("action.calendar_prev_period", "previous week / month"),
    ("action.calendar_next_period", "next week / month"),
    ("action.calendar_goto", "go to date"),
    (
        "action.calendar_filter",
        "only one person / facility / NGO / region",
    ),
    ("action.calendar_filter_clear", "everyone's meetings"),
    ("action.move_left", "left"),
    ("action.move_right", "right"),
    ("action.coverage_show", "coverage map"),
    ("action.coverage_axis", "by region / by facility"),
];

/// The heading of each mode's section in help, by [`Mode::help_key`]. The
/// tests hold it to one entry per mode.
const MODE_TITLES: &[(&str, &str)] = &[
    ("mode.normal", "Lists"),
    ("mode.detail", "Record detail"),
    ("mode.filter", "Filter line"),
    ("mode.form", "Form"),
    ("mode.picker", "Choosing from a list"),
    ("mode.confirm", "Questions"),
    ("mode.help", "Help"),
    ("mode.history", "History"),
    ("mode.calendar", "Calendar"),
    ("mode.coverage", "Coverage map"),
    ("mode.dashboard", "What needs attention"),
    ("mode.figures", "Figures"),
    ("mode.merge", "Changed elsewhere"),
];

/// Short weekday names, Monday first.
pub const WEEKDAYS_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day as a heading: "Tuesday 1 December 2026".
pub fn day_heading(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    let weekday = WEEKDAYS[day.weekday().num_days_from_monday() as usize];
    let month = MONTHS[day.month0() as usize];
    format!("{weekday} {} {month} {}", day.day(), day.year())
}

pub mod dashboard;

/// Calendar wording.
pub mod calendar {
    /// Title of the agenda.
    pub const AGENDA: &str = "Agenda";
    /// Title of the week view.
    pub const WEEK: &str = "Week";
    /// Title of the month view.
    pub const MONTH: &str = "Month";
    /// Shown on a day without meetings in the agenda.
    pub const NO_MEETINGS: &str = "No meetings in these days.";
    /// Prefix of the date prompt.
    pub const GOTO: &str = "Go to date: ";
    /// Prefix of the prompt for a file to import.
    pub const IMPORT_FROM: &str = "Import iCalendar file: ";
    /// Prefix of the prompt for a moved occurrence's new start.
    pub const MOVE_TO: &str = "New start (YYYY-MM-DD HH:MM): ";
    /// Marks a cancelled meeting (not colour alone).
    pub const CANCELLED: &str = "[cancelled]";
    /// Marks a moved occurrence.
    pub const MOVED: &str = "[moved]";
    /// Marks today.
    pub const TODAY: &str = "today";
    /// Heading of a person's open action items in their agenda.
    pub const TO_DO: &str = "To do";
    /// Before an action item's due date.
    pub const DUE: &str = "due";
    /// Marks an action item past its due date (not colour alone).
    pub const OVERDUE: &str = "[overdue]";
    /// "N more" in a full cell.
    pub fn more(n: usize) -> String {
        format!("+{n} more")
    }
    /// The filter in the title.
    pub fn only(name: &str) -> String {
        format!("only {name}")
    }
    /// A count of meetings in a month cell.
    pub fn count(n: usize) -> String {
        if n == 1 {
            "1 meeting".into()
        } else {
            format!("{n} meetings")
        }
    }
}

/// The agreements timeline.
pub mod timeline {
    /// Title.
    pub const TITLE: &str = "Agreements over time";
    /// Before the legend.
    pub const LEGEND: &str = "Key:";
    /// No agreements.
    pub const NONE: &str = "No agreements yet.";
    /// An agreement without an end date.
    pub const OPEN_ENDED: &str = "open-ended";
    /// Only facilities and NGOs have a timeline.
    pub const ONLY_FOR: &str = "A timeline is shown for a facility, an NGO or an agreement.";
}

/// Meeting clash warnings.
pub mod clash {
    /// The same person is in both meetings.
    pub fn same_person(name: &str) -> String {
        format!("{name} is in both")
    }
    /// Both meetings are at the same facility.
    pub fn same_facility(name: &str) -> String {
        format!("same place: {name}")
    }
    /// Too little time to travel between facilities.
    pub fn travel(name: &str, minutes: i64) -> String {
        format!("{name} has {minutes} min to travel")
    }
    /// The question, with one line per clash.
    pub fn question(lines: &[String], more: usize) -> String {
        let mut text = format!("This meeting clashes with: {}", lines.join("; "));
        if more > 0 {
            text.push_str(&format!("; and {more} more"));
        }
        text.push_str(". Save anyway?");
        text
    }
}

/// Fixed phrases of the interface.
pub mod phrase {
    /// The app's name in the title bar.
    pub const APP: &str = "spojka";
    /// Shown in an empty list.
    pub const EMPTY_LIST: &str = "Nothing here yet. Press the 'new' key to add a record.";
    /// Shown in a list whose records are still being read.
    pub const LOADING: &str = "Loading…";
    /// Shown when a filter matches nothing.
    pub const NO_MATCH: &str = "Nothing matches the filter.";
    /// Prefix of the filter line.
    pub const FILTER: &str = "Filter: ";
    /// Marker beside archived records (not colour alone).
    pub const ARCHIVED_MARK: &str = "[archived]";
    /// Title of the help screen.
    pub const HELP_TITLE: &str = "Keys";
    /// Title of the history screen.
    pub const HISTORY_TITLE: &str = "History";
    /// Shown when a record has no history.
    pub const NO_HISTORY: &str = "No recorded changes.";
    /// Section heading in detail.
    pub const RELATED: &str = "Related";
    /// Label of an agreement's lifecycle log in its detail.
    pub const STEPS: &str = "Steps";
    /// Shown when nothing is related.
    pub const NOTHING_RELATED: &str = "Nothing refers to this record yet.";
    /// A new record's form title prefix.
    pub const NEW: &str = "New";
    /// An existing record's form title prefix.
    pub const EDIT: &str = "Edit";
    /// Marks a required field.
    pub const REQUIRED_MARK: &str = "*";
    /// Title of the question which occurrences of a series to edit.
    pub const EDIT_WHICH: &str = "Edit which meetings of the series?";
    /// Title of a yes/no question.
    pub const CONFIRM_TITLE: &str = "Please confirm";
    /// Picker title prefix.
    pub const CHOOSE: &str = "Choose";
    /// Search prompt in a picker.
    pub const SEARCH: &str = "Search: ";
    /// The terminal is too small to draw anything useful.
    pub const TOO_SMALL: &str = "Window too small: spojka needs at least 40x10.";
    /// "and N more" after a truncated list.
    pub const MORE: &str = "more";
    /// Shown while a save is in progress.
    pub const SAVING: &str = "Saving…";
    /// Hint shown in the status line when nothing else is to be said.
    pub const READY: &str = "Ready.";
}

/// Status messages: what just happened, or what went wrong, in words.
pub mod status {
    use super::kind_singular;
    use crate::domain::Kind;

    /// A record was saved and is durable.
    pub fn saved(kind: Kind, name: &str) -> String {
        format!("Saved {} \"{name}\".", kind_singular(kind))
    }
    /// A save refused because the record changed elsewhere.
    pub fn not_saved_changed_elsewhere(name: &str) -> String {
        format!("Not saved: \"{name}\" was changed elsewhere too.")
    }
    /// The idle timeout is near and a form holds unsaved changes.
    pub const IDLE_SOON_UNSAVED: &str =
        "Unsaved changes: closing in a minute for inactivity; save, or press a key.";
    /// A form was reloaded with the record as saved elsewhere.
    pub const RELOADED: &str =
        "The form now shows the record as saved elsewhere; your edits are gone.";
    /// A record open in a form was deleted elsewhere.
    pub fn gone_elsewhere(kind: Kind) -> String {
        format!(
            "This {} was deleted elsewhere while you edited it; nothing was saved.",
            kind_singular(kind)
        )
    }
    /// A record was deleted.
    pub fn deleted(kind: Kind, name: &str) -> String {
        format!("Deleted {} \"{name}\".", kind_singular(kind))
    }
    /// A record was archived or restored.
    pub fn archived(kind: Kind, name: &str, archived: bool) -> String {
        let verb = if archived { "Archived" } else { "Restored" };
        format!("{verb} {} \"{name}\".", kind_singular(kind))
    }
    /// An import finished.
    pub fn imported(
        path: &str,
        created: usize,
        updated: usize,
        unchanged: usize,
        skipped: usize,
    ) -> String {
        format!(
            "Imported {created} created, {updated} updated, {unchanged} unchanged, {skipped} skipped, from {path}"
        )
    }
    /// iCalendar holds meetings only.
    pub const ICS_IS_FOR_MEETINGS: &str =
        "iCalendar export is for meetings: go to the Meetings tab or the calendar.";
    /// An export was written.
    pub fn exported(count: usize, path: &str) -> String {
        format!("Exported {count} record(s) to {path}")
    }
    /// Something the driver did failed.
    pub fn failed(what: &str) -> String {
        format!("Error: {what}")
    }
    /// A form has problems.
    pub fn form_invalid(count: usize) -> String {
        format!("Not saved: {count} field(s) need attention.")
    }
    /// Reference data loaded.
    pub fn seeded(created: usize, skipped: usize) -> String {
        format!("Loaded {created} facilities ({skipped} were already there).")
    }
    /// Archived records are now shown or hidden.
    pub fn archived_shown(shown: bool) -> String {
        if shown {
            "Showing archived records.".into()
        } else {
            "Hiding archived records.".into()
        }
    }
    /// Sorted by a column.
    pub fn sorted(column: &str, descending: bool) -> String {
        let order = if descending {
            "descending"
        } else {
            "ascending"
        };
        format!("Sorted by {column}, {order}.")
    }
    /// "Held" is set on a whole series through its form, not per occurrence.
    pub const HELD_IS_PER_MEETING: &str =
        "A series is marked held as a whole: edit the meeting and set its status.";
    /// Renewal is for agreements.
    pub const RENEW_IS_FOR_AGREEMENTS: &str = "Only agreements are renewed: select an agreement.";
    /// Nothing is selected for an action that needs a record.
    pub const NOTHING_SELECTED: &str = "No record selected.";
    /// This field cannot be chosen from a list.
    pub const NOT_A_LIST: &str = "This field is typed, not chosen from a list.";
    /// Typing into a field that is chosen from a list.
    pub const CHOOSE_FROM_LIST: &str = "This field is chosen from a list: press Enter to open it.";
    /// Nothing to choose from (e.g. no facilities yet).
    pub const NOTHING_TO_CHOOSE: &str = "Nothing to choose from yet: create such records first.";
    /// The selected row in detail is not a link.
    pub const NOT_A_LINK: &str = "Select a related record to go to it.";
    /// A key not bound in this mode.
    pub fn unbound(key: &str) -> String {
        format!("{key} does nothing here; press ? for help.")
    }
}

/// Yes/no questions.
pub mod question {
    use super::kind_singular;
    use crate::domain::Kind;

    /// Offered on first start.
    pub fn seed(facilities: usize) -> String {
        format!(
            "The database is empty. Load the public list of {facilities} Czech prisons (with their regions)? You can do it later with `spojka seed`."
        )
    }
    /// Cancel one occurrence.
    pub fn cancel_occurrence(title: &str, day: chrono::NaiveDate) -> String {
        format!(
            "Cancel \"{title}\" on {}?",
            crate::catalog::day_heading(day)
        )
    }
    /// Discard a changed form.
    pub const DISCARD: &str = "Discard your changes to this form?";
    /// Delete a record.
    pub fn delete(kind: Kind, name: &str) -> String {
        format!(
            "Delete {} \"{name}\"? This cannot be undone.",
            kind_singular(kind)
        )
    }
    /// A referenced record: archive instead.
    pub fn archive_instead(kind: Kind, name: &str, referrers: &[String], more: usize) -> String {
        let mut list = referrers.join("; ");
        if more > 0 {
            list.push_str(&format!("; and {more} more"));
        }
        format!(
            "{} \"{name}\" cannot be deleted: it is referred to by {list}. Archive it instead (hidden, kept for those records)?",
            capitalised(kind_singular(kind))
        )
    }
    fn capitalised(word: &str) -> String {
        let mut chars = word.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `table` has one entry with words for each of `keys`, and none besides.
    fn one_entry_each(table: &[(&str, &str)], keys: &[&str]) {
        for key in keys {
            let entries: Vec<_> = table.iter().filter(|(k, _)| k == key).collect();
            assert_eq!(entries.len(), 1, "{key}: one entry in the catalog");
            assert!(!entries[0].1.trim().is_empty(), "{key}: words, not blank");
        }
        for (key, _) in table {
            assert!(keys.contains(key), "{key} names nothing in the vocabulary");
        }
    }

    #[test]
    fn every_field_of_every_kind_has_a_label() {
        for kind in Kind::ALL {
            for def in kind.fields() {
                let label = field_label(def.id);
                assert!(
                    !label.trim().is_empty() && label != "?",
                    "{kind:?}: field {} has no label",
                    def.id
                );
            }
        }
    }

    #[test]
    fn every_action_has_help_and_every_help_entry_an_action() {
        let keys: Vec<&str> = Action::ALL.iter().map(|a| a.help_key()).collect();
        one_entry_each(ACTION_HELP, &keys);
    }

    #[test]
    fn every_mode_has_a_title_and_every_title_a_mode() {
        let keys: Vec<&str> = Mode::ALL.iter().map(|m| m.help_key()).collect();
        one_entry_each(MODE_TITLES, &keys);
    }

    #[test]
    fn every_option_of_every_choice_list_has_a_label() {
        for set in ChoiceSet::ALL {
            for index in 0..set.len() {
                let label = choice_label(*set, index);
                assert!(!label.trim().is_empty() && label != "?", "{set:?} {index}");
            }
        }
    }

    #[test]
    fn every_kind_has_its_names() {
        for kind in Kind::ALL {
            for word in [tab_title(kind), kind_singular(kind), kind_help(kind)] {
                assert!(!word.trim().is_empty(), "{kind:?}");
            }
        }
    }
}
