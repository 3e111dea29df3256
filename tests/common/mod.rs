//! The shared test harness: one documented version of each helper the
//! integration tests use to drive spojka. A test file includes it with
//! `mod common;`.

// Every test binary compiles this module on its own and uses only part of
// it: without this, each binary would warn about the helpers it leaves out.
#![allow(dead_code)]

pub mod app;
pub mod binary;
pub mod golden;
pub mod pty;
pub mod screen;
pub mod session;
pub mod store;
pub mod time;
