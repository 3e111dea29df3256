//! The application state: the data, one list per tab, and a stack of views
//! (detail, form, picker, question, help, history) over the lists.

use crate::domain::{Id, Kind};
use crate::model::Data;
use crate::screens::detail::Detail;
use crate::screens::form::Form;
use crate::screens::list::ListState;
use crate::screens::picker::Picker;
use crate::vocab::Mode;
use chrono::NaiveDateTime;
use std::collections::HashMap;

pub use crate::screens::kit::{Asks, Confirm, Question};

/// A screen stacked over the lists.
#[derive(Debug, Clone, PartialEq)]
pub enum View {
    /// Typing a filter for the current tab.
    Filter {
        /// The filter before typing started, restored on cancel.
        before: String,
    },
    /// A record with its related records.
    Detail(Detail),
    /// Editing a record.
    Form(Form),
    /// Choosing for a form field.
    Picker(Picker),
    /// A yes/no question.
    Confirm(Confirm),
    /// The key bindings.
    Help(crate::screens::help::Help),
    /// A record's history.
    History(crate::screens::history::History),
    /// Meetings as an agenda, a week or a month.
    Calendar(crate::screens::calendar::Calendar),
    /// A line of text the user types for a purpose (a date to go to…).
    Prompt(crate::screens::filter::Prompt),
    /// Agreements of a facility or NGO over time.
    Timeline(crate::screens::timeline::Timeline),
    /// Regions (or facilities) × services: who delivers what where.
    Coverage(Box<crate::screens::coverage::CoverageView>),
    /// What needs attention: the first screen after start.
    Dashboard(crate::screens::dashboard::Board),
    /// Impact figures for a period.
    Figures(crate::screens::figures::FiguresView),
    /// Choosing between a change made elsewhere and the form's own.
    Merge(crate::screens::merge::Merge),
    /// A spreadsheet to import: its columns and the dry run.
    Import(Box<crate::screens::import::Import>),
    /// One person's erasure: every place their data is found.
    Erase(Box<crate::screens::erase::Erase>),
}

pub use crate::screens::kit::{ImportSummary, Level, Notice, PromptFor};

impl View {
    /// The keymap section that applies while this view is on top.
    pub fn mode(&self) -> Mode {
        match self {
            View::Filter { .. } => Mode::Filter,
            View::Detail(_) => Mode::Detail,
            View::Form(_) => Mode::Form,
            View::Picker(_) => Mode::Picker,
            View::Confirm(_) => Mode::Confirm,
            View::Help(_) => Mode::Help,
            View::History(_) => Mode::History,
            View::Calendar(_) => Mode::Calendar,
            View::Prompt(_) => Mode::Filter,
            View::Timeline(_) => Mode::Timeline,
            View::Coverage(_) => Mode::Coverage,
            View::Dashboard(_) => Mode::Dashboard,
            View::Figures(_) => Mode::Figures,
            View::Merge(_) => Mode::Merge,
            View::Import(_) => Mode::Import,
            View::Erase(_) => Mode::Erase,
        }
    }
}

/// The status line.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Status {
    /// What to say, worded when drawn.
    pub notice: Notice,
    /// How to say it.
    pub level: Level,
}

impl Status {
    /// The status line's words, in the language the thread speaks.
    pub fn text(&self) -> String {
        self.notice.words()
    }
}

/// Everything the app knows; `ui` draws it, `update` changes it.
#[derive(Debug, Clone)]
pub struct AppState {
    /// All records.
    pub data: Data,
    /// The tab shown.
    pub tab: Kind,
    /// One list per tab.
    pub lists: HashMap<Kind, ListState>,
    /// Views over the lists, top last.
    pub stack: Vec<View>,
    /// The status line.
    pub status: Status,
    /// Whether archived records are listed.
    pub show_archived: bool,
    /// Terminal width.
    pub width: u16,
    /// Terminal height.
    pub height: u16,
    /// Local wall-clock time, set by the driver (for "next meetings").
    pub now: NaiveDateTime,
    /// How many lines the help screen has (it depends on the loaded keymap).
    pub help_lines: usize,
    /// Records are still being read in the background.
    pub loading: bool,
    /// While loading, once the first screen's records are in: the window of
    /// meetings the data holds (with every repeating meeting and every record
    /// of the other kinds), so the dashboard can be shown before the rest.
    pub early: Option<(NaiveDateTime, NaiveDateTime)>,
    /// Shortest time between meetings at two facilities before the travel
    /// warning (from the config file).
    pub travel_gap_minutes: i64,
    /// How long a meeting usually lasts: a new one's end when none is given.
    pub meeting_minutes: i64,
    /// After how many days on one step the dashboard shows a cooperation
    /// request (config.toml).
    pub request_waiting_days: i64,
    /// What the session's user may do (see [`super::access`]).
    pub access: super::access::Access,
    /// The dashboard sections the user folded (from their settings; the
    /// dashboard opens with them folded).
    pub folded: Vec<crate::insight::dashboard::Section>,
}

pub use crate::screens::kit::LIST_CHROME;

impl AppState {
    /// A state over `data`, lists filled and sorted.
    pub fn new(mut data: Data, width: u16, height: u16, now: NaiveDateTime) -> AppState {
        data.today = now.date();
        let mut state = AppState {
            data,
            tab: Kind::Facility,
            lists: HashMap::new(),
            stack: Vec::new(),
            status: Status::default(),
            show_archived: false,
            width,
            height,
            now,
            help_lines: 0,
            loading: false,
            early: None,
            travel_gap_minutes: crate::config::DEFAULT_TRAVEL_GAP_MINUTES,
            meeting_minutes: crate::config::DEFAULT_MEETING_MINUTES,
            request_waiting_days: crate::config::DEFAULT_REQUEST_WAITING_DAYS,
            access: Default::default(),
            folded: Vec::new(),
        };
        state.refresh_lists();
        state
    }

    /// The keymap section that applies now.
    pub fn mode(&self) -> Mode {
        self.stack.last().map_or(Mode::Normal, View::mode)
    }

    /// The list of the current tab.
    pub fn list(&self) -> &ListState {
        static EMPTY: std::sync::OnceLock<ListState> = std::sync::OnceLock::new();
        self.lists
            .get(&self.tab)
            .unwrap_or_else(|| EMPTY.get_or_init(ListState::default))
    }

    /// The list of the current tab, mutable.
    pub fn list_mut(&mut self) -> &mut ListState {
        self.lists.entry(self.tab).or_default()
    }

    /// How many list rows fit on screen.
    pub fn page(&self) -> usize {
        usize::from(self.height.saturating_sub(LIST_CHROME)).max(1)
    }

    /// Recomputes every tab's rows from the data.
    pub fn refresh_lists(&mut self) {
        let page = self.page();
        for kind in Kind::ALL {
            let list = self.lists.entry(kind).or_default();
            list.refresh(&self.data, kind, self.show_archived);
            list.clamp(page);
        }
    }

    /// Recomputes every list, open detail and the dashboard after the data
    /// changed or finished loading.
    pub fn refresh_all(&mut self) {
        // Seeded meanwhile (from another terminal, say): the offer is moot.
        if !self.data.is_empty() {
            self.stack
                .retain(|v| !matches!(v, View::Confirm(c) if c.question == Question::Seed));
        }
        self.refresh_lists();
        let now = self.now;
        let dashboard_ready = self.dashboard_ready();
        for view in &mut self.stack {
            match view {
                View::Detail(d) => d.refresh(&self.data, now),
                View::Coverage(c) => c.refresh(&self.data, now.date()),
                View::Dashboard(b) => b.refresh(&self.data, now, !dashboard_ready),
                View::Figures(f) => f.refresh(&self.data),
                _ => {}
            }
        }
    }

    /// Recomputes the current tab's rows (after its filter changed).
    pub fn refresh_current(&mut self) {
        let page = self.page();
        let list = self.lists.entry(self.tab).or_default();
        list.refresh(&self.data, self.tab, self.show_archived);
        list.clamp(page);
    }

    /// Says something in the status line.
    pub fn info(&mut self, notice: Notice) {
        self.status = Status {
            notice,
            level: Level::Info,
        };
    }

    /// Reports a problem in the status line.
    pub fn error(&mut self, notice: Notice) {
        self.status = Status {
            notice,
            level: Level::Error,
        };
    }

    /// The form on the stack, if any (the top-most).
    pub fn form_mut(&mut self) -> Option<&mut Form> {
        self.stack.iter_mut().rev().find_map(|v| match v {
            View::Form(f) => Some(f),
            _ => None,
        })
    }

    /// Records the open details must read whole from the store (the data
    /// holds them without their long text); the driver reads them and sends
    /// them back in [`Msg::FullRecords`](super::msg::Msg::FullRecords).
    pub fn records_to_read(&self) -> Vec<(Kind, Id)> {
        self.stack
            .iter()
            .filter_map(|view| match view {
                View::Detail(d) if d.needs_full(&self.data) => Some((d.kind, d.id)),
                _ => None,
            })
            .collect()
    }

    /// Whether a form is saving the record `(kind, id)`: such a record was
    /// built from the whole stored record, long text included.
    pub fn form_saving(&self, kind: Kind, id: Id) -> bool {
        self.stack.iter().any(
            |view| matches!(view, View::Form(f) if f.saving && f.kind == kind && f.meta.id == id),
        )
    }

    /// Whether the data holds everything the dashboard shows.
    pub fn dashboard_ready(&self) -> bool {
        crate::screens::dashboard::ready(&self.ctx())
    }

    /// Puts the dashboard on top of the stack.
    pub fn open_dashboard(&mut self) {
        let mut board = crate::screens::dashboard::Board::new(&self.ctx(), &self.folded);
        if board.waiting_days != self.request_waiting_days {
            board.waiting_days = self.request_waiting_days;
            board.refresh(&self.data, self.now, !self.dashboard_ready());
        }
        self.stack.push(View::Dashboard(board));
    }

    /// The record the user is looking at: the open detail's, else the list's selection.
    pub fn current_record(&self) -> Option<(Kind, Id)> {
        for view in self.stack.iter().rev() {
            if let View::Detail(d) = view {
                return Some((d.kind, d.id));
            }
        }
        self.list().selected_id().map(|id| (self.tab, id))
    }
}
