//! The generic field model: what a record's editable fields are, the values a
//! form holds for them, and parsing those values back with validation.
//!
//! Forms, the audit trail and exports all work over this model, so a record kind
//! only has to say which fields it has and how they map to its struct.

use super::choice::ChoiceSet;
use super::{Id, Kind, ico};
use chrono::{NaiveDate, NaiveDateTime};

/// What kind of input a field takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// Longer text (agenda, minutes, notes): several lines, `\n` between them;
    /// a form edits it as a box of rows, a detail shows it wrapped.
    LongText,
    /// An e-mail address.
    Email,
    /// A phone number.
    Phone,
    /// A web address.
    Web,
    /// A Czech company id (IČO).
    Ico,
    /// A count of something (a capacity): a whole number, typed as text.
    Count,
    /// A calendar date.
    Date,
    /// A local date and time (Europe/Prague).
    DateTime,
    /// How something repeats: an RFC 5545 RRULE (`FREQ=WEEKLY;INTERVAL=2`).
    Rule,
    /// One of a fixed list.
    Choice(ChoiceSet),
    /// Several of a fixed list.
    Multi(ChoiceSet),
    /// One record of a kind.
    Ref(Kind),
    /// Several records of a kind.
    Refs(Kind),
}

impl FieldKind {
    /// Whether the field is typed as text (as opposed to chosen from a list).
    pub fn is_typed(self) -> bool {
        !matches!(
            self,
            FieldKind::Choice(_) | FieldKind::Multi(_) | FieldKind::Ref(_) | FieldKind::Refs(_)
        )
    }
}

/// One editable field of a record kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldDef {
    /// Stable name: export column, audit field name, catalog key for the label.
    pub id: &'static str,
    /// What input it takes.
    pub kind: FieldKind,
    /// Whether it must be filled in.
    pub required: bool,
}

impl FieldDef {
    /// A field that must be filled in.
    pub const fn required(id: &'static str, kind: FieldKind) -> FieldDef {
        FieldDef {
            id,
            kind,
            required: true,
        }
    }

    /// A field that may stay empty.
    pub const fn optional(id: &'static str, kind: FieldKind) -> FieldDef {
        FieldDef {
            id,
            kind,
            required: false,
        }
    }

    /// The empty value of this field, as a new form holds it.
    pub fn empty_value(&self) -> FieldValue {
        match self.kind {
            FieldKind::Choice(_) => FieldValue::Choice(None),
            FieldKind::Multi(_) => FieldValue::Multi(Vec::new()),
            FieldKind::Ref(_) => FieldValue::Ref(None),
            FieldKind::Refs(_) => FieldValue::Refs(Vec::new()),
            _ => FieldValue::Text(String::new()),
        }
    }
}

/// The value a form holds for one field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    /// Typed text, including dates before they are parsed.
    Text(String),
    /// Index into the field's [`ChoiceSet`].
    Choice(Option<usize>),
    /// Indexes into the field's [`ChoiceSet`], ascending.
    Multi(Vec<usize>),
    /// A referenced record.
    Ref(Option<Id>),
    /// Referenced records, in the order chosen.
    Refs(Vec<Id>),
}

impl FieldValue {
    /// Whether nothing is filled in.
    pub fn is_empty(&self) -> bool {
        match self {
            FieldValue::Text(s) => s.trim().is_empty(),
            FieldValue::Choice(c) => c.is_none(),
            FieldValue::Multi(v) => v.is_empty(),
            FieldValue::Ref(r) => r.is_none(),
            FieldValue::Refs(v) => v.is_empty(),
        }
    }

    /// Plain text of the value for exports and the audit trail: choices as their
    /// stable codes, references through `name_of`.
    pub fn plain(&self, kind: FieldKind, name_of: &dyn Fn(Kind, Id) -> String) -> String {
        match (self, kind) {
            (FieldValue::Text(s), _) => s.clone(),
            (FieldValue::Choice(Some(i)), FieldKind::Choice(set)) => set.code(*i).to_string(),
            (FieldValue::Multi(v), FieldKind::Multi(set)) => v
                .iter()
                .map(|i| set.code(*i))
                .collect::<Vec<_>>()
                .join(", "),
            (FieldValue::Ref(Some(id)), FieldKind::Ref(k)) => name_of(k, *id),
            (FieldValue::Refs(ids), FieldKind::Refs(k)) => ids
                .iter()
                .map(|id| name_of(k, *id))
                .collect::<Vec<_>>()
                .join(", "),
            _ => String::new(),
        }
    }
}

/// Why a field's value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Nothing filled in where something must be.
    Required,
    /// Not a date in a form we read.
    NotADate(String),
    /// Not a date and time in a form we read.
    NotADateTime(String),
    /// The end is before the start.
    EndBeforeStart,
    /// "Until" is before "from".
    UntilBeforeFrom,
    /// Not shaped like an e-mail address.
    NotAnEmail(String),
    /// Not shaped like a phone number.
    NotAPhone(String),
    /// Not shaped like a web address.
    NotAWebAddress(String),
    /// Not a whole number (a count such as a capacity).
    NotACount(String),
    /// An IČO that is not eight digits.
    IcoNotEightDigits(String),
    /// An IČO whose check digit is wrong.
    IcoCheckDigit {
        /// The IČO as typed.
        ico: String,
        /// The check digit its first seven digits call for.
        expected: u8,
    },
    /// A renewal that names itself as the agreement it replaces.
    ReplacesItself,
    /// A lifecycle step that is not allowed.
    StepNotAllowed {
        /// The status before.
        from: super::AgreementStatus,
        /// The status asked for.
        to: super::AgreementStatus,
    },
    /// Not a recurrence rule we can read; the text says why.
    NotARule(String),
    /// A recurrence rule that repeats more than once a day (FREQ=HOURLY,
    /// BYHOUR=9,14): meetings repeat daily at most.
    RepeatsMoreThanDaily,
    /// A repeat rule given to one occurrence of a series, which repeats
    /// only as the series does.
    OccurrenceRepeats,
    /// A local time that Prague skips when clocks go forward (02:30 on the
    /// last Sunday of March).
    NonexistentLocalTime,
}

/// A problem with one field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field's stable id ([`FieldDef::id`]).
    pub field: &'static str,
    /// What is wrong.
    pub problem: Problem,
}

/// Date formats we accept, ISO first (also the format we show).
const DATE_FORMATS: [&str; 3] = ["%Y-%m-%d", "%d.%m.%Y", "%d. %m. %Y"];
/// Date-time formats we accept, ISO first (also the format we show).
const DATE_TIME_FORMATS: [&str; 4] = [
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M",
    "%d.%m.%Y %H:%M",
    "%d. %m. %Y %H:%M",
];

/// Reads a date as typed by a person: `2026-03-01`, `1.3.2026` or `1. 3. 2026`.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    DATE_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// Reads a local date and time: `2026-03-01 10:00` or `1.3.2026 10:00`.
pub fn parse_date_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    DATE_TIME_FORMATS
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
}

/// How dates are shown and exported.
pub fn format_date(date: NaiveDate) -> String {
    date.format(DATE_FORMATS[0]).to_string()
}

/// How date-times are shown and exported.
pub fn format_date_time(at: NaiveDateTime) -> String {
    at.format(DATE_TIME_FORMATS[0]).to_string()
}

/// An e-mail address has one `@` with something on both sides, a dot in the
/// domain, and no spaces. Deliverability is not ours to judge.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.chars().any(char::is_whitespace)
}

/// A phone number: digits with optional `+`, spaces, dashes, dots, slashes and
/// parentheses, and at least six digits.
pub fn is_phone(text: &str) -> bool {
    let allowed = |c: char| c.is_ascii_digit() || " +-./()".contains(c);
    text.chars().all(allowed) && text.chars().filter(char::is_ascii_digit).count() >= 6
}

/// A web address: no spaces, and either a scheme or a dotted host.
pub fn is_web(text: &str) -> bool {
    !text.chars().any(char::is_whitespace)
        && (text.starts_with("http://") || text.starts_with("https://") || text.contains('.'))
}

/// Reads a form's values into typed fields, collecting every problem at once so
/// the form can show them all beside their fields. Fields are named by id;
/// `values` holds one value per definition, in the same order.
pub struct Reader<'a> {
    defs: &'static [FieldDef],
    values: &'a [FieldValue],
    /// Problems found so far.
    pub errors: Vec<FieldError>,
}

impl<'a> Reader<'a> {
    /// A reader over a form's values for these field definitions.
    pub fn new(defs: &'static [FieldDef], values: &'a [FieldValue]) -> Reader<'a> {
        Reader {
            defs,
            values,
            errors: Vec::new(),
        }
    }

    fn def(&self, id: &str) -> Option<&'static FieldDef> {
        self.defs.iter().find(|d| d.id == id)
    }

    fn value(&self, id: &str) -> Option<&'a FieldValue> {
        let at = self.defs.iter().position(|d| d.id == id)?;
        self.values.get(at)
    }

    fn required(&self, id: &str) -> bool {
        self.def(id).is_some_and(|d| d.required)
    }

    fn fail(&mut self, id: &'static str, problem: Problem) {
        // A rule naming a field the kind does not have is a typo in code,
        // which the kind's tests meet; users never can.
        debug_assert!(self.def(id).is_some(), "no field {id}");
        self.errors.push(FieldError { field: id, problem });
    }

    fn raw_text(&mut self, id: &'static str) -> Option<String> {
        let text = match self.value(id) {
            Some(FieldValue::Text(s)) => s.trim().to_string(),
            _ => String::new(),
        };
        if text.is_empty() {
            if self.required(id) {
                self.fail(id, Problem::Required);
            }
            return None;
        }
        Some(text)
    }

    /// Text, checked for the field's kind (e-mail, phone, web, IČO).
    pub fn text(&mut self, id: &'static str) -> String {
        let Some(text) = self.raw_text(id) else {
            return String::new();
        };
        let problem = match self.def(id).map(|d| d.kind) {
            Some(FieldKind::Email) if !is_email(&text) => Some(Problem::NotAnEmail(text.clone())),
            Some(FieldKind::Phone) if !is_phone(&text) => Some(Problem::NotAPhone(text.clone())),
            Some(FieldKind::Web) if !is_web(&text) => Some(Problem::NotAWebAddress(text.clone())),
            Some(FieldKind::Ico) => ico::check(&text).err(),
            _ => None,
        };
        if let Some(problem) = problem {
            self.fail(id, problem);
        }
        text
    }

    /// A count (a whole number, spaces between thousands allowed), or None
    /// when empty or invalid (the problem is recorded).
    pub fn count(&mut self, id: &'static str) -> Option<u32> {
        let text = self.raw_text(id)?;
        let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        let count = digits.parse::<u32>().ok();
        if count.is_none() {
            self.fail(id, Problem::NotACount(text));
        }
        count
    }

    /// A date, or None when empty or invalid (the problem is recorded).
    pub fn date(&mut self, id: &'static str) -> Option<NaiveDate> {
        let text = self.raw_text(id)?;
        let date = parse_date(&text);
        if date.is_none() {
            self.fail(id, Problem::NotADate(text));
        }
        date
    }

    /// A local date-time, or None when empty or invalid (the problem is recorded).
    pub fn date_time(&mut self, id: &'static str) -> Option<NaiveDateTime> {
        let text = self.raw_text(id)?;
        let at = parse_date_time(&text);
        if at.is_none() {
            self.fail(id, Problem::NotADateTime(text));
        }
        at
    }

    /// A recurrence rule, checked by parsing it; None when empty or invalid.
    pub fn rule(&mut self, id: &'static str) -> Option<String> {
        let text = self.raw_text(id)?;
        let rule = text.trim_start_matches("RRULE:").to_ascii_uppercase();
        // Checked before parsing: such a rule parses, but expanding it
        // costs tens of thousands of occurrences a day.
        if super::recurrence::more_than_daily(&rule) {
            self.fail(id, Problem::RepeatsMoreThanDaily);
            return None;
        }
        match rule.parse::<rrule::RRule<rrule::Unvalidated>>() {
            Ok(_) => Some(rule),
            Err(e) => {
                self.fail(id, Problem::NotARule(e.to_string()));
                None
            }
        }
    }

    /// The value of a field chosen from a list (not typed), None when it
    /// holds nothing (or is not a value such a field holds); a required
    /// field left so is a problem.
    fn chosen(&mut self, id: &'static str) -> Option<&'a FieldValue> {
        let def = self.def(id)?;
        let shape = std::mem::discriminant(&def.empty_value());
        let value = self
            .value(id)
            .filter(|v| std::mem::discriminant(*v) == shape && !v.is_empty());
        if value.is_none() && def.required {
            self.fail(id, Problem::Required);
        }
        value
    }

    /// The chosen option's index.
    pub fn choice(&mut self, id: &'static str) -> Option<usize> {
        match self.chosen(id) {
            Some(FieldValue::Choice(chosen)) => *chosen,
            _ => None,
        }
    }

    /// The referenced record's id.
    pub fn reference(&mut self, id: &'static str) -> Option<Id> {
        match self.chosen(id) {
            Some(FieldValue::Ref(chosen)) => *chosen,
            _ => None,
        }
    }

    /// The chosen options' indexes.
    pub fn multi(&mut self, id: &'static str) -> Vec<usize> {
        match self.chosen(id) {
            Some(FieldValue::Multi(chosen)) => chosen.clone(),
            _ => Vec::new(),
        }
    }

    /// The referenced records' ids.
    pub fn references(&mut self, id: &'static str) -> Vec<Id> {
        match self.chosen(id) {
            Some(FieldValue::Refs(chosen)) => chosen.clone(),
            _ => Vec::new(),
        }
    }

    /// Whether field `id` was read without a problem (so far): a cross-field
    /// rule compares only values that were really given.
    pub fn ok(&self, id: &str) -> bool {
        !self.errors.iter().any(|e| e.field == id)
    }

    /// Records `problem` against field `id` (the later one) when both values
    /// are given and `later` comes before `earlier`: an end before its start.
    pub fn in_order<T: PartialOrd>(
        &mut self,
        earlier: Option<T>,
        later: Option<T>,
        id: &'static str,
        problem: Problem,
    ) {
        if let (Some(earlier), Some(later)) = (earlier, later)
            && later < earlier
        {
            self.fail(id, problem);
        }
    }

    /// Records a cross-field problem (e.g. end before start) against `id`.
    pub fn problem(&mut self, id: &'static str, problem: Problem) {
        self.fail(id, problem);
    }

    /// The collected problems in field order, or `value` when there are none.
    pub fn finish<T>(mut self, value: T) -> Result<T, Vec<FieldError>> {
        if self.errors.is_empty() {
            return Ok(value);
        }
        // Cross-field rules run after every field is read; in field order
        // the form still focuses the first field that needs attention.
        let defs = self.defs;
        let position = |e: &FieldError| defs.iter().position(|d| d.id == e.field);
        self.errors.sort_by_key(position);
        Err(self.errors)
    }
}

/// Text of an optional date for a form.
pub fn date_text(date: Option<NaiveDate>) -> FieldValue {
    FieldValue::Text(date.map(format_date).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_read_in_iso_and_czech_forms() {
        let expected = NaiveDate::from_ymd_opt(2026, 3, 1);
        assert_eq!(parse_date("2026-03-01"), expected);
        assert_eq!(parse_date("1.3.2026"), expected);
        assert_eq!(parse_date(" 1. 3. 2026 "), expected);
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("zítra"), None);
    }

    #[test]
    fn date_times_are_read_in_iso_and_czech_forms() {
        let expected = NaiveDate::from_ymd_opt(2026, 3, 1).and_then(|d| d.and_hms_opt(9, 30, 0));
        assert_eq!(parse_date_time("2026-03-01 09:30"), expected);
        assert_eq!(parse_date_time("1.3.2026 9:30"), expected);
        assert_eq!(parse_date_time("2026-03-01 25:00"), None);
        assert_eq!(parse_date_time("2026-03-01"), None);
    }

    #[test]
    fn email_shapes() {
        assert!(is_email("jana.novakova@example.cz"));
        assert!(is_email("info@spolecnost-podane-ruce.cz"));
        assert!(!is_email("jana.novakova"));
        assert!(!is_email("@example.cz"));
        assert!(!is_email("jana@example"));
        assert!(!is_email("jana @example.cz"));
        assert!(!is_email("a@b@c.cz"));
    }

    #[test]
    fn phone_shapes() {
        assert!(is_phone("+420 777 123 456"));
        assert!(is_phone("(02) 123-456"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("call me"));
    }

    #[test]
    fn web_shapes() {
        assert!(is_web("https://aoov.cz"));
        assert!(is_web("www.aoov.cz"));
        assert!(!is_web("aoov"));
        assert!(!is_web("https://a b.cz"));
    }

    #[test]
    fn reader_collects_every_problem_in_field_order() {
        const DEFS: &[FieldDef] = &[
            FieldDef::required("name", FieldKind::Text),
            FieldDef::optional("email", FieldKind::Email),
            FieldDef::required("when", FieldKind::Date),
        ];
        let values = vec![
            FieldValue::Text("  ".into()),
            FieldValue::Text("nope".into()),
            FieldValue::Text("31.2.2026".into()),
        ];
        let mut reader = Reader::new(DEFS, &values);
        reader.date("when");
        reader.text("name");
        reader.text("email");
        let errors = reader.finish(()).expect_err("three problems");
        let problems: Vec<_> = errors.into_iter().map(|e| (e.field, e.problem)).collect();
        assert_eq!(
            problems,
            vec![
                ("name", Problem::Required),
                ("email", Problem::NotAnEmail("nope".into())),
                ("when", Problem::NotADate("31.2.2026".into())),
            ]
        );
    }
}
