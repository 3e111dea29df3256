//! What a screen sees of the world when it handles a key, and what it asks
//! the app to do about it. Screens never hold the whole app state: they get
//! a [`Ctx`], change their own state and answer with an [`Outcome`].

use super::{Confirm, Notice, Question};
use crate::domain::{Id, Kind, Meeting};
use crate::effect::Effect;
use crate::model::Data;
use crate::vocab::Action;
use chrono::{NaiveDate, NaiveDateTime};

/// What a screen may read while it handles a key or draws.
#[derive(Debug, Clone, Copy)]
pub struct Ctx<'a> {
    /// Every record.
    pub data: &'a Data,
    /// Local wall-clock time.
    pub now: NaiveDateTime,
    /// Terminal width.
    pub width: u16,
    /// Terminal height.
    pub height: u16,
    /// Records are still being read in the background.
    pub loading: bool,
    /// While loading, the window of meetings read first (see
    /// `AppState::early`).
    pub early: Option<(NaiveDateTime, NaiveDateTime)>,
    /// How many lines the help screen has (it depends on the keymap).
    pub help_lines: usize,
}

impl Ctx<'_> {
    /// Today, in Prague.
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    /// How many body lines fit when `chrome` lines go to bars and borders.
    pub fn lines(&self, chrome: u16) -> usize {
        usize::from(self.height.saturating_sub(chrome)).max(1)
    }
}

/// A screen one screen may open over itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Open {
    /// A record with its related records.
    Detail(Kind, Id),
    /// A line to type, starting with `text`, for `purpose`; the answer goes
    /// back to the screen that asked (the app calls its `on_typed`).
    Prompt(PromptFor, String),
    /// One of `options` to choose, for `purpose`; the index of the chosen one
    /// goes back to the screen that asked (the app calls its `on_picked`).
    Pick {
        /// What the choice is for.
        purpose: PickFor,
        /// The picker's title.
        title: &'static str,
        /// What is shown for each option, in order.
        options: Vec<String>,
    },
    /// A yes/no question; the app carries out "yes".
    Confirm(Confirm),
    /// The form editing a record (read whole first when the data holds it
    /// without its long text: a form starts from every stored field).
    Edit(Kind, Id),
    /// Editing one occurrence of a repeating meeting (its id, the
    /// occurrence's original date): which occurrences, then the form.
    EditOccurrence(Id, NaiveDate),
    /// The key bindings.
    Help,
    /// The meeting calendar.
    Calendar,
    /// The coverage map.
    Coverage,
    /// The impact figures.
    Figures,
    /// What needs attention.
    Dashboard,
    /// The filter line of the list shown.
    Filter,
    /// A form for a new record of a kind.
    New(Kind),
    /// A form for a new meeting on a day, planned from the calendar.
    NewMeetingOn(NaiveDate),
    /// A form for a new meeting starting then, planned at the hour
    /// selected in the calendar's week.
    NewMeetingAt(NaiveDateTime),
    /// A form for a new record of a kind (a meeting, an agreement, an
    /// assignment) made from a cooperation request (its id): filled in with
    /// its NGO, facility and services, and linked to it when saved.
    NewFromRequest(Kind, Id),
}

/// What a typed line is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptFor {
    /// A date the calendar goes to.
    GotoDate,
    /// A new start for one occurrence of a meeting (its original date).
    MoveOccurrence(Id, NaiveDate),
    /// The path of an iCalendar file to import.
    ImportIcs,
    /// The period of the figures view.
    FiguresPeriod,
    /// The path of a file to import into the list of a kind (a
    /// spreadsheet, or an iCalendar file).
    ImportFile(Kind),
    /// The surname of the person to erase (by id), typed to confirm.
    EraseSurname(Id),
    /// The day a cooperation request's next step was done.
    StepDay(Id),
    /// The checklist items of that step done, by number.
    StepChecklist(Id),
    /// Why that step's checklist is not complete.
    StepWhyIncomplete(Id),
    /// Why a request's next step is skipped.
    StepSkip(Id),
    /// Why a request's last step is reopened.
    StepReopen(Id),
}

/// What a choice from a list is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickFor {
    /// Whose meetings the calendar shows.
    CalendarFilter,
    /// The field the selected column of an import is read into.
    ImportColumn,
    /// The format a list is exported in (an index into
    /// `screens::list::EXPORT_FORMATS`).
    ExportFormat,
}

/// Whether the status line reports news or a problem.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Level {
    /// Something happened.
    #[default]
    Info,
    /// Something went wrong.
    Error,
}

/// What the app does after a screen handled a key.
#[derive(Debug, Clone, PartialEq)]
#[must_use]
pub enum Outcome {
    /// Nothing beyond the screen's own state.
    Done,
    /// Close the screen.
    Close,
    /// Open another screen over this one.
    Open(Open),
    /// Close the screen and show the list a tab action names.
    ToTab(Action),
    /// Work for the driver.
    Effects(Vec<Effect>),
    /// A line for the status line.
    Say(Level, Notice),
    /// An action on a record (edit, delete, archive, history, renew,
    /// timeline), which the app carries out as it does from the list.
    OnRecord(Action, Kind, Id),
    /// A prompt's line, entered: the app closes the prompt and gives the
    /// text to whoever asked for it.
    Typed(PromptFor, String),
    /// An action that needs more than the screen (saving the form under a
    /// merge, say): the app carries it out with the screen still on top.
    ToApp(Action),
    /// Yes to a question: the app closes it and does what it asked.
    Confirmed(Question),
    /// Save a meeting changed outside a form (an occurrence moved): the
    /// app asks first when it clashes or falls on a holiday, as a form does.
    SaveMeeting(Box<Meeting>),
}

impl Outcome {
    /// A problem for the status line.
    pub fn error(notice: Notice) -> Outcome {
        Outcome::Say(Level::Error, notice)
    }

    /// News for the status line.
    pub fn info(notice: Notice) -> Outcome {
        Outcome::Say(Level::Info, notice)
    }

    /// One effect for the driver.
    pub fn effect(effect: Effect) -> Outcome {
        Outcome::Effects(vec![effect])
    }
}
