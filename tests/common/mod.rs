//! The shared test harness: one documented version of each helper the
//! integration tests use to drive spojka. A test file includes it with
//! `mod common;` and takes what it needs:
//!
//! - [`app`]: an `AppState` at a fixed now, driven through `update` and
//!   drawn as text, and the view on top of its stack;
//! - [`session`]: a whole `Session` over a real store, driven with keys;
//! - [`binary`]: the real `spojka` binary run on a test database;
//! - [`pty`]: the binary in a pseudo-terminal, read back as a user sees it;
//! - [`screen`], [`store`], [`time`], [`golden`], [`records`]: what those
//!   share (a buffer as text, opening databases, fixed dates, golden bytes,
//!   the records the screen tests show).

// Every test binary compiles this module on its own and uses only part of
// it: without this, each binary would warn about the helpers it leaves out.
#![allow(dead_code)]

pub mod app;
pub mod binary;
pub mod golden;
pub mod pty;
pub mod records;
pub mod screen;
pub mod session;
pub mod store;
pub mod time;
