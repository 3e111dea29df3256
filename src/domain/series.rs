//! A series' rule dates: the `rrule` crate expands the RRULE from the
//! meeting's start in Europe/Prague; this module prepares the rule for it and
//! keeps long-running series cheap to expand far from their start.
//!
//! The rule dates here are the raw RFC 5545 set; cancelled and moved
//! occurrences are applied by `domain::occurrences`.

use super::occurrences::MAX_STEPS;
use super::prague;
use chrono::{Datelike, Days, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime};
use rrule::{Frequency, RRule, RRuleError, RRuleSet, Tz, Unvalidated, ValidationError};

/// A series' rule, parsed once and ready to expand from any point.
#[derive(Debug, Clone)]
pub(crate) struct Series {
    start: NaiveDateTime,
    rule: RRule<Unvalidated>,
}

impl Series {
    /// Parses `rule` (RRULE value text) for a series whose first occurrence
    /// starts at `start`, checking it against that start the way expansion will.
    pub(crate) fn new(start: NaiveDateTime, rule: &str) -> Result<Series, RRuleError> {
        let rule: RRule<Unvalidated> = with_utc_until(rule).parse()?;
        // Validation depends on the start (UNTIL before it, for one), so a
        // rule that parses can still be refused here.
        rule.clone().validate(zoned(start))?;
        Ok(Series { start, rule })
    }

    /// The rule's local start times in order, beginning at or before `from`:
    /// every rule start at or after `from` is among them, and some earlier
    /// ones may be too, so callers filter.
    pub(crate) fn starts_from(
        &self,
        from: NaiveDateTime,
    ) -> impl Iterator<Item = NaiveDateTime> + use<> {
        let shifted = self.fast_forward(from);
        let set = match self.rule.clone().validate(zoned(shifted)) {
            Ok(rule) => Some(RRuleSet::new(zoned(shifted)).rrule(rule).limit()),
            // The rule ended before the shifted start, which is before
            // `from`: nothing is left to expand.
            Err(RRuleError::ValidationError(ValidationError::UntilBeforeStart { .. })) => None,
            // Not expected, since only the start moved; expanding from the
            // real start is the safe way.
            Err(_) => self
                .rule
                .clone()
                .validate(zoned(self.start))
                .ok()
                .map(|rule| RRuleSet::new(zoned(self.start)).rrule(rule).limit()),
        };
        // The set's iterator copies what it needs, so it outlives the set.
        let iter = set.as_ref().map(|set| set.into_iter());
        iter.into_iter()
            .flatten()
            .take(MAX_STEPS)
            .map(|at| at.naive_local())
    }

    /// A later start to expand from that yields the same rule dates from
    /// `from` on, so a series running for years is not walked from its first
    /// occurrence each time a view asks for one week.
    ///
    /// Without COUNT, a rule repeats exactly every INTERVAL periods: BY*
    /// parts name fixed calendar days and UNTIL is a fixed instant, so whole
    /// periods can be skipped. COUNT counts from the real start, so such rules
    /// are expanded from it (they are finite anyway).
    fn fast_forward(&self, from: NaiveDateTime) -> NaiveDateTime {
        // A day's margin keeps the shifted start before every wanted date, so
        // whether the rule counts the start itself never matters.
        let Some(target) = from.checked_sub_days(Days::new(1)) else {
            return self.start;
        };
        // A start in the spring gap (saved before such times were refused)
        // is expanded from its instant, whose wall-clock time is an hour on;
        // a shifted start would keep the written time and disagree with it.
        if self.rule.get_count().is_some() || target <= self.start || !prague::exists(self.start) {
            return self.start;
        }
        let interval = i64::from(self.rule.get_interval());
        let shifted = match self.rule.get_freq() {
            Frequency::Daily => self.skip_days(target, interval),
            Frequency::Weekly => self.skip_days(target, 7 * interval),
            Frequency::Monthly => self.skip_months(target, interval),
            Frequency::Yearly => self.skip_months(target, 12 * interval),
            // Sub-daily rules are not meeting patterns; the crate's own loop
            // limit keeps them bounded.
            _ => None,
        };
        // The shifted start may land in the spring gap; its instant would
        // then carry another wall-clock time into the rule's defaults.
        shifted
            .filter(|at| prague::exists(*at))
            .unwrap_or(self.start)
    }

    /// The start moved on by whole periods of `period` days, up to `target`.
    fn skip_days(&self, target: NaiveDateTime, period: i64) -> Option<NaiveDateTime> {
        let periods = (target - self.start).num_days().checked_div(period)?;
        let days = Duration::try_days(periods.checked_mul(period)?)?;
        self.start.checked_add_signed(days)
    }

    /// The start moved on by whole periods of `period` months, up to
    /// `target`. A start after the 28th would not keep its day in every
    /// month (the day is the rule's default BYMONTHDAY), so it stays.
    fn skip_months(&self, target: NaiveDateTime, period: i64) -> Option<NaiveDateTime> {
        if self.start.day() > 28 || period <= 0 {
            return None;
        }
        let months = i64::from(target.year() - self.start.year()) * 12 + i64::from(target.month())
            - i64::from(self.start.month());
        // Whole periods that fit, minus one when the day of the month or the
        // time puts the last one after the target.
        let mut periods = months / period;
        loop {
            let shifted = self.start.checked_add_months(Months::new(
                u32::try_from(periods.checked_mul(period)?).ok()?,
            ))?;
            if shifted <= target {
                return Some(shifted);
            }
            periods = periods.checked_sub(1).filter(|p| *p >= 0)?;
        }
    }
}

/// A local time as the `rrule` crate's zoned time.
fn zoned(at: NaiveDateTime) -> chrono::DateTime<Tz> {
    prague::instant(at).with_timezone(&Tz::Tz(prague::ZONE))
}

/// RFC 5545 wants UNTIL in UTC when the start has a zone, and the `rrule`
/// crate reads a floating UNTIL in the machine's zone. Rules typed by hand or
/// written by other calendars often say `UNTIL=20261231`, meaning "through
/// that day" in the series' own zone, so such values are rewritten to the UTC
/// instant of that Prague time (the end of the day for a bare date).
fn with_utc_until(rule: &str) -> String {
    rule.split(';')
        .map(|part| match part.split_once('=') {
            Some((name, value)) if name.eq_ignore_ascii_case("UNTIL") => match floating(value) {
                Some(local) => {
                    let utc = prague::instant(local).naive_utc();
                    format!("UNTIL={}", utc.format("%Y%m%dT%H%M%SZ"))
                }
                None => part.to_string(),
            },
            _ => part.to_string(),
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// A floating UNTIL value as local time: a date means its last second.
fn floating(value: &str) -> Option<NaiveDateTime> {
    if let Ok(date) = NaiveDate::parse_from_str(value, "%Y%m%d") {
        return Some(date.and_time(NaiveTime::from_hms_opt(23, 59, 59)?));
    }
    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").expect("test time")
    }

    /// Every start from `from` up to `to`, expanded from the real start
    /// without skipping, as the reference for the fast path.
    fn slow(series: &Series, from: NaiveDateTime, to: NaiveDateTime) -> Vec<NaiveDateTime> {
        let rule = series
            .rule
            .clone()
            .validate(zoned(series.start))
            .expect("valid");
        RRuleSet::new(zoned(series.start))
            .rrule(rule)
            .limit()
            .into_iter()
            .map(|t| t.naive_local())
            .skip_while(|t| *t < from)
            .take_while(|t| *t < to)
            .collect()
    }

    #[test]
    fn skipping_whole_periods_gives_the_same_dates() {
        let rules = [
            "FREQ=DAILY",
            "FREQ=DAILY;INTERVAL=3",
            "FREQ=DAILY;BYDAY=MO,WE,FR",
            "FREQ=DAILY;INTERVAL=2;BYMONTH=3,10",
            "FREQ=WEEKLY",
            "FREQ=WEEKLY;INTERVAL=2",
            "FREQ=WEEKLY;INTERVAL=3;BYDAY=TU,TH;WKST=SU",
            "FREQ=WEEKLY;BYDAY=MO,FR;BYSETPOS=-1",
            "FREQ=WEEKLY;INTERVAL=2;UNTIL=20290101",
            "FREQ=MONTHLY",
            "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU",
            "FREQ=MONTHLY;BYDAY=5WE",
            "FREQ=MONTHLY;BYMONTHDAY=-1,15",
            "FREQ=MONTHLY;INTERVAL=2;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1",
            "FREQ=YEARLY",
            "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "FREQ=YEARLY;INTERVAL=2;BYWEEKNO=10,53;BYDAY=MO",
            "FREQ=YEARLY;BYYEARDAY=100,-1",
        ];
        let starts = [
            at("2026-01-06 10:00"),
            at("2025-10-26 02:30"),
            at("2026-03-29 09:15"),
            at("2024-02-29 23:30"),
            at("2025-03-30 02:30"),
            at("2026-01-31 08:00"),
        ];
        let windows = [
            (at("2026-03-23 00:00"), at("2026-04-06 00:00")),
            (at("2028-10-23 00:00"), at("2028-11-06 00:00")),
            (at("2031-02-01 00:00"), at("2031-03-01 00:00")),
        ];
        for rule in rules {
            for start in starts {
                let series = Series::new(start, rule).expect("valid rule");
                for (from, to) in windows {
                    let fast: Vec<_> = series
                        .starts_from(from)
                        .skip_while(|t| *t < from)
                        .take_while(|t| *t < to)
                        .collect();
                    assert_eq!(fast, slow(&series, from, to), "{rule} from {start}, {from}");
                }
            }
        }
    }

    #[test]
    fn a_floating_until_means_through_that_prague_day() {
        assert_eq!(
            with_utc_until("FREQ=WEEKLY;UNTIL=20260707"),
            "FREQ=WEEKLY;UNTIL=20260707T215959Z"
        );
        assert_eq!(
            with_utc_until("FREQ=WEEKLY;UNTIL=20261231T100000;COUNT=2"),
            "FREQ=WEEKLY;UNTIL=20261231T090000Z;COUNT=2"
        );
        let utc = "FREQ=DAILY;UNTIL=20260101T000000Z";
        assert_eq!(with_utc_until(utc), utc);
    }

    #[test]
    fn an_until_before_the_start_is_refused() {
        assert!(Series::new(at("2026-05-01 10:00"), "FREQ=WEEKLY;UNTIL=20260401").is_err());
        assert!(Series::new(at("2026-05-01 10:00"), "FREQ=WEEKLY;UNTIL=20260601").is_ok());
    }
}
