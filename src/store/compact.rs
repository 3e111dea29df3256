//! Compact.
