//! The catalog words every error as its own `Display` does, in English, and
//! in Czech without the English.

use super::*;
use crate::catalog::speaking;
use crate::keymap::Diagnostic;
use crate::vocab::{Lang, Mode};
use std::io;
use std::path::PathBuf;

fn io_error() -> io::Error {
    io::Error::new(io::ErrorKind::PermissionDenied, "permission denied")
}

fn path() -> PathBuf {
    PathBuf::from("/data/spojka")
}

fn stores() -> Vec<StoreError> {
    use StoreError as E;
    let decode = crate::store::codec::DecodeError::Empty;
    vec![
        E::Locked { path: path() },
        E::Decode {
            what: "meetings #3".into(),
            path: path(),
            source: decode,
        },
        E::NotFound {
            kind: Kind::Meeting,
            id: 3,
        },
        E::Conflict {
            kind: Kind::Person,
            id: 12,
            yours: 4,
            stored: 5,
        },
        E::Referenced {
            kind: Kind::Facility,
            id: 1,
            by: vec![(Kind::Meeting, 2)],
        },
        E::Referenced {
            kind: Kind::Facility,
            id: 1,
            by: vec![(Kind::Meeting, 2), (Kind::Meeting, 3)],
        },
        E::Referenced {
            kind: Kind::Organisation,
            id: 1,
            by: vec![(Kind::Meeting, 2); 7],
        },
        E::Dangling {
            kind: Kind::Organisation,
            id: 9,
        },
        E::NotNew {
            kind: Kind::ActionItem,
            id: 7,
        },
        E::TooLarge {
            what: "meetings #12 “Porada”".into(),
            part: "notes".into(),
            size: 70000,
            limit: 65536,
        },
        E::BadBackup {
            line: 12,
            reason: "not JSON".into(),
        },
        E::Io {
            path: path(),
            source: io_error(),
        },
        E::Sled {
            path: path(),
            source: sled::Error::Unsupported("x".into()),
        },
        E::Sled {
            path: path(),
            source: sled::Error::Corruption { at: None, bt: () },
        },
    ]
}

fn icals() -> Vec<IcalError> {
    vec![
        IcalError::Io {
            what: "writing the iCalendar file".into(),
            source: io_error(),
        },
        IcalError::syntax(3, crate::ical::problem::SyntaxProblem::NoCalendarStart),
        IcalError::Read(StoreError::Locked { path: path() }),
        IcalError::Write {
            saved: 1,
            total: 1,
            source: StoreError::NotFound {
                kind: Kind::Meeting,
                id: 3,
            },
        },
        IcalError::Write {
            saved: 2,
            total: 12,
            source: StoreError::NotFound {
                kind: Kind::Meeting,
                id: 3,
            },
        },
    ]
}

fn exports() -> Vec<ExportError> {
    use ExportError as E;
    let csv = ::csv::Error::from(io_error());
    let json = serde_json::from_str::<u8>("x").expect_err("not JSON");
    let mut all = vec![
        E::Io {
            what: "writing the CSV of meetings".into(),
            source: io_error(),
        },
        E::Io {
            what: "writing the json of people".into(),
            source: io_error(),
        },
        E::Io {
            what: "writing the coverage map as CSV".into(),
            source: io_error(),
        },
        E::Io {
            what: "writing to the terminal".into(),
            source: io_error(),
        },
        E::Io {
            what: "something new".into(),
            source: io_error(),
        },
        E::Csv {
            what: "writing the CSV of facilities".into(),
            source: csv,
        },
        E::Json {
            what: "writing the JSON of agreements".into(),
            source: json,
        },
        E::WrongKind {
            expected: "facilities",
            found: "meetings",
            id: 3,
        },
        E::UnknownFormat("xls".into()),
        E::IcsOnlyMeetings { kind: "people" },
        E::IcsNeedsAddresses,
    ];
    all.extend(icals().into_iter().map(E::Ical));
    all.extend(DOING.iter().map(|(what, _)| E::Io {
        what: what.to_string(),
        source: io_error(),
    }));
    all
}

fn infiles() -> Vec<InFileError> {
    use InFileError as E;
    let mut all = vec![
        E::Io {
            path: path(),
            source: io_error(),
        },
        E::TooLarge {
            path: path(),
            limit: 1024 * 1024,
        },
        E::TooLarge {
            path: path(),
            limit: 512,
        },
        E::NotText { path: path() },
    ];
    for what in [
        "a directory",
        "a FIFO (named pipe)",
        "a device",
        "a socket",
        "a special file",
    ] {
        all.push(E::NotRegular { path: path(), what });
    }
    all
}

fn outfiles() -> Vec<OutputError> {
    use OutputError as E;
    let mut all = vec![
        E::InsideDatabase {
            path: path().join("x.csv"),
            db: path(),
        },
        E::NoFileName(PathBuf::from("/")),
        E::NotAFile(PathBuf::from("/dev/null")),
        E::Folder {
            path: path(),
            folder: PathBuf::from("/data"),
            source: io_error(),
        },
    ];
    for step in [
        "cannot create a new file in its folder (check that the folder is writable and the disk is not full)",
        "cannot write the file (check that the disk is not full)",
        "cannot write the file to disk (check that the disk is not full)",
        "cannot put the file in place (is it a folder?); choose another file name",
        "the file is written, but its folder could not be synced to disk (check the disk)",
    ] {
        all.push(E::Io {
            path: path(),
            step,
            source: io_error(),
        });
    }
    all
}

fn key_errors() -> Vec<KeyParseError> {
    use KeyParseError as K;
    vec![
        K::Empty,
        K::MissingKey('C'),
        K::UnknownModifier('X'),
        K::DuplicateModifier('C'),
        K::UnknownName("ff".into()),
        K::BadFunctionKey("f13".into()),
        K::ControlChar('\t'),
        K::ShiftOnSymbol('1'),
        K::BadSeparator,
    ]
}

fn keymap_problems() -> Vec<KeymapProblem> {
    use KeymapProblem as P;
    let mut all = vec![
        P::Syntax("expected `=`".into()),
        P::UnknownMode("nromal".into()),
        P::UnknownTopLevelKey("theme".into()),
        P::SectionNotTable("normal".into()),
        P::BadBase("emacs".into()),
        P::MisplacedBase,
        P::UnknownAction("quitt".into()),
        P::NotAString("1".into()),
        P::DuplicateKey {
            other_key: "backtab".into(),
            other_line: 4,
        },
        P::ShadowsSequence {
            sequence: "g g".into(),
            file: "vim".into(),
            line: 7,
        },
        P::ShadowedBy {
            prefix: "g".into(),
            file: "vim".into(),
            line: 7,
        },
    ];
    all.extend(key_errors().into_iter().map(P::BadKey));
    all
}

fn keymaps() -> Vec<KeymapError> {
    let diagnostic = |key: Option<&str>, mode, problem| Diagnostic {
        file: "keymaps/x.toml".into(),
        line: 12,
        mode,
        key: key.map(String::from),
        action: None,
        problem,
    };
    let mut diagnostics = Vec::new();
    for problem in keymap_problems() {
        for (key, mode) in [
            (Some("C-q"), Some(Mode::Normal)),
            (Some("C-q"), None),
            (None, Some(Mode::Form)),
            (None, None),
        ] {
            diagnostics.push(diagnostic(key, mode, problem.clone()));
        }
    }
    vec![
        KeymapError::Io {
            path: path(),
            source: io_error(),
        },
        KeymapError::UnknownBuiltin {
            name: "emacs".into(),
            available: vec!["default".into(), "vim".into()],
        },
        KeymapError::Invalid(diagnostics),
    ]
}

fn configs() -> Vec<ConfigError> {
    use ConfigProblem as P;
    let mut all = vec![ConfigError::Read {
        path: path(),
        source: io_error(),
    }];
    for problem in [
        P::Syntax("expected `=`".into()),
        P::UnknownKey("colour".into()),
        P::NotASection("meetings".into()),
        P::NotANumber {
            key: "meetings.travel_gap_minutes".into(),
            found: "\"an hour\"".into(),
        },
        P::UnknownLanguage("\"de\"".into()),
        P::OutOfRange {
            key: "meetings.travel_gap_minutes".into(),
            found: 5000,
        },
    ] {
        all.push(ConfigError::Invalid {
            file: "config.toml".into(),
            line: 3,
            key: None,
            problem,
        });
    }
    all
}

fn controls() -> Vec<ControlError> {
    vec![
        ControlError::NoHolder("/run/spojka.sock".into()),
        ControlError::WrongVersion {
            version: "0.9.0".into(),
            pid: 42,
        },
        ControlError::Died { pid: 42 },
        ControlError::Io(io_error()),
    ]
}

/// Every error above: (its wording in the spoken language, its Display).
fn all() -> Vec<(String, String)> {
    let mut all = Vec::new();
    all.extend(stores().iter().map(|e| (store(e), e.to_string())));
    all.extend(exports().iter().map(|e| (export(e), e.to_string())));
    all.extend(icals().iter().map(|e| (ical(e), e.to_string())));
    all.extend(infiles().iter().map(|e| (infile(e), e.to_string())));
    all.extend(outfiles().iter().map(|e| (outfile(e), e.to_string())));
    all.extend(keymaps().iter().map(|e| (keymap(e), e.to_string())));
    all.extend(configs().iter().map(|e| (config(e), e.to_string())));
    all.extend(controls().iter().map(|e| (control(e), e.to_string())));
    all
}

#[test]
fn in_english_the_catalog_says_what_display_says() {
    for (words, display) in speaking(Lang::En, all) {
        assert_eq!(words, display);
    }
}

#[test]
fn the_kinds_errors_name_are_their_names_in_english() {
    for k in Kind::ALL {
        let named = speaking(Lang::En, || kind(k));
        assert_eq!(named, FluentValue::from(format!("{k:?}")));
    }
}

#[test]
fn in_czech_every_error_reads_differently_and_without_english_words() {
    // Words of the English messages that no Czech one should keep; the
    // system's own texts (here "permission denied"), paths and names
    // are left as they are and are not among them.
    const ENGLISH: &[&str] = &[
        "cannot ",
        " the ",
        "does not",
        "database ",
        "file ",
        "line ",
        "record",
        "nothing",
        "must ",
        "unknown ",
        "bytes",
        "found ",
        "writing",
    ];
    for (czech, english) in speaking(Lang::Cs, all) {
        // The system's own error is all these say, after the path.
        let path_and_error = format!("{}: {}", path().display(), io_error());
        // A writer's step this catalog does not know is shown as it is.
        let unknown_step = english.starts_with("something new");
        if english == io_error().to_string() || english == path_and_error || unknown_step {
            continue;
        }
        assert_ne!(czech, english, "not worded in Czech");
        let scrubbed = czech
            .replace("permission denied", "")
            .replace("expected value at line 1 column 1", "");
        for word in ENGLISH {
            assert!(
                !scrubbed.to_lowercase().contains(word),
                "{word:?} in {czech:?}"
            );
        }
    }
}

#[test]
fn czech_counts_take_their_plural_forms() {
    let referenced = |n: usize| StoreError::Referenced {
        kind: Kind::Facility,
        id: 1,
        by: vec![(Kind::Meeting, 2); n],
    };
    let said = |n| speaking(Lang::Cs, || store(&referenced(n)));
    assert!(said(1).contains("odkazuje 1 jiný záznam;"), "{}", said(1));
    assert!(said(3).contains("odkazují 3 jiné záznamy;"), "{}", said(3));
    assert!(
        said(5).contains("odkazuje 5 jiných záznamů;"),
        "{}",
        said(5)
    );
    let small = InFileError::TooLarge {
        path: path(),
        limit: 3,
    };
    assert!(speaking(Lang::Cs, || infile(&small)).ends_with("větší než 3 bajty"));
}

#[test]
fn a_failure_is_worded_when_it_is_shown() {
    let failure = Failure::from(StoreError::NotFound {
        kind: Kind::Meeting,
        id: 3,
    });
    assert_eq!(
        speaking(Lang::Cs, || failure.words()),
        "schůzka č. 3 neexistuje (nebyl záznam smazán?)"
    );
    assert_eq!(
        speaking(Lang::En, || failure.words()),
        "Meeting #3 does not exist (was it deleted?)"
    );
    assert_eq!(failure.clone(), failure);
    assert_ne!(failure, Failure::Other(failure.english()));
}

/// Every problem a calendar file can have reads in English as its Display
/// says, and in Czech otherwise.
#[test]
fn calendar_file_problems_read_in_either_language() {
    use crate::ical::problem::SyntaxProblem as P;
    let name = || "VEVENT".to_string();
    let all = [
        P::NotACalendar(name()),
        P::TooDeep(name(), 16),
        P::EndWithoutBegin(name()),
        P::EndMismatch(name(), "VTODO".into(), 3),
        P::NoCalendarStart,
        P::AfterEnd,
        P::NeverClosed(name()),
        P::NoCalendar,
        P::OrphanContinuation,
        P::NoColon(String::new()),
        P::NoColon("SUMMARY".into()),
        P::NotAProperty("x y".into()),
        P::Unreadable("DTSTART".into(), "bad".into()),
        P::NotADuration("P1X".into()),
        P::NoStart,
        P::DurationTooLong(9999),
        P::NotADate("DTSTART".into(), "2026".into()),
        P::UnknownZone("Mars/Olympus".into()),
    ];
    for problem in &all {
        let english = speaking(Lang::En, || ical_problem(problem));
        assert_eq!(english, problem.to_string());
        let czech = speaking(Lang::Cs, || ical_problem(problem));
        assert_ne!(czech, english, "{problem:?}");
    }
}
