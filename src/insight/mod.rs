//! What the records add up to: the coverage of regions by services, what
//! needs attention, and figures over a period. Pure functions over the
//! in-memory [`Data`](crate::app::Data) and a given "today": no I/O, no
//! terminal, so views, reports and tests share the same answers.

pub mod coverage;
pub mod dashboard;
pub mod figures;
