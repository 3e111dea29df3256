//! NGOs, people, their assignments to facilities and facilities' liaisons.

use super::World;
use super::names::{self, pick, pick_some};
use crate::domain::ico::check_digit;
use crate::domain::{
    Assignment, AssignmentRole, Facility, Membership, Meta, Organisation, Person, Region, Service,
};
use chrono::{Days, Months};
use std::collections::HashSet;

/// Roles of NGO staff as (man's form, woman's form).
const NGO_ROLES: [(&str, &str); 6] = [
    ("koordinátor", "koordinátorka"),
    ("sociální pracovník", "sociální pracovnice"),
    ("terapeut", "terapeutka"),
    ("vedoucí programu", "vedoucí programu"),
    ("lektor", "lektorka"),
    ("dobrovolník", "dobrovolnice"),
];

/// Roles of facility staff who work with NGOs.
const STAFF_ROLES: [(&str, &str); 5] = [
    ("vychovatel", "vychovatelka"),
    ("speciální pedagog", "speciální pedagožka"),
    ("sociální pracovník", "sociální pracovnice"),
    ("kaplan", "kaplanka"),
    (
        "vedoucí oddělení výkonu trestu",
        "vedoucí oddělení výkonu trestu",
    ),
];

/// Roles in an assignment to a facility, each with how often it comes up
/// (out of [`ROLE_WEIGHTS`]) and the note it carries: most assignments are
/// an NGO's coordinator for a facility.
const ASSIGNMENT_ROLES: [(AssignmentRole, &str, usize); 7] = [
    (AssignmentRole::NgoCoordinator, "", 9),
    (AssignmentRole::ProgrammeLecturer, "", 4),
    (AssignmentRole::SocialWorker, "", 3),
    (AssignmentRole::Volunteer, "", 2),
    (AssignmentRole::Chaplain, "", 1),
    (AssignmentRole::Other, "terapeut/ka", 1),
    (AssignmentRole::Other, "kontaktní osoba", 1),
];

/// The sum of the weights in [`ASSIGNMENT_ROLES`].
const ROLE_WEIGHTS: usize = {
    let mut sum = 0;
    let mut i = 0;
    while i < ASSIGNMENT_ROLES.len() {
        sum += ASSIGNMENT_ROLES[i].2;
        i += 1;
    }
    sum
};

/// A role for an assignment and its note, as often as [`ASSIGNMENT_ROLES`]
/// says.
fn assignment_role(rng: &mut fastrand::Rng) -> (AssignmentRole, String) {
    let mut left = rng.usize(0..ROLE_WEIGHTS);
    for (role, note, weight) in ASSIGNMENT_ROLES {
        if left < weight {
            return (role, note.to_string());
        }
        left -= weight;
    }
    (AssignmentRole::NgoCoordinator, String::new())
}

/// The member organisations first, then generated ones, `count` in all.
pub fn organisations(world: &mut World, count: usize) -> Vec<Organisation> {
    let mut used_names: HashSet<String> = HashSet::new();
    let mut used_icos: HashSet<String> = HashSet::new();
    let mut orgs = Vec::with_capacity(count);
    for i in 0..count {
        let rng = &mut world.rng;
        let (name, membership) = match names::MEMBER_ORGS.get(i) {
            Some(name) => (name.to_string(), Membership::Member),
            None => (unique_name(rng, &mut used_names), membership(rng)),
        };
        used_names.insert(name.clone());
        let ico = loop {
            let ico = ico(rng);
            if used_icos.insert(ico.clone()) {
                break ico;
            }
        };
        let region_count = rng.usize(1..=4);
        let service_count = rng.usize(1..=5);
        let domain = names::domain(&name);
        let contact = names::person_name(rng).full();
        let notes = if i < names::MEMBER_ORGS.len() {
            "Ukázková data: název je skutečný člen AOOV, ostatní údaje jsou smyšlené.".to_string()
        } else {
            String::new()
        };
        // In the order the generator has always drawn them.
        let regions = pick_some(rng, &Region::ALL, region_count);
        let services = pick_some(rng, Service::ALL, service_count);
        let phone = names::phone(rng);
        orgs.push(Organisation {
            meta: Meta::new(world.now),
            name,
            ico,
            membership,
            regions,
            services,
            contact,
            phone: phone.clone(),
            email: format!("info@{domain}"),
            web: format!("https://www.{domain}"),
            // The NGO's office line and address, agreed to be published.
            public_phone: phone,
            public_email: format!("info@{domain}"),
            public_web: format!("https://www.{domain}"),
            notes,
        });
    }
    orgs
}

/// A generated name not used yet; after a few tries a number makes it unique.
fn unique_name(rng: &mut fastrand::Rng, used: &mut HashSet<String>) -> String {
    let mut name = names::org_name(rng);
    let mut n = 2;
    while used.contains(&name) {
        name = if n < 6 {
            names::org_name(rng)
        } else {
            format!("{} {n}", names::org_name(rng))
        };
        n += 1;
    }
    name
}

/// Mostly NGOs outside the association, as in the field.
fn membership(rng: &mut fastrand::Rng) -> Membership {
    match rng.u8(0..100) {
        0..20 => Membership::Member,
        20..35 => Membership::Observer,
        35..60 => Membership::Partner,
        _ => Membership::None,
    }
}

/// A valid IČO: seven random digits and their check digit.
fn ico(rng: &mut fastrand::Rng) -> String {
    let mut digits = [0u8; 7];
    for d in &mut digits {
        *d = rng.u8(0..10);
    }
    let check = check_digit(&digits);
    digits
        .iter()
        .chain(std::iter::once(&check))
        .map(|d| char::from(b'0' + d))
        .collect()
}

/// People: most work for an NGO, some are facility staff.
pub fn people(world: &mut World, count: usize) -> Vec<Person> {
    let mut people = Vec::with_capacity(count);
    for i in 0..count {
        let rng = &mut world.rng;
        let name = names::person_name(rng);
        let (woman, (title_before, title_after)) = (name.woman, names::titles(i));
        // Every NGO gets someone before any gets a second person, so every
        // NGO can organise meetings.
        let staff = !world.facilities.is_empty()
            && (world.orgs.is_empty() || (i >= world.orgs.len() && rng.u8(0..100) < 15));
        let (organisation, facility, roles, domain) = if staff {
            let facility = &world.facilities[rng.usize(0..world.facilities.len())];
            let domain = format!("{}.vez.example", names::slug(&facility.town, "-"));
            (None, Some(facility.meta.id), &STAFF_ROLES[..], domain)
        } else {
            let org = match world.orgs.get(i) {
                Some(org) => org,
                None => &world.orgs[rng.usize(0..world.orgs.len().max(1))],
            };
            (
                Some(org.meta.id),
                None,
                &NGO_ROLES[..],
                names::domain(&org.name),
            )
        };
        let (his, hers) = pick(rng, roles);
        let email = format!("{}@{domain}", names::slug(&name.full(), "."));
        people.push(Person {
            meta: Meta::new(world.now),
            title_before: title_before.to_string(),
            given_name: name.given,
            surname: name.surname,
            title_after: title_after.to_string(),
            organisation,
            facility,
            role: if woman { hers } else { his }.to_string(),
            phone: names::phone(rng),
            email,
            notes: String::new(),
        });
    }
    people
}

/// The facilities that have staff among the people, each with the first
/// of them as its liaison (its coordinator for NGOs on the prison side).
pub fn liaisons(world: &World) -> Vec<Facility> {
    world
        .facilities
        .iter()
        .filter_map(|facility| {
            let staff = world
                .people
                .iter()
                .find(|p| p.facility == Some(facility.meta.id))?;
            let mut facility = facility.clone();
            facility.coordinator = Some(staff.meta.id);
            Some(facility)
        })
        .collect()
}

/// People assigned to facilities: every NGO person once before anyone twice,
/// at facilities in their NGO's regions where there are any.
pub fn assignments(world: &mut World, count: usize) -> Vec<Assignment> {
    let ngo_people: Vec<&Person> = world
        .people
        .iter()
        .filter(|p| p.organisation.is_some())
        .collect();
    let pool: Vec<&Person> = if ngo_people.is_empty() {
        world.people.iter().collect()
    } else {
        ngo_people
    };
    let mut made = Vec::with_capacity(count);
    if pool.is_empty() || world.facilities.is_empty() {
        return made;
    }
    for i in 0..count {
        let rng = &mut world.rng;
        let person = pool[if i < pool.len() {
            i
        } else {
            rng.usize(0..pool.len())
        }];
        let org = person
            .organisation
            .and_then(|id| world.orgs.iter().find(|o| o.meta.id == id));
        let regions = org.map(|o| o.regions.clone()).unwrap_or_default();
        let near: Vec<u64> = world
            .facilities
            .iter()
            .filter(|f| regions.contains(&f.region))
            .map(|f| f.meta.id)
            .collect();
        let facility = if near.is_empty() {
            world.facilities[rng.usize(0..world.facilities.len())]
                .meta
                .id
        } else {
            near[rng.usize(0..near.len())]
        };
        let offered = org.map(|o| o.services.clone()).unwrap_or_default();
        let offered = if offered.is_empty() {
            Service::ALL.to_vec()
        } else {
            offered
        };
        let service_count = rng.usize(1..=3);
        let from = world.today - Days::new(rng.u64(30..6 * 365));
        let until = (rng.u8(0..100) < 30).then(|| from + Months::new(rng.u32(6..=36)));
        let (role, role_note) = assignment_role(rng);
        made.push(Assignment {
            meta: Meta::new(world.now),
            person: person.meta.id,
            facility,
            role,
            role_note,
            services: pick_some(rng, &offered, service_count),
            from: Some(from),
            until,
            notes: String::new(),
        });
    }
    made
}
