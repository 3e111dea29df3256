//! The meeting calendar as drawn: agenda, week and month.

use super::{Calendar, CalendarFilter, CalendarView, Entry, open_actions, window};
use crate::catalog::{self, calendar as words, holidays as holiday_words, phrase};
use crate::domain::holidays::{self, Holiday};
use crate::domain::{Kind, MeetingStatus, Record};
use crate::model::Data;
use crate::screens::kit::text::{fit, width};
use crate::screens::kit::theme::Theme;
use chrono::{Datelike, Days, NaiveDate, Timelike};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

/// The calendar as drawn.
#[derive(Debug, Clone, Copy)]
pub struct CalendarWidget<'a> {
    /// What it shows.
    pub calendar: &'a Calendar,
    /// The meetings, and the names of what they refer to.
    pub data: &'a Data,
    /// Today, marked in every view.
    pub today: NaiveDate,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for CalendarWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (from, to) = self.calendar.range();
        // Worked out for the days shown only, once per version of the data.
        let window = window(self.data, from, to, self.calendar.filter);
        let shown: Vec<Shown> = window
            .entries
            .iter()
            .zip(window.clashes.iter().copied())
            .map(|(entry, clash)| Shown { entry, clash })
            .collect();
        let legend = self.calendar.view != CalendarView::Agenda && shown.iter().any(|s| s.clash);
        let block = Block::bordered()
            .border_style(self.theme.border())
            .title(title(self.data, self.calendar, legend));
        let inner = block.inner(area);
        block.render(area, buf);
        match self.calendar.view {
            CalendarView::Agenda => agenda(&self, inner, buf, &shown),
            CalendarView::Week => week(&self, inner, buf, &shown),
            CalendarView::Month => month(&self, inner, buf, &shown),
        }
    }
}

/// An occurrence shown, and whether it clashes with another meeting.
#[derive(Debug, Clone, Copy)]
struct Shown<'a> {
    entry: &'a Entry,
    clash: bool,
}

impl Shown<'_> {
    fn date(&self) -> NaiveDate {
        self.entry.occurrence.start.date()
    }
}

/// How much of a meeting a line has room for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Room {
    /// "10:00–11:30 ↻ Title · Facility [cancelled] [clash]".
    Whole,
    /// "10:00 Title", marks as signs.
    Time,
    /// "10 Title", "9:30 Title": a month cell at 80x24.
    Hour,
}

fn title(data: &Data, calendar: &Calendar, legend: bool) -> String {
    let view = match calendar.view {
        CalendarView::Agenda => words::agenda(),
        CalendarView::Week => words::week(),
        CalendarView::Month => words::month(),
    };
    let mut text = format!(" {view} · {} ", heading(calendar.day));
    let who = match calendar.filter {
        CalendarFilter::Everyone => None,
        CalendarFilter::Person(id) => Some(data.name(Kind::Person, id)),
        CalendarFilter::Facility(id) => Some(data.name(Kind::Facility, id)),
        CalendarFilter::Organisation(id) => Some(data.name(Kind::Organisation, id)),
        CalendarFilter::Region(r) => Some(r.name_cs().to_string()),
    };
    if let Some(who) = who {
        text.push_str(&format!("· {} ", words::only(&who)));
    }
    if legend {
        text.push_str(&format!("· {} ", words::clash_legend()));
    }
    fit(&text, 76)
}

/// A day written out, with the public holiday it is.
fn heading(day: NaiveDate) -> String {
    let written = catalog::day_heading(day);
    match holidays::on(day) {
        Some(holiday) => holiday_words::marked(&written, holiday),
        None => written,
    }
}

/// The public holidays from `from` up to `to`, in date order.
fn holidays_between(from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, Holiday)> {
    from.iter_days()
        .take_while(|day| *day < to)
        .filter_map(|day| holidays::on(day).map(|h| (day, h)))
        .collect()
}

/// "10:00–11:30 Title · Facility [cancelled]", and its style: cancelled
/// meetings dimmed, clashing ones as errors (with a word or a sign too).
fn entry_text(data: &Data, shown: &Shown, room: Room, theme: &Theme) -> (String, Style) {
    let (entry, clash) = (shown.entry, shown.clash);
    let Some(Record::Meeting(m)) = data.get(Kind::Meeting, entry.id) else {
        return (String::new(), Style::default());
    };
    let with_end = room == Room::Whole;
    let o = entry.occurrence;
    let repeating = m.recurrence.is_some();
    // An occurrence with details of its own reads as itself.
    let m = &*crate::domain::occurrences::as_shown(m, &o);
    let time = match room {
        Room::Whole => format!("{}–{}", o.start.format("%H:%M"), o.end.format("%H:%M")),
        Room::Time => o.start.format("%H:%M").to_string(),
        Room::Hour if o.start.minute() == 0 => o.start.hour().to_string(),
        Room::Hour => format!("{}:{:02}", o.start.hour(), o.start.minute()),
    };
    let cancelled = m.status == MeetingStatus::Cancelled;
    // Where there is no room for the word, a cross still says it (not colour
    // alone); so does a sign for a clash.
    let cross = match (with_end, cancelled, clash) {
        (true, ..) => "",
        (false, true, _) => "✗",
        (false, false, true) => words::CLASH_MARK,
        (false, false, false) => "",
    };
    // A series is marked where a line has room for it (not colour alone).
    let repeats = if with_end && repeating {
        format!("{} ", crate::screens::kit::cells::REPEATS_MARK)
    } else {
        String::new()
    };
    let mut text = format!("{cross}{time} {repeats}{}", m.title);
    if with_end && let Some(f) = m.facility {
        text.push_str(&format!(" · {}", data.name(Kind::Facility, f)));
    }
    if cancelled && with_end {
        text.push_str(&format!(" {}", words::cancelled()));
    }
    if o.moved {
        text.push_str(&format!(" {}", words::moved()));
    }
    if with_end && m.status == MeetingStatus::Held {
        text.push_str(&format!(" {}", words::held()));
    }
    if clash && with_end {
        text.push_str(&format!(" {}", words::clash()));
    }
    let style = if cancelled {
        theme.archived()
    } else if clash {
        theme.error()
    } else {
        Style::default()
    };
    (text, style)
}

/// A meeting's line under its day's heading, indented; a clash's sign in
/// the indent, so it shows however much of a long line is cut.
fn indented(shown: &Shown, text: &str) -> String {
    let indent = if shown.clash {
        format!("{:<2}", words::CLASH_MARK)
    } else {
        "  ".to_string()
    };
    format!("{indent}{text}")
}

fn agenda(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Shown]) {
    let w = usize::from(area.width);
    let mut lines: Vec<(Line, Option<usize>)> = Vec::new();
    if let CalendarFilter::Person(person) = widget.calendar.filter {
        let todo = open_actions(widget.data, person);
        if !todo.is_empty() {
            lines.push((
                Line::from(Span::styled(words::to_do(), widget.theme.header())),
                None,
            ));
        }
        for id in todo {
            let Some(Record::ActionItem(item)) = widget.data.get(Kind::ActionItem, id) else {
                continue;
            };
            let overdue = item.due.is_some_and(|d| d < widget.today);
            let due = item
                .due
                .map(|d| format!(" · {} {d}", words::due()))
                .unwrap_or_default();
            let flag = if overdue {
                format!(" {}", words::overdue())
            } else {
                String::new()
            };
            let style = if overdue {
                widget.theme.error()
            } else {
                Default::default()
            };
            lines.push((
                Line::from(Span::styled(
                    fit(&format!("  ☐ {}{due}{flag}", item.what), w),
                    style,
                )),
                None,
            ));
        }
    }
    let day_line = |date: NaiveDate| {
        let text = day_line_text(widget, date);
        let style = if holidays::on(date).is_some() {
            widget.theme.holiday()
        } else {
            widget.theme.header()
        };
        (Line::from(Span::styled(fit(&text, w), style)), None)
    };
    // Holidays get their heading even without meetings, so the days off
    // ahead are seen when planning.
    let (from, to) = widget.calendar.range();
    let mut holidays_left = holidays_between(from, to).into_iter().peekable();
    let mut day = None;
    for (i, entry) in shown.iter().enumerate() {
        let date = entry.date();
        if day != Some(date) {
            while let Some((day_off, _)) = holidays_left.next_if(|(d, _)| *d <= date) {
                if day_off < date {
                    lines.push(day_line(day_off));
                }
            }
            lines.push(day_line(date));
            day = Some(date);
        }
        let (text, mut style) = entry_text(widget.data, entry, Room::Whole, widget.theme);
        if i == widget.calendar.selected {
            style = widget.theme.selected();
        }
        lines.push((
            Line::from(Span::styled(fit(&indented(entry, &text), w), style)),
            Some(i),
        ));
    }
    lines.extend(holidays_left.map(|(day_off, _)| day_line(day_off)));
    if shown.is_empty() {
        lines.push((Line::from(words::no_meetings()), None));
    }
    // Scroll so the selected meeting is on screen.
    let rows = usize::from(area.height).max(1);
    let at = lines
        .iter()
        .position(|(_, i)| *i == Some(widget.calendar.selected))
        .unwrap_or(0);
    let skip = (at + 1).saturating_sub(rows);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(skip)
        .take(rows)
        .map(|(l, _)| l)
        .collect();
    Paragraph::new(visible).render(area, buf);
}

/// Column `i` of `n` equal columns across `area` (the last takes the rest).
fn column(area: Rect, i: u16, n: u16) -> Rect {
    let w = area.width / n;
    let x = area.x + i * w;
    let width = if i + 1 == n { area.width - i * w } else { w };
    Rect { x, width, ..area }
}

fn day_style(
    today: NaiveDate,
    calendar: &Calendar,
    day: NaiveDate,
    theme: &Theme,
) -> ratatui::style::Style {
    let mut style = if holidays::on(day).is_some() {
        theme.holiday()
    } else {
        theme.header()
    };
    if day == calendar.day {
        style = theme.selected();
    }
    if day == today {
        style = style.add_modifier(Modifier::UNDERLINED);
    }
    style
}

/// The narrowest week column that shows meetings side by side: the time and
/// some 17 characters of a title ("15:00 Koordinace Mírov"). Narrower, the
/// week reads as a list of its days.
pub const WEEK_COLUMN_MIN: u16 = 24;

/// The day's heading as the agenda and the listed week write it: the date
/// written out, its holiday, "(today)".
fn day_line_text(widget: &CalendarWidget, date: NaiveDate) -> String {
    let mut text = heading(date);
    if date == widget.today {
        text.push_str(&format!(" ({})", words::today()));
    }
    text
}

fn week(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Shown]) {
    if area.width / 7 < WEEK_COLUMN_MIN {
        week_list(widget, area, buf, shown);
    } else {
        week_columns(widget, area, buf, shown);
    }
}

/// What a day of the week lists under its heading: its meetings, and on the
/// selected day the selected hour among them, where its time falls.
#[derive(Debug, Clone, Copy)]
enum Slot<'a> {
    /// A meeting's occurrence.
    Meeting(&'a Shown<'a>),
    /// The selected hour: where `n` plans a meeting.
    Hour,
}

/// The lines under `day`'s heading in the week, in time order.
fn day_slots<'a>(widget: &CalendarWidget, day: NaiveDate, shown: &'a [Shown<'a>]) -> Vec<Slot<'a>> {
    let mut slots: Vec<Slot> = shown
        .iter()
        .filter(|s| s.date() == day)
        .map(Slot::Meeting)
        .collect();
    if day == widget.calendar.day {
        let at = widget.calendar.selected_start();
        let before = slots
            .iter()
            .position(|s| matches!(s, Slot::Meeting(m) if m.entry.occurrence.start >= at))
            .unwrap_or(slots.len());
        slots.insert(before, Slot::Hour);
    }
    slots
}

/// The selected hour's line: a marker and the time, reversed across the
/// line (the marker says it without colour).
fn hour_line<'a>(widget: &CalendarWidget, w: usize) -> Line<'a> {
    let time = widget.calendar.selected_start().format("%H:%M");
    let text = fit(&format!("{}{time}", crate::catalog::dashboard::MARKER), w);
    let pad = " ".repeat(w.saturating_sub(width(&text)));
    Line::from(Span::styled(
        format!("{text}{pad}"),
        widget.theme.selected(),
    ))
}

/// The week as a list: each day's heading, its meetings under it as the
/// agenda writes them and the selected hour among the selected day's, the
/// selected day's heading highlighted and in view; "more below" on the
/// border when the week goes on under it.
fn week_list(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Shown]) {
    let w = usize::from(area.width);
    let (monday, _) = widget.calendar.range();
    // Each line with the day it belongs to; where the selected hour is.
    let mut lines: Vec<(Line, NaiveDate)> = Vec::new();
    let mut hour_at = 0;
    for day in monday.iter_days().take(7) {
        let mut style = if holidays::on(day).is_some() {
            widget.theme.holiday()
        } else {
            widget.theme.header()
        };
        if day == widget.calendar.day {
            style = widget.theme.selected();
        }
        lines.push((
            Line::from(Span::styled(fit(&day_line_text(widget, day), w), style)),
            day,
        ));
        for slot in day_slots(widget, day, shown) {
            let line = match slot {
                Slot::Meeting(m) => {
                    let (text, style) = entry_text(widget.data, m, Room::Whole, widget.theme);
                    Line::from(Span::styled(fit(&indented(m, &text), w), style))
                }
                Slot::Hour => {
                    hour_at = lines.len();
                    hour_line(widget, w)
                }
            };
            lines.push((line, day));
        }
    }
    // From the top while the selected day fits; else so it ends at the
    // bottom, or starts at the top when it is longer than the area; the
    // selected hour always in view.
    let rows = usize::from(area.height).max(1);
    let first = lines
        .iter()
        .position(|(_, d)| *d == widget.calendar.day)
        .unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|(_, d)| *d == widget.calendar.day)
        .unwrap_or(0);
    let mut skip = (last + 1).saturating_sub(rows).min(first);
    if hour_at >= skip + rows {
        skip = hour_at + 1 - rows;
    }
    let below = lines.len() > skip + rows;
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(skip)
        .take(rows)
        .map(|(l, _)| l)
        .collect();
    Paragraph::new(visible).render(area, buf);
    if below {
        more_below(area, buf, widget.theme);
    }
}

/// A mark on the bottom border under `area` that the list goes on below
/// (not colour alone), as the detail has.
fn more_below(area: Rect, buf: &mut Buffer, theme: &Theme) {
    let mark = format!(" {} ", phrase::more_below());
    let wide = width(&mark) as u16;
    if area.width < wide + 2 {
        return;
    }
    let at = Rect::new(area.right() - wide - 1, area.bottom(), wide, 1);
    if at.bottom() <= buf.area.bottom() {
        Paragraph::new(Span::styled(mark, theme.header())).render(at, buf);
    }
}

/// The week as seven columns, Monday to Sunday, each meeting's time and as
/// much of its title as the column holds; the selected day's column has the
/// selected hour among its meetings, kept in view.
fn week_columns(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Shown]) {
    let (monday, _) = widget.calendar.range();
    for i in 0..7u16 {
        let day = monday + Days::new(u64::from(i));
        let col = column(area, i, 7);
        let w = usize::from(col.width.saturating_sub(1)).max(1);
        let holiday = holidays::on(day);
        // The sign stands for the date's last dot, so the heading fits.
        let mark = match (day == widget.today, holiday) {
            (true, _) => "*",
            (false, Some(_)) => holiday_words::MARK,
            (false, None) => ".",
        };
        let heading = format!(
            "{} {}.{}{mark}",
            catalog::weekday_short_of(i as usize),
            day.day(),
            day.month()
        );
        let mut lines = vec![Line::from(Span::styled(
            fit(&heading, w),
            day_style(widget.today, widget.calendar, day, widget.theme),
        ))];
        if let Some(holiday) = holiday {
            lines.push(Line::from(Span::styled(
                fit(holiday_words::name(holiday), w),
                widget.theme.holiday(),
            )));
        }
        let slots = day_slots(widget, day, shown);
        let room = usize::from(col.height).saturating_sub(lines.len());
        let hour_at = slots.iter().position(|s| matches!(s, Slot::Hour));
        let (from, to) = column_window(slots.len(), hour_at, room);
        if from > 0 {
            lines.push(Line::from(fit(&words::more(from), w)));
        }
        for slot in &slots[from..to] {
            lines.push(match slot {
                Slot::Meeting(m) => {
                    let (text, style) = entry_text(widget.data, m, Room::Time, widget.theme);
                    Line::from(Span::styled(fit(&text, w), style))
                }
                Slot::Hour => hour_line(widget, w),
            });
        }
        if to < slots.len() {
            let hidden = slots.len() - to - usize::from(hour_at.is_some_and(|h| h >= to));
            lines.push(Line::from(fit(&words::more(hidden), w)));
        }
        Paragraph::new(lines).render(col, buf);
    }
}

/// Which of a column's `len` lines fit in `room`, `[from, to)`, with
/// `focus` among them: all when they fit; else from the top with a line
/// left for "+N more" under them, or, when `focus` would be below, a line
/// for it above too.
fn column_window(len: usize, focus: Option<usize>, room: usize) -> (usize, usize) {
    if len <= room {
        return (0, len);
    }
    let from_top = room.saturating_sub(1);
    match focus {
        Some(at) if at >= from_top => {
            let fits = room.saturating_sub(2).max(1);
            let from = at + 1 - fits.min(at + 1);
            let to = (from + fits).min(len);
            // At the end, the line for "more" below is not needed.
            if to == len {
                let fits = room.saturating_sub(1).max(1);
                return (len - fits.min(len), len);
            }
            (from, to)
        }
        _ => (0, from_top),
    }
}

fn month(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Shown]) {
    let (start, _) = widget.calendar.range();
    let header = Rect { height: 1, ..area };
    for i in 0..7u16 {
        let col = column(header, i, 7);
        let text = fit(
            catalog::weekday_short_of(i as usize),
            usize::from(col.width),
        );
        Paragraph::new(Span::styled(text, widget.theme.label())).render(col, buf);
    }
    let grid = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(1),
        ..area
    };
    let row_height = (grid.height / 6).max(1);
    for week in 0..6u16 {
        for i in 0..7u16 {
            let day = start + Days::new(u64::from(week * 7 + i));
            let cell = column(
                Rect {
                    y: grid.y + week * row_height,
                    height: row_height,
                    ..grid
                },
                i,
                7,
            );
            if cell.bottom() > grid.bottom() {
                continue;
            }
            let w = usize::from(cell.width.saturating_sub(1)).max(1);
            // A narrow cell writes times short ("9", "14:30"), so more of
            // each title shows.
            let room_of_line = if w < 14 { Room::Hour } else { Room::Time };
            let in_month = day.month() == widget.calendar.day.month();
            let todays: Vec<&Shown> = shown.iter().filter(|s| s.date() == day).collect();
            let clash = if todays.iter().any(|s| s.clash) {
                words::CLASH_MARK
            } else {
                ""
            };
            let mut style = day_style(widget.today, widget.calendar, day, widget.theme);
            if !in_month && day != widget.calendar.day {
                style = widget.theme.archived();
            }
            let mut mark = if day == widget.today { "*" } else { "" }.to_string();
            if holidays::on(day).is_some() {
                mark.push_str(holiday_words::MARK);
            }
            let mut lines = vec![Line::from(Span::styled(
                fit(&format!("{}{mark}", day.day()), w),
                style,
            ))];
            // As many meetings as the cell holds under the day's number,
            // the last line saying how many more when they do not all fit.
            let room = usize::from(row_height) - 1;
            if room == 1 && todays.len() > 1 {
                let count = format!("{clash}{}", words::count(todays.len()));
                lines.push(Line::from(fit(&count, w)));
            } else if room > 0 && !todays.is_empty() {
                let fits = if todays.len() > room {
                    room - 1
                } else {
                    todays.len()
                };
                for entry in &todays[..fits] {
                    let (text, style) = entry_text(widget.data, entry, room_of_line, widget.theme);
                    lines.push(Line::from(Span::styled(fit(&text, w), style)));
                }
                if fits < todays.len() {
                    // A clash among those not shown still shows.
                    let hidden = if todays[fits..].iter().any(|s| s.clash) {
                        words::CLASH_MARK
                    } else {
                        ""
                    };
                    let more = format!("{hidden}{}", words::more(todays.len() - fits));
                    lines.push(Line::from(fit(&more, w)));
                }
            } else if !todays.is_empty() {
                let count = format!(" ({clash}{})", todays.len());
                if width(&count) < w {
                    lines[0].spans.push(Span::raw(count));
                }
            }
            Paragraph::new(lines).render(cell, buf);
        }
    }
}
