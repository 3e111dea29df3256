//! Everything a user can ask for by name.
//!
//! Keymaps bind keys to these names (snake_case in the TOML files), the help screen
//! lists them, and tests drive the app through them. Only [`Action`] is bindable;
//! other inputs (typed text, resize) reach `update` as other messages.

use serde::{Deserialize, Serialize};

/// A named user intent. Append new variants at the end of a group; the snake_case
/// name is the public contract used in keymap files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    // Moving in lists, tables, forms and pickers.
    MoveUp,
    MoveDown,
    PageUp,
    PageDown,
    MoveTop,
    MoveBottom,
    // Tabs.
    TabNext,
    TabPrev,
    TabFacilities,
    TabNgos,
    TabPeople,
    TabAssignments,
    TabMeetings,
    TabAgreements,
    // Sorting and filtering the list.
    SortNext,
    SortReverse,
    FilterStart,
    FilterApply,
    FilterCancel,
    // Records.
    DetailOpen,
    Back,
    LinkFollow,
    RecordNew,
    RecordEdit,
    RecordDelete,
    RecordArchive,
    ArchivedToggle,
    HistoryShow,
    ExportCsv,
    ExportJson,
    // Forms.
    FieldNext,
    FieldPrev,
    ChoiceNext,
    ChoicePrev,
    PickerOpen,
    FieldClear,
    RecordSave,
    FormCancel,
    // Pickers.
    PickerToggle,
    PickerConfirm,
    PickerCancel,
    // Confirmation prompts.
    ConfirmYes,
    ConfirmNo,
    // Choosing between two changes to one record.
    MergeTheirs,
    MergeYours,
    MergeReload,
    // Editing text in the filter line, form fields and picker search.
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    DeleteBack,
    DeleteForward,
    TextClear,
    // Whole app.
    HelpToggle,
    Quit,
    // The meeting calendar.
    /// Open the meeting calendar.
    CalendarOpen,
    /// Show the coming days as an agenda.
    CalendarAgenda,
    /// Show a week.
    CalendarWeek,
    /// Show a month.
    CalendarMonth,
    /// Go to today.
    CalendarToday,
    /// One day back.
    CalendarPrevDay,
    /// One day on.
    CalendarNextDay,
    /// One period (day, week, month) back.
    CalendarPrevPeriod,
    /// One period (day, week, month) on.
    CalendarNextPeriod,
    /// Jump to a typed date.
    CalendarGoto,
    /// Show one person's, facility's, NGO's or region's meetings.
    CalendarFilter,
    /// Show everyone's meetings again.
    CalendarFilterClear,
    /// The Actions tab.
    TabActions,
    /// Cancel the selected occurrence of a meeting.
    OccurrenceCancel,
    /// Move the selected occurrence of a meeting to another time.
    OccurrenceMove,
    /// Mark the selected meeting as held.
    MeetingHeld,
    /// Export meetings (the list as filtered, or the calendar's) to iCalendar.
    ExportIcs,
    /// Import meetings from an iCalendar file.
    ImportIcs,
    /// Renew an agreement: a new draft with its terms, linked to it.
    RecordRenew,
    /// Show a facility's or NGO's agreements over time.
    TimelineShow,
    /// One column left (in tables of cells).
    MoveLeft,
    /// One column right (in tables of cells).
    MoveRight,
    /// Open the coverage map: regions × services.
    CoverageShow,
    /// Switch the coverage map between regions and facilities.
    CoverageAxis,
    /// Show what needs attention (the dashboard).
    DashboardShow,
    /// Show the impact figures for a period.
    FiguresShow,
    /// Figures: the calendar year before.
    FiguresPrevYear,
    /// Figures: the calendar year after.
    FiguresNextYear,
    /// Figures: type the period.
    FiguresPeriod,
    /// Write the report of the shown period as Markdown.
    ReportMarkdown,
    /// Write the report of the shown period as HTML.
    ReportHtml,
    /// Figures: this calendar year up to today again.
    FiguresThisYear,
}

impl Action {
    /// Every action, in declaration order: used to check keymap coverage and to
    /// list actions in help.
    pub const ALL: &'static [Action] = &[
        Action::MoveUp,
        Action::MoveDown,
        Action::PageUp,
        Action::PageDown,
        Action::MoveTop,
        Action::MoveBottom,
        Action::TabNext,
        Action::TabPrev,
        Action::TabFacilities,
        Action::TabNgos,
        Action::TabPeople,
        Action::TabAssignments,
        Action::TabMeetings,
        Action::TabAgreements,
        Action::SortNext,
        Action::SortReverse,
        Action::FilterStart,
        Action::FilterApply,
        Action::FilterCancel,
        Action::DetailOpen,
        Action::Back,
        Action::LinkFollow,
        Action::RecordNew,
        Action::RecordEdit,
        Action::RecordDelete,
        Action::RecordArchive,
        Action::ArchivedToggle,
        Action::HistoryShow,
        Action::ExportCsv,
        Action::ExportJson,
        Action::FieldNext,
        Action::FieldPrev,
        Action::ChoiceNext,
        Action::ChoicePrev,
        Action::PickerOpen,
        Action::FieldClear,
        Action::RecordSave,
        Action::FormCancel,
        Action::PickerToggle,
        Action::PickerConfirm,
        Action::PickerCancel,
        Action::ConfirmYes,
        Action::ConfirmNo,
        Action::MergeTheirs,
        Action::MergeYours,
        Action::MergeReload,
        Action::CursorLeft,
        Action::CursorRight,
        Action::CursorHome,
        Action::CursorEnd,
        Action::DeleteBack,
        Action::DeleteForward,
        Action::TextClear,
        Action::HelpToggle,
        Action::Quit,
        Action::CalendarOpen,
        Action::CalendarAgenda,
        Action::CalendarWeek,
        Action::CalendarMonth,
        Action::CalendarToday,
        Action::CalendarPrevDay,
        Action::CalendarNextDay,
        Action::CalendarPrevPeriod,
        Action::CalendarNextPeriod,
        Action::CalendarGoto,
        Action::CalendarFilter,
        Action::CalendarFilterClear,
        Action::TabActions,
        Action::OccurrenceCancel,
        Action::OccurrenceMove,
        Action::MeetingHeld,
        Action::ExportIcs,
        Action::ImportIcs,
        Action::RecordRenew,
        Action::TimelineShow,
        Action::MoveLeft,
        Action::MoveRight,
        Action::CoverageShow,
        Action::CoverageAxis,
        Action::DashboardShow,
        Action::FiguresShow,
        Action::FiguresPrevYear,
        Action::FiguresNextYear,
        Action::FiguresPeriod,
        Action::ReportMarkdown,
        Action::ReportHtml,
        Action::FiguresThisYear,
    ];

    /// The name used in keymap files, e.g. `move_down`.
    pub fn name(self) -> &'static str {
        match self {
            Action::MoveUp => "move_up",
            Action::MoveDown => "move_down",
            Action::PageUp => "page_up",
            Action::PageDown => "page_down",
            Action::MoveTop => "move_top",
            Action::MoveBottom => "move_bottom",
            Action::TabNext => "tab_next",
            Action::TabPrev => "tab_prev",
            Action::TabFacilities => "tab_facilities",
            Action::TabNgos => "tab_ngos",
            Action::TabPeople => "tab_people",
            Action::TabAssignments => "tab_assignments",
            Action::TabMeetings => "tab_meetings",
            Action::TabAgreements => "tab_agreements",
            Action::SortNext => "sort_next",
            Action::SortReverse => "sort_reverse",
            Action::FilterStart => "filter_start",
            Action::FilterApply => "filter_apply",
            Action::FilterCancel => "filter_cancel",
            Action::DetailOpen => "detail_open",
            Action::Back => "back",
            Action::LinkFollow => "link_follow",
            Action::RecordNew => "record_new",
            Action::RecordEdit => "record_edit",
            Action::RecordDelete => "record_delete",
            Action::RecordArchive => "record_archive",
            Action::ArchivedToggle => "archived_toggle",
            Action::HistoryShow => "history_show",
            Action::ExportCsv => "export_csv",
            Action::ExportJson => "export_json",
            Action::FieldNext => "field_next",
            Action::FieldPrev => "field_prev",
            Action::ChoiceNext => "choice_next",
            Action::ChoicePrev => "choice_prev",
            Action::PickerOpen => "picker_open",
            Action::FieldClear => "field_clear",
            Action::RecordSave => "record_save",
            Action::FormCancel => "form_cancel",
            Action::PickerToggle => "picker_toggle",
            Action::PickerConfirm => "picker_confirm",
            Action::PickerCancel => "picker_cancel",
            Action::ConfirmYes => "confirm_yes",
            Action::ConfirmNo => "confirm_no",
            Action::MergeTheirs => "merge_theirs",
            Action::MergeYours => "merge_yours",
            Action::MergeReload => "merge_reload",
            Action::CursorLeft => "cursor_left",
            Action::CursorRight => "cursor_right",
            Action::CursorHome => "cursor_home",
            Action::CursorEnd => "cursor_end",
            Action::DeleteBack => "delete_back",
            Action::DeleteForward => "delete_forward",
            Action::TextClear => "text_clear",
            Action::HelpToggle => "help_toggle",
            Action::Quit => "quit",
            Action::CalendarOpen => "calendar_open",
            Action::CalendarAgenda => "calendar_agenda",
            Action::CalendarWeek => "calendar_week",
            Action::CalendarMonth => "calendar_month",
            Action::CalendarToday => "calendar_today",
            Action::CalendarPrevDay => "calendar_prev_day",
            Action::CalendarNextDay => "calendar_next_day",
            Action::CalendarPrevPeriod => "calendar_prev_period",
            Action::CalendarNextPeriod => "calendar_next_period",
            Action::CalendarGoto => "calendar_goto",
            Action::CalendarFilter => "calendar_filter",
            Action::CalendarFilterClear => "calendar_filter_clear",
            Action::TabActions => "tab_actions",
            Action::OccurrenceCancel => "occurrence_cancel",
            Action::OccurrenceMove => "occurrence_move",
            Action::MeetingHeld => "meeting_held",
            Action::ExportIcs => "export_ics",
            Action::ImportIcs => "import_ics",
            Action::RecordRenew => "record_renew",
            Action::TimelineShow => "timeline_show",
            Action::MoveLeft => "move_left",
            Action::MoveRight => "move_right",
            Action::CoverageShow => "coverage_show",
            Action::CoverageAxis => "coverage_axis",
            Action::DashboardShow => "dashboard_show",
            Action::FiguresShow => "figures_show",
            Action::FiguresPrevYear => "figures_prev_year",
            Action::FiguresNextYear => "figures_next_year",
            Action::FiguresPeriod => "figures_period",
            Action::ReportMarkdown => "report_markdown",
            Action::ReportHtml => "report_html",
            Action::FiguresThisYear => "figures_this_year",
        }
    }

    /// The action with this keymap name, if any.
    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_match_serde() {
        for &action in Action::ALL {
            assert_eq!(Action::from_name(action.name()), Some(action));
            let json = serde_json::to_string(&action).expect("serialize");
            assert_eq!(json, format!("\"{}\"", action.name()));
        }
    }
}
