//! Meetings over several years around the demo's day: weekly programme
//! sessions and monthly coordination meetings (a series is, for now, just
//! meetings with the same title at regular intervals), and single visits and
//! calls. Past meetings were mostly held and have minutes; future ones are
//! planned.

use super::World;
use super::agreements::service_phrase;
use super::names::{pick, pick_some};
use crate::domain::{
    Facility, Id, Meeting, MeetingKind, MeetingStatus, Meta, Organisation, Service,
};
use chrono::{Datelike, Days, Months, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use std::collections::HashMap;

const ROOMS: [&str; 6] = [
    "zasedací místnost",
    "návštěvní místnost",
    "klubovna oddílu B",
    "učebna 2",
    "kaple",
    "místnost pro skupinovou práci",
];

const AGENDA: [&str; 10] = [
    "zhodnocení minulého setkání",
    "plán programů na příští čtvrtletí",
    "předávání informací o klientech před propuštěním",
    "nové případy dluhového poradenství",
    "přístup na oddíly a bezpečnostní pravidla",
    "spolupráce s Probační a mediační službou",
    "kapacita skupinových programů",
    "podpora kontaktu s rodinou",
    "školení nových dobrovolníků",
    "různé",
];

const OUTCOMES: [&str; 6] = [
    "Dohodnut další postup u klientů před propuštěním.",
    "Věznice zajistí místnost i na příští měsíc.",
    "Program pokračuje beze změn, účast stabilní.",
    "Domluveno předání kontaktů na navazující služby.",
    "Nová skupina začne po letních prázdninách.",
    "Termín příští schůzky potvrzen e-mailem.",
];

const CANCELLED: [&str; 4] = [
    "karanténa na oddíle",
    "nemoc lektora",
    "mimořádná bezpečnostní opatření",
    "nízký počet přihlášených",
];

/// What one block of meetings is: a weekly or monthly series, or one meeting.
#[derive(Clone, Copy)]
enum Block {
    Weekly,
    Monthly,
    Single(MeetingKind),
}

/// `count` meetings, series and single ones mixed.
pub fn meetings(world: &mut World, count: usize) -> Vec<Meeting> {
    let mut by_org: HashMap<Id, Vec<Id>> = HashMap::new();
    for person in &world.people {
        if let Some(org) = person.organisation {
            by_org.entry(org).or_default().push(person.meta.id);
        }
    }
    let everyone: Vec<Id> = world.people.iter().map(|p| p.meta.id).collect();
    let mut made = Vec::with_capacity(count);
    while made.len() < count {
        let rng = &mut world.rng;
        let (block, length) = match rng.u8(0..100) {
            0..40 => (Block::Weekly, rng.usize(8..=30)),
            40..70 => (Block::Monthly, rng.usize(6..=24)),
            70..85 => (Block::Single(MeetingKind::Visit), 1),
            85..93 => (Block::Single(MeetingKind::OnlineCall), 1),
            _ => (Block::Single(MeetingKind::Coordination), 1),
        };
        let length = length.min(count - made.len());
        let org = (!world.orgs.is_empty()).then(|| &world.orgs[rng.usize(0..world.orgs.len())]);
        let facility = facility_for(rng, &world.facilities, org);
        let staff = org
            .and_then(|o| by_org.get(&o.meta.id))
            .filter(|p| !p.is_empty())
            .unwrap_or(&everyone);
        let template = template(rng, block, org, facility, staff, &everyone, world.now);
        let first = first_start(rng, world.today, block);
        for k in 0..length {
            let start = match block {
                Block::Weekly => first + Days::new(7 * k as u64),
                Block::Monthly => workday(first + Months::new(k as u32)),
                Block::Single(_) => first,
            };
            made.push(occurrence(rng, &template, start, world.today));
        }
    }
    made
}

/// A facility in the NGO's regions if it has any there, else any; online
/// calls are sometimes about no facility in particular.
fn facility_for<'a>(
    rng: &mut fastrand::Rng,
    facilities: &'a [Facility],
    org: Option<&Organisation>,
) -> Option<&'a Facility> {
    let regions = org.map(|o| o.regions.as_slice()).unwrap_or_default();
    let near: Vec<&Facility> = facilities
        .iter()
        .filter(|f| regions.contains(&f.region))
        .collect();
    if !near.is_empty() {
        Some(near[rng.usize(0..near.len())])
    } else if facilities.is_empty() {
        None
    } else {
        Some(&facilities[rng.usize(0..facilities.len())])
    }
}

/// What every meeting of a block shares: title, kind, place, people, agenda.
fn template(
    rng: &mut fastrand::Rng,
    block: Block,
    org: Option<&Organisation>,
    facility: Option<&Facility>,
    staff: &[Id],
    everyone: &[Id],
    now: crate::domain::Timestamp,
) -> Meeting {
    let place_name = facility.map_or("věznice", |f| f.name.as_str());
    let org_name = org.map_or("NGO", |o| o.name.as_str());
    let service = org
        .and_then(|o| o.services.first().copied())
        .unwrap_or(Service::SocialCounselling);
    let (kind, title) = match block {
        Block::Weekly => (
            MeetingKind::ProgrammeSession,
            format!("Skupinový program – {}", service_phrase(service)),
        ),
        Block::Monthly => (
            MeetingKind::Coordination,
            format!("Koordinační schůzka – {place_name}"),
        ),
        Block::Single(MeetingKind::Visit) => {
            (MeetingKind::Visit, format!("Návštěva – {place_name}"))
        }
        Block::Single(MeetingKind::OnlineCall) => (
            MeetingKind::OnlineCall,
            format!("Online porada – {org_name}"),
        ),
        Block::Single(kind) => (kind, format!("Jednání o spolupráci – {place_name}")),
    };
    let online = kind == MeetingKind::OnlineCall;
    let facility = if online && rng.bool() {
        None
    } else {
        facility.map(|f| f.meta.id)
    };
    let place = if online {
        format!("https://video.example/{:08x}", rng.u32(..))
    } else {
        pick(rng, &ROOMS).to_string()
    };
    let mut candidates: Vec<Id> = staff.to_vec();
    if !everyone.is_empty() {
        for _ in 0..2 {
            candidates.push(everyone[rng.usize(0..everyone.len())]);
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    let attendee_count = rng.usize(1..=6);
    let attendees = pick_some(rng, &candidates, attendee_count);
    let organiser = (!staff.is_empty()).then(|| staff[rng.usize(0..staff.len())]);
    let item_count = rng.usize(2..=4);
    let agenda = pick_some(rng, &AGENDA, item_count)
        .iter()
        .enumerate()
        .map(|(i, item)| format!("{}) {item}", i + 1))
        .collect::<Vec<_>>()
        .join("; ");
    let duration = pick(rng, &[60, 90, 120]);
    Meeting {
        meta: Meta::new(now),
        title,
        kind,
        facility,
        start: NaiveDateTime::default(),
        end: NaiveDateTime::default() + chrono::Duration::minutes(duration),
        place,
        organiser,
        attendees,
        agenda,
        minutes: String::new(),
        status: MeetingStatus::Planned,
        uid: String::new(),
        recurrence: None,
        notes: String::new(),
    }
}

/// When a block starts: within three years before `today` and half a year
/// after, on a workday between 8:00 and 15:30.
fn first_start(rng: &mut fastrand::Rng, today: NaiveDate, block: Block) -> NaiveDateTime {
    let back = 3 * 365;
    let day = today - Days::new(back) + Days::new(rng.u64(0..back + 180));
    let day = match block {
        // Keep monthly meetings on a day every month has.
        Block::Monthly => day.with_day(day.day().min(28)).unwrap_or(day),
        _ => day,
    };
    let time =
        NaiveTime::from_hms_opt(rng.u32(8..=15), pick(rng, &[0, 30]), 0).unwrap_or(NaiveTime::MIN);
    workday(day.and_time(time))
}

/// The same time on the next workday when `at` falls on a weekend.
fn workday(at: NaiveDateTime) -> NaiveDateTime {
    match at.weekday() {
        Weekday::Sat => at + Days::new(2),
        Weekday::Sun => at + Days::new(1),
        _ => at,
    }
}

/// One meeting of a block at `start`, with its status and minutes.
fn occurrence(
    rng: &mut fastrand::Rng,
    template: &Meeting,
    start: NaiveDateTime,
    today: NaiveDate,
) -> Meeting {
    let mut meeting = template.clone();
    meeting.end = start + (template.end - template.start);
    meeting.start = start;
    let past = start.date() < today;
    let roll = rng.u8(0..100);
    if past && roll < 88 {
        meeting.status = MeetingStatus::Held;
        meeting.minutes = format!(
            "Přítomno: {}. {} Zapsáno v den jednání.",
            people(meeting.attendees.len()),
            pick(rng, &OUTCOMES)
        );
    } else if (past && roll >= 88) || (!past && roll < 3) {
        meeting.status = MeetingStatus::Cancelled;
        meeting.minutes = format!("Zrušeno: {}.", pick(rng, &CANCELLED));
    }
    meeting
}

/// "1 osoba", "3 osoby", "5 osob": Czech counts take three forms.
fn people(n: usize) -> String {
    let word = match n {
        1 => "osoba",
        2..=4 => "osoby",
        _ => "osob",
    };
    format!("{n} {word}")
}
