//! Words of the coverage map.

use super::{format, text};
use crate::domain::Service;

/// Title over the map by region.
pub fn title_regions() -> &'static str {
    text("coverage-title-regions")
}
/// Title over the map by facility.
pub fn title_facilities() -> &'static str {
    text("coverage-title-facilities")
}
/// Heading of the row labels by region.
pub fn region() -> &'static str {
    text("coverage-region")
}
/// Heading of the row labels by facility.
pub fn facility() -> &'static str {
    text("coverage-facility")
}
/// Shown in an empty cell, beside the gap styling, so gaps read without colour.
pub const GAP: &str = "–";
/// Explains the marks.
pub fn legend() -> &'static str {
    text("coverage-legend")
}
/// Shown while records are still being read.
pub fn loading() -> &'static str {
    text("coverage-loading")
}
/// Before an NGO in an opened cell.
pub fn ngo_item() -> &'static str {
    text("coverage-ngo-item")
}
/// Before a facility in an opened cell.
pub fn facility_item() -> &'static str {
    text("coverage-facility-item")
}

/// A column heading for a service that fits `width` characters. The same
/// style for every column: a word when there is room for ten characters,
/// else four or three letters.
pub fn service_heading(service: Service, width: usize) -> &'static str {
    let size = if width >= 10 {
        ""
    } else if width >= 4 {
        "4"
    } else {
        "3"
    };
    text(&format!("coverage-service{size}-{}", service.code()))
}

/// The line describing the selected cell: its text equivalent.
pub fn cell(place: &str, service: &str, ngos: usize, facilities: usize) -> String {
    format(
        "coverage-cell",
        &[
            ("place", place.into()),
            ("service", service.into()),
            ("ngos", ngos.into()),
            ("facilities", facilities.into()),
        ],
    )
}

/// The summary line: how many cells are gaps.
pub fn gaps(gaps: usize, cells: usize) -> String {
    format(
        "coverage-gaps",
        &[("gaps", gaps.into()), ("cells", cells.into())],
    )
}

/// Opening an empty cell.
pub fn nothing_behind(place: &str, service: &str) -> String {
    format(
        "coverage-nothing-behind",
        &[("place", place.into()), ("service", service.into())],
    )
}

/// Title of an opened cell.
pub fn cell_title(place: &str, service: &str) -> String {
    format!("{place} · {service}")
}

/// The coverage map was written as CSV.
pub fn written(path: &str) -> String {
    format("coverage-written", &[("path", path.into())])
}
