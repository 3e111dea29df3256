//! An agreement's lifecycle: draft → negotiating → signed → expired or
//! terminated, only along allowed steps. "Expired" follows from the dates: a
//! signed agreement past its last day is expired whatever its stored status.

use super::{Agreement, AgreementStatus};
use chrono::NaiveDate;

/// The steps a user may take from a status. Expired comes from the dates, so
/// it is never a step; an ended agreement is renewed, not reopened.
pub fn next_steps(from: AgreementStatus) -> &'static [AgreementStatus] {
    use AgreementStatus::*;
    match from {
        Draft => &[Negotiating, Signed, Terminated],
        Negotiating => &[Draft, Signed, Terminated],
        Signed => &[Terminated],
        Expired | Terminated => &[],
    }
}

/// Whether going from `from` to `to` is allowed (staying put always is).
pub fn allowed(from: AgreementStatus, to: AgreementStatus) -> bool {
    from == to || next_steps(from).contains(&to)
}

/// The status as of `today`: a signed agreement whose last day has passed is
/// expired.
pub fn effective_status(agreement: &Agreement, today: NaiveDate) -> AgreementStatus {
    match (agreement.status, agreement.valid_until) {
        (AgreementStatus::Signed, Some(until)) if until < today => AgreementStatus::Expired,
        (status, _) => status,
    }
}

/// Whether the agreement is in force on `today`: signed, started, not ended.
pub fn is_active(agreement: &Agreement, today: NaiveDate) -> bool {
    effective_status(agreement, today) == AgreementStatus::Signed
        && agreement.valid_from.is_none_or(|from| from <= today)
        && !agreement.meta.archived
}

/// Days from `today` to the agreement's last day, if it has one and is active.
pub fn days_left(agreement: &Agreement, today: NaiveDate) -> Option<i64> {
    let until = agreement.valid_until?;
    is_active(agreement, today).then(|| (until - today).num_days())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;
    use AgreementStatus::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn only_allowed_steps() {
        assert!(allowed(Draft, Negotiating));
        assert!(allowed(Negotiating, Signed));
        assert!(allowed(Signed, Terminated));
        assert!(allowed(Signed, Signed));
        assert!(!allowed(Signed, Draft));
        assert!(!allowed(Terminated, Signed));
        assert!(!allowed(Draft, Expired), "expired comes from the dates");
        assert!(
            !allowed(Expired, Signed),
            "an ended agreement is renewed instead"
        );
    }

    #[test]
    fn expiry_is_derived_at_the_boundary() {
        let mut a = sample::agreement("Dohoda", 1, vec![2]);
        a.status = Signed;
        a.valid_from = Some(day(2026, 1, 1));
        a.valid_until = Some(day(2026, 12, 31));
        assert_eq!(
            effective_status(&a, day(2026, 12, 31)),
            Signed,
            "the last day is still in force"
        );
        assert_eq!(effective_status(&a, day(2027, 1, 1)), Expired);
        assert!(is_active(&a, day(2026, 1, 1)));
        assert!(!is_active(&a, day(2025, 12, 31)), "not yet in force");
        assert_eq!(days_left(&a, day(2026, 12, 1)), Some(30));
        a.valid_until = None;
        assert_eq!(
            effective_status(&a, day(2099, 1, 1)),
            Signed,
            "open-ended never expires"
        );
        a.status = Draft;
        assert!(!is_active(&a, day(2026, 6, 1)));
    }
}
