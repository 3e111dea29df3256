//! The command line's errors worded from the catalog (`commands.ftl`), in
//! the language the thread speaks when the error is shown.

use crate::catalog::{format, text};
use std::path::Path;

fn shown(path: &Path) -> String {
    path.display().to_string()
}

pub fn no_database(path: &Path) -> String {
    format("error-no-database", &[("path", shown(path).into())])
}

pub fn not_a_database(path: &Path) -> String {
    format("error-not-a-database", &[("path", shown(path).into())])
}

pub fn read_file(path: &Path, error: &std::io::Error) -> String {
    format(
        "error-read-file",
        &[
            ("path", shown(path).into()),
            ("error", error.to_string().into()),
        ],
    )
}

pub fn period_backwards(from: &chrono::NaiveDate, to: &chrono::NaiveDate) -> String {
    format(
        "error-period-backwards",
        &[
            ("from", from.to_string().into()),
            ("to", to.to_string().into()),
        ],
    )
}

pub fn terminal(error: &std::io::Error) -> String {
    format("error-terminal", &[("error", error.to_string().into())])
}

pub fn failed(status: &i32) -> String {
    format("error-failed", &[("status", status.to_string().into())])
}

pub fn saved_keymap(keymap: &str, error: &crate::keymap::KeymapError) -> String {
    format(
        "error-saved-keymap",
        &[
            ("keymap", format!("{keymap:?}").into()),
            ("error", crate::catalog::errors::keymap(error).into()),
        ],
    )
}

/// Loading the reference data failed: a store error in words, the others
/// (a broken line of the shipped list) as they are.
pub fn seed(error: &crate::seed::SeedError) -> String {
    match error {
        crate::seed::SeedError::Store(e) => crate::catalog::errors::store(e),
        other => other.to_string(),
    }
}

/// Making the demo failed, in words (a broken line of the shipped list as
/// it is).
pub fn demo(error: &crate::demo::DemoError) -> String {
    use crate::demo::DemoError as E;
    match error {
        E::Store(e) => crate::catalog::errors::store(e),
        E::NotEmpty(path) => format("error-demo-not-empty", &[("path", shown(path).into())]),
        E::Size(why) => format("error-demo-size", &[("why", (*why).into())]),
        E::Seed(e) => seed(e),
    }
}

/// `spojka serve` could not start, in words (the users file's own lines,
/// and the system's, as they are).
pub fn serve(error: &crate::server::ServeError) -> String {
    use crate::server::ServeError as E;
    match error {
        E::NoUsersFile => text("error-serve-no-users-file").to_string(),
        E::NotHere => text("error-serve-not-here").to_string(),
        E::Users(e) => e.to_string(),
        E::Io(e) => e.to_string(),
    }
}

pub fn stuck(path: &Path, seconds: &u64) -> String {
    format(
        "error-stuck",
        &[
            ("path", shown(path).into()),
            ("seconds", seconds.to_string().into()),
        ],
    )
}

pub fn open_elsewhere(path: &Path, pid: &u32) -> String {
    format(
        "error-open-elsewhere",
        &[
            ("path", shown(path).into()),
            ("pid", pid.to_string().into()),
        ],
    )
}

pub fn not_empty(path: &Path) -> String {
    format("error-not-empty", &[("path", shown(path).into())])
}

pub fn problems(count: &usize) -> String {
    format("error-problems", &[("count", (*count).into())])
}

pub fn not_a_file(path: &Path) -> String {
    format("error-not-a-file", &[("path", shown(path).into())])
}

pub fn no_such_person(name: &str) -> String {
    format("error-no-such-person", &[("name", name.into())])
}

/// `--facility` names no facility.
pub fn no_such_facility(name: &str) -> String {
    format(
        "error-no-such-facility",
        &[("name", crate::sanitize::sanitize(name).into())],
    )
}

/// `--facility` names several: each as "Name (#id)".
pub fn several_facilities(name: &str, facilities: &[(crate::domain::Id, String)]) -> String {
    let list: Vec<String> = facilities
        .iter()
        .map(|(id, what)| {
            format(
                "agenda-candidate",
                &[
                    ("name", crate::sanitize::sanitize(what).into()),
                    ("id", id.to_string().into()),
                ],
            )
        })
        .collect();
    format(
        "error-several-facilities",
        &[
            ("name", crate::sanitize::sanitize(name).into()),
            ("count", facilities.len().into()),
            ("list", list.join(", ").into()),
        ],
    )
}

/// One line: the name, how many it names, and each as "Name (#id)".
pub fn several_people(name: &str, people: &[(crate::domain::Id, String)]) -> String {
    let list: Vec<String> = people
        .iter()
        .map(|(id, who)| {
            format(
                "agenda-candidate",
                &[("name", who.as_str().into()), ("id", id.to_string().into())],
            )
        })
        .collect();
    format(
        "error-several-people",
        &[
            ("name", name.into()),
            ("count", people.len().into()),
            ("people", list.join(", ").into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::speaking;
    use crate::vocab::Lang;

    /// In English the catalog says what the errors' Display says, so the
    /// two cannot drift; in Czech it is Czech.
    #[test]
    fn serve_and_demo_refusals_read_in_either_language() {
        use crate::demo::DemoError;
        use crate::server::ServeError;
        let not_empty = DemoError::NotEmpty("/tmp/db".into());
        let size = DemoError::Size("agreements need NGOs");
        speaking(Lang::En, || {
            for error in [ServeError::NoUsersFile, ServeError::NotHere] {
                assert_eq!(serve(&error), error.to_string());
            }
            assert_eq!(demo(&not_empty), not_empty.to_string());
            assert_eq!(demo(&size), size.to_string());
        });
        speaking(Lang::Cs, || {
            assert!(serve(&ServeError::NotHere).starts_with("spojka serve běží samostatně"));
            assert!(demo(&not_empty).contains("už obsahuje záznamy"));
        });
    }
}
