//! What the app does for a spreadsheet import: the typed file goes to the
//! session to read (an iCalendar file to the calendar's import), the file
//! read opens the import screen over the list, and the import's outcome
//! comes back: done (the screen closes and the status line counts it), or
//! not written because the records changed (the screen shows the dry run
//! made again and asks again).

use super::msg::{Effect, Msg};
use super::state::{AppState, Notice, View};
use crate::domain::Kind;
use crate::screens::import::Import;

/// The file typed for the list of `kind`: an iCalendar file is imported as
/// meetings, anything else is read as a spreadsheet of `kind`.
pub(super) fn file_typed(kind: Kind, typed: &str) -> Vec<Effect> {
    let path = typed.trim();
    if path.is_empty() {
        return Vec::new();
    }
    let extension = std::path::Path::new(path)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if matches!(extension.as_deref(), Some("ics" | "ical")) {
        return vec![Effect::ImportIcs(path.to_string())];
    }
    vec![Effect::ReadSheet {
        path: path.to_string(),
        kind,
    }]
}

/// The import screen on top, if it is.
fn screen(state: &mut AppState) -> Option<&mut Import> {
    match state.stack.last_mut() {
        Some(View::Import(import)) => Some(import),
        _ => None,
    }
}

/// A spreadsheet's messages: read, imported, or not written.
pub(super) fn on_msg(state: &mut AppState, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::SheetRead(opened) => {
            // The list the records go into is the one shown under the screen.
            state.tab = opened.mapping.kind;
            let import = Import::new(*opened, &state.data, state.now);
            state.stack.push(View::Import(Box::new(import)));
        }
        Msg::SheetImported(summary) => {
            state.stack.retain(|view| !matches!(view, View::Import(_)));
            state.tab = summary.kind;
            state.refresh_all();
            state.info(Notice::SheetImported(summary));
        }
        Msg::SheetStale(plan) => {
            if let Some(import) = screen(state) {
                import.plan = *plan;
                import.stale = true;
                import.applying = false;
                import.scroll = 0;
            }
            state.error(Notice::SheetStale);
        }
        _ => {}
    }
    Vec::new()
}

/// An effect failed: an import under way is no longer.
pub(super) fn failed(state: &mut AppState) {
    if let Some(import) = screen(state) {
        import.applying = false;
    }
}
