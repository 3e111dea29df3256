//! Who a person is for the history: the OS user's full name from the GECOS
//! field of their passwd entry (read with `getpwuid_r`, never by running a
//! program), falling back to their login.

/// One passwd entry, as much of it as the history needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    /// The login (`jana`).
    pub login: String,
    /// The full name from the GECOS field, if it names one.
    pub name: Option<String>,
}

/// The full name a GECOS field holds: its first comma-separated part
/// (the rest is room, phones, other), with `&` standing for the login
/// capitalised, as finger(1) reads it; None when it is empty or only
/// repeats the login.
pub fn full_name(gecos: &str, login: &str) -> Option<String> {
    let first = gecos.split(',').next().unwrap_or_default();
    let name = if first.contains('&') {
        let mut capital = login.chars();
        let login = match capital.next() {
            Some(c) => c.to_uppercase().chain(capital).collect::<String>(),
            None => String::new(),
        };
        first.replace('&', &login)
    } else {
        first.to_string()
    };
    let name = name.trim();
    let control = name.chars().any(char::is_control);
    (!name.is_empty() && name != login && !control).then(|| name.to_string())
}

/// One line of `/etc/passwd` (`login:x:uid:gid:GECOS:home:shell`) read as
/// an [`Account`], as `getpwuid_r` would give it; None when it is not such
/// a line. The tests read sample lines through it.
#[cfg(test)]
fn parse_line(line: &str) -> Option<Account> {
    let parts: Vec<&str> = line.trim_end_matches(['\n', '\r']).split(':').collect();
    if parts.len() != 7 || parts[0].is_empty() {
        return None;
    }
    parts[2].parse::<u32>().ok()?;
    Some(Account {
        login: parts[0].to_string(),
        name: full_name(parts[4], parts[0]),
    })
}

/// The account of the user running this process, if the system knows it.
#[cfg(unix)]
pub fn own_account() -> Option<Account> {
    // SAFETY: getuid has no preconditions and cannot fail.
    let uid = unsafe { libc::getuid() };
    let mut entry: libc::passwd = unsafe { std::mem::zeroed() };
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let mut buffer = vec![0u8; 1024];
    loop {
        // SAFETY: every pointer is valid for the call: `entry` and `result`
        // are ours, and `buffer` is as long as the length given.
        let status = unsafe {
            libc::getpwuid_r(
                uid,
                &mut entry,
                buffer.as_mut_ptr().cast(),
                buffer.len(),
                &mut result,
            )
        };
        if status == libc::ERANGE && buffer.len() < 1 << 20 {
            buffer.resize(buffer.len() * 4, 0);
            continue;
        }
        if status != 0 || result.is_null() {
            return None;
        }
        break;
    }
    let text = |ptr: *const libc::c_char| -> String {
        if ptr.is_null() {
            return String::new();
        }
        // SAFETY: getpwuid_r succeeded, so its strings point into `buffer`
        // and end with a NUL.
        unsafe { std::ffi::CStr::from_ptr(ptr) }
            .to_string_lossy()
            .into_owned()
    };
    let login = text(entry.pw_name);
    let gecos = text(entry.pw_gecos);
    (!login.is_empty()).then(|| Account {
        name: full_name(&gecos, &login),
        login,
    })
}

/// No passwd entries here.
#[cfg(not(unix))]
pub fn own_account() -> Option<Account> {
    None
}

/// The name the history records for `login`: the full name of this
/// process's user when `login` is that user, otherwise `login` as it is
/// (the environment may name another user, as under `sudo -E`).
pub fn name_of(login: &str, own: Option<&Account>) -> String {
    match own {
        Some(account) if account.login == login => {
            account.name.clone().unwrap_or_else(|| login.to_string())
        }
        _ => login.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passwd_line_gives_the_login_and_the_full_name() {
        let jana = parse_line("jana:x:1000:1000:Jana Nováková,,,:/home/jana:/bin/bash\n");
        assert_eq!(
            jana,
            Some(Account {
                login: "jana".into(),
                name: Some("Jana Nováková".into()),
            })
        );
        let room = parse_line("petr:x:1001:1001:Petr Svoboda,Room 12,+420 123,:/home/petr:/bin/sh");
        assert_eq!(room.and_then(|a| a.name).as_deref(), Some("Petr Svoboda"));
    }

    #[test]
    fn an_empty_or_repeated_gecos_gives_no_name() {
        let none = parse_line("spojka:x:998:998::/srv/spojka:/usr/sbin/nologin");
        assert_eq!(
            none.map(|a| (a.login, a.name)),
            Some(("spojka".into(), None))
        );
        let root = parse_line("root:x:0:0:root:/root:/bin/bash");
        assert_eq!(root.and_then(|a| a.name), None);
        assert_eq!(full_name(" , ,", "x"), None);
        assert_eq!(full_name("Bad\u{1b}[31m", "x"), None);
    }

    #[test]
    fn an_ampersand_stands_for_the_login_capitalised() {
        assert_eq!(full_name("& Novák", "jan").as_deref(), Some("Jan Novák"));
    }

    #[test]
    fn lines_that_are_not_passwd_entries_are_refused() {
        assert_eq!(parse_line("# comment"), None);
        assert_eq!(parse_line("jana:x:notanumber:1:J:/h:/s"), None);
        assert_eq!(parse_line(":x:1:1:J:/h:/s"), None);
    }

    #[test]
    fn the_name_is_the_full_name_only_for_this_process_user() {
        let own = Account {
            login: "jana".into(),
            name: Some("Jana Nováková".into()),
        };
        assert_eq!(name_of("jana", Some(&own)), "Jana Nováková");
        assert_eq!(name_of("petr", Some(&own)), "petr");
        assert_eq!(name_of("jana", None), "jana");
        let nameless = Account {
            login: "jana".into(),
            name: None,
        };
        assert_eq!(name_of("jana", Some(&nameless)), "jana");
    }

    #[test]
    fn the_own_account_is_read_without_failing() {
        // Best effort: a container may have no entry; when there is one it
        // has a login.
        if let Some(account) = own_account() {
            assert!(!account.login.is_empty());
        }
    }
}
