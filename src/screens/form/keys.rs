//! Keys in a form: move between fields, type, step through a choice, clear
//! a field; cancel asks first when something was changed. Long text takes
//! Enter as a new line and up and down as moves between its rows. Opening a picker
//! for a field and saving need the records and the rules of a save, so the
//! form hands them to the app.

use super::Form;
use crate::domain::{FieldKind, FieldValue};
use crate::screens::kit::{Asks, Notice};
use crate::screens::kit::{Confirm, Ctx, LIST_CHROME, Moving, Open, Outcome, Question, Screen};
use crate::vocab::{Action, Mode};

impl Screen for Form {
    fn mode(&self) -> Mode {
        Mode::Form
    }

    fn cursor(&mut self, ctx: &Ctx) -> Option<Moving<'_>> {
        // In long text, up and down move between its rows first.
        if self.in_long_text() {
            return None;
        }
        Some(Moving {
            len: self.kind.fields().len(),
            at: &mut self.focus,
            page: ctx.lines(LIST_CHROME),
        })
    }

    fn moved(&mut self, ctx: &Ctx) {
        // The text cursor goes to the end of the field moved to.
        self.size = (ctx.width, ctx.height);
        self.focus_field(self.focus);
    }

    fn on_quit(&mut self) -> Outcome {
        // Quitting here would drop a form's unsaved work unasked.
        Outcome::Done
    }

    fn on_back(&mut self, _ctx: &Ctx) -> Outcome {
        if self.is_dirty() {
            Outcome::Open(Open::Confirm(Confirm {
                question: Question::Discard,
                asks: Asks::Discard,
            }))
        } else {
            Outcome::Close
        }
    }

    fn on_action(&mut self, action: Action, ctx: &Ctx) -> Outcome {
        let Some(def) = self.focused() else {
            return Outcome::Done;
        };
        let last = self.kind.fields().len() - 1;
        self.size = (ctx.width, ctx.height);
        match (action, def.kind) {
            // Up and down move between the rows of long text; from its
            // first row up goes to the field before, from its last down to
            // the field after.
            (Action::MoveUp, FieldKind::LongText) => {
                if !self.move_row(true) {
                    self.focus_field(self.focus.saturating_sub(1));
                }
            }
            (Action::MoveDown, FieldKind::LongText) => {
                if !self.move_row(false) {
                    self.focus_field((self.focus + 1).min(last));
                }
            }
            // Enter makes a new line in long text.
            (Action::PickerOpen, FieldKind::LongText) => {
                self.edit_text(None, Some("\n"));
            }
            (Action::FieldNext, _) => self.focus_field((self.focus + 1).min(last)),
            (Action::FieldPrev, _) => self.focus_field(self.focus.saturating_sub(1)),
            (
                Action::ChoiceNext | Action::ChoicePrev | Action::CursorRight | Action::CursorLeft,
                FieldKind::Choice(set),
            ) => {
                let forward = matches!(action, Action::ChoiceNext | Action::CursorRight);
                let current = match self.value(def.id) {
                    Some(FieldValue::Choice(c)) => *c,
                    _ => None,
                };
                let options = self.choices(def.id, set);
                let len = options.len().max(1);
                let at = current.and_then(|c| options.iter().position(|o| *o == c));
                let next = match (at, forward) {
                    (None, true) => 0,
                    (None, false) => len - 1,
                    (Some(i), true) => (i + 1) % len,
                    (Some(i), false) => (i + len - 1) % len,
                };
                if let Some(next) = options.get(next) {
                    self.set(def.id, FieldValue::Choice(Some(*next)));
                }
            }
            // A rule is typed, but the usual ones are offered to pick.
            (Action::PickerOpen, FieldKind::Rule) => return Outcome::ToApp(action),
            (Action::PickerOpen, kind) if kind.is_typed() => {
                self.focus_field((self.focus + 1).min(last));
            }
            (Action::PickerOpen, _) => return Outcome::ToApp(action),
            (Action::FieldClear, _) => {
                self.set(def.id, def.empty_value());
                self.cursor = 0;
            }
            (Action::RecordSave, _) if self.saving => {}
            (Action::RecordSave, _) => return Outcome::ToApp(action),
            (Action::FormCancel, _) => return self.on_back(ctx),
            _ => {
                self.edit_text(Some(action), None);
            }
        }
        Outcome::Done
    }

    fn on_text(&mut self, text: &str) -> Outcome {
        if self.edit_text(None, Some(text)) {
            Outcome::Done
        } else {
            Outcome::info(Notice::ChooseFromList)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Meta};
    use crate::model::Data;

    fn ctx(data: &Data) -> Ctx<'_> {
        Ctx {
            data,
            now: crate::sample::at(2026, 11, 25, 9, 0),
            width: 80,
            height: 24,
            loading: false,
            early: None,
            help_lines: 0,
        }
    }

    /// A key as the app gives it: a move of the cursor the screen offers,
    /// else the screen's own.
    fn press(form: &mut Form, action: Action, ctx: &Ctx) {
        let moved = form.cursor(ctx).is_some_and(|m| m.apply(action));
        if moved {
            form.moved(ctx);
        } else {
            assert_eq!(form.on_action(action, ctx), Outcome::Done);
        }
    }

    /// Typed or pasted text, which a typed field takes.
    fn type_in(form: &mut Form, text: &str) {
        assert_eq!(form.on_text(text), Outcome::Done);
    }

    fn meeting_form() -> Form {
        Form::new(Kind::Meeting, Meta::new(chrono::DateTime::UNIX_EPOCH))
    }

    fn text_of<'a>(form: &'a Form, id: &str) -> &'a str {
        match form.value(id) {
            Some(FieldValue::Text(text)) => text,
            other => panic!("{id}: {other:?}"),
        }
    }

    #[test]
    fn enter_makes_a_new_line_in_long_text_and_moves_on_from_one_line() {
        let data = Data::default();
        let ctx = ctx(&data);
        let mut form = meeting_form();
        type_in(&mut form, "Porada");
        press(&mut form, Action::PickerOpen, &ctx);
        assert_eq!(form.focus, 1, "Enter moves on from the title");
        assert_eq!(text_of(&form, "title"), "Porada");
        form.focus_on("agenda");
        type_in(&mut form, "1. Úvod");
        press(&mut form, Action::PickerOpen, &ctx);
        type_in(&mut form, "2. Zápis");
        assert_eq!(text_of(&form, "agenda"), "1. Úvod\n2. Zápis");
        assert_eq!(form.focused().map(|d| d.id), Some("agenda"));
    }

    #[test]
    fn up_and_down_move_through_the_lines_then_to_the_fields_around() {
        let data = Data::default();
        let ctx = ctx(&data);
        let mut form = meeting_form();
        form.focus_on("minutes");
        type_in(&mut form, "první\ndruhý\ntřetí");
        press(&mut form, Action::MoveUp, &ctx);
        press(&mut form, Action::MoveUp, &ctx);
        assert_eq!(form.focused().map(|d| d.id), Some("minutes"));
        assert_eq!(form.cursor, 5, "the end of the first line");
        press(&mut form, Action::CursorHome, &ctx);
        assert_eq!(form.cursor, 0);
        press(&mut form, Action::MoveDown, &ctx);
        press(&mut form, Action::CursorEnd, &ctx);
        assert_eq!(form.cursor, 11, "the end of the second line");
        press(&mut form, Action::MoveUp, &ctx);
        press(&mut form, Action::MoveUp, &ctx);
        assert_eq!(
            form.focused().map(|d| d.id),
            Some("agenda"),
            "up from the first line"
        );
        // The agenda is empty: one row, so down leaves it at once.
        press(&mut form, Action::MoveDown, &ctx);
        assert_eq!(form.focused().map(|d| d.id), Some("minutes"));
        assert_eq!(form.cursor, 17, "entered at the end of its text");
        press(&mut form, Action::MoveDown, &ctx);
        assert_eq!(
            form.focused().map(|d| d.id),
            Some("status"),
            "down from the last line"
        );
        // Tab leaves long text wherever its cursor is.
        form.focus_on("minutes");
        press(&mut form, Action::MoveUp, &ctx);
        press(&mut form, Action::FieldNext, &ctx);
        assert_eq!(form.focused().map(|d| d.id), Some("status"));
    }

    #[test]
    fn pasted_lines_stay_lines_only_in_long_text() {
        let mut form = meeting_form();
        type_in(&mut form, "Porada\r\nvedení");
        assert_eq!(text_of(&form, "title"), "Porada vedení");
        form.focus_on("notes");
        type_in(&mut form, "vstup\r\npřes vrátnici\x1b[31m");
        assert_eq!(text_of(&form, "notes"), "vstup\npřes vrátnici[31m");
    }

    #[test]
    fn the_box_scrolls_to_keep_the_cursor_in_sight() {
        let data = Data::default();
        let ctx = ctx(&data);
        let mut form = meeting_form();
        form.focus_on("notes");
        press(&mut form, Action::FieldClear, &ctx);
        let lines: Vec<String> = (1..=12).map(|n| format!("řádek {n}")).collect();
        type_in(&mut form, &lines.join("\n"));
        let shape = super::super::Shape::of(80, 24);
        assert_eq!(shape.limit, 5);
        assert_eq!(form.box_rows(shape), 5);
        assert_eq!(form.shown_from(shape), 7, "the last five lines");
        for _ in 0..6 {
            press(&mut form, Action::MoveUp, &ctx);
        }
        // The cursor on line 6 (row 5): the box moved as little as it could.
        assert_eq!(form.text_cursor(shape).map(|(row, _)| row), Some(5));
        assert_eq!(form.scroll, 5);
        assert_eq!(form.shown_from(shape), 5);
    }
}
