//! spojka: coordinating cooperation between prisons and the NGOs that work in them.
//!
//! The binary is a thin shell over this library, so tests and benchmarks run the
//! same code. Layers talk in one direction, drivers down to `domain`:
//! `ARCHITECTURE.md` says what each module owns and may import, and
//! `tests/layers/` holds the code to it. See `README.md` for the user's view.

pub mod app;
pub mod catalog;
pub mod cli;
pub mod clock;
pub mod config;
pub mod control;
pub mod demo;
pub mod domain;
pub mod effect;
pub mod export;
pub mod heap;
pub mod ical;
pub mod infile;
pub mod insight;
pub mod keymap;
pub mod model;
pub mod outfile;
pub mod report;
pub mod sample;
pub mod sanitize;
pub mod screens;
pub mod seed;
pub mod server;
pub mod session;
pub mod sheet;
pub mod spreadsheet;
pub mod store;
pub mod term;
pub mod ui;
pub mod vocab;
pub mod watchdog;
