//! crossterm events into our own [`Input`], so nothing past the driver knows
//! which terminal library is in use.

use crate::keymap::{Key, KeyCode, Mods};
use crate::session::Input;
use crossterm::event::{Event, KeyCode as CKey, KeyEventKind, KeyModifiers};

/// Our input for a crossterm event, if it is one we use.
pub fn from_crossterm(event: Event) -> Option<Input> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let code = match key.code {
                CKey::Char(c) => KeyCode::Char(c),
                CKey::Enter => KeyCode::Enter,
                CKey::Esc => KeyCode::Esc,
                CKey::Tab => KeyCode::Tab,
                CKey::BackTab => KeyCode::BackTab,
                CKey::Backspace => KeyCode::Backspace,
                CKey::Delete => KeyCode::Delete,
                CKey::Up => KeyCode::Up,
                CKey::Down => KeyCode::Down,
                CKey::Left => KeyCode::Left,
                CKey::Right => KeyCode::Right,
                CKey::Home => KeyCode::Home,
                CKey::End => KeyCode::End,
                CKey::PageUp => KeyCode::PageUp,
                CKey::PageDown => KeyCode::PageDown,
                CKey::Insert => KeyCode::Insert,
                CKey::F(n) => KeyCode::F(n),
                _ => return None,
            };
            let mods = Mods {
                ctrl: key.modifiers.contains(KeyModifiers::CONTROL),
                alt: key.modifiers.contains(KeyModifiers::ALT),
                shift: key.modifiers.contains(KeyModifiers::SHIFT),
            };
            Some(Input::Key(Key::new(code, mods).normalize()))
        }
        Event::Paste(text) => Some(Input::Paste(text)),
        Event::Resize(w, h) => Some(Input::Resize(w, h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEvent;

    #[test]
    fn shifted_letters_and_backtab_normalise_like_the_keymap() {
        let shift_j = Event::Key(KeyEvent::new(CKey::Char('J'), KeyModifiers::SHIFT));
        assert_eq!(from_crossterm(shift_j), Some(Input::Key(Key::char('J'))));
        let ctrl_s = Event::Key(KeyEvent::new(CKey::Char('s'), KeyModifiers::CONTROL));
        assert_eq!(
            from_crossterm(ctrl_s),
            Some(Input::Key("C-s".parse().expect("key")))
        );
        let backtab = Event::Key(KeyEvent::new(CKey::BackTab, KeyModifiers::SHIFT));
        assert_eq!(
            from_crossterm(backtab),
            Some(Input::Key("backtab".parse().expect("key")))
        );
    }
}
