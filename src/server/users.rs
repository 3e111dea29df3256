//! The users file: who may connect, with which keys, in which role.
//!
//! ```toml
//! idle_timeout_minutes = 480            # optional: 8 hours by default
//! host = "spojka.example.org"           # optional: the name users connect to
//!
//! [[user]]
//! name = "Jana Nováková"
//! role = "editor"                       # viewer | editor | admin
//! lang = "cs"                           # optional: cs | en
//! keymap = "default"                    # optional: default | vim
//! keys = ["ssh-ed25519 AAAAC3Nza… jana@laptop"]
//! ```
//!
//! A mistake stops `spojka serve` at start (and a reload keeps the users it
//! had) with the file, the line and the reason: a user who silently cannot
//! log in, or silently gets another role, is worse than an error to fix.

use crate::app::access::Role;
use russh::keys::PublicKey;
use serde::Deserialize;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;
use toml::Spanned;

/// How long a session may sit without a key pressed when the file does not say.
pub const DEFAULT_IDLE_TIMEOUT: Duration = Duration::from_secs(8 * 60 * 60);

pub use crate::vocab::Lang;

/// One person who may connect.
#[derive(Debug, Clone)]
pub struct User {
    /// Their name, recorded in the history of what they change.
    pub name: String,
    /// What they may do.
    pub role: Role,
    /// The language of their messages.
    pub lang: Lang,
    /// The shipped keymap they use ("default" or "vim").
    pub keymap: String,
    /// The public keys they log in with.
    pub keys: Vec<PublicKey>,
}

/// Everyone who may connect, and the server's settings from the same file.
#[derive(Debug, Clone)]
pub struct Users {
    /// The users, in file order.
    pub users: Vec<Arc<User>>,
    /// How long a session may stay idle before it is closed.
    pub idle_timeout: Duration,
    /// The host name users connect to, for the commands sessions show.
    pub host: Option<String>,
}

impl Users {
    /// The user a key belongs to (keys are compared without their comments).
    pub fn by_key(&self, key: &PublicKey) -> Option<&Arc<User>> {
        self.users
            .iter()
            .find(|u| u.keys.iter().any(|k| k.key_data() == key.key_data()))
    }
}

/// Why the users file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum UsersError {
    /// The file could not be read (missing, unreadable, not a regular file).
    #[error(
        "cannot read the users file {}: {reason}; write one as README (\"Working together over SSH\") shows, or name it with --users FILE",
        path.display()
    )]
    Read {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// Something in the file is wrong.
    #[error("{file}, line {line}: {reason}")]
    Invalid {
        /// The file.
        file: String,
        /// 1-based line.
        line: usize,
        /// What is wrong, and how to put it right.
        reason: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDe {
    idle_timeout_minutes: Option<Spanned<i64>>,
    host: Option<Spanned<String>>,
    #[serde(default)]
    user: Vec<UserDe>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UserDe {
    name: Spanned<String>,
    role: Role,
    lang: Option<Lang>,
    keymap: Option<Spanned<String>>,
    keys: Spanned<Vec<Spanned<String>>>,
}

/// The longest idle timeout accepted: a week. More is likely a typo.
const MAX_IDLE_MINUTES: i64 = 7 * 24 * 60;

/// Reads the users file at `path`.
pub fn load(path: &Path) -> Result<Users, UsersError> {
    let text = crate::infile::read_text(path, crate::infile::CONFIG_LIMIT).map_err(|e| {
        UsersError::Read {
            path: path.to_path_buf(),
            reason: e.to_string(),
        }
    })?;
    parse(&path.display().to_string(), &text)
}

/// Reads users from `text`; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> Result<Users, UsersError> {
    let fail = |offset: usize, reason: String| UsersError::Invalid {
        file: file.to_string(),
        line: crate::keymap::diagnostic::line_of(text, offset),
        reason,
    };
    let de: FileDe = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        fail(offset, e.message().to_string())
    })?;
    let idle_timeout = match de.idle_timeout_minutes {
        None => DEFAULT_IDLE_TIMEOUT,
        Some(m) if (1..=MAX_IDLE_MINUTES).contains(m.get_ref()) => {
            Duration::from_secs(60 * m.get_ref().unsigned_abs())
        }
        Some(m) => {
            return Err(fail(
                m.span().start,
                format!(
                    "idle_timeout_minutes must be between 1 and {MAX_IDLE_MINUTES}, found {}",
                    m.get_ref()
                ),
            ));
        }
    };
    let host = match de.host {
        Some(h)
            if h.get_ref().trim().is_empty() || h.get_ref().chars().any(char::is_whitespace) =>
        {
            return Err(fail(h.span().start, "host must be one host name".into()));
        }
        h => h.map(Spanned::into_inner),
    };
    let mut users: Vec<Arc<User>> = Vec::new();
    for u in de.user {
        let name = u.name.get_ref().trim().to_string();
        if name.is_empty() || name.chars().any(char::is_control) {
            return Err(fail(u.name.span().start, "a user needs a name".into()));
        }
        if users.iter().any(|other| other.name == name) {
            return Err(fail(
                u.name.span().start,
                format!(
                    "\"{name}\" is listed twice: give each person one [[user]] with all their keys"
                ),
            ));
        }
        let keymap = match u.keymap {
            None => "default".to_string(),
            Some(k) if crate::keymap::Keymap::builtin(k.get_ref()).is_some() => k.into_inner(),
            Some(k) => {
                return Err(fail(
                    k.span().start,
                    format!(
                        "unknown keymap \"{}\": use \"default\" or \"vim\"",
                        k.get_ref()
                    ),
                ));
            }
        };
        if u.keys.get_ref().is_empty() {
            return Err(fail(
                u.keys.span().start,
                format!(
                    "{name} has no keys: add their public key (the line in ~/.ssh/id_ed25519.pub)"
                ),
            ));
        }
        let mut keys = Vec::new();
        for k in u.keys.get_ref() {
            let key = PublicKey::from_openssh(k.get_ref().trim()).map_err(|e| {
                fail(
                    k.span().start,
                    format!(
                        "not an OpenSSH public key ({e}): copy the whole line of the .pub file"
                    ),
                )
            })?;
            let taken = users
                .iter()
                .find(|o| o.keys.iter().any(|x| x.key_data() == key.key_data()));
            if let Some(other) = taken {
                return Err(fail(
                    k.span().start,
                    format!(
                        "this key is already {}'s: each key belongs to one person",
                        other.name
                    ),
                ));
            }
            keys.push(key);
        }
        users.push(Arc::new(User {
            name,
            role: u.role,
            lang: u.lang.unwrap_or(Lang::En),
            keymap,
            keys,
        }));
    }
    Ok(Users {
        users,
        idle_timeout,
        host,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const JANA: &str = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIP92dJjHif3BbfNHO6BvB9ountYRS7lXrgTQlV1jC7yx jana@laptop";

    fn error(text: &str) -> String {
        parse("users.toml", text).expect_err("refused").to_string()
    }

    #[test]
    fn a_user_with_a_key_role_and_keymap_is_read() {
        let text = format!(
            "idle_timeout_minutes = 30\n[[user]]\nname = \"Jana Nováková\"\nrole = \"editor\"\nlang = \"cs\"\nkeymap = \"vim\"\nkeys = [\"{JANA}\"]\n"
        );
        let users = parse("users.toml", &text).expect("parsed");
        assert_eq!(users.idle_timeout, Duration::from_secs(30 * 60));
        let jana = &users.users[0];
        assert_eq!(
            (jana.name.as_str(), jana.role, jana.lang),
            ("Jana Nováková", Role::Editor, Lang::Cs)
        );
        assert_eq!(jana.keymap, "vim");
        let mut key = PublicKey::from_openssh(JANA).expect("key");
        key.set_comment("another comment");
        assert!(users.by_key(&key).is_some(), "comments do not matter");
    }

    #[test]
    fn mistakes_are_reported_with_their_line() {
        let user =
            |extra: &str| format!("\n[[user]]\nname = \"Jana\"\nrole = \"editor\"\n{extra}\n");
        let keys = format!("keys = [\"{JANA}\"]");
        assert!(
            error(&user(&keys).replace("editor", "boss"))
                .starts_with("users.toml, line 4: unknown variant `boss`"),
            "{}",
            error(&user(&keys).replace("editor", "boss"))
        );
        assert!(
            error(&user("keys = [\"ssh-ed25519 AAAA\"]"))
                .starts_with("users.toml, line 5: not an OpenSSH public key")
        );
        assert!(error(&user("keys = []")).starts_with("users.toml, line 5: Jana has no keys"));
        assert!(
            error(&format!("{}keymap = \"emacs\"", user(&keys)))
                .starts_with("users.toml, line 6: unknown keymap")
        );
        assert!(
            error(&format!("{}colour = 1", user(&keys)))
                .starts_with("users.toml, line 6: unknown field `colour`")
        );
        let twice = format!("{}{}", user(&keys), user(&keys).replace("Jana", "Petr"));
        assert!(
            error(&twice).starts_with("users.toml, line 10: this key is already Jana's"),
            "{}",
            error(&twice)
        );
        assert!(
            error("idle_timeout_minutes = 0")
                .starts_with("users.toml, line 1: idle_timeout_minutes")
        );
        assert!(error("[[user]\n").starts_with("users.toml, line 1:"));
    }
}
