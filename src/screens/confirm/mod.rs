//! A yes/no question. The question itself is the kit's ([`Confirm`]), since
//! every screen may ask one; its keys and its view are here.

mod keys;
pub mod view;

#[cfg(doc)]
use crate::screens::kit::Confirm;
use crate::screens::kit::Keys;
use crate::vocab::Action;

/// The actions the screen answers: the hint bar's, most used first, then
/// the rest.
pub const KEYS: Keys = Keys {
    hints: &[Action::ConfirmYes, Action::ConfirmNo],
    more: &[],
    groups: &[],
};
