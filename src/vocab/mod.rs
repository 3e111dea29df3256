//! The vocabulary the parts share: the named actions a user can ask for, the
//! modes that take the keyboard, a user's role and the scope of a series edit.
//!
//! Each action and mode is declared once, in one table line (variant, keymap
//! name, doc comment); the enum, its list of all values, its names and its
//! help-text key are generated from that line, so none can be left out of the
//! others. The words shown for them live in `catalog`, keyed by the help key.

pub mod action;
pub mod lang;
pub mod mode;
pub mod role;
pub mod scope;

pub use action::Action;
pub use lang::Lang;
pub use mode::Mode;
pub use role::Role;
pub use scope::Scope;

/// Declares a vocabulary enum from one table: each line a doc comment, the
/// variant and its snake_case name. `key` prefixes the help-text key
/// (`action` gives `action-move_up`, a Fluent message id).
///
/// Generated: the enum (serde names in snake_case, which the tests hold equal
/// to the table's names), `ALL` in table order, `name`, `from_name` and
/// `help_key`, and a unit test that the names round-trip and are serde's.
/// A name written twice is an unreachable pattern in `from_name`,
/// which the lints refuse.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $enum:ident, key $key:literal {
            $(
                $(#[$doc:meta])*
                $variant:ident = $name:literal,
            )*
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            ::serde::Serialize,
            ::serde::Deserialize,
        )]
        #[serde(rename_all = "snake_case")]
        pub enum $enum {
            $(
                $(#[$doc])*
                $variant,
            )*
        }

        impl $enum {
            /// Every value, in table order: the order help lists them in and
            /// keymap coverage is checked in.
            pub const ALL: &'static [$enum] = &[$($enum::$variant,)*];

            /// The name keymap files use for it, e.g. `move_down` or `normal`.
            pub const fn name(self) -> &'static str {
                match self {
                    $($enum::$variant => $name,)*
                }
            }

            /// The value with this keymap name, if any.
            pub fn from_name(name: &str) -> Option<$enum> {
                match name {
                    $($name => Some($enum::$variant),)*
                    _ => None,
                }
            }

            /// The key of its words in the catalog, e.g. `action.move_down`.
            pub const fn help_key(self) -> &'static str {
                match self {
                    $($enum::$variant => concat!($key, "-", $name),)*
                }
            }
        }

        /// The names round-trip, are serde's, and give the help keys.
        #[cfg(test)]
        #[test]
        fn names_round_trip_and_match_serde() {
            for &value in $enum::ALL {
                assert_eq!($enum::from_name(value.name()), Some(value));
                let json = ::serde_json::to_string(&value).expect("serialize");
                assert_eq!(json, format!("\"{}\"", value.name()));
                assert_eq!(value.help_key(), format!("{}-{}", $key, value.name()));
            }
            assert_eq!($enum::from_name("no_such_name"), None);
        }
    };
}
use vocabulary;
