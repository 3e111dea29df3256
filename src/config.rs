//! The user's settings file, `config.toml` in the config directory:
//!
//! ```toml
//! lang = "cs"
//!
//! [meetings]
//! travel_gap_minutes = 45
//! length_minutes = 90
//!
//! [requests]
//! waiting_days = 14
//! ```
//!
//! A missing file means the defaults. A file with a mistake is refused with
//! its name, the line and the key, rather than half-applied: a setting that
//! silently does not take effect is worse than an error the user can fix.

use std::fmt;
use std::path::{Path, PathBuf};

use directories::ProjectDirs;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::keymap::diagnostic::line_of;
use crate::vocab::Lang;

/// The travel gap used when the file does not set one: an hour to get from
/// one prison to another is the association's rule of thumb.
pub const DEFAULT_TRAVEL_GAP_MINUTES: i64 = 60;

/// The longest travel gap accepted: a whole day. A larger number is a typo.
pub const MAX_TRAVEL_GAP_MINUTES: i64 = 24 * 60;

/// After how many days on one step a cooperation request shows on the
/// dashboard when the file does not say: two weeks.
pub const DEFAULT_REQUEST_WAITING_DAYS: i64 = 14;

/// How long a meeting lasts when the file does not say: an hour.
pub const DEFAULT_MEETING_MINUTES: i64 = 60;

/// The settings the app reads from `config.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Warn when one person has less than this many minutes between meetings
    /// at two different facilities on the same day; 0 turns the warning off.
    pub travel_gap_minutes: i64,
    /// How long a new meeting lasts when its end is not given
    /// (`length_minutes` in `[meetings]`).
    pub meeting_minutes: i64,
    /// The language of the interface (`lang = "cs"`), over the locale's.
    pub lang: Option<Lang>,
    /// After how many days on one step the dashboard shows a cooperation
    /// request (`waiting_days` in `[requests]`).
    pub request_waiting_days: i64,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            travel_gap_minutes: DEFAULT_TRAVEL_GAP_MINUTES,
            meeting_minutes: DEFAULT_MEETING_MINUTES,
            lang: None,
            request_waiting_days: DEFAULT_REQUEST_WAITING_DAYS,
        }
    }
}

/// Why the settings file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file exists but could not be read.
    #[error("cannot read {}: {source}", path.display())]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file was read but something in it is wrong.
    #[error("{file}, line {line}: {problem}")]
    Invalid {
        /// The file as the user knows it.
        file: String,
        /// 1-based line of the problem.
        line: usize,
        /// The key concerned, dotted (`meetings.travel_gap_minutes`), if any.
        key: Option<String>,
        /// What is wrong.
        problem: Problem,
    },
}

/// What can be wrong inside a settings file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not valid TOML; the parser's message.
    Syntax(String),
    /// A key or section the app does not know (often a typo).
    UnknownKey(String),
    /// A section written as a plain value, e.g. `meetings = 5`.
    NotASection(String),
    /// A number setting given something else; the value as written.
    NotANumber {
        /// The key.
        key: String,
        /// The value as written in the file.
        found: String,
    },
    /// A language that is not "cs" or "en"; the value as written.
    UnknownLanguage(String),
    /// A number outside the range the setting allows.
    OutOfRange {
        /// The key.
        key: String,
        /// The value.
        found: i64,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Syntax(message) => write!(f, "TOML syntax error: {message}"),
            Problem::UnknownKey(key) => write!(
                f,
                "unknown key \"{key}\": the settings are lang, travel_gap_minutes and length_minutes in [meetings], and waiting_days in [requests]"
            ),
            Problem::UnknownLanguage(found) => {
                write!(f, "lang must be \"cs\" or \"en\", found {found}")
            }
            Problem::NotASection(key) => write!(f, "\"{key}\" must be a [{key}] section"),
            Problem::NotANumber { key, found } => {
                let unit = if key == "requests.waiting_days" {
                    "days"
                } else {
                    "minutes"
                };
                write!(f, "{key} must be a whole number of {unit}, found {found}")
            }
            Problem::OutOfRange { key, found } => write!(
                f,
                "{key} must be between 0 and {MAX_TRAVEL_GAP_MINUTES} {}, found {found}",
                if key == "requests.waiting_days" {
                    "days"
                } else {
                    "minutes"
                }
            ),
        }
    }
}

/// Where `config.toml` lives by default: the platform config directory
/// (`~/.config/spojka/config.toml` on Linux). None when the system has no
/// home directory to put it in.
pub fn default_path() -> Option<PathBuf> {
    ProjectDirs::from("cz", "aoov", "spojka").map(|dirs| dirs.config_dir().join("config.toml"))
}

/// Reads the settings from `path`, or from [`default_path`] when None. A
/// file that does not exist gives the defaults.
pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
    let Some(path) = path.map(Path::to_path_buf).or_else(default_path) else {
        return Ok(Config::default());
    };
    // A FIFO or a device there is refused, not waited on or read forever.
    match crate::infile::read_text(&path, crate::infile::CONFIG_LIMIT) {
        Ok(text) => parse(&path.display().to_string(), &text),
        Err(e) if e.is_not_found() => Ok(Config::default()),
        Err(e) => Err(ConfigError::Read {
            path,
            source: e.into(),
        }),
    }
}

/// Reads settings from `text`; `source` names the file in errors. Of
/// several mistakes, the first in the file is reported.
pub fn parse(source: &str, text: &str) -> Result<Config, ConfigError> {
    let fail = |offset: usize, key: Option<String>, problem: Problem| ConfigError::Invalid {
        file: source.to_string(),
        line: line_of(text, offset),
        key,
        problem,
    };
    let doc = DeTable::parse(text).map_err(|e| {
        let offset = e.span().map_or(0, |span| span.start);
        fail(offset, None, Problem::Syntax(e.message().to_string()))
    })?;
    let mut config = Config::default();
    // (offset, dotted key, problem) of every mistake.
    let mut mistakes: Vec<(usize, String, Problem)> = Vec::new();
    for (section, value) in doc.get_ref() {
        let name: &str = section.get_ref();
        let offset = section.span().start;
        if name == "lang" {
            let lang = value.get_ref().as_str().and_then(Lang::from_code);
            match lang {
                Some(lang) => config.lang = Some(lang),
                None => {
                    let written = text.get(value.span()).unwrap_or_default().trim();
                    let problem = Problem::UnknownLanguage(written.to_string());
                    mistakes.push((value.span().start, name.into(), problem));
                }
            }
            continue;
        }
        let table = match value.get_ref() {
            DeValue::Table(table) if name == "meetings" || name == "requests" => table,
            _ if name == "meetings" || name == "requests" => {
                mistakes.push((offset, name.into(), Problem::NotASection(name.into())));
                continue;
            }
            _ => {
                mistakes.push((offset, name.into(), Problem::UnknownKey(name.into())));
                continue;
            }
        };
        for (key, value) in table {
            let dotted = format!("{name}.{}", key.get_ref());
            let offset = key.span().start;
            let setting = match (name, key.get_ref().as_ref()) {
                ("requests", "waiting_days") => &mut config.request_waiting_days,
                ("meetings", "travel_gap_minutes") => &mut config.travel_gap_minutes,
                ("meetings", "length_minutes") => &mut config.meeting_minutes,
                _ => {
                    mistakes.push((offset, dotted.clone(), Problem::UnknownKey(dotted)));
                    continue;
                }
            };
            match minutes(value, text, &dotted) {
                Ok(minutes) => *setting = minutes,
                Err(problem) => mistakes.push((offset, dotted, problem)),
            }
        }
    }
    match mistakes.into_iter().min_by_key(|(offset, _, _)| *offset) {
        Some((offset, key, problem)) => Err(fail(offset, Some(key), problem)),
        None => Ok(config),
    }
}

/// A number of minutes from the file, or what is wrong with it.
fn minutes(value: &Spanned<DeValue<'_>>, text: &str, key: &str) -> Result<i64, Problem> {
    let number = value
        .get_ref()
        .as_integer()
        .and_then(|n| i64::from_str_radix(n.as_str(), n.radix()).ok());
    let Some(found) = number else {
        let written = text.get(value.span()).unwrap_or_default().trim();
        return Err(Problem::NotANumber {
            key: key.to_string(),
            found: written.to_string(),
        });
    };
    if (0..=MAX_TRAVEL_GAP_MINUTES).contains(&found) {
        Ok(found)
    } else {
        Err(Problem::OutOfRange {
            key: key.to_string(),
            found,
        })
    }
}
