//! Everything a user can ask for by name.
//!
//! Keymaps bind keys to these names (snake_case in the TOML files), the help screen
//! lists them, and tests drive the app through them. Only [`Action`] is bindable;
//! other inputs (typed text, resize) reach `update` as other messages.

use super::vocabulary;

vocabulary! {
    /// A named user intent. Append new lines at the end of a group; the snake_case
    /// name is the public contract used in keymap files, and the catalog holds the
    /// words help shows for it (under `action.` and the name).
    pub enum Action, key "action" {
        // Moving in lists, tables, forms and pickers.
        /// One row up.
        MoveUp = "move_up",
        /// One row down.
        MoveDown = "move_down",
        /// One page up.
        PageUp = "page_up",
        /// One page down.
        PageDown = "page_down",
        /// To the first row.
        MoveTop = "move_top",
        /// To the last row.
        MoveBottom = "move_bottom",
        // Tabs.
        /// The next tab.
        TabNext = "tab_next",
        /// The previous tab.
        TabPrev = "tab_prev",
        /// The Facilities tab.
        TabFacilities = "tab_facilities",
        /// The NGOs tab.
        TabNgos = "tab_ngos",
        /// The People tab.
        TabPeople = "tab_people",
        /// The Assignments tab.
        TabAssignments = "tab_assignments",
        /// The Meetings tab.
        TabMeetings = "tab_meetings",
        /// The Agreements tab.
        TabAgreements = "tab_agreements",
        // Sorting and filtering the list.
        /// Sort the list by the next column.
        SortNext = "sort_next",
        /// Reverse the list's order.
        SortReverse = "sort_reverse",
        /// Start typing a filter.
        FilterStart = "filter_start",
        /// Keep the typed filter and return to the list.
        FilterApply = "filter_apply",
        /// Clear the filter.
        FilterCancel = "filter_cancel",
        // Records.
        /// Open the selected record.
        DetailOpen = "detail_open",
        /// Back to the screen before.
        Back = "back",
        /// Go to the selected related record.
        LinkFollow = "link_follow",
        /// Create a record of the tab's kind.
        RecordNew = "record_new",
        /// Edit the selected record.
        RecordEdit = "record_edit",
        /// Delete the selected record.
        RecordDelete = "record_delete",
        /// Archive the selected record, or restore it.
        RecordArchive = "record_archive",
        /// Show or hide archived records.
        ArchivedToggle = "archived_toggle",
        /// Show the selected record's history.
        HistoryShow = "history_show",
        /// Export the list to CSV.
        ExportCsv = "export_csv",
        /// Export the list in a format chosen from a list (CSV, XLSX, JSON).
        ExportAs = "export_as",
        // Forms.
        /// The next field.
        FieldNext = "field_next",
        /// The previous field.
        FieldPrev = "field_prev",
        /// The field's next option.
        ChoiceNext = "choice_next",
        /// The field's previous option.
        ChoicePrev = "choice_prev",
        /// Choose the field's value from a list.
        PickerOpen = "picker_open",
        /// Empty the field.
        FieldClear = "field_clear",
        /// Save the record.
        RecordSave = "record_save",
        /// Leave the form without saving.
        FormCancel = "form_cancel",
        // Pickers.
        /// Select or unselect the item.
        PickerToggle = "picker_toggle",
        /// Take the chosen items.
        PickerConfirm = "picker_confirm",
        /// Leave the picker without choosing.
        PickerCancel = "picker_cancel",
        // Confirmation prompts.
        /// Answer yes.
        ConfirmYes = "confirm_yes",
        /// Answer no.
        ConfirmNo = "confirm_no",
        // Choosing between two changes to one record.
        /// Keep the change made elsewhere in this field.
        MergeTheirs = "merge_theirs",
        /// Keep one's own change in this field.
        MergeYours = "merge_yours",
        /// Take the record as saved elsewhere, dropping one's own changes.
        MergeReload = "merge_reload",
        // Editing text in the filter line, form fields and picker search.
        /// The cursor one character left.
        CursorLeft = "cursor_left",
        /// The cursor one character right.
        CursorRight = "cursor_right",
        /// The cursor to the start of the text.
        CursorHome = "cursor_home",
        /// The cursor to the end of the text.
        CursorEnd = "cursor_end",
        /// Delete the character before the cursor.
        DeleteBack = "delete_back",
        /// Delete the character at the cursor.
        DeleteForward = "delete_forward",
        /// Empty the text.
        TextClear = "text_clear",
        // Whole app.
        /// Show or hide the key bindings.
        HelpToggle = "help_toggle",
        /// Leave spojka.
        Quit = "quit",
        // The meeting calendar.
        /// Open the meeting calendar.
        CalendarOpen = "calendar_open",
        /// Show the coming days as an agenda.
        CalendarAgenda = "calendar_agenda",
        /// Show a week.
        CalendarWeek = "calendar_week",
        /// Show a month.
        CalendarMonth = "calendar_month",
        /// Go to today.
        CalendarToday = "calendar_today",
        /// One day back.
        CalendarPrevDay = "calendar_prev_day",
        /// One day on.
        CalendarNextDay = "calendar_next_day",
        /// One period (day, week, month) back.
        CalendarPrevPeriod = "calendar_prev_period",
        /// One period (day, week, month) on.
        CalendarNextPeriod = "calendar_next_period",
        /// Jump to a typed date.
        CalendarGoto = "calendar_goto",
        /// Show one person's, facility's, NGO's or region's meetings.
        CalendarFilter = "calendar_filter",
        /// Show everyone's meetings again.
        CalendarFilterClear = "calendar_filter_clear",
        /// The Actions tab.
        TabActions = "tab_actions",
        /// Cancel the selected occurrence of a meeting.
        OccurrenceCancel = "occurrence_cancel",
        /// Move the selected occurrence of a meeting to another time.
        OccurrenceMove = "occurrence_move",
        /// Mark the selected meeting as held.
        MeetingHeld = "meeting_held",
        /// Export meetings (the list as filtered, or the calendar's) to iCalendar.
        ExportIcs = "export_ics",
        /// Import meetings from an iCalendar file.
        ImportIcs = "import_ics",
        /// Renew an agreement: a new draft with its terms, linked to it.
        RecordRenew = "record_renew",
        /// Show a facility's or NGO's agreements over time.
        TimelineShow = "timeline_show",
        /// One column left (in tables of cells).
        MoveLeft = "move_left",
        /// One column right (in tables of cells).
        MoveRight = "move_right",
        /// Open the coverage map: regions × services.
        CoverageShow = "coverage_show",
        /// Switch the coverage map between regions and facilities.
        CoverageAxis = "coverage_axis",
        /// Show what needs attention (the dashboard).
        DashboardShow = "dashboard_show",
        /// Show the impact figures for a period.
        FiguresShow = "figures_show",
        /// Figures: the calendar year before.
        FiguresPrevYear = "figures_prev_year",
        /// Figures: the calendar year after.
        FiguresNextYear = "figures_next_year",
        /// Figures: type the period.
        FiguresPeriod = "figures_period",
        /// Write the report of the shown period as Markdown.
        ReportMarkdown = "report_markdown",
        /// Write the report of the shown period as HTML.
        ReportHtml = "report_html",
        /// Figures: this calendar year up to today again.
        FiguresThisYear = "figures_this_year",
        // History you can trust.
        /// Undo the last change made in this session.
        Undo = "undo",
        /// Do again the last change undone.
        Redo = "redo",
        /// Revert the selected change of a record's history.
        HistoryRevert = "history_revert",
        /// Revert the whole operation the selected change was part of.
        HistoryRevertOperation = "history_revert_operation",
        /// Import a file into the list shown: a spreadsheet (CSV, XLSX) of
        /// its records, or an iCalendar file of meetings.
        ImportFile = "import_file",
        // One person's data (GDPR).
        /// Erase the selected person's personal data everywhere, after
        /// showing every place it is found.
        PersonErase = "person_erase",
        /// Confirm or skip the selected place of an erasure.
        EraseToggle = "erase_toggle",
        /// Go on to typing the surname, which erases the places confirmed.
        EraseConfirm = "erase_confirm",
        // Cooperation requests.
        /// The Requests tab.
        TabRequests = "tab_requests",
        /// A request's next step done: its date, its checklist.
        RequestStepDone = "request_step_done",
        /// Skip a request's next step, saying why.
        RequestStepSkip = "request_step_skip",
        /// Reopen a request's step last passed, saying why.
        RequestStepReopen = "request_step_reopen",
        /// A new introductory meeting for a request, linked to it.
        RequestNewMeeting = "request_new_meeting",
        /// A new agreement for a request, linked to it.
        RequestNewAgreement = "request_new_agreement",
        /// A new assignment of the NGO's person for a request, linked to it.
        RequestNewAssignment = "request_new_assignment",
    }
}
