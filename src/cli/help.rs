//! The command line as clap parses it, with the help of every command,
//! option and value worded in the language the thread speaks.
//!
//! The derive in `args.rs` says what is accepted; its doc comments are the
//! English help, which the catalog repeats word for word (a test holds the
//! two together). [`command`] puts the catalog's words in their place, so the
//! same command, built on the thread that runs it, answers `--help` in the
//! language of whoever asked: the local user, or a caller of the control
//! socket or of SSH.
//!
//! Messages are named by where they are: `help-about` and
//! `help-arg-<option>` for spojka itself, `help-<command>-about` and
//! `help-<command>-arg-<option>` for a command (`settings-keymap` for a
//! command of a command), `help-<prefix>-<value>` for the values of a
//! `--format`.

use super::args::{Cli, DuplicatesArg, ImportFormat, default_db_text};
use crate::catalog::words::Catalog;
use crate::export::Format;
use crate::report::ReportFormat;
use crate::report::register::RegisterFormat;
use crate::vocab::Lang;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{CommandFactory, ValueEnum};

/// spojka's command line, its help in the spoken language.
pub fn command() -> clap::Command {
    let db = default_db_text();
    localize(Cli::command(), "", &db)
        .mut_subcommand("export", |c| {
            c.mut_arg("format", |a| {
                a.value_parser(values::<Format>("help-format"))
            })
        })
        .mut_subcommand("report", |c| {
            c.mut_arg("format", |a| {
                a.value_parser(values::<ReportFormat>("help-report-format"))
            })
        })
        .mut_subcommand("register", |c| {
            c.mut_arg("format", |a| {
                a.value_parser(values::<RegisterFormat>("help-register-format"))
            })
        })
        .mut_subcommand("import", |c| {
            c.mut_arg("format", |a| {
                a.value_parser(values::<ImportFormat>("help-import-format"))
            })
            .mut_arg("duplicates", |a| {
                a.value_parser(values::<DuplicatesArg>("help-import-duplicates"))
            })
        })
}

/// The message `id` in the spoken language, with the default database's
/// path for the messages that name it; None when the catalog has no `id`.
fn message(id: &str, db: &str) -> Option<String> {
    Catalog::of(Lang::En)
        .has(id)
        .then(|| crate::catalog::format(id, &[("path", db.into())]))
}

/// The message id of `what` in the command at `path` ("" for spojka itself).
pub(super) fn help_id(path: &str, what: &str) -> String {
    if path.is_empty() {
        format!("help-{what}")
    } else {
        format!("help-{path}-{what}")
    }
}

/// `cmd` (at `path`) and its commands with their help from the catalog.
/// Global options are worded once, where they are declared.
fn localize(mut cmd: clap::Command, path: &str, db: &str) -> clap::Command {
    if cmd.get_about().is_some()
        && let Some(about) = message(&help_id(path, "about"), db)
    {
        cmd = cmd.about(about);
    }
    if cmd.get_long_about().is_some()
        && let Some(about) = message(&help_id(path, "long-about"), db)
    {
        cmd = cmd.long_about(about);
    }
    let options: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.get_help().is_some())
        .map(|a| a.get_id().to_string())
        .collect();
    for option in options {
        if let Some(help) = message(&help_id(path, &format!("arg-{option}")), db) {
            cmd = cmd.mut_arg(option, |a| a.help(help));
        }
    }
    let commands: Vec<String> = cmd
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    for name in commands {
        let inner = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name, |c| localize(c, &inner, db));
    }
    cmd
}

/// The values of `E`, each with its help `<prefix>-<value>` from the
/// catalog, parsed into `E` as the derive's own parser would.
fn values<E>(prefix: &str) -> impl TypedValueParser<Value = E>
where
    E: ValueEnum + Clone + Send + Sync + 'static,
{
    let values: Vec<_> = E::value_variants()
        .iter()
        .filter_map(ValueEnum::to_possible_value)
        .map(
            |value| match message(&format!("{prefix}-{}", value.get_name()), "") {
                Some(help) => value.help(help),
                None => value,
            },
        )
        .collect();
    PossibleValuesParser::new(values).try_map(|name: String| E::from_str(&name, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every piece of help of `cmd` (at `path`): its message id and text.
    fn pieces(cmd: &clap::Command, path: &str, into: &mut Vec<(String, String)>) {
        if let Some(about) = cmd.get_about() {
            into.push((help_id(path, "about"), about.to_string()));
        }
        if let Some(about) = cmd.get_long_about() {
            into.push((help_id(path, "long-about"), about.to_string()));
        }
        for arg in cmd.get_arguments() {
            if let Some(help) = arg.get_help() {
                let id = help_id(path, &format!("arg-{}", arg.get_id()));
                into.push((id, help.to_string()));
            }
        }
        for sub in cmd.get_subcommands() {
            let inner = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path}-{}", sub.get_name())
            };
            pieces(sub, &inner, into);
        }
    }

    #[test]
    fn every_command_and_option_has_help_in_every_language() {
        let mut found = Vec::new();
        pieces(&Cli::command(), "", &mut found);
        for lang in Lang::ALL {
            let missing: Vec<&String> = found
                .iter()
                .map(|(id, _)| id)
                .filter(|id| !Catalog::of(lang).has(id))
                .collect();
            assert!(missing.is_empty(), "{}: {missing:?}", lang.code());
        }
    }

    #[test]
    fn the_english_help_is_the_doc_comments() {
        let (mut derived, mut worded) = (Vec::new(), Vec::new());
        pieces(&Cli::command(), "", &mut derived);
        crate::catalog::speaking(Lang::En, || pieces(&command(), "", &mut worded));
        // Changing a command may move it in clap's list, not in the help.
        derived.sort();
        worded.sort();
        assert_eq!(derived.len(), worded.len());
        for (derived, worded) in derived.iter().zip(&worded) {
            assert_eq!(derived, worded);
        }
    }

    #[test]
    fn czech_help_is_czech() {
        let mut worded = Vec::new();
        crate::catalog::speaking(Lang::Cs, || pieces(&command(), "", &mut worded));
        let about = |id: &str| {
            worded
                .iter()
                .find(|(i, _)| i == id)
                .map(|(_, text)| text.clone())
                .unwrap_or_default()
        };
        assert!(about("help-export-about").contains("Zapíše jeden druh záznamů"));
        assert!(about("help-settings-lang-about").contains("Jazyk"));
    }

    #[test]
    fn the_format_values_parse_as_before() {
        let cli = crate::catalog::speaking(Lang::Cs, || {
            let matches = command()
                .try_get_matches_from(["spojka", "export", "--kind", "meetings", "--format", "ics"])
                .expect("parses");
            <Cli as clap::FromArgMatches>::from_arg_matches(&matches).expect("a command")
        });
        let Some(super::super::Command::Export(args)) = cli.command else {
            panic!("not an export");
        };
        assert_eq!(args.format, Format::Ics);
    }
}
