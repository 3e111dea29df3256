//! Every screen in one home: a folder per screen with its state (`mod.rs`),
//! its keys (`keys.rs`, the [`kit::Screen`] contract) and its view (`view.rs`,
//! a widget that only reads the state). The app stacks screens and handles
//! what they share; the terminal frame around them is `ui/`'s.

pub mod calendar;
pub mod figures;
pub mod kit;
