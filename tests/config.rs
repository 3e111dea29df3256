//! The settings file: defaults, a valid file, and mistakes reported with
//! file, line and key.

use spojka::config::{self, Config, ConfigError, Problem};

/// The line, key and problem of a refused file.
fn refused(text: &str) -> (usize, Option<String>, Problem) {
    match config::parse("config.toml", text) {
        Err(ConfigError::Invalid {
            file,
            line,
            key,
            problem,
        }) => {
            assert_eq!(file, "config.toml");
            (line, key, problem)
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn no_file_means_the_defaults() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("config.toml");
    let config = config::load(Some(&missing)).expect("defaults");
    assert_eq!(config, Config::default());
    assert_eq!(config.travel_gap_minutes, 60);
    assert_eq!(
        config::parse("config.toml", "").expect("empty"),
        Config::default()
    );
}

#[test]
fn a_valid_file_sets_the_travel_gap() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("config.toml");
    let text = "# how long to get between prisons\n[meetings]\ntravel_gap_minutes = 45\n";
    std::fs::write(&path, text).expect("write");
    let config = config::load(Some(&path)).expect("valid");
    assert_eq!(config.travel_gap_minutes, 45);
    let off = config::parse("config.toml", "[meetings]\ntravel_gap_minutes = 0\n").expect("zero");
    assert_eq!(off.travel_gap_minutes, 0);
}

#[test]
fn an_unknown_key_is_named_with_its_line() {
    let text = "[meetings]\n\ntravel_gap_mintues = 45\n";
    let (line, key, problem) = refused(text);
    assert_eq!(line, 3);
    assert_eq!(key.as_deref(), Some("meetings.travel_gap_mintues"));
    assert_eq!(
        problem,
        Problem::UnknownKey("meetings.travel_gap_mintues".into())
    );
    let (line, key, _) = refused("theme = \"dark\"\n");
    assert_eq!((line, key.as_deref()), (1, Some("theme")));
}

#[test]
fn a_wrong_type_is_named_with_its_line_and_value() {
    let text = "[meetings]\ntravel_gap_minutes = \"45\"\n";
    let (line, key, problem) = refused(text);
    assert_eq!(line, 2);
    assert_eq!(key.as_deref(), Some("meetings.travel_gap_minutes"));
    assert_eq!(
        problem,
        Problem::NotANumber {
            key: "meetings.travel_gap_minutes".into(),
            found: "\"45\"".into(),
        }
    );
    let message = config::parse("config.toml", text)
        .expect_err("refused")
        .to_string();
    assert_eq!(
        message,
        "config.toml, line 2: meetings.travel_gap_minutes must be a whole number \
         of minutes, found \"45\""
    );
    let (_, _, problem) = refused("[meetings]\ntravel_gap_minutes = -5\n");
    assert!(matches!(problem, Problem::OutOfRange { found: -5, .. }));
    let (line, _, problem) = refused("meetings = 45\n");
    assert_eq!(
        (line, problem),
        (1, Problem::NotASection("meetings".into()))
    );
}

#[test]
fn the_first_mistake_in_the_file_is_reported() {
    let text = "[meetings]\nzzz = 1\ntravel_gap_minutes = true\n";
    let (line, key, _) = refused(text);
    assert_eq!((line, key.as_deref()), (2, Some("meetings.zzz")));
}

#[test]
fn a_syntax_error_names_its_line() {
    let (line, key, problem) = refused("[meetings]\ntravel_gap_minutes = \n");
    assert_eq!((line, key), (2, None));
    assert!(matches!(problem, Problem::Syntax(_)));
}

#[test]
fn the_default_path_is_in_the_config_directory() {
    if let Some(path) = config::default_path() {
        assert!(path.ends_with("config.toml"));
        assert!(path.to_string_lossy().contains("spojka"));
    }
}

#[test]
fn the_language_is_read_and_a_wrong_one_named_with_its_line() {
    use spojka::vocab::Lang;
    let config = config::parse(
        "config.toml",
        "lang = \"cs\"\n[meetings]\ntravel_gap_minutes = 30\n",
    )
    .expect("valid");
    assert_eq!(
        (config.lang, config.travel_gap_minutes),
        (Some(Lang::Cs), 30)
    );
    let (line, key, problem) = refused("\nlang = \"de\"\n");
    assert_eq!((line, key.as_deref()), (2, Some("lang")));
    assert_eq!(problem, Problem::UnknownLanguage("\"de\"".into()));
}

#[test]
fn a_meetings_usual_length_is_read() {
    let config = config::parse("config.toml", "[meetings]\nlength_minutes = 90\n").expect("valid");
    assert_eq!(config.meeting_minutes, 90);
    assert_eq!(Config::default().meeting_minutes, 60);
    let (line, key, _) = refused("[meetings]\nlength_minutes = 2000\n");
    assert_eq!((line, key.as_deref()), (2, Some("meetings.length_minutes")));
}

#[test]
fn requests_waiting_days_default_to_two_weeks_and_are_checked() {
    assert_eq!(Config::default().request_waiting_days, 14);
    let config = config::parse("config.toml", "[requests]\nwaiting_days = 21\n").expect("valid");
    assert_eq!(config.request_waiting_days, 21);
    let (line, key, problem) = refused("[requests]\nwaiting_days = \"many\"\n");
    assert_eq!((line, key.as_deref()), (2, Some("requests.waiting_days")));
    assert!(
        problem.to_string().contains("whole number of days"),
        "{problem}"
    );
    // A key of the other section is not one of this one.
    let (_, key, _) = refused("[requests]\nlength_minutes = 30\n");
    assert_eq!(key.as_deref(), Some("requests.length_minutes"));
}
