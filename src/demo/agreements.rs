//! Cooperation agreements in every status, with dates that fit the status and
//! the day the demo is built around, and renewals of expired ones.

use super::World;
use super::names::{self, pick, pick_some};
use crate::domain::agreement::StatusStep;
use crate::domain::{Agreement, AgreementStatus, Meta, Organisation, Service};
use chrono::{Datelike, Days, NaiveDate};

/// How an agreement's subject names a service.
pub fn service_phrase(service: Service) -> &'static str {
    match service {
        Service::Addiction => "adiktologické služby",
        Service::DebtCounselling => "dluhové poradenství",
        Service::SocialCounselling => "sociální poradenství",
        Service::FamilyContact => "kontakt s rodinou a rodičovství",
        Service::ReleasePreparation => "příprava na propuštění",
        Service::PostPenitentiaryCare => "postpenitenciární péče",
        Service::CaseManagement => "case management",
        Service::Housing => "bydlení po propuštění",
        Service::Employment => "pracovní uplatnění",
        Service::Education => "vzdělávání",
        Service::Restorative => "restorativní programy",
        Service::Probation => "probační programy",
        Service::Mediation => "mediace",
        Service::SpiritualCare => "duchovní služba",
        Service::Other => "další služby",
    }
}

const NOTICE_PERIODS: [&str; 4] = ["1 měsíc", "2 měsíce", "3 měsíce", "6 měsíců"];

/// The agreements that replace nothing, and how many renewals to make of the
/// expired ones among them. The first five take each status in turn, so every
/// status occurs; enough others expire to be renewed.
pub fn plan(world: &mut World, total: usize) -> (Vec<Agreement>, usize) {
    let renewals = if total >= 10 { total / 7 } else { 0 };
    let originals = total - renewals;
    let mut made = Vec::with_capacity(originals);
    for i in 0..originals {
        let status = match i {
            0..5 => AgreementStatus::ALL[i],
            _ if i < 5 + renewals => AgreementStatus::Expired,
            _ => random_status(&mut world.rng),
        };
        let Some(org) = pick_org(world) else { break };
        made.push(original(world, &org, status));
    }
    (made, renewals)
}

fn random_status(rng: &mut fastrand::Rng) -> AgreementStatus {
    match rng.u8(0..100) {
        0..10 => AgreementStatus::Draft,
        10..20 => AgreementStatus::Negotiating,
        20..65 => AgreementStatus::Signed,
        65..85 => AgreementStatus::Expired,
        _ => AgreementStatus::Terminated,
    }
}

fn pick_org(world: &mut World) -> Option<Organisation> {
    let i = world.rng.usize(0..world.orgs.len().max(1));
    world.orgs.get(i).cloned()
}

fn days_before(day: NaiveDate, days: u64) -> NaiveDate {
    day - Days::new(days)
}

fn days_after(day: NaiveDate, days: u64) -> NaiveDate {
    day + Days::new(days)
}

/// One agreement with `org`, at facilities in its regions where there are any.
fn original(world: &mut World, org: &Organisation, status: AgreementStatus) -> Agreement {
    let rng = &mut world.rng;
    let today = world.today;
    let near: Vec<u64> = world
        .facilities
        .iter()
        .filter(|f| org.regions.contains(&f.region))
        .map(|f| f.meta.id)
        .collect();
    let all: Vec<u64> = world.facilities.iter().map(|f| f.meta.id).collect();
    let candidates = if near.is_empty() { all } else { near };
    let facility_count = if rng.u8(0..100) < 80 {
        1
    } else {
        rng.usize(2..=3)
    };
    let facilities = pick_some(rng, &candidates, facility_count);
    let offered = if org.services.is_empty() {
        Service::ALL.to_vec()
    } else {
        org.services.clone()
    };
    let service_count = rng.usize(1..=3);
    let services = pick_some(rng, &offered, service_count);
    let subject = format!(
        "Dohoda o spolupráci – {}",
        service_phrase(services.first().copied().unwrap_or(Service::Other))
    );
    let (mut signed_on, mut valid_from, mut valid_until) = (None, None, None);
    let mut notes = String::new();
    match status {
        AgreementStatus::Draft => notes = "Návrh k připomínkám vedení věznice.".to_string(),
        AgreementStatus::Negotiating => {
            if rng.bool() {
                valid_from = Some(days_after(today, rng.u64(30..180)));
            }
            notes = "Jednání o rozsahu programu a přístupu na oddíly.".to_string();
        }
        AgreementStatus::Signed => {
            let signed = days_before(today, rng.u64(10..5 * 365));
            let from = days_after(signed, rng.u64(0..30)).min(today);
            signed_on = Some(signed);
            valid_from = Some(from);
            if rng.bool() {
                // A quarter end within three months, so the dashboard of a
                // new demo has agreements that need attention.
                let left = if rng.u8(0..4) == 0 {
                    rng.u64(7..90)
                } else {
                    rng.u64(90..3 * 365)
                };
                valid_until = Some(days_after(today, left));
            }
        }
        AgreementStatus::Expired => {
            let until = days_before(today, rng.u64(1..3 * 365));
            let from = days_before(until, rng.u64(365..4 * 365));
            valid_until = Some(until);
            valid_from = Some(from);
            signed_on = Some(days_before(from, rng.u64(0..30)));
        }
        AgreementStatus::Terminated => {
            let signed = days_before(today, rng.u64(365..6 * 365));
            let from = days_after(signed, rng.u64(0..30));
            let span = (today - from).num_days().max(1) as u64;
            let ended = days_after(from, rng.u64(0..span));
            signed_on = Some(signed);
            valid_from = Some(from);
            valid_until = Some(ended);
            notes = format!(
                "Vypovězeno dohodou stran ke dni {}.",
                ended.format("%-d. %-m. %Y")
            );
        }
    }
    let signed = signed_on.is_some();
    Agreement {
        meta: Meta::new(world.now),
        subject,
        organisation: org.meta.id,
        facilities,
        services,
        status,
        signed_on,
        valid_from,
        valid_until,
        notice_period: pick(rng, &NOTICE_PERIODS).to_string(),
        signatories: if signed {
            signatories(rng)
        } else {
            String::new()
        },
        reference: if signed {
            case_number(rng, signed_on)
        } else {
            String::new()
        },
        // The log's last step: the status reached, on the day it was signed (or today).
        steps: vec![StatusStep {
            status,
            on: signed_on.unwrap_or(today),
        }],
        replaces: None,
        notes,
    }
}

/// Who signs: the facility's director and the NGO's statutory body.
fn signatories(rng: &mut fastrand::Rng) -> String {
    let director = names::person_name(rng).full();
    let statutory = names::person_name(rng).full();
    format!("{director} (ředitel/ka věznice), {statutory} (statutární orgán)")
}

/// A case number in the shape the Prison Service writes them.
fn case_number(rng: &mut fastrand::Rng, signed_on: Option<NaiveDate>) -> String {
    let year = signed_on.map_or(2020, |d| d.year());
    format!(
        "č. j. VS-{:05}-{}/ČJ-{year}-{:06}",
        rng.u32(1..100_000),
        rng.u8(1..10),
        rng.u32(800_000..900_000)
    )
}

/// Renewals of the first `count` expired originals (already stored): the same
/// parties and services, in force from the day after the old one ended.
pub fn renewals(world: &mut World, originals: &[Agreement], count: usize) -> Vec<Agreement> {
    let today = world.today;
    let expired = originals
        .iter()
        .filter(|a| a.status == AgreementStatus::Expired)
        .take(count);
    let mut made = Vec::with_capacity(count);
    for old in expired {
        let rng = &mut world.rng;
        let mut renewal = old.clone();
        renewal.meta = Meta::new(world.now);
        renewal.replaces = Some(old.meta.id);
        renewal.subject = format!("{} (obnovení)", old.subject);
        renewal.notes = String::new();
        let ended = old.valid_until.unwrap_or(today);
        if rng.u8(0..100) < 85 {
            let from = days_after(ended, 1).min(today);
            let signed = days_before(from, rng.u64(0..20));
            renewal.status = AgreementStatus::Signed;
            renewal.signed_on = Some(signed);
            renewal.valid_from = Some(from);
            renewal.valid_until = rng.bool().then(|| days_after(today, rng.u64(90..3 * 365)));
            renewal.signatories = signatories(rng);
            renewal.reference = case_number(rng, Some(signed));
        } else {
            renewal.status = AgreementStatus::Negotiating;
            renewal.signed_on = None;
            renewal.valid_from = None;
            renewal.valid_until = None;
            renewal.signatories = String::new();
            renewal.reference = String::new();
            renewal.notes = "Obnovení se projednává.".to_string();
        }
        made.push(renewal);
    }
    made
}
