//! `spojka import --kind K FILE` through the real binary: every kind that
//! spojka exports as CSV or XLSX, in either language, imports back into an
//! empty database unchanged; the exit statuses; saved column mappings; files that
//! cannot be read.

mod common;

use common::binary::{spojka, text};
use spojka::domain::Kind;
use std::path::Path;

/// Kinds in the order an empty database can take them: what a kind refers
/// to comes first.
const ORDER: [Kind; 7] = [
    Kind::Facility,
    Kind::Organisation,
    Kind::Person,
    Kind::Assignment,
    Kind::Agreement,
    Kind::Meeting,
    Kind::ActionItem,
];

fn run(db: &Path, args: &[&str]) -> (i32, String, String) {
    let out = spojka(db, args);
    (
        out.status.code().unwrap_or(-1),
        text(&out.stdout),
        text(&out.stderr),
    )
}

/// An export of `kind` in `lang`, without the columns that differ between
/// databases (ids and timestamps): the rows sorted, since ids order them.
fn export(db: &Path, kind: Kind, lang: &str, dir: &Path) -> (Vec<u8>, Vec<String>) {
    let file = dir.join(format!("{}-{lang}.csv", kind.plural()));
    let path = file.to_str().expect("path");
    let (status, _, err) = run(
        db,
        &[
            "--lang",
            lang,
            "export",
            "--kind",
            kind.plural(),
            "--format",
            "csv",
            "--archived",
            "--out",
            path,
        ],
    );
    assert_eq!(status, 0, "{err}");
    let bytes = std::fs::read(&file).expect("export");
    let sep = if lang == "cs" { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .from_reader(&bytes[3..]);
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.expect("row").iter().map(str::to_string).collect())
        .collect();
    let header = &rows[0];
    let keep: Vec<usize> = (0..header.len())
        .filter(|i| {
            let h = header[*i].to_lowercase();
            !(h == "id"
                || h.ends_with("(id)")
                || h.contains("created")
                || h.contains("updated")
                || h.contains("vytvořeno")
                || h.contains("změněno"))
        })
        .collect();
    let mut lines: Vec<String> = rows
        .iter()
        .map(|r| {
            keep.iter()
                .map(|i| r[*i].as_str())
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    lines[1..].sort();
    (bytes, lines)
}

/// Gives every record a name of its own: a reference is written as the
/// name of what it refers to, and two people both named "Miroslav Veselý"
/// cannot be told apart by it (an import reports such a reference as
/// ambiguous; a test of its own shows that).
fn distinct_names(db: &Path) {
    use spojka::domain::Record;
    let store = common::store::reopen(db);
    let now = "2026-03-02T09:00:00Z".parse().expect("time");
    for kind in ORDER {
        let mut seen = std::collections::HashSet::new();
        for record in store.all_records(kind).expect("records") {
            let key = spojka::sheet::rows::name_key(&record.title());
            if seen.insert(key) {
                continue;
            }
            let id = record.id();
            let renamed = match record {
                Record::Person(mut p) => {
                    p.surname = format!("{} {id}", p.surname);
                    Record::Person(p)
                }
                Record::Meeting(mut m) => {
                    m.title = format!("{} {id}", m.title);
                    Record::Meeting(m)
                }
                Record::Agreement(mut a) => {
                    a.subject = format!("{} {id}", a.subject);
                    Record::Agreement(a)
                }
                Record::Organisation(mut o) => {
                    o.name = format!("{} {id}", o.name);
                    Record::Organisation(o)
                }
                Record::Facility(mut f) => {
                    f.name = format!("{} {id}", f.name);
                    Record::Facility(f)
                }
                other => other,
            };
            let name = spojka::sheet::rows::name_key(&renamed.title());
            seen.insert(name);
            store.save(renamed, "test", now).expect("rename");
        }
    }
}

/// Imports `path` into `into` as records of `kind`, speaking `lang`.
fn import(
    into: &std::path::Path,
    lang: &str,
    kind: Kind,
    duplicates: &str,
    map: Option<&str>,
    path: &str,
) -> (i32, String, String) {
    let mut args = vec![
        "--lang",
        lang,
        "import",
        "--kind",
        kind.plural(),
        "--duplicates",
        duplicates,
    ];
    if let Some(map) = map {
        args.extend(["--map", map]);
    }
    args.push(path);
    run(into, &args)
}

#[test]
fn every_kind_exported_in_either_language_imports_back_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let from = dir.path().join("from");
    let (status, _, err) = run(&from, &["demo", "--seed", "7"]);
    assert_eq!(status, 0, "{err}");
    distinct_names(&from);
    for lang in ["cs", "en"] {
        let into = dir.path().join(format!("into-{lang}"));
        drop(spojka::store::Store::open(&into).expect("an empty database"));
        // A facility's liaison is a person, and a person works at a
        // facility: facilities go in first without their liaisons, which a
        // second import of the same file fills in once the people are there
        // (an update never clears what a cell leaves empty). The first
        // import saved its mapping, so the second maps the column again.
        let (without, with) = match lang {
            "cs" => ("Styčná osoba=-", "Styčná osoba=coordinator"),
            _ => ("coordinator=-", "coordinator=coordinator"),
        };
        let passes = ORDER
            .iter()
            .map(|kind| (*kind, "keep", (*kind == Kind::Facility).then_some(without)))
            .chain([(Kind::Facility, "update", Some(with))]);
        for (kind, duplicates, map) in passes {
            let (bytes, before) = export(&from, kind, lang, dir.path());
            let file = dir.path().join(format!("{}-{lang}-in.csv", kind.plural()));
            std::fs::write(&file, &bytes).expect("write");
            let path = file.to_str().expect("path");
            let (status, out, err) = import(&into, lang, kind, duplicates, map, path);
            assert_eq!(status, 0, "{kind:?} {lang}: {out}\n{err}");
            if map == Some(without) {
                continue;
            }

            let (_, after) = export(&into, kind, lang, dir.path());
            assert_eq!(before.len(), after.len(), "{kind:?} {lang}");
            for (b, a) in before.iter().zip(&after) {
                assert_eq!(b, a, "{kind:?} {lang}");
            }
        }
    }
}

/// Every kind exported as XLSX in either language imports back into an
/// empty database unchanged: the CSV exports of both databases agree
/// (without ids and timestamps).
#[test]
fn every_kind_exported_as_xlsx_in_either_language_imports_back_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let from = dir.path().join("from");
    let (status, _, err) = run(&from, &["demo", "--seed", "7"]);
    assert_eq!(status, 0, "{err}");
    distinct_names(&from);
    for lang in ["cs", "en"] {
        let into = dir.path().join(format!("into-{lang}"));
        drop(spojka::store::Store::open(&into).expect("an empty database"));
        // A facility's liaison is a person: facilities go in first without
        // that column, then again to fill it in (as in the CSV round trip).
        let spoken = match lang {
            "cs" => spojka::vocab::Lang::Cs,
            _ => spojka::vocab::Lang::En,
        };
        let header = spojka::catalog::speaking(spoken, || {
            spojka::catalog::field_label("coordinator").to_string()
        });
        let (without, with) = (format!("{header}=-"), format!("{header}=coordinator"));
        let passes = ORDER
            .iter()
            .map(|kind| {
                (
                    *kind,
                    "keep",
                    (*kind == Kind::Facility).then_some(without.as_str()),
                )
            })
            .chain([(Kind::Facility, "update", Some(with.as_str()))]);
        for (kind, duplicates, map) in passes {
            let file = dir.path().join(format!("{}-{lang}.xlsx", kind.plural()));
            let path = file.to_str().expect("path");
            let args = [
                "--lang",
                lang,
                "export",
                "--kind",
                kind.plural(),
                "--format",
                "xlsx",
                "--archived",
                "--out",
                path,
            ];
            let (status, _, err) = run(&from, &args);
            assert_eq!(status, 0, "{kind:?} {lang}: {err}");
            assert!(err.is_empty(), "nothing was cut: {err}");
            let (status, out, err) = import(&into, lang, kind, duplicates, map, path);
            assert_eq!(status, 0, "{kind:?} {lang}: {out}\n{err}");
            if map == Some(without.as_str()) {
                continue;
            }
            let (_, before) = export(&from, kind, lang, dir.path());
            let (_, after) = export(&into, kind, lang, dir.path());
            assert_eq!(before.len(), after.len(), "{kind:?} {lang}");
            for (b, a) in before.iter().zip(&after) {
                assert_eq!(b, a, "{kind:?} {lang}");
            }
        }
    }
}

#[test]
fn exit_statuses_say_what_was_refused() {
    let (_dir, db) = common::binary::seeded();
    let dir = tempfile::tempdir().expect("tempdir");
    let good = dir.path().join("ngos.csv");
    std::fs::write(&good, "Název;Členství\nŠance;člen\nRubikon;partner\n").expect("write");
    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, "Název;Členství\nDobrá;člen\nŠpatná;marťan\n").expect("write");
    let (good, bad) = (good.to_str().expect("p"), bad.to_str().expect("p"));

    // Usage errors: no --kind, a --map field that does not exist.
    let (status, _, err) = run(&db, &["--lang", "en", "import", good]);
    assert_eq!(status, 2, "{err}");
    assert!(err.contains("--kind"), "{err}");
    let map = ["import", "--kind", "ngos", "--map", "Název=nic", good];
    let (status, _, err) = run(&db, &map);
    assert_eq!(status, 2, "{err}");

    // A dry run with a bad row: reported, refused, nothing written.
    let (status, out, _) = run(
        &db,
        &["--lang", "en", "import", "--kind", "ngos", "--dry-run", bad],
    );
    assert_eq!(status, 1);
    assert!(out.contains("row 3, column B \"Členství\""), "{out}");
    assert!(out.contains("Dry run: nothing was written."), "{out}");
    // Without --skip-bad-rows nothing is written; with it, the rest is.
    let (status, _, err) = run(&db, &["--lang", "en", "import", "--kind", "ngos", bad]);
    assert_eq!(status, 1);
    assert!(err.contains("Nothing was written"), "{err}");
    let (status, out, _) = run(&db, &["export", "--kind", "ngos", "--format", "csv"]);
    assert_eq!(status, 0);
    assert_eq!(out.lines().count(), 1, "{out}");
    let skip = [
        "--lang",
        "en",
        "import",
        "--kind",
        "ngos",
        "--skip-bad-rows",
        bad,
    ];
    let (status, out, err) = run(&db, &skip);
    assert_eq!(status, 1, "{out}");
    assert!(out.contains("Imported"), "{out}");
    assert!(
        err.contains("1 row that cannot be read was left out"),
        "{err}"
    );
    // All good: 0; again: skipped as already there, still 0.
    let (status, out, err) = run(&db, &["import", "--kind", "ngos", good]);
    assert_eq!(status, 0, "{out}{err}");
    let (status, out, _) = run(&db, &["--lang", "cs", "import", "--kind", "ngos", good]);
    assert_eq!(status, 0);
    assert!(out.contains("už uloženo jako „Šance“"), "{out}");
}

#[test]
fn a_mapping_given_once_is_saved_for_the_same_header() {
    let (_dir, db) = common::binary::seeded();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("f.csv");
    std::fs::write(&file, "Organizace XY;Typ vztahu\nŠance;člen\n").expect("write");
    let path = file.to_str().expect("p");
    let map = "Organizace XY=name,Typ vztahu=membership";
    let (status, out, err) = run(
        &db,
        &[
            "--lang", "en", "import", "--kind", "ngos", "--map", map, path,
        ],
    );
    assert_eq!(status, 0, "{out}{err}");
    assert!(out.contains("(--map)"), "{out}");
    std::fs::write(&file, "Organizace XY;Typ vztahu\nRubikon;partner\n").expect("write");
    let (status, out, err) = run(&db, &["--lang", "en", "import", "--kind", "ngos", path]);
    assert_eq!(status, 0, "{out}{err}");
    assert!(
        out.contains("\"Typ vztahu\" → Membership (saved mapping)"),
        "{out}"
    );
}

#[test]
fn files_that_cannot_be_read_are_named_and_nothing_is_written() {
    let (_dir, db) = common::binary::seeded();
    let dir = tempfile::tempdir().expect("tempdir");
    let cases: [(&str, &[u8], &str); 5] = [
        ("empty.csv", b"", "the file is empty"),
        ("text.xlsx", b"Nazev;ICO\n", "is not an XLSX workbook"),
        ("zip.csv", b"PK\x03\x04rest", "is not CSV text"),
        (
            "nohead.csv",
            b"Praha;Brno\nPlzen;Cheb\n",
            "has no header row",
        ),
        (
            "binary.csv",
            b"\x00\x01\x02\x03\x00\x00\x00",
            "is not CSV text",
        ),
    ];
    for (name, bytes, says) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).expect("write");
        let path = file.to_str().expect("p");
        let (status, _, err) = run(&db, &["--lang", "en", "import", "--kind", "ngos", path]);
        assert_eq!(status, 1, "{name}: {err}");
        assert!(err.contains(name), "{name}: {err}");
        assert!(err.contains(says), "{name}: {err}");
        assert!(!err.contains("panicked"), "{err}");
    }
    // Over the size limit (a 50 MB file).
    let big = dir.path().join("big.csv");
    let file = std::fs::File::create(&big).expect("create");
    file.set_len(50 * 1024 * 1024).expect("size");
    let (status, _, err) = run(
        &db,
        &[
            "--lang",
            "en",
            "import",
            "--kind",
            "ngos",
            big.to_str().expect("p"),
        ],
    );
    assert_eq!(status, 1, "{err}");
    assert!(
        err.contains("big.csv") && err.contains("larger than 20 MiB"),
        "{err}"
    );
    let (_, out, _) = run(&db, &["export", "--kind", "ngos", "--format", "csv"]);
    assert_eq!(out.lines().count(), 1);
}
