//! `spojka coverage`: the coverage map as CSV from the real binary.

use spojka::domain::*;
use spojka::sample;
use spojka::store::Store;
use std::path::Path;
use std::process::{Command, Output};

fn spojka(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_spojka"))
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .expect("run spojka")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A database with Věznice Plzeň and an NGO delivering addiction and
/// housing there under an agreement signed until the end of 2026.
fn database() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let store = Store::open(&db).expect("open");
    let now = sample::epoch();
    let save = |r: Record| store.save(r, "test", now).expect("save").id();
    let plzen = save(sample::facility("Věznice Plzeň", Region::Plzensky).into());
    let ngo = save(sample::organisation("Podané ruce").into());
    let mut agreement = sample::agreement("Dohoda", ngo, vec![plzen]);
    agreement.status = AgreementStatus::Signed;
    agreement.services = vec![Service::Addiction, Service::Housing];
    agreement.valid_until = chrono::NaiveDate::from_ymd_opt(2026, 12, 31);
    save(agreement.into());
    drop(store);
    (dir, db)
}

/// The CSV's rows by region code, each as column → cell.
fn rows(csv_bytes: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
    let body = csv_bytes
        .strip_prefix("\u{feff}".as_bytes())
        .expect("a BOM for Excel");
    let mut reader = csv::Reader::from_reader(body);
    let header = reader.headers().expect("header").clone();
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            header
                .iter()
                .zip(r.iter())
                .map(|(h, c)| (h.to_string(), c.to_string()))
                .collect()
        })
        .collect()
}

#[test]
fn coverage_counts_ngos_per_region_and_service_on_the_day_asked() {
    let (_dir, db) = database();
    let out = spojka(&db, &["coverage", "--on", "2026-11-27"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let regions = rows(&out.stdout);
    assert_eq!(regions.len(), 14, "one row per region");
    let plzen = regions
        .iter()
        .find(|r| r["region_code"] == "CZ-32")
        .expect("Plzeňský kraj");
    assert_eq!(plzen["region"], "Plzeňský kraj");
    assert_eq!(plzen["addiction"], "1");
    assert_eq!(plzen["housing"], "1");
    assert_eq!(plzen["employment"], "0");
    assert_eq!(plzen["ngos"], "1");
    let prague = regions
        .iter()
        .find(|r| r["region_code"] == "CZ-10")
        .expect("Praha");
    assert_eq!(prague["addiction"], "0");

    let later = spojka(&db, &["coverage", "--on", "2027-01-01"]);
    let plzen_later = rows(&later.stdout)
        .into_iter()
        .find(|r| r["region_code"] == "CZ-32")
        .expect("Plzeňský kraj");
    assert_eq!(plzen_later["addiction"], "0", "the agreement has expired");
}

#[test]
fn coverage_out_writes_an_owner_only_file() {
    let (dir, db) = database();
    let file = dir.path().join("coverage.csv");
    let out = spojka(
        &db,
        &[
            "coverage",
            "--on",
            "2026-11-27",
            "--out",
            file.to_str().expect("utf-8"),
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let written = std::fs::read(&file).expect("written");
    assert_eq!(rows(&written).len(), 14);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_bad_date_names_the_option_and_the_value() {
    let (_dir, db) = database();
    let out = spojka(&db, &["coverage", "--on", "2026-13-01"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("--on") && err.contains("2026-13-01"), "{err}");
}
