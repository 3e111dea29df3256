//! A typed line's answer. The screen under the prompt answers what it asked
//! for; importing a calendar file is the app's, whichever screen asked.

use super::msg::Effect;
use super::state::{AppState, PromptFor};

/// What a typed line does when the user presses enter.
pub fn on_prompt(state: &mut AppState, purpose: PromptFor, typed: &str) -> Vec<Effect> {
    match purpose {
        PromptFor::ImportIcs => {
            let path = typed.trim();
            if path.is_empty() {
                Vec::new()
            } else {
                vec![Effect::ImportIcs(path.to_string())]
            }
        }
        PromptFor::ImportFile(kind) => super::import::file_typed(kind, typed),
        PromptFor::GotoDate
        | PromptFor::MoveOccurrence(..)
        | PromptFor::FiguresPeriod
        | PromptFor::EraseSurname(_)
        | PromptFor::StepDay(_)
        | PromptFor::StepChecklist(_)
        | PromptFor::StepWhyIncomplete(_)
        | PromptFor::StepSkip(_)
        | PromptFor::StepReopen(_) => super::screen::on_typed(state, purpose, typed),
    }
}
