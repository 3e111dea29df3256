//! Words of the coverage map.

use crate::domain::Service;

/// Title over the map by region.
pub const TITLE_REGIONS: &str = "Coverage: NGOs delivering each service, by region";
/// Title over the map by facility.
pub const TITLE_FACILITIES: &str = "Coverage: NGOs delivering each service, by facility";
/// Heading of the row labels by region.
pub const REGION: &str = "Region";
/// Heading of the row labels by facility.
pub const FACILITY: &str = "Facility";
/// Shown in an empty cell, beside the gap styling, so gaps read without colour.
pub const GAP: &str = "–";
/// Explains the marks.
pub const LEGEND: &str = "number = NGOs in force today · – = gap";
/// Shown while records are still being read.
pub const LOADING: &str = "Loading the records…";
/// Before an NGO in an opened cell.
pub const NGO_ITEM: &str = "NGO";
/// Before a facility in an opened cell.
pub const FACILITY_ITEM: &str = "Facility";

/// A column heading for a service that fits `width` characters. The same
/// style for every column: a word when there is room for ten characters,
/// else four or three letters.
pub fn service_heading(service: Service, width: usize) -> &'static str {
    if width >= 10 {
        service_word(service)
    } else if width >= 4 {
        service_short(service)
    } else {
        service_tiny(service)
    }
}

/// A service in a word of at most ten characters.
fn service_word(service: Service) -> &'static str {
    match service {
        Service::Addiction => "Addiction",
        Service::DebtCounselling => "Debt",
        Service::SocialCounselling => "Social",
        Service::FamilyContact => "Family",
        Service::ReleasePreparation => "Release",
        Service::PostPenitentiaryCare => "Post-pen.",
        Service::CaseManagement => "Case mgmt",
        Service::Housing => "Housing",
        Service::Employment => "Employment",
        Service::Education => "Education",
        Service::Restorative => "Restorat.",
        Service::Probation => "Probation",
        Service::Mediation => "Mediation",
        Service::SpiritualCare => "Spiritual",
        Service::Other => "Other",
    }
}

/// A three-letter abbreviation of a service.
fn service_tiny(service: Service) -> &'static str {
    match service {
        Service::Addiction => "Add",
        Service::DebtCounselling => "Dbt",
        Service::SocialCounselling => "Soc",
        Service::FamilyContact => "Fam",
        Service::ReleasePreparation => "Rel",
        Service::PostPenitentiaryCare => "Pst",
        Service::CaseManagement => "Cas",
        Service::Housing => "Hou",
        Service::Employment => "Emp",
        Service::Education => "Edu",
        Service::Restorative => "Rst",
        Service::Probation => "Prb",
        Service::Mediation => "Med",
        Service::SpiritualCare => "Spi",
        Service::Other => "Oth",
    }
}

/// A four-letter abbreviation of a service.
fn service_short(service: Service) -> &'static str {
    match service {
        Service::Addiction => "Addi",
        Service::DebtCounselling => "Debt",
        Service::SocialCounselling => "Soc",
        Service::FamilyContact => "Fam",
        Service::ReleasePreparation => "Rel",
        Service::PostPenitentiaryCare => "Post",
        Service::CaseManagement => "Case",
        Service::Housing => "Hous",
        Service::Employment => "Empl",
        Service::Education => "Edu",
        Service::Restorative => "Rest",
        Service::Probation => "Prob",
        Service::Mediation => "Med",
        Service::SpiritualCare => "Spir",
        Service::Other => "Oth",
    }
}

/// The line describing the selected cell: its text equivalent.
pub fn cell(place: &str, service: &str, ngos: usize, facilities: usize) -> String {
    match ngos {
        0 => format!("{place} · {service}: a gap, no NGO in force today"),
        1 => format!(
            "{place} · {service}: 1 NGO at {}",
            facilities_text(facilities)
        ),
        n => format!(
            "{place} · {service}: {n} NGOs at {}",
            facilities_text(facilities)
        ),
    }
}

fn facilities_text(n: usize) -> String {
    if n == 1 {
        "1 facility".to_string()
    } else {
        format!("{n} facilities")
    }
}

/// The summary line: how many cells are gaps.
pub fn gaps(gaps: usize, cells: usize) -> String {
    format!("{gaps} of {cells} cells are gaps")
}

/// Opening an empty cell.
pub fn nothing_behind(place: &str, service: &str) -> String {
    format!("No NGO delivers {service} in {place} today.")
}

/// Title of an opened cell.
pub fn cell_title(place: &str, service: &str) -> String {
    format!("{place} · {service}")
}

/// The coverage map was written as CSV.
pub fn written(path: &str) -> String {
    format!("Coverage map written to {path}")
}
