//! The language a user reads spojka in, and how it is chosen.

use serde::{Deserialize, Serialize};

/// A language of the interface. Data is never translated, only the words
/// around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English, the fallback.
    #[default]
    En,
    /// Czech.
    Cs,
}

impl Lang {
    /// Every language, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cs];

    /// The language's code ("cs", "en"), as files and the control socket write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Cs => "cs",
            Lang::En => "en",
        }
    }

    /// A language from its code, as `--lang` and the settings files take it.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code.trim().to_ascii_lowercase().as_str() {
            "cs" => Some(Lang::Cs),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a POSIX locale value asks for (`cs_CZ.UTF-8`, `cs`,
    /// `en_GB`, `C`): Czech for Czech, English for everything else.
    pub fn of_locale(value: &str) -> Lang {
        let language = value.split(['_', '.', '@', '-']).next().unwrap_or_default();
        if language.eq_ignore_ascii_case("cs") {
            Lang::Cs
        } else {
            Lang::En
        }
    }

    /// Chooses the language: the command line's `--lang` first, then the
    /// user's own setting, then the first non-empty of `LC_ALL`,
    /// `LC_MESSAGES` and `LANG` (read through `env`), then English.
    pub fn choose(
        flag: Option<Lang>,
        setting: Option<Lang>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Lang {
        if let Some(lang) = flag.or(setting) {
            return lang;
        }
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| env(name))
            .find(|value| !value.trim().is_empty())
            .map_or(Lang::En, |value| Lang::of_locale(&value))
    }

    /// [`Lang::choose`] over this process's environment.
    pub fn choose_here(flag: Option<Lang>, setting: Option<Lang>) -> Lang {
        Lang::choose(flag, setting, |name| std::env::var(name).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_flag_wins_over_the_setting_and_the_setting_over_the_locale() {
        let czech = [("LANG", "cs_CZ.UTF-8")];
        assert_eq!(
            Lang::choose(Some(Lang::En), Some(Lang::Cs), env(&czech)),
            Lang::En
        );
        assert_eq!(Lang::choose(None, Some(Lang::En), env(&czech)), Lang::En);
        assert_eq!(Lang::choose(None, None, env(&czech)), Lang::Cs);
        assert_eq!(Lang::choose(None, Some(Lang::Cs), env(&[])), Lang::Cs);
    }

    #[test]
    fn the_first_non_empty_locale_variable_decides() {
        let all = [
            ("LC_ALL", "C"),
            ("LC_MESSAGES", "cs_CZ.UTF-8"),
            ("LANG", "cs_CZ.UTF-8"),
        ];
        assert_eq!(
            Lang::choose(None, None, env(&all)),
            Lang::En,
            "C is English"
        );
        let messages = [
            ("LC_ALL", ""),
            ("LC_MESSAGES", "cs_CZ.UTF-8"),
            ("LANG", "en_US.UTF-8"),
        ];
        assert_eq!(Lang::choose(None, None, env(&messages)), Lang::Cs);
        let lang = [("LANG", "cs")];
        assert_eq!(Lang::choose(None, None, env(&lang)), Lang::Cs);
        let posix = [("LANG", "POSIX")];
        assert_eq!(Lang::choose(None, None, env(&posix)), Lang::En);
        assert_eq!(Lang::choose(None, None, env(&[])), Lang::En, "nothing set");
        let german = [("LANG", "de_DE.UTF-8")];
        assert_eq!(Lang::choose(None, None, env(&german)), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("CS"), Some(Lang::Cs));
        assert_eq!(Lang::from_code("de"), None);
    }
}
