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

/// A renewal of `old`: a new draft with the same terms, linked to the one it
/// replaces, starting the day after the old one ends (if it ends).
pub fn renewal(old: &Agreement, now: super::Timestamp) -> Agreement {
    let next_from = old.valid_until.and_then(|d| d.succ_opt());
    Agreement {
        meta: super::Meta::new(now),
        status: AgreementStatus::Draft,
        signed_on: None,
        valid_from: next_from,
        valid_until: next_from.and_then(|next| next_end(old.valid_from?, old.valid_until?, next)),
        reference: String::new(),
        replaces: Some(old.meta.id),
        steps: Vec::new(),
        ..old.clone()
    }
}

/// The end of the period after `from`–`until` that starts on `next`, as
/// long as it: whole months stay whole months (a calendar year is followed
/// by the next calendar year), any other period the same number of days.
fn next_end(from: NaiveDate, until: NaiveDate, next: NaiveDate) -> Option<NaiveDate> {
    use chrono::{Datelike, Months};
    let end = until.succ_opt()?;
    let months = (end.year() - from.year()) * 12 + end.month() as i32 - from.month() as i32;
    let months = Months::new(u32::try_from(months).unwrap_or(0));
    let whole = months != Months::new(0) && from.checked_add_months(months) == Some(end);
    if whole {
        next.checked_add_months(months)?.pred_opt()
    } else {
        next.checked_add_signed(until - from)
    }
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
    fn a_renewal_proposes_the_next_period_as_long_as_the_last() {
        let mut old = sample::agreement("Dohoda o spolupráci", 3, vec![1]);
        let mut next = |from, until| {
            old.valid_from = Some(from);
            old.valid_until = Some(until);
            let new = renewal(&old, sample::epoch());
            (new.valid_from, new.valid_until)
        };
        // A calendar year is followed by the next calendar year.
        assert_eq!(
            next(day(2026, 1, 1), day(2026, 12, 31)),
            (Some(day(2027, 1, 1)), Some(day(2027, 12, 31)))
        );
        // Two years from mid-month, whole months: to the same day.
        assert_eq!(
            next(day(2025, 7, 15), day(2027, 7, 14)),
            (Some(day(2027, 7, 15)), Some(day(2029, 7, 14)))
        );
        // Half a year ending in February's last day.
        assert_eq!(
            next(day(2025, 9, 1), day(2026, 2, 28)),
            (Some(day(2026, 3, 1)), Some(day(2026, 8, 31)))
        );
        // Not whole months: as many days.
        assert_eq!(
            next(day(2026, 1, 10), day(2026, 2, 19)),
            (Some(day(2026, 2, 20)), Some(day(2026, 4, 1)))
        );
    }

    #[test]
    fn a_renewal_is_a_linked_draft_with_the_same_terms() {
        let mut old = sample::agreement("Dohoda o spolupráci", 3, vec![1, 2]);
        old.meta.id = 9;
        old.status = Signed;
        old.services = vec![crate::domain::Service::Housing];
        old.notice_period = "3 měsíce".into();
        old.valid_until = Some(day(2026, 12, 31));
        old.reference = "č. j. VS-1/2026".into();
        let new = renewal(&old, sample::epoch());
        assert_eq!((new.meta.id, new.status, new.replaces), (0, Draft, Some(9)));
        assert_eq!(
            (new.organisation, &new.facilities, &new.services),
            (3, &vec![1, 2], &old.services)
        );
        assert_eq!(new.notice_period, "3 měsíce");
        assert_eq!(new.valid_from, Some(day(2027, 1, 1)));
        assert_eq!(
            (new.valid_until, new.signed_on, new.reference.as_str()),
            (None, None, "")
        );
    }

    #[test]
    fn a_form_save_refuses_a_step_back_and_logs_a_step_forward() {
        use crate::domain::Entity;
        let mut before = sample::agreement("Dohoda", 1, vec![2]);
        before.status = Signed;
        let mut after = before.clone();
        after.status = Draft;
        let problems = after.on_save(Some(&before), day(2026, 5, 1));
        assert_eq!(problems.len(), 1);
        after.status = Terminated;
        assert!(after.on_save(Some(&before), day(2026, 5, 1)).is_empty());
        assert_eq!(
            after.steps.last().map(|s| (s.status, s.on)),
            Some((Terminated, day(2026, 5, 1)))
        );
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
