//! Reference data shipped with the binary: the public list of Czech prisons.
//!
//! The list is compiled into the binary (`prisons.csv`, sources in
//! `SOURCES.md` next to it) so a fresh database can be filled without network
//! access. The 14 regions need no seeding: they are the fixed [`Region`] enum.

use crate::domain::text::fold;
use crate::domain::{Entity, Facility, FacilityKind, Meta, Region, Timestamp};
use crate::store::{Edit, OpKind, Store, StoreError};
use serde::Deserialize;
use std::collections::HashSet;

/// The shipped prison list, as cited in `SOURCES.md`.
const PRISONS_CSV: &str = include_str!("prisons.csv");

/// The file name used in error messages about [`PRISONS_CSV`].
const PRISONS_FILE: &str = "src/seed/prisons.csv";

/// What went wrong while reading or loading the reference data.
#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    /// A line of the CSV could not be read as a facility row.
    #[error("{file} line {line}: {source}")]
    Csv {
        /// Which file.
        file: &'static str,
        /// The line the row starts on (1-based, the header is line 1).
        line: u64,
        /// What the CSV reader said.
        source: csv::Error,
    },
    /// The `kind` column holds something we do not map.
    #[error(
        "{file} line {line}: unknown facility kind {kind:?} (expected \"věznice\", \"vazební věznice\" or \"ÚVZD\")"
    )]
    UnknownKind {
        /// Which file.
        file: &'static str,
        /// The line of the row.
        line: u64,
        /// The kind as written.
        kind: String,
    },
    /// The `region_iso` column holds something that is not a Czech region code.
    #[error(
        "{file} line {line}: unknown region code {code:?} (expected an ISO 3166-2:CZ code such as \"CZ-32\")"
    )]
    UnknownRegion {
        /// Which file.
        file: &'static str,
        /// The line of the row.
        line: u64,
        /// The code as written.
        code: String,
    },
    /// Reading or saving facilities failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How a seeding run went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SeedReport {
    /// Facilities added.
    pub created: usize,
    /// Facilities left out because one of that name was already there.
    pub skipped: usize,
}

/// One row of `prisons.csv`; the column names are the file's header.
#[derive(Debug, Deserialize)]
struct Row {
    name: String,
    kind: String,
    town: String,
    region_iso: String,
    address: String,
    notes: String,
}

/// The file's kind labels are Czech, as the sources write them.
fn facility_kind(label: &str) -> Option<FacilityKind> {
    match label {
        "věznice" => Some(FacilityKind::Prison),
        "vazební věznice" => Some(FacilityKind::RemandPrison),
        "ÚVZD" => Some(FacilityKind::SecurityDetention),
        _ => None,
    }
}

/// The shipped list of prisons, remand prisons and security-detention
/// institutes, unsaved (id 0), in file order.
pub fn reference_facilities() -> Result<Vec<Facility>, SeedError> {
    parse(PRISONS_FILE, PRISONS_CSV)
}

/// Parses a prison list in the shape of `prisons.csv`; `file` names it in errors.
fn parse(file: &'static str, text: &str) -> Result<Vec<Facility>, SeedError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|source| SeedError::Csv {
            file,
            line: 1,
            source,
        })?
        .clone();
    let mut facilities = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|source| SeedError::Csv {
            file,
            line: source.position().map_or(0, |p| p.line()),
            source,
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let row: Row = record
            .deserialize(Some(&headers))
            .map_err(|source| SeedError::Csv { file, line, source })?;
        let kind = facility_kind(&row.kind).ok_or_else(|| SeedError::UnknownKind {
            file,
            line,
            kind: row.kind.clone(),
        })?;
        let region = Region::from_iso(&row.region_iso).ok_or_else(|| SeedError::UnknownRegion {
            file,
            line,
            code: row.region_iso.clone(),
        })?;
        facilities.push(Facility {
            // The store sets id, version and timestamps on save.
            meta: Meta::new(Timestamp::default()),
            name: row.name,
            kind,
            region,
            town: row.town,
            address: row.address,
            coordinator: None,
            contact: String::new(),
            phone: String::new(),
            email: String::new(),
            notes: row.notes,
        });
    }
    Ok(facilities)
}

/// Names are compared folded (case, diacritics, spacing ignored) so a prison
/// someone typed by hand as "Veznice Plzen" is not added a second time.
fn name_key(name: &str) -> String {
    fold(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// Adds the reference facilities that are not in the store yet. A facility
/// counts as present when any stored facility, archived or not, has its name,
/// so running this again adds nothing.
pub fn seed(store: &Store, who: &str, now: Timestamp) -> Result<SeedReport, SeedError> {
    let mut present: HashSet<String> = store
        .all::<Facility>()?
        .iter()
        .map(|f| name_key(&f.title()))
        .collect();
    let mut report = SeedReport {
        created: 0,
        skipped: 0,
    };
    let mut edits = Vec::new();
    for mut facility in reference_facilities()? {
        if !present.insert(name_key(&facility.name)) {
            report.skipped += 1;
            continue;
        }
        facility.meta = Meta::new(now);
        edits.push(Edit::Save(facility.into()));
    }
    // One operation: all the missing facilities, or none of them.
    report.created = edits.len();
    let mut op = store.begin(OpKind::Seed, who, now);
    op.summarise(format!("loaded {} reference facilities", report.created));
    op.write(edits)?;
    op.commit()?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    #[test]
    fn the_shipped_list_has_38_facilities_of_three_kinds() {
        let facilities = reference_facilities().expect("shipped file parses");
        assert_eq!(facilities.len(), 38);
        let count = |k| facilities.iter().filter(|f| f.kind == k).count();
        assert_eq!(count(FacilityKind::Prison), 25);
        assert_eq!(count(FacilityKind::RemandPrison), 10);
        assert_eq!(count(FacilityKind::SecurityDetention), 3);
        assert!(facilities.iter().all(|f| f.notes.contains("src:")));
    }

    #[test]
    fn every_region_code_in_the_file_maps() {
        let mut reader = csv::Reader::from_reader(PRISONS_CSV.as_bytes());
        for row in reader.deserialize::<Row>() {
            let row = row.expect("row");
            assert!(
                Region::from_iso(&row.region_iso).is_some(),
                "{}",
                row.region_iso
            );
        }
    }

    #[test]
    fn czech_names_keep_their_diacritics() {
        let facilities = reference_facilities().expect("parses");
        let plzen = facilities
            .iter()
            .find(|f| f.name == "Věznice Plzeň")
            .expect("Věznice Plzeň is listed");
        assert_eq!(plzen.region, Region::Plzensky);
        assert_eq!(plzen.kind, FacilityKind::Prison);
    }

    #[test]
    fn unknown_kind_and_region_name_the_line() {
        let head = "name,kind,town,region_iso,address,notes\n";
        let ok = "Věznice A,věznice,A,CZ-10,,\n";
        let bad_kind = format!("{head}{ok}Věznice B,kriminál,B,CZ-10,,\n");
        let err = parse("test.csv", &bad_kind).expect_err("bad kind");
        assert_eq!(
            err.to_string(),
            "test.csv line 3: unknown facility kind \"kriminál\" (expected \"věznice\", \"vazební věznice\" or \"ÚVZD\")"
        );
        let bad_region = format!("{head}{ok}{ok}Věznice C,věznice,C,CZ-99,,\n");
        let err = parse("test.csv", &bad_region).expect_err("bad region");
        assert!(
            err.to_string()
                .starts_with("test.csv line 4: unknown region code \"CZ-99\"")
        );
    }

    #[test]
    fn a_short_row_names_the_line() {
        let text = "name,kind,town,region_iso,address,notes\nVěznice A,věznice\n";
        let err = parse("test.csv", text).expect_err("short row");
        assert!(err.to_string().starts_with("test.csv line 2:"), "{err}");
    }

    #[test]
    fn seeding_twice_adds_nothing_the_second_time() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let first = seed(&store, "tester", now).expect("seed");
        assert_eq!(
            first,
            SeedReport {
                created: 38,
                skipped: 0
            }
        );
        let second = seed(&store, "tester", now).expect("seed again");
        assert_eq!(
            second,
            SeedReport {
                created: 0,
                skipped: 38
            }
        );
        let stored = store.all::<Facility>().expect("all");
        assert_eq!(stored.len(), 38);
        assert!(stored.iter().any(|f| f.name == "Věznice Plzeň"));
    }

    #[test]
    fn an_archived_or_hand_typed_facility_counts_as_present() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let mut typed = sample::facility("veznice  plzen", Region::Plzensky);
        typed.meta.archived = true;
        store.save(typed.into(), "tester", now).expect("save");
        let report = seed(&store, "tester", now).expect("seed");
        assert_eq!(
            report,
            SeedReport {
                created: 37,
                skipped: 1
            }
        );
    }
}
