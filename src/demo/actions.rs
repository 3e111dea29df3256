//! Action items that came out of the demo's held meetings: some done, some
//! still open and overdue, some due in the coming weeks, each owned by one of
//! the meeting's attendees, so the Actions tab, the agendas and the dashboard
//! of a new demo have something to show.

use super::World;
use super::names::pick;
use crate::domain::{ActionItem, ActionStatus, Meeting, MeetingKind, MeetingStatus, Meta};

/// What comes out of a coordination meeting.
const TASKS: &[&str] = &[
    "Poslat zápis účastníkům",
    "Domluvit termín skupinového programu",
    "Připravit podklady k dohodě o spolupráci",
    "Ověřit vstup dobrovolníků na oddíl",
    "Zaslat kontakty na dluhovou poradnu",
    "Projednat s vedením věznice rozšíření programu",
    "Aktualizovat seznam klientů před propuštěním",
    "Objednat místnost na příští setkání",
];

/// About one held coordination meeting in four leaves an action item.
pub fn action_items(world: &mut World, meetings: &[Meeting]) -> Vec<ActionItem> {
    let mut items = Vec::new();
    for meeting in meetings {
        let held = meeting.status == MeetingStatus::Held
            && meeting.kind == MeetingKind::Coordination
            && meeting.recurrence.is_none();
        if !held || meeting.attendees.is_empty() || world.rng.u8(0..4) != 0 {
            continue;
        }
        let owner = pick(&mut world.rng, &meeting.attendees);
        let due = meeting.start.date() + chrono::Duration::days(world.rng.i64(7..42));
        // Most of what fell due a while ago is done; the rest is overdue.
        let long_ago = (world.today - due).num_days() > 14;
        let done = long_ago && world.rng.u8(0..10) != 0;
        items.push(ActionItem {
            meta: Meta::new(world.now),
            what: pick(&mut world.rng, TASKS).to_string(),
            meeting: Some(meeting.meta.id),
            owner,
            due: Some(due),
            status: if done {
                ActionStatus::Done
            } else {
                ActionStatus::Open
            },
            notes: String::new(),
        });
    }
    items
}
