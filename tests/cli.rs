//! The real `spojka` binary, run the way a user or a script runs it.

mod common;

use clap::Parser;
use common::binary::{seeded, spojka, spojka_once_free, text};
use spojka::cli::{self, Cli};
use spojka::domain::{Facility, Kind, Record};
use spojka::store::Store;
use std::path::Path;
use std::process::Command;

/// A file spojka wrote holds personal data: only its owner may read it.
fn assert_owner_only(file: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(file)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
}

#[test]
fn seed_twice_creates_38_then_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let first = spojka(&db, &["seed"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert_eq!(
        text(&first.stdout),
        "Created 38 facilities, skipped 0 already present.\n"
    );
    let second = spojka(&db, &["seed"]);
    assert!(second.status.success());
    assert_eq!(
        text(&second.stdout),
        "Created 0 facilities, skipped 38 already present.\n"
    );
}

#[test]
fn export_to_stdout_is_csv_with_a_row_per_facility() {
    let (_dir, db) = seeded();
    let out = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().expect("header").clone();
    assert_eq!(header.get(0), Some("id"));
    assert_eq!(header.get(1), Some("name"));
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 38);
    assert!(rows.iter().any(|r| r.get(1) == Some("Věznice Plzeň")));
}

#[test]
fn export_with_out_writes_an_owner_only_file() {
    let (dir, db) = seeded();
    let file = dir.path().join("facilities.json");
    let file_arg = file.to_str().expect("utf-8 path");
    let args = [
        "export",
        "--kind",
        "facilities",
        "--format",
        "json",
        "--out",
        file_arg,
    ];
    let out = spojka(&db, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("read export")).expect("json");
    assert_eq!(json["kind"], "facilities");
    assert_eq!(json["records"].as_array().map(Vec::len), Some(38));
    assert_owner_only(&file);
}

#[test]
fn a_bad_kind_is_a_usage_error_naming_the_valid_kinds() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = spojka(
        &dir.path().join("db"),
        &["export", "--kind", "prisons", "--format", "csv"],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("prisons"), "{stderr}");
    for kind in Kind::ALL {
        assert!(stderr.contains(kind.plural()), "{stderr}");
    }
}

#[test]
fn a_locked_database_is_reported_by_path_without_a_panic() {
    let (_dir, db) = seeded();
    let _held = Store::open(&db).expect("hold the database");
    let out = spojka(&db, &["export", "--kind", "facilities", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.starts_with("spojka: "), "{stderr}");
    assert!(
        stderr.contains(db.to_str().expect("utf-8 path")),
        "{stderr}"
    );
    assert!(stderr.contains("in use"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("backtrace"), "{stderr}");
    let seed = spojka(&db, &["seed"]);
    assert_eq!(seed.status.code(), Some(1));
    assert!(text(&seed.stderr).contains("in use"));
}

#[test]
fn export_of_a_missing_database_says_so_and_creates_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("typo");
    let out = spojka(&db, &["export", "--kind", "ngos", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("there is no database at"));
    assert!(!db.exists());
}

#[test]
fn help_explains_the_commands_and_the_database() {
    let out = Command::new(env!("CARGO_BIN_EXE_spojka"))
        .arg("--help")
        .output()
        .expect("run spojka");
    assert!(out.status.success());
    let help = text(&out.stdout);
    for word in ["seed", "export", "--db", "prisons", "NGOs"] {
        assert!(help.contains(word), "{word} missing in:\n{help}");
    }
}

#[test]
fn archived_records_are_exported_only_on_request() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let now = spojka::sample::epoch();
    let mut old = spojka::sample::facility("Věznice Stará", spojka::domain::Region::Praha);
    old.meta.archived = true;
    store.save(old.into(), "tester", now).expect("save");
    let live = spojka::sample::facility("Věznice Plzeň", spojka::domain::Region::Plzensky);
    store.save(live.into(), "tester", now).expect("save");

    let count = |extra: &[&str]| {
        let mut argv = vec![
            "spojka",
            "export",
            "--kind",
            "facilities",
            "--format",
            "json",
        ];
        argv.extend_from_slice(extra);
        let Some(cli::Command::Export(args)) = Cli::parse_from(argv).command else {
            panic!("export command")
        };
        let mut out = Vec::new();
        cli::run_export(&store, &args, &mut out).expect("export");
        let json: serde_json::Value = serde_json::from_slice(&out).expect("json");
        let names: Vec<String> = json["records"]
            .as_array()
            .expect("records")
            .iter()
            .map(|r| serde_json::from_value::<Facility>(r.clone()).expect("facility"))
            .map(|f| Record::from(f).title().to_string())
            .collect();
        names
    };
    assert_eq!(count(&[]), ["Věznice Plzeň"]);
    assert_eq!(count(&["--archived"]), ["Věznice Stará", "Věznice Plzeň"]);
}

#[test]
fn seed_report_goes_to_the_given_writer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = Store::open(dir.path()).expect("open");
    let mut out = Vec::new();
    cli::run_seed(&store, &mut out).expect("seed");
    assert_eq!(
        text(&out),
        "Created 38 facilities, skipped 0 already present.\n"
    );
}

#[test]
fn a_directory_with_other_files_is_not_taken_as_a_database() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keep = dir.path().join("notes.txt");
    std::fs::write(&keep, "moje poznámky").expect("write");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let readable = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(&keep, readable).expect("chmod");
    }
    let out = spojka(dir.path(), &["seed"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("is not a spojka database"), "{stderr}");
    assert!(!dir.path().join("conf").exists(), "no sled files written");
    let out = spojka(&keep, &["export", "--kind", "ngos", "--format", "csv"]);
    assert!(text(&out.stderr).contains("is not a spojka database"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&keep)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o644, "permissions left alone");
    }
}

#[test]
fn a_bad_keymap_stops_start_up_naming_the_file_line_and_key() {
    let dir = tempfile::tempdir().expect("tempdir");
    let keymap = dir.path().join("mine.toml");
    std::fs::write(
        &keymap,
        "[normal]\n\"C-q\" = \"quit\"\n\"x\" = \"explode\"\n",
    )
    .expect("write");
    let out = spojka(
        &dir.path().join("db"),
        &["--keymap", keymap.to_str().expect("utf-8")],
    );
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("mine.toml:3"), "{err}");
    assert!(err.contains("\"x\"") && err.contains("explode"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert!(
        !dir.path().join("db").exists(),
        "nothing is created before the keymap is valid"
    );
}

#[test]
fn an_unknown_keymap_name_lists_the_shipped_ones() {
    let dir = tempfile::tempdir().expect("tempdir");
    let out = spojka(&dir.path().join("db"), &["--keymap", "emacs"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("emacs") && err.contains("default") && err.contains("vim"),
        "{err}"
    );
}

#[test]
fn demo_makes_meetings_that_export_and_refuses_to_run_twice() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let out = spojka(&db, &["demo", "--meetings", "2000"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("2000 meetings"), "{report}");
    assert!(report.contains("200 agreements"), "{report}");
    let csv = spojka(&db, &["export", "--kind", "meetings", "--format", "csv"]);
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let mut reader = csv::Reader::from_reader(csv.stdout.as_slice());
    assert_eq!(reader.records().count(), 2000);
    let again = spojka(&db, &["demo"]);
    assert!(!again.status.success());
    assert!(
        text(&again.stderr).contains("already holds records"),
        "{}",
        text(&again.stderr)
    );
}

/// A database with a prison, an NGO whose name looks like a script, and two
/// meetings held in 2026, saved through the library.
fn with_meetings() -> (tempfile::TempDir, std::path::PathBuf) {
    use spojka::domain::{MeetingStatus, Region};
    use spojka::sample::{self, at};
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let store = Store::open(&db).expect("store");
    let now = chrono::Utc::now();
    let save = |r: Record| store.save(r, "test", now).expect("save");
    let prison = save(sample::facility("Věznice Plzeň", Region::Plzensky).into());
    let ngo = save(sample::organisation("<script>alert(1)</script>").into());
    let person = save(sample::person("Jana", Some(ngo.id())).into());
    for (month, d) in [(2, 3), (3, 17)] {
        let mut m = sample::meeting("Koordinace", Some(prison.id()), at(2026, month, d, 10, 0));
        m.status = MeetingStatus::Held;
        m.attendees = vec![person.id()];
        save(m.into());
    }
    store.flush().expect("flush");
    drop(store);
    (dir, db)
}

#[test]
fn report_writes_markdown_to_stdout_for_the_period() {
    let (_dir, db) = with_meetings();
    let args = [
        "report",
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
        "--format",
        "md",
    ];
    let out = spojka_once_free(&db, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let md = text(&out.stdout);
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("Period: 2026-01-01 – 2026-03-31"), "{md}");
    assert!(md.contains("- Meetings held: **2**"), "{md}");
    assert!(md.contains("| 2026-02 | 1 |"), "{md}");
    assert!(md.contains("| Věznice Plzeň | Plzeňský kraj | 2 |"), "{md}");
}

#[test]
fn report_writes_html_to_an_owner_only_file() {
    let (dir, db) = with_meetings();
    let file = dir.path().join("report.html");
    let file_arg = file.to_str().expect("utf-8 path");
    let args = [
        "report", "--from", "1.1.2026", "--format", "html", "--out", file_arg,
    ];
    let out = spojka_once_free(&db, &args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(&file).expect("the report");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script"));
    assert_owner_only(&file);
}

#[test]
fn report_with_a_bad_date_or_a_backwards_period_says_which_option() {
    let (_dir, db) = with_meetings();
    let bad = spojka_once_free(&db, &["report", "--from", "2026-13-01"]);
    assert!(!bad.status.success());
    let stderr = text(&bad.stderr);
    assert!(stderr.contains("--from"), "{stderr}");
    assert!(stderr.contains("2026-13-01"), "{stderr}");
    assert!(stderr.contains("YYYY-MM-DD"), "{stderr}");
    let backwards = spojka(
        &db,
        &["report", "--from", "2026-06-01", "--to", "2026-01-31"],
    );
    assert_eq!(backwards.status.code(), Some(1));
    let stderr = text(&backwards.stderr);
    assert!(
        stderr.contains("--to 2026-01-31 is before --from 2026-06-01"),
        "{stderr}"
    );
    assert!(backwards.stdout.is_empty());
}

#[test]
fn report_on_a_locked_database_says_it_is_in_use() {
    let (_dir, db) = seeded();
    let _held = Store::open(&db).expect("hold the database");
    let out = spojka(&db, &["report", "--format", "md"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("in use"), "{stderr}");
    assert!(
        stderr.contains(db.to_str().expect("utf-8 path")),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A database with Věznice Plzeň and an NGO delivering addiction and
/// housing there under an agreement signed until the end of 2026.
fn with_coverage() -> (tempfile::TempDir, std::path::PathBuf) {
    use spojka::domain::{AgreementStatus, Region, Service};
    use spojka::sample;
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
fn coverage_rows(csv_bytes: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
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
    let (_dir, db) = with_coverage();
    let out = spojka_once_free(&db, &["coverage", "--on", "2026-11-27"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let regions = coverage_rows(&out.stdout);
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
    let plzen_later = coverage_rows(&later.stdout)
        .into_iter()
        .find(|r| r["region_code"] == "CZ-32")
        .expect("Plzeňský kraj");
    assert_eq!(plzen_later["addiction"], "0", "the agreement has expired");
}

#[test]
fn coverage_out_writes_an_owner_only_file() {
    let (dir, db) = with_coverage();
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
    assert_eq!(coverage_rows(&written).len(), 14);
    assert_owner_only(&file);
}

#[test]
fn a_bad_date_names_the_option_and_the_value() {
    let (_dir, db) = with_coverage();
    let out = spojka_once_free(&db, &["coverage", "--on", "2026-13-01"]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("--on") && err.contains("2026-13-01"), "{err}");
}

/// `spojka ARGS…` (with `--db DB` when given) under the locale `lang`, with
/// no other locale variable and no config.toml to decide instead.
fn spojka_in(lang: &str, db: Option<&Path>, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().expect("tempdir");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_spojka"));
    if let Some(db) = db {
        cmd.arg("--db").arg(db);
    }
    cmd.args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .expect("run spojka")
}

const CZECH: &str = "cs_CZ.UTF-8";

#[test]
fn help_speaks_the_locales_language_unless_told_otherwise() {
    let help = spojka_in(CZECH, None, &["--help"]);
    assert!(help.status.success());
    let help = text(&help.stdout);
    assert!(
        help.contains("Nahraje do databáze veřejný seznam"),
        "{help}"
    );
    assert!(help.contains("dohody o spolupráci"), "{help}");
    assert!(
        !help.contains("Load the public list of Czech prisons"),
        "{help}"
    );

    let export = text(&spojka_in(CZECH, None, &["export", "--help"]).stdout);
    assert!(export.contains("Které záznamy exportovat"), "{export}");
    assert!(export.contains("Oddělovač v CSV"), "{export}");
    assert!(export.contains("jen schůzky"), "{export}");
    assert!(!export.contains("Which records to export"), "{export}");

    for english in [
        spojka_in(CZECH, None, &["--lang", "en", "--help"]),
        spojka_in(CZECH, None, &["export", "--lang=en", "--help"]),
        spojka_in("C", None, &["export", "--help"]),
    ] {
        let help = text(&english.stdout);
        assert!(help.contains("Which records to export") || help.contains("Load the public list"));
        assert!(!help.contains("záznam"), "{help}");
    }
    let short = text(&spojka_in("C", None, &["-h"]).stdout);
    assert!(
        short.starts_with("Coordinate cooperation between Czech prisons"),
        "{short}"
    );
}

#[test]
fn the_holder_answers_help_in_its_callers_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = std::sync::Arc::new(Store::open(dir.path()).expect("open"));
    let runner = cli::hold::runner(store, None, spojka::clock::Clock::System);
    let help = |lang: &str| {
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let status = runner(spojka::control::server::Call {
            args: vec!["export".to_string(), "--help".to_string()],
            lang: lang.to_string(),
            user: "jana".to_string(),
            input: Vec::new(),
            stdout: &mut stdout,
            stderr: &mut stderr,
        });
        assert_eq!(status, 0, "{}", text(&stderr));
        text(&stdout)
    };
    assert!(help("cs").contains("Které záznamy exportovat"));
    assert!(help("en").contains("Which records to export"));
}

#[test]
fn czech_messages_count_in_czech() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let seed = spojka_in(CZECH, Some(&db), &["seed"]);
    assert!(seed.status.success(), "{}", text(&seed.stderr));
    assert_eq!(
        text(&seed.stdout),
        "Vytvořeno 38 zařízení, 0 přeskočeno, protože už v databázi bylo.\n"
    );
    let check = spojka_in(CZECH, Some(&db), &["check"]);
    assert!(check.status.success(), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout)
            .contains("Zkontrolováno 38 záznamů, 38 položek historie a 1 operace: vše v pořádku."),
        "{}",
        text(&check.stdout)
    );

    // Two records: the "few" form.
    let small = tempfile::tempdir().expect("tempdir");
    let store = Store::open(small.path()).expect("open");
    let now = spojka::sample::epoch();
    for name in ["Věznice Plzeň", "Věznice Mírov"] {
        let facility = spojka::sample::facility(name, spojka::domain::Region::Plzensky);
        store.save(facility.into(), "tester", now).expect("save");
    }
    drop(store);
    let check = spojka_in(CZECH, Some(small.path()), &["check"]);
    let said = text(&check.stdout);
    assert!(
        said.contains("Zkontrolováno 2 záznamy, 2 položky historie"),
        "{said}"
    );

    // Errors too, and English stays as it was.
    let typo = dir.path().join("typo");
    let missing = spojka_in(
        CZECH,
        Some(&typo),
        &["export", "--kind", "ngos", "--format", "csv"],
    );
    assert!(
        text(&missing.stderr).contains("žádná databáze není"),
        "{}",
        text(&missing.stderr)
    );
    let missing = spojka_in(
        "C",
        Some(&typo),
        &["export", "--kind", "ngos", "--format", "csv"],
    );
    assert!(text(&missing.stderr).contains("there is no database at"));
}

#[test]
fn czech_csv_for_a_spreadsheet_uses_semicolons_and_czech_names() {
    let (_dir, db) = seeded();
    let export = |lang: &str, extra: &[&str]| {
        let mut args = vec!["export", "--kind", "facilities", "--format", "csv"];
        args.extend_from_slice(extra);
        let out = spojka_in(lang, Some(&db), &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).trim_start_matches('\u{feff}').to_string()
    };
    let first_line = |csv: &str| csv.lines().next().unwrap_or_default().to_string();

    let czech = export(CZECH, &[]);
    assert!(
        first_line(&czech).starts_with("ID;Název;Druh;Kraj;"),
        "{czech}"
    );
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(czech.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 38);

    let comma = export(CZECH, &["--sep", ","]);
    assert!(first_line(&comma).starts_with("ID,Název,Druh,"), "{comma}");
    let semicolon = export("C", &["--sep", ";"]);
    assert!(
        first_line(&semicolon).starts_with("id;name;kind;"),
        "{semicolon}"
    );

    // For scripts: the stable names and codes, and commas, in any language.
    let raw = export(CZECH, &["--raw"]);
    assert!(
        first_line(&raw).starts_with("id,name,kind,region,"),
        "{raw}"
    );
    assert!(raw.contains(",remand_prison,CZ-64,"), "{raw}");
    assert_eq!(export("C", &["--raw"]), raw);
    assert!(first_line(&export("C", &[])).starts_with("id,name,kind,"));

    let coverage = spojka_in(CZECH, Some(&db), &["coverage"]);
    let coverage = text(&coverage.stdout);
    assert!(
        coverage
            .trim_start_matches('\u{feff}')
            .starts_with("Kód kraje;Kraj;"),
        "{coverage}"
    );
    let coverage = text(&spojka_in(CZECH, Some(&db), &["coverage", "--sep", ","]).stdout);
    assert!(
        coverage
            .trim_start_matches('\u{feff}')
            .starts_with("Kód kraje,Kraj,"),
        "{coverage}"
    );
}

/// `spojka agenda`'s "now": Tuesday 1 December 2026, 08:00 in Prague.
const AGENDA_NOW: &str = "2026-12-01T08:00:00+01:00";

/// A database for `spojka agenda`: Věznice Plzeň; Mgr. Jana Nováková and
/// two people called Novák; a weekly meeting Jana attends on Tuesdays at
/// 10:00 from 1 December, its 8 December occurrence cancelled; a meeting
/// she organises on 3 December; a cancelled one of hers on 4 December;
/// someone else's on 2 December; and her action items: one overdue, one
/// due later, one undated, one done.
fn with_agenda() -> (tempfile::TempDir, std::path::PathBuf) {
    use chrono::NaiveDate;
    use spojka::domain::recurrence::Recurrence;
    use spojka::domain::{ActionItem, ActionStatus, MeetingStatus, Meta, Region};
    use spojka::sample::{self, at};
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let store = Store::open(&db).expect("store");
    let now = sample::epoch();
    let save = |r: Record| store.save(r, "test", now).expect("save").id();
    let plzen = save(sample::facility("Věznice Plzeň", Region::Plzensky).into());
    let jana = save(sample::person("Mgr. Jana Nováková", None).into());
    let petr = save(sample::person("Petr Novák", None).into());
    save(sample::person("Pavel Novák", None).into());
    let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).expect("date");

    let mut weekly = sample::meeting("Porada týmu", Some(plzen), at(2026, 12, 1, 10, 0));
    weekly.end = at(2026, 12, 1, 11, 30);
    weekly.attendees = vec![petr, jana];
    weekly.recurrence = Some(Box::new(Recurrence {
        rule: "FREQ=WEEKLY".to_string(),
        cancelled: vec![day(8)],
        overrides: Vec::new(),
    }));
    save(weekly.into());
    let mut hers = sample::meeting("Supervize", None, at(2026, 12, 3, 14, 0));
    hers.organiser = Some(jana);
    save(hers.into());
    let mut cancelled = sample::meeting("Zrušená návštěva", Some(plzen), at(2026, 12, 4, 9, 0));
    cancelled.attendees = vec![jana];
    cancelled.status = MeetingStatus::Cancelled;
    save(cancelled.into());
    let mut others = sample::meeting("Cizí schůzka", Some(plzen), at(2026, 12, 2, 9, 0));
    others.organiser = Some(petr);
    save(others.into());

    let item = |what: &str, due: Option<NaiveDate>, status: ActionStatus| ActionItem {
        meta: Meta::new(now),
        what: what.to_string(),
        owner: jana,
        due,
        status,
        ..Default::default()
    };
    save(item("Poslat zápis", Some(day(10)), ActionStatus::Open).into());
    save(
        item(
            "Objednat sál",
            Some(NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")),
            ActionStatus::Open,
        )
        .into(),
    );
    save(item("Zavolat řediteli", None, ActionStatus::Open).into());
    save(item("Hotová věc", Some(day(2)), ActionStatus::Done).into());
    store.flush().expect("flush");
    drop(store);
    (dir, db)
}

/// `spojka --db DB agenda ARGS…` at [`AGENDA_NOW`] under the locale `lang`.
fn agenda_in(lang: &str, db: &Path, args: &[&str]) -> std::process::Output {
    let home = tempfile::tempdir().expect("tempdir");
    Command::new(env!("CARGO_BIN_EXE_spojka"))
        .arg("--db")
        .arg(db)
        .arg("agenda")
        .args(args)
        .env("SPOJKA_NOW", AGENDA_NOW)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path().join("config"))
        .output()
        .expect("run spojka")
}

#[test]
fn agenda_of_a_person_lists_their_meetings_by_day_then_what_they_have_to_do() {
    let (_dir, db) = with_agenda();
    let out = agenda_in("C", &db, &["--person", "novakova", "--days", "10"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Agenda of Mgr. Jana Nováková from 2026-12-01 08:00 to 2026-12-11 08:00\n\
         \n\
         Tuesday 1 December 2026 (today)\n  10:00–11:30  Porada týmu · Věznice Plzeň\n\
         \n\
         Thursday 3 December 2026\n  14:00–15:00  Supervize\n\
         \n\
         To do\n\
         \x20 - Objednat sál · due 2026-11-28 (overdue)\n\
         \x20 - Poslat zápis · due 2026-12-10\n\
         \x20 - Zavolat řediteli\n"
    );
}

#[test]
fn agenda_speaks_czech_with_czech_dates() {
    let (_dir, db) = with_agenda();
    let out = agenda_in(CZECH, &db, &["--person", "JANA NOVAKOVA", "--days", "3"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "Program: Mgr. Jana Nováková, od 1. 12. 2026 08:00 do 4. 12. 2026 08:00\n\
         \n\
         úterý 1. prosince 2026 (dnes)\n  10:00–11:30  Porada týmu · Věznice Plzeň\n\
         \n\
         čtvrtek 3. prosince 2026\n  14:00–15:00  Supervize\n\
         \n\
         Úkoly\n\
         \x20 - Objednat sál · termín 28. 11. 2026 (po termínu)\n\
         \x20 - Poslat zápis · termín 10. 12. 2026\n\
         \x20 - Zavolat řediteli\n"
    );
}

#[test]
fn agenda_days_sets_the_window_and_a_cancelled_occurrence_is_left_out() {
    let (_dir, db) = with_agenda();
    let days = |n: &str| text(&agenda_in("C", &db, &["--days", n]).stdout);
    // Everyone's meetings, no action items; the cancelled meeting never.
    let one = days("1");
    assert_eq!(
        one,
        "Meetings from 2026-12-01 08:00 to 2026-12-02 08:00\n\n\
         Tuesday 1 December 2026 (today)\n  10:00–11:30  Porada týmu · Věznice Plzeň\n"
    );
    let three_weeks = days("21");
    let weekly: Vec<&str> = three_weeks
        .lines()
        .filter(|l| l.starts_with("Tuesday"))
        .collect();
    // 8 December is cancelled.
    assert_eq!(
        weekly,
        [
            "Tuesday 1 December 2026 (today)",
            "Tuesday 15 December 2026"
        ],
        "{three_weeks}"
    );
    assert!(three_weeks.contains("Cizí schůzka"), "{three_weeks}");
    assert!(!three_weeks.contains("Zrušená"), "{three_weeks}");
    assert!(!three_weeks.contains("To do"), "{three_weeks}");
    let refused = agenda_in("C", &db, &["--days", "367"]);
    assert_eq!(refused.status.code(), Some(2));
}

#[test]
fn agenda_json_keeps_its_shape_in_every_language() {
    let (_dir, db) = with_agenda();
    let json = |lang: &str| {
        let out = agenda_in(lang, &db, &["--person", "2", "--days", "14", "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let english = json("C");
    assert_eq!(english, json(CZECH));
    let parsed: serde_json::Value = serde_json::from_str(&english).expect("json");
    assert_eq!(parsed["version"], 1);
    insta::assert_snapshot!("agenda_json", english);
}

#[test]
fn agenda_of_an_ambiguous_or_unknown_name_exits_2_saying_why() {
    let (_dir, db) = with_agenda();
    let several = agenda_in("C", &db, &["--person", "novak"]);
    assert_eq!(several.status.code(), Some(2));
    assert!(several.stdout.is_empty());
    assert_eq!(
        text(&several.stderr),
        "spojka: \"novak\" names 2 people: Petr Novák (#3), Pavel Novák (#4); \
         give --person the id of one of them\n"
    );
    let nobody = agenda_in("C", &db, &["--person", "Svoboda"]);
    assert_eq!(nobody.status.code(), Some(2));
    assert!(
        text(&nobody.stderr).contains("nobody is called \"Svoboda\""),
        "{}",
        text(&nobody.stderr)
    );
    let czech = agenda_in(CZECH, &db, &["--person", "novák"]);
    assert_eq!(czech.status.code(), Some(2));
    assert!(
        text(&czech.stderr).contains("jménu „novák“ odpovídají 2 osoby"),
        "{}",
        text(&czech.stderr)
    );
}

#[test]
fn a_viewer_runs_agenda_through_the_holder_of_the_database() {
    let (_dir, db) = with_agenda();
    // The store that filled it was only just dropped.
    let store = std::sync::Arc::new(common::store::reopen(&db));
    let clock = spojka::clock::Clock::parse(AGENDA_NOW).expect("clock");
    let runner = cli::hold::runner_as(store, None, spojka::app::access::Role::Viewer, clock);
    let run = |args: &[&str]| {
        let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
        let status = runner(spojka::control::server::Call {
            args: args.iter().map(|a| a.to_string()).collect(),
            lang: "en".to_string(),
            user: "viewer".to_string(),
            input: Vec::new(),
            stdout: &mut stdout,
            stderr: &mut stderr,
        });
        (status, text(&stdout), text(&stderr))
    };
    let (status, out, err) = run(&["agenda", "--person", "Jana Nováková", "--days", "3"]);
    assert_eq!(status, 0, "{err}");
    assert!(out.contains("  14:00–15:00  Supervize\n"), "{out}");
    let (status, _, err) = run(&["agenda", "--person", "Novák"]);
    assert_eq!(status, 2, "{err}");
}
