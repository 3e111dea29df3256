//! `spojka request-steps`: the steps cooperation requests go through. `show`
//! prints a step list as TOML (the file `import` reads back); `import` adds
//! a file's steps as the next version, which new requests follow, while
//! requests already started keep the version they started with.

use super::{CliError, RequestStepsAction, RequestStepsArgs};
use crate::domain::request::StepList;
use crate::store::Store;
use std::io::Write;

/// Runs `spojka request-steps …`.
pub fn run(store: &Store, args: &RequestStepsArgs, out: &mut dyn Write) -> Result<(), CliError> {
    let text = match &args.action {
        RequestStepsAction::Show { version } => {
            let lists = store.step_lists()?;
            let list = match version {
                Some(v) => lists.into_iter().find(|l| l.version == *v).ok_or_else(|| {
                    CliError::StepList(
                        format!("--version {v}").into(),
                        crate::catalog::format(
                            "request-steps-no-version",
                            &[("version", u64::from(*v).into())],
                        ),
                    )
                })?,
                None => lists
                    .into_iter()
                    .next_back()
                    .unwrap_or_else(StepList::shipped),
            };
            to_toml(&list)
        }
        RequestStepsAction::Import { file } => {
            let bad = |problem: String| CliError::StepList(file.clone(), problem);
            let text = crate::infile::read_text(file, crate::infile::IMPORT_LIMIT)
                .map_err(|e| bad(crate::catalog::errors::infile(&e)))?;
            let list = from_toml(&text).map_err(bad)?;
            let stored = store.add_step_list(list)?;
            crate::catalog::format(
                "request-steps-imported",
                &[
                    ("version", u64::from(stored.version).into()),
                    ("count", (stored.steps.len() as u64).into()),
                ],
            ) + "\n"
        }
    };
    out.write_all(crate::sanitize::sanitize_lines(&text).as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the step list".to_string(),
            source,
        })
}

/// A step list as the TOML file `import` reads.
pub fn to_toml(list: &StepList) -> String {
    let head = crate::catalog::format(
        "request-steps-header",
        &[("version", u64::from(list.version).into())],
    );
    let body = toml::to_string(list).unwrap_or_default();
    let comment: String = head.lines().map(|l| format!("# {l}\n")).collect();
    format!("{comment}{body}")
}

/// Reads a step list from TOML and checks it; the problem in words.
pub fn from_toml(text: &str) -> Result<StepList, String> {
    let list: StepList = toml::from_str(text).map_err(|e| e.to_string())?;
    list.check()
        .map_err(|p| crate::catalog::request::list_problem(&p))?;
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_goes_through_toml_and_back() {
        let shipped = StepList::shipped();
        let text = to_toml(&shipped);
        assert!(text.contains("[[steps]]"), "{text}");
        assert!(text.contains("Styčná osoba věznice oslovena"), "{text}");
        let back = from_toml(&text).expect("reads back");
        assert_eq!(back.steps, shipped.steps);
    }

    #[test]
    fn a_bad_list_is_refused_with_the_reason() {
        let text = "[[steps]]\nkey = \"a\"\ncs = \"A\"\nen = \"A\"\n[[steps]]\nkey = \"a\"\ncs = \"B\"\nen = \"B\"\n";
        let why = crate::catalog::speaking(crate::vocab::Lang::En, || from_toml(text))
            .expect_err("two steps with one key");
        assert!(why.contains("\"a\""), "{why}");
        assert!(from_toml("steps = 3").is_err());
    }
}
