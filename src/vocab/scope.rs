//! Which occurrences of a recurring meeting an edit applies to.

/// Which occurrences an edit applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Only this occurrence.
    ThisOne,
    /// This occurrence and all after it.
    ThisAndFollowing,
    /// Every occurrence.
    WholeSeries,
}
