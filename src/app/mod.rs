//! The application: the stack of screens over the lists, and one `update`
//! step that turns a message into a new state and a list of effects. What
//! every screen shares is handled here once (`screen.rs`); the screens
//! themselves live in `screens/`. No terminal and no I/O here, so all of it
//! is tested without a terminal.

pub mod access;
pub mod clash;
pub mod conflict;
mod forms;
mod import;
mod lists;
pub mod msg;
mod prompt;
mod request;
pub mod screen;
pub mod series_edit;
pub mod state;
mod update;

pub use crate::vocab::{Action, Mode};
pub use msg::{Effect, ExportFormat, Msg};
pub use state::{AppState, View};
pub use update::update;
