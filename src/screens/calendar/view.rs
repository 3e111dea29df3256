//! The meeting calendar as drawn: agenda, week and month.

use super::{Calendar, CalendarFilter, CalendarView, Entry, entries, open_actions};
use crate::catalog::{self, calendar as words, holidays as holiday_words};
use crate::domain::holidays::{self, Holiday};
use crate::domain::{Kind, MeetingStatus, Record};
use crate::model::Data;
use crate::screens::kit::text::{fit, width};
use crate::screens::kit::theme::Theme;
use chrono::{Datelike, Days, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
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
        let shown = entries(self.data, from, to, self.calendar.filter);
        let block = Block::bordered()
            .border_style(self.theme.border())
            .title(title(self.data, self.calendar));
        let inner = block.inner(area);
        block.render(area, buf);
        match self.calendar.view {
            CalendarView::Agenda => agenda(&self, inner, buf, &shown),
            CalendarView::Week => week(&self, inner, buf, &shown),
            CalendarView::Month => month(&self, inner, buf, &shown),
        }
    }
}

fn title(data: &Data, calendar: &Calendar) -> String {
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

/// "10:00–11:30 Title · Facility [cancelled]".
fn entry_text(data: &Data, entry: &Entry, with_end: bool) -> (String, bool) {
    let Some(Record::Meeting(m)) = data.get(Kind::Meeting, entry.id) else {
        return (String::new(), false);
    };
    let o = entry.occurrence;
    let repeating = m.recurrence.is_some();
    // An occurrence with details of its own reads as itself.
    let m = &*crate::domain::occurrences::as_shown(m, &o);
    let time = if with_end {
        format!("{}–{}", o.start.format("%H:%M"), o.end.format("%H:%M"))
    } else {
        o.start.format("%H:%M").to_string()
    };
    let cancelled = m.status == MeetingStatus::Cancelled;
    // Where there is no room for the word, a cross still says it (not colour alone).
    let cross = if cancelled && !with_end { "✗" } else { "" };
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
    (text, cancelled)
}

fn agenda(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Entry]) {
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
        let date = entry.occurrence.start.date();
        if day != Some(date) {
            while let Some((day_off, _)) = holidays_left.next_if(|(d, _)| *d <= date) {
                if day_off < date {
                    lines.push(day_line(day_off));
                }
            }
            lines.push(day_line(date));
            day = Some(date);
        }
        let (text, cancelled) = entry_text(widget.data, entry, true);
        let mut style = if cancelled {
            widget.theme.archived()
        } else {
            Default::default()
        };
        if i == widget.calendar.selected {
            style = widget.theme.selected();
        }
        lines.push((
            Line::from(Span::styled(fit(&format!("  {text}"), w), style)),
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

fn week(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Entry]) {
    if area.width / 7 < WEEK_COLUMN_MIN {
        week_list(widget, area, buf, shown);
    } else {
        week_columns(widget, area, buf, shown);
    }
}

/// The week as a list: each day's heading, its meetings under it as the
/// agenda writes them, the selected day's heading highlighted and in view.
fn week_list(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Entry]) {
    let w = usize::from(area.width);
    let (monday, _) = widget.calendar.range();
    // Each line with the day it belongs to.
    let mut lines: Vec<(Line, NaiveDate)> = Vec::new();
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
        for entry in shown.iter().filter(|e| e.occurrence.start.date() == day) {
            let (text, cancelled) = entry_text(widget.data, entry, true);
            let style = if cancelled {
                widget.theme.archived()
            } else {
                Default::default()
            };
            lines.push((
                Line::from(Span::styled(fit(&format!("  {text}"), w), style)),
                day,
            ));
        }
    }
    // From the top while the selected day fits; else so it ends at the
    // bottom, or starts at the top when it is longer than the area.
    let rows = usize::from(area.height).max(1);
    let first = lines
        .iter()
        .position(|(_, d)| *d == widget.calendar.day)
        .unwrap_or(0);
    let last = lines
        .iter()
        .rposition(|(_, d)| *d == widget.calendar.day)
        .unwrap_or(0);
    let skip = (last + 1).saturating_sub(rows).min(first);
    let visible: Vec<Line> = lines
        .into_iter()
        .skip(skip)
        .take(rows)
        .map(|(l, _)| l)
        .collect();
    Paragraph::new(visible).render(area, buf);
}

/// The week as seven columns, Monday to Sunday, each meeting's time and as
/// much of its title as the column holds.
fn week_columns(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Entry]) {
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
        let todays: Vec<&Entry> = shown
            .iter()
            .filter(|e| e.occurrence.start.date() == day)
            .collect();
        let room = usize::from(col.height).saturating_sub(lines.len());
        for (n, entry) in todays.iter().enumerate() {
            if n + 1 == room && todays.len() > room {
                lines.push(Line::from(fit(&words::more(todays.len() - n), w)));
                break;
            }
            let (text, cancelled) = entry_text(widget.data, entry, false);
            let style = if cancelled {
                widget.theme.archived()
            } else {
                Default::default()
            };
            lines.push(Line::from(Span::styled(fit(&text, w), style)));
        }
        Paragraph::new(lines).render(col, buf);
    }
}

fn month(widget: &CalendarWidget, area: Rect, buf: &mut Buffer, shown: &[Entry]) {
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
            let in_month = day.month() == widget.calendar.day.month();
            let todays: Vec<&Entry> = shown
                .iter()
                .filter(|e| e.occurrence.start.date() == day)
                .collect();
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
                lines.push(Line::from(fit(&words::count(todays.len()), w)));
            } else if room > 0 && !todays.is_empty() {
                let fits = if todays.len() > room {
                    room - 1
                } else {
                    todays.len()
                };
                for entry in &todays[..fits] {
                    let (text, cancelled) = entry_text(widget.data, entry, false);
                    let style = if cancelled {
                        widget.theme.archived()
                    } else {
                        Default::default()
                    };
                    lines.push(Line::from(Span::styled(fit(&text, w), style)));
                }
                if fits < todays.len() {
                    lines.push(Line::from(fit(&words::more(todays.len() - fits), w)));
                }
            } else if !todays.is_empty() {
                let count = format!(" ({})", todays.len());
                if width(&count) < w {
                    lines[0].spans.push(Span::raw(count));
                }
            }
            Paragraph::new(lines).render(cell, buf);
        }
    }
}
