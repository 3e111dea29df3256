//! Colours and emphasis. Colour follows the terminal and `NO_COLOR` turns it
//! off; emphasis (bold, reverse) and text markers carry meaning either way.

use ratatui::style::{Color, Modifier, Style};

/// The styles the UI draws with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Whether colours may be used.
    pub color: bool,
}

impl Theme {
    /// A theme honouring `NO_COLOR` (any non-empty value turns colour off).
    pub fn from_env() -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Theme { color: !no_color }
    }

    fn fg(&self, color: Color) -> Style {
        if self.color {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    /// The selected row or option.
    pub fn selected(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    /// Column headers and section titles.
    pub fn header(&self) -> Style {
        self.fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    /// The active tab.
    pub fn active_tab(&self) -> Style {
        self.fg(Color::Yellow)
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
    }
    /// Archived records.
    pub fn archived(&self) -> Style {
        self.fg(Color::DarkGray).add_modifier(Modifier::DIM)
    }
    /// Error text.
    pub fn error(&self) -> Style {
        self.fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    /// Field labels and hints.
    pub fn label(&self) -> Style {
        self.fg(Color::Gray)
    }
    /// Key names in hints.
    pub fn key(&self) -> Style {
        self.fg(Color::Green).add_modifier(Modifier::BOLD)
    }
    /// An empty cell of the coverage map (also marked by a dash).
    pub fn gap(&self) -> Style {
        if self.color {
            Style::new().fg(Color::White).bg(Color::Red)
        } else {
            Style::new()
        }
    }
    /// A public holiday in the calendar (also marked by a sign and named,
    /// so it reads without colour).
    pub fn holiday(&self) -> Style {
        self.fg(Color::Magenta).add_modifier(Modifier::BOLD)
    }
    /// Borders.
    pub fn border(&self) -> Style {
        self.fg(Color::Blue)
    }
}
