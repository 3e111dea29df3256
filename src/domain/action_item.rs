//! Something to do that came out of a meeting: what, who, by when. It shows in
//! its owner's agenda until it is done.

use super::choice::{ChoiceSet, choice_enum};
use super::declare::declare;
use super::record::Entity;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// Whether an action item is still to be done.
    ActionStatus {
        /// Still to do.
        #[default]
        Open => "open",
        /// Done.
        Done => "done",
    }
);

/// An action item.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct ActionItem {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// What is to be done.
    pub what: String,
    /// The meeting it came from, if any.
    pub meeting: Option<Id>,
    /// Who does it.
    pub owner: Id,
    /// By when.
    pub due: Option<NaiveDate>,
    /// Open or done.
    pub status: ActionStatus,
    /// Anything else.
    pub notes: String,
}

impl Entity for ActionItem {
    declare! {
        kind: ActionItem, plural: "actions", tab: "tab_actions", title: what,
        fields: {
            what: required("what", Text),
            owner: required("owner", Ref(Kind::Person)),
            due: optional("due", Date),
            meeting: optional("meeting", Ref(Kind::Meeting)),
            status: required("done", Choice(ChoiceSet::ActionStatus)) = ActionStatus::Open,
            notes: optional("notes", LongText),
        },
        columns: [
            ("what", 30, 0), ("owner", 22, 1), ("due", 12, 1),
            ("done", 6, 2), ("meeting", 28, 3),
        ],
    }
}
