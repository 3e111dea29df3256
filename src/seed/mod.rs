//! Reference data shipped with the binary: the public list of Czech prisons
//! and the youth facilities the association works with.
//!
//! The lists are compiled into the binary (`prisons.csv`,
//! `youth_facilities.csv`; each row cites its sources in its `sources`
//! column, described in `SOURCES.md` next to them) so a fresh database can be
//! filled without network access. The sources stay in the repository: the
//! records get clean fields only. The 14 regions need no seeding: they are
//! the fixed [`Region`] enum.
//!
//! Every built-in facility has a stable key (`vscr-plzen`). Seeding again
//! finds each by its key and brings the built-in fields (those the lists
//! hold: name, kind, region, town, address, the people held, security,
//! capacity, public contact, notes) up to date, but leaves alone a field a
//! user has edited: one some operation other than a seed or a demo changed,
//! as the facility's history tells. Those it reports.

use crate::domain::text::fold;
use crate::domain::{
    AgeGroup, Entity, Facility, FacilityKind, HeldSex, Id, Kind, Meta, Region, SecurityLevel,
    Timestamp,
};
use crate::store::audit::Change;
use crate::store::{Edit, OpKind, Store, StoreError};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// The shipped prison list, as cited in `SOURCES.md`.
const PRISONS_CSV: &str = include_str!("prisons.csv");

/// The file name used in error messages about [`PRISONS_CSV`].
const PRISONS_FILE: &str = "src/seed/prisons.csv";

/// The shipped list of youth facilities, as cited in `SOURCES.md`.
const YOUTH_CSV: &str = include_str!("youth_facilities.csv");

/// The file name used in error messages about [`YOUTH_CSV`].
const YOUTH_FILE: &str = "src/seed/youth_facilities.csv";

/// The fields of a facility the reference lists hold, which seeding keeps
/// up to date; the others (the liaison, the contact for NGO work) are the
/// user's alone.
pub const BUILT_IN_FIELDS: &[&str] = &[
    "name",
    "kind",
    "region",
    "town",
    "address",
    "held_sex",
    "held_age",
    "security",
    "capacity",
    "public_phone",
    "public_email",
    "public_web",
    "notes",
];

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
        "{file} line {line}: unknown facility kind {kind:?} (expected prison, remand_prison, security_detention, youth_institution or childrens_home_with_school)"
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
    /// A column holds a value it does not take.
    #[error("{file} line {line}, column {column}: {value:?} is not {expected}")]
    BadValue {
        /// Which file.
        file: &'static str,
        /// The line of the row.
        line: u64,
        /// The column's name.
        column: &'static str,
        /// The value as written.
        value: String,
        /// What the column takes.
        expected: &'static str,
    },
    /// A row without a key, or with the key of an earlier row.
    #[error("{file} line {line}: the key {key:?} is empty or used by an earlier row")]
    BadKey {
        /// Which file.
        file: &'static str,
        /// The line of the row.
        line: u64,
        /// The key as written.
        key: String,
    },
    /// Reading or saving facilities failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SeedOptions {
    /// Also the youth facilities (those confirmed by their sources).
    pub youth: bool,
}

/// A built-in field of a facility that seeding left as the user edited it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptEdit {
    /// The facility's id.
    pub id: Id,
    /// Its name as stored.
    pub name: String,
    /// The ids of the fields left alone, in field order.
    pub fields: Vec<&'static str>,
}

/// How a seeding run went.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SeedReport {
    /// Facilities added.
    pub created: usize,
    /// Built-in facilities with fields brought up to date.
    pub updated: usize,
    /// Built-in facilities already up to date (or only edited by the user).
    pub unchanged: usize,
    /// Facilities left out because one of that name, not built-in, was
    /// already there.
    pub skipped: usize,
    /// Youth facilities left out because their sources do not confirm them.
    pub unverified: usize,
    /// The fields the user edited, left alone, per facility.
    pub kept: Vec<KeptEdit>,
}

impl SeedReport {
    /// The facilities that were there already, updated or not: all the
    /// shipped ones not created.
    pub fn already_there(&self) -> usize {
        self.skipped + self.updated + self.unchanged
    }
}

/// One row of `prisons.csv` or `youth_facilities.csv`; the column names are
/// the files' headers (`security` only in the first, `verified` only in the
/// second).
#[derive(Debug, Deserialize)]
struct Row {
    key: String,
    name: String,
    kind: String,
    town: String,
    region_iso: String,
    address: String,
    held_sex: String,
    held_age: String,
    #[serde(default)]
    security: String,
    capacity: String,
    phone: String,
    email: String,
    web: String,
    #[serde(default)]
    verified: Option<String>,
    #[allow(dead_code)]
    sources: String,
}

/// The words of a column that lists several values: separated by spaces,
/// commas, semicolons, plus signs or bars.
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || ",;+|".contains(c))
        .filter(|w| !w.is_empty())
}

/// The sexes a `held_sex` value names (codes, or the words a source uses).
fn held_sex(text: &str) -> Option<Vec<HeldSex>> {
    let mut out = Vec::new();
    for word in words(text) {
        let add: &[HeldSex] = match word.to_lowercase().as_str() {
            "male" | "men" | "boys" | "muži" | "chlapci" => &[HeldSex::Male],
            "female" | "women" | "girls" | "ženy" | "dívky" => &[HeldSex::Female],
            "mixed" | "both" | "coeducational" => &[HeldSex::Male, HeldSex::Female],
            _ => return None,
        };
        out.extend_from_slice(add);
    }
    Some(tidy(out))
}

/// The age groups a `held_age` value names: codes, or a range of years
/// (`15-18`) read as the groups it overlaps (children under 15, juveniles
/// 15 to 18, adults over 19).
fn held_age(text: &str) -> Option<Vec<AgeGroup>> {
    let mut out = Vec::new();
    for word in words(text) {
        match word.to_lowercase().as_str() {
            "adults" => out.push(AgeGroup::Adults),
            "juveniles" => out.push(AgeGroup::Juveniles),
            "children" => out.push(AgeGroup::Children),
            range => {
                let (from, to) = range.split_once(['-', '–'])?;
                let from: u32 = from.trim().parse().ok()?;
                let to: u32 = to.trim_end_matches(['(', ')']).trim().parse().ok()?;
                if from > to {
                    return None;
                }
                if from < 15 {
                    out.push(AgeGroup::Children);
                }
                if from <= 18 && to >= 15 {
                    out.push(AgeGroup::Juveniles);
                }
                if to > 19 {
                    out.push(AgeGroup::Adults);
                }
            }
        }
    }
    Some(tidy(out))
}

/// Sorted, once each.
fn tidy<T: Ord>(mut values: Vec<T>) -> Vec<T> {
    values.sort();
    values.dedup();
    values
}

/// A facility row's values, checked, or the first problem naming its line.
fn facility_of(file: &'static str, line: u64, row: Row) -> Result<Facility, SeedError> {
    let kind = FacilityKind::from_code(&row.kind).ok_or_else(|| SeedError::UnknownKind {
        file,
        line,
        kind: row.kind.clone(),
    })?;
    let region = Region::from_iso(&row.region_iso).ok_or_else(|| SeedError::UnknownRegion {
        file,
        line,
        code: row.region_iso.clone(),
    })?;
    let bad = |column: &'static str, value: &str, expected: &'static str| SeedError::BadValue {
        file,
        line,
        column,
        value: value.to_string(),
        expected,
    };
    let held_sex = held_sex(&row.held_sex)
        .ok_or_else(|| bad("held_sex", &row.held_sex, "male, female or both"))?;
    let held_age = held_age(&row.held_age).ok_or_else(|| {
        bad(
            "held_age",
            &row.held_age,
            "adults, juveniles, children or a range of years such as 15-18",
        )
    })?;
    let security = words(&row.security)
        .map(SecurityLevel::from_code)
        .collect::<Option<Vec<_>>>()
        .ok_or_else(|| {
            bad(
                "security",
                &row.security,
                "minimum, low, medium, high or increased",
            )
        })?;
    let capacity = match row.capacity.trim() {
        "" => None,
        text => Some(
            text.parse::<u32>()
                .map_err(|_| bad("capacity", text, "a whole number"))?,
        ),
    };
    Ok(Facility {
        // The store sets id, version and timestamps on save.
        meta: Meta::new(Timestamp::default()),
        name: row.name,
        kind,
        region,
        town: row.town,
        address: row.address,
        held_sex,
        held_age,
        security: tidy(security),
        capacity,
        public_phone: row.phone,
        public_email: row.email,
        public_web: row.web,
        coordinator: None,
        contact: String::new(),
        phone: String::new(),
        email: String::new(),
        notes: String::new(),
        key: row.key,
    })
}

/// The shipped list of prisons, remand prisons and security-detention
/// institutes, unsaved (id 0), in file order.
pub fn reference_facilities() -> Result<Vec<Facility>, SeedError> {
    Ok(parse(PRISONS_FILE, PRISONS_CSV)?.confirmed)
}

/// The shipped list of youth facilities: those their sources confirm, and
/// how many rows are left out as unconfirmed.
pub fn youth_facilities() -> Result<(Vec<Facility>, usize), SeedError> {
    let list = parse(YOUTH_FILE, YOUTH_CSV)?;
    Ok((list.confirmed, list.unverified))
}

/// A reference list as read.
struct List {
    /// The rows to load.
    confirmed: Vec<Facility>,
    /// Rows marked `unverified`, left out.
    unverified: usize,
}

/// Parses a list in the shape of `prisons.csv` or `youth_facilities.csv`;
/// `file` names it in errors.
fn parse(file: &'static str, text: &str) -> Result<List, SeedError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|source| SeedError::Csv {
            file,
            line: 1,
            source,
        })?
        .clone();
    let mut list = List {
        confirmed: Vec::new(),
        unverified: 0,
    };
    let mut keys = HashSet::new();
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
        if row.key.trim().is_empty() || !keys.insert(row.key.clone()) {
            return Err(SeedError::BadKey {
                file,
                line,
                key: row.key,
            });
        }
        let confirmed = match row.verified.as_deref().map(str::trim) {
            None | Some("yes") => true,
            Some("unverified") => false,
            Some(other) => {
                return Err(SeedError::BadValue {
                    file,
                    line,
                    column: "verified",
                    value: other.to_string(),
                    expected: "yes or unverified",
                });
            }
        };
        let facility = facility_of(file, line, row)?;
        if confirmed {
            list.confirmed.push(facility);
        } else {
            list.unverified += 1;
        }
    }
    Ok(list)
}

/// Names are compared folded (case, diacritics, spacing ignored) so a prison
/// someone typed by hand as "Veznice Plzen" is not added a second time.
fn name_key(name: &str) -> String {
    fold(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The fields of facility `id` that a user has edited: those an audit entry
/// lists whose operation is not a seed or a demo (which write the reference
/// values). An entry from before operations existed counts when it is an
/// edit, not when it is the facility's creation, which then was the seed's.
fn edited_fields(
    store: &Store,
    id: Id,
    op_kinds: &mut HashMap<u64, Option<OpKind>>,
) -> Result<HashSet<String>, StoreError> {
    let mut edited = HashSet::new();
    for entry in store.history(Kind::Facility, id)? {
        let by_user = match entry.op {
            Some(op) => {
                let kind = match op_kinds.get(&op) {
                    Some(kind) => *kind,
                    None => {
                        let kind = store.op(op)?.map(|e| e.kind);
                        op_kinds.insert(op, kind);
                        kind
                    }
                };
                !matches!(kind, Some(OpKind::Seed | OpKind::Demo))
            }
            None => entry.change != Change::Created,
        };
        if by_user {
            edited.extend(entry.fields.into_iter().map(|f| f.field));
        }
    }
    Ok(edited)
}

/// Adds the reference facilities that are not in the store yet and brings
/// the built-in fields of those that are up to date, one operation for all.
/// A facility counts as there when one has its key; one without a key but
/// with its name (archived or not, typed by hand) is left alone.
pub fn seed(store: &Store, who: &str, now: Timestamp) -> Result<SeedReport, SeedError> {
    seed_with(store, who, now, SeedOptions::default())
}

/// [`seed`], with the youth facilities when `options` asks.
pub fn seed_with(
    store: &Store,
    who: &str,
    now: Timestamp,
    options: SeedOptions,
) -> Result<SeedReport, SeedError> {
    let mut shipped = reference_facilities()?;
    let mut report = SeedReport::default();
    if options.youth {
        let (youth, unverified) = youth_facilities()?;
        shipped.extend(youth);
        report.unverified = unverified;
    }
    let stored = store.all::<Facility>()?;
    let mut by_key: HashMap<&str, Vec<&Facility>> = HashMap::new();
    let mut names = HashSet::new();
    for facility in &stored {
        if !facility.key.is_empty() {
            by_key
                .entry(facility.key.as_str())
                .or_default()
                .push(facility);
        }
        names.insert(name_key(&facility.title()));
    }
    let mut op_kinds = HashMap::new();
    let mut edits = Vec::new();
    let mut created = 0;
    for mut facility in shipped {
        let Some(present) = by_key.get(facility.key.as_str()) else {
            if !names.insert(name_key(&facility.name)) {
                report.skipped += 1;
                continue;
            }
            facility.meta = Meta::new(now);
            edits.push(Edit::Save(facility.into()));
            created += 1;
            continue;
        };
        for existing in present {
            let edited = edited_fields(store, existing.meta.id, &mut op_kinds)?;
            let mut updated = (*existing).clone();
            let mut put = Vec::new();
            let mut kept = Vec::new();
            for &field in BUILT_IN_FIELDS {
                if existing.value(field) == facility.value(field) {
                    continue;
                }
                if edited.contains(field) {
                    kept.push(field);
                } else {
                    put.push(field);
                }
            }
            if !kept.is_empty() {
                report.kept.push(KeptEdit {
                    id: existing.meta.id,
                    name: existing.name.clone(),
                    fields: kept,
                });
            }
            if put.is_empty() {
                report.unchanged += 1;
            } else {
                updated.put_fields(&facility.values(), &put);
                edits.push(Edit::Save(updated.into()));
                report.updated += 1;
            }
        }
    }
    report.created = created;
    // One operation: all the changes, or none of them.
    let mut op = store.begin(OpKind::Seed, who, now);
    op.summarise(format!(
        "loaded {} reference facilities, updated {}",
        report.created, report.updated
    ));
    op.write(edits)?;
    op.commit()?;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::FieldValue;
    use crate::sample;

    const HEAD: &str = "key,name,kind,town,region_iso,address,held_sex,held_age,security,capacity,phone,email,web,sources\n";

    #[test]
    fn the_shipped_list_has_38_facilities_of_three_kinds_in_clean_fields() {
        let facilities = reference_facilities().expect("shipped file parses");
        assert_eq!(facilities.len(), 38);
        let count = |k| facilities.iter().filter(|f| f.kind == k).count();
        assert_eq!(count(FacilityKind::Prison), 25);
        assert_eq!(count(FacilityKind::RemandPrison), 10);
        assert_eq!(count(FacilityKind::SecurityDetention), 3);
        // No research remarks in the records: the sources stay in the file.
        for f in &facilities {
            assert!(f.notes.is_empty(), "{}", f.name);
            for text in [&f.address, &f.town, &f.name] {
                assert!(
                    !text.contains("src:") && !text.contains("source") && !text.contains('('),
                    "{}: {text}",
                    f.key
                );
            }
            assert!(f.key.starts_with("vscr-"), "{}", f.key);
        }
        let plzen = facilities
            .iter()
            .find(|f| f.key == "vscr-plzen")
            .expect("Plzeň");
        assert_eq!(plzen.name, "Věznice Plzeň");
        assert_eq!(plzen.held_sex, vec![HeldSex::Male]);
        assert!(plzen.security.contains(&SecurityLevel::Increased));
        let svetla = facilities
            .iter()
            .find(|f| f.key == "vscr-svetla-nad-sazavou")
            .expect("Světlá");
        assert_eq!(svetla.held_sex, vec![HeldSex::Female]);
        assert_eq!(svetla.capacity, Some(933));
    }

    #[test]
    fn every_shipped_row_passes_the_forms_checks() {
        let (youth, _) = youth_facilities().expect("youth file parses");
        for f in reference_facilities()
            .expect("parses")
            .into_iter()
            .chain(youth)
        {
            let again = Facility::from_values(f.meta.clone(), &f.values());
            assert_eq!(again.as_ref().ok(), Some(&f), "{}: {again:?}", f.key);
        }
    }

    #[test]
    fn youth_facilities_are_marked_by_kind_and_unverified_rows_left_out() {
        let (youth, unverified) = youth_facilities().expect("parses");
        assert!(!youth.is_empty());
        assert!(youth.iter().all(Facility::is_youth));
        let csv_rows = YOUTH_CSV.lines().skip(1).filter(|l| !l.is_empty()).count();
        assert_eq!(youth.len() + unverified, csv_rows);
        assert!(
            !reference_facilities()
                .expect("parses")
                .iter()
                .any(Facility::is_youth)
        );
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
    fn ages_and_sexes_read_from_codes_words_and_ranges() {
        assert_eq!(
            held_sex("male female"),
            Some(vec![HeldSex::Male, HeldSex::Female])
        );
        assert_eq!(held_sex("boys"), Some(vec![HeldSex::Male]));
        assert_eq!(held_sex(""), Some(vec![]));
        assert_eq!(held_sex("kluci"), None);
        assert_eq!(held_age("15-18"), Some(vec![AgeGroup::Juveniles]));
        assert_eq!(
            held_age("6–18"),
            Some(vec![AgeGroup::Juveniles, AgeGroup::Children])
        );
        assert_eq!(
            held_age("adults;juveniles"),
            Some(vec![AgeGroup::Adults, AgeGroup::Juveniles])
        );
        assert_eq!(held_age("18-15"), None);
    }

    #[test]
    fn bad_values_name_the_line_and_column() {
        let ok = "a,Věznice A,prison,A,CZ-10,,,,,,,,,s\n";
        let bad_kind = format!("{HEAD}{ok}b,Věznice B,kriminál,B,CZ-10,,,,,,,,,s\n");
        let err = parse("test.csv", &bad_kind).err().expect("bad kind");
        assert!(
            err.to_string()
                .starts_with("test.csv line 3: unknown facility kind \"kriminál\""),
            "{err}"
        );
        let bad_region = format!("{HEAD}{ok}c,Věznice C,prison,C,CZ-99,,,,,,,,,s\n");
        let err = parse("test.csv", &bad_region).err().expect("bad region");
        assert!(
            err.to_string()
                .starts_with("test.csv line 3: unknown region code \"CZ-99\"")
        );
        let bad_capacity = format!("{HEAD}{ok}d,Věznice D,prison,D,CZ-10,,,,,hodně,,,,s\n");
        let err = parse("test.csv", &bad_capacity)
            .err()
            .expect("bad capacity");
        assert_eq!(
            err.to_string(),
            "test.csv line 3, column capacity: \"hodně\" is not a whole number"
        );
        let twice = format!("{HEAD}{ok}{ok}");
        let err = parse("test.csv", &twice).err().expect("key twice");
        assert!(
            err.to_string()
                .starts_with("test.csv line 3: the key \"a\""),
            "{err}"
        );
    }

    #[test]
    fn a_short_row_names_the_line() {
        let text = format!("{HEAD}a,Věznice A,prison\n");
        let err = parse("test.csv", &text).err().expect("short row");
        assert!(err.to_string().starts_with("test.csv line 2:"), "{err}");
    }

    #[test]
    fn seeding_twice_adds_nothing_the_second_time() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let first = seed(&store, "tester", now).expect("seed");
        assert_eq!((first.created, first.updated, first.skipped), (38, 0, 0));
        let second = seed(&store, "tester", now).expect("seed again");
        assert_eq!(
            second,
            SeedReport {
                unchanged: 38,
                ..SeedReport::default()
            }
        );
        let stored = store.all::<Facility>().expect("all");
        assert_eq!(stored.len(), 38);
        assert!(stored.iter().any(|f| f.name == "Věznice Plzeň"));
    }

    #[test]
    fn the_youth_facilities_load_when_asked() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        let (youth, unverified) = youth_facilities().expect("parses");
        let report = seed_with(&store, "tester", now, SeedOptions { youth: true }).expect("seed");
        assert_eq!(report.created, 38 + youth.len());
        assert_eq!(report.unverified, unverified);
        let stored = store.all::<Facility>().expect("all");
        assert_eq!(stored.iter().filter(|f| f.is_youth()).count(), youth.len());
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
        assert_eq!((report.created, report.skipped), (37, 1));
    }

    /// An old seeded facility (research notes, no reference fields) is
    /// brought up to date field by field, except the fields a user edited,
    /// which are reported.
    #[test]
    fn seeding_again_updates_unedited_fields_and_reports_edited_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let now = sample::epoch();
        seed(&store, "tester", now).expect("seed");
        let find = |key: &str| {
            store
                .all::<Facility>()
                .expect("all")
                .into_iter()
                .find(|f| f.key == key)
                .expect("seeded")
        };
        // As an older seed left it: notes of research, fields empty.
        let mut old = find("vscr-plzen");
        old.notes = "Men; src: https://example.org".into();
        old.capacity = None;
        old.security.clear();
        old.public_web.clear();
        let mut op = store.begin(OpKind::Seed, "tester", now);
        op.write(vec![Edit::Save(old.into())]).expect("write");
        op.commit().expect("commit");
        // A user then edits the town and the capacity, and the liaison's
        // phone (not a built-in field).
        let mut edited = find("vscr-plzen");
        edited.town = "Plzeň-Bory".into();
        edited.capacity = Some(1200);
        edited.phone = "+420 377 000 000".into();
        store.save(edited.into(), "jana", now).expect("user edit");
        let report = seed(&store, "tester", now).expect("seed again");
        assert_eq!(
            (report.created, report.updated, report.unchanged),
            (0, 1, 37)
        );
        let plzen = find("vscr-plzen");
        assert_eq!(
            report.kept,
            vec![KeptEdit {
                id: plzen.meta.id,
                name: "Věznice Plzeň".into(),
                fields: vec!["town", "capacity"],
            }]
        );
        // Unedited: brought up to date.
        assert!(plzen.notes.is_empty());
        assert!(plzen.security.contains(&SecurityLevel::Increased));
        assert!(plzen.public_web.starts_with("https://www.vscr.cz/"));
        // Edited: left as the user wrote them.
        assert_eq!(plzen.town, "Plzeň-Bory");
        assert_eq!(plzen.capacity, Some(1200));
        assert_eq!(plzen.phone, "+420 377 000 000");
        assert_eq!(plzen.value("capacity"), FieldValue::Text("1200".into()));
        // Once more: nothing to update, the edits still reported.
        let again = seed(&store, "tester", now).expect("seed a third time");
        assert_eq!((again.updated, again.kept.len()), (0, 1));
    }
}
