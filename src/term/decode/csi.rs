//! Which key a complete control sequence stands for: `ESC [ params final`
//! (CSI) and `ESC O final` (SS3), in the forms xterm, VTE, rxvt, tmux and the
//! Linux console send.

use crate::keymap::{Key, KeyCode, Mods};

/// Most numeric parameters looked at; keys use at most three.
const MAX_NUMBERS: usize = 3;

/// The key for `ESC O b`, if it is one.
pub(super) fn ss3_key(b: u8) -> Option<Key> {
    let none = Mods::default();
    let ctrl = Mods { ctrl: true, ..none };
    let (code, mods) = match b {
        b'A'..=b'D' | b'H' | b'F' => (letter_key(b)?, none),
        b'P'..=b'S' => (KeyCode::F(b - b'P' + 1), none),
        // The keypad's Enter in application mode.
        b'M' => (KeyCode::Enter, none),
        // rxvt: Ctrl with the arrows.
        b'a'..=b'd' => (letter_key(b.to_ascii_uppercase())?, ctrl),
        _ => return None,
    };
    Some(Key::new(code, mods))
}

/// The key for `ESC [ params b`, if it is one we know. Reports (mouse, focus,
/// cursor position, device attributes) and anything unknown give None.
pub(super) fn csi_key(params: &[u8], b: u8) -> Option<Key> {
    // `<`, `=`, `>` and `?` mark private reports, never keys.
    if params.first().is_some_and(|p| (0x3c..=0x3f).contains(p)) {
        return None;
    }
    let numbers = numbers(params)?;
    let [first, second, third] = numbers;
    let mods = modifiers(second);
    let code = match b {
        // `ESC [ A`, or `ESC [ 1 ; 5 A` with modifiers.
        b'A'..=b'D' | b'H' | b'F' | b'P'..=b'S' if first <= 1 => match b {
            b'P'..=b'S' => KeyCode::F(b - b'P' + 1),
            _ => letter_key(b)?,
        },
        b'Z' => {
            let mut mods = mods;
            mods.shift = true;
            return Some(Key::new(KeyCode::Tab, mods));
        }
        // rxvt: Shift with the arrows.
        b'a'..=b'd' if params.is_empty() => {
            let shift = Mods {
                shift: true,
                ..Mods::default()
            };
            return Some(Key::new(letter_key(b.to_ascii_uppercase())?, shift));
        }
        b'~' if first == 27 => {
            // xterm's modifyOtherKeys: `ESC [ 27 ; mods ; code ~`.
            return code_point_key(third, mods);
        }
        b'~' => tilde_key(first)?,
        // `ESC [ code ; mods u` (fixterms, kitty).
        b'u' => return code_point_key(first, mods),
        _ => return None,
    };
    Some(Key::new(code, mods))
}

/// The keys of `ESC [ n ~`.
fn tilde_key(n: u32) -> Option<KeyCode> {
    Some(match n {
        1 | 7 => KeyCode::Home,
        2 => KeyCode::Insert,
        3 => KeyCode::Delete,
        4 | 8 => KeyCode::End,
        5 => KeyCode::PageUp,
        6 => KeyCode::PageDown,
        11..=15 => KeyCode::F((n - 10) as u8),
        17..=21 => KeyCode::F((n - 11) as u8),
        23 | 24 => KeyCode::F((n - 12) as u8),
        _ => return None,
    })
}

/// The arrows, Home and End by their final letter.
fn letter_key(b: u8) -> Option<KeyCode> {
    Some(match b {
        b'A' => KeyCode::Up,
        b'B' => KeyCode::Down,
        b'C' => KeyCode::Right,
        b'D' => KeyCode::Left,
        b'H' => KeyCode::Home,
        b'F' => KeyCode::End,
        _ => return None,
    })
}

/// A key given by its Unicode code point, as the extended protocols send it.
fn code_point_key(code: u32, mods: Mods) -> Option<Key> {
    let code = match code {
        9 => KeyCode::Tab,
        13 => KeyCode::Enter,
        27 => KeyCode::Esc,
        8 | 127 => KeyCode::Backspace,
        _ => match char::from_u32(code) {
            Some(c) if !c.is_control() => KeyCode::Char(c),
            _ => return None,
        },
    };
    Some(Key::new(code, mods))
}

/// The modifier parameter: one more than a bit set of shift (1), alt (2) and
/// ctrl (4); higher bits (super, hyper, meta) are ignored as before.
fn modifiers(param: u32) -> Mods {
    let bits = param.saturating_sub(1);
    Mods {
        shift: bits & 1 != 0,
        alt: bits & 2 != 0,
        ctrl: bits & 4 != 0,
    }
}

/// The first numbers of `1;5` or `27;5;9` (0 where empty or missing); the
/// `:`-separated sub-parameters of the extended protocols are skipped. None
/// for intermediate bytes or numbers too large to be keys.
fn numbers(params: &[u8]) -> Option<[u32; MAX_NUMBERS]> {
    let mut numbers = [0u32; MAX_NUMBERS];
    for (i, part) in params.split(|&b| b == b';').enumerate() {
        let digits = part.split(|&b| b == b':').next().unwrap_or_default();
        let mut n: u32 = 0;
        for &d in digits {
            if !d.is_ascii_digit() {
                return None;
            }
            n = n.checked_mul(10)?.checked_add(u32::from(d - b'0'))?;
        }
        if let Some(slot) = numbers.get_mut(i) {
            *slot = n;
        }
    }
    Some(numbers)
}
