//! The coverage map: a table of counts with gaps marked by a dash (and
//! colour, where there is colour), the selected cell described in words
//! underneath, and an opened cell's NGOs and facilities.

use super::{Axis, CellList, CoverageView, row_name, visible_rows};
use crate::catalog::{self, coverage as words};
use crate::domain::Service;
use crate::domain::choice::ChoiceSet;
use crate::screens::kit::Ctx;
use crate::screens::kit::layout::titled_box;
use crate::screens::kit::text::fit;
use crate::screens::kit::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

/// The coverage map as drawn.
#[derive(Debug, Clone, Copy)]
pub struct CoverageWidget<'a> {
    /// What it shows.
    pub view: &'a CoverageView,
    /// The records it names, the terminal's height, whether still loading.
    pub ctx: &'a Ctx<'a>,
    /// Colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for CoverageWidget<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (view, ctx, theme) = (self.view, self.ctx, self.theme);
        let title = match view.axis {
            Axis::Regions => words::title_regions(),
            Axis::Facilities => words::title_facilities(),
        };
        let title = format!(" {title} ({}) ", catalog::date(view.map.today));
        let inner = titled_box(&title, area, buf, theme);
        if ctx.loading {
            Paragraph::new(words::loading()).render(inner, buf);
            return;
        }
        let lines = match &view.open {
            Some(list) => cell_lines(ctx, view, list, inner, theme),
            None => map_lines(ctx, view, inner, theme),
        };
        Paragraph::new(lines).render(inner, buf);
    }
}

fn service_label(service: Service) -> &'static str {
    catalog::choice_label(ChoiceSet::Service, service.index())
}

/// Row label and column widths for a width.
fn widths(width: u16) -> (usize, usize) {
    let width = usize::from(width);
    let label = if width < 100 { 16 } else { 24 };
    let col = (width.saturating_sub(label + 1) / Service::ALL.len()).clamp(4, 12);
    (label, col)
}

/// The service columns shown at this width: as many whole columns as fit,
/// starting far enough right that the selected one is among them.
fn shown_columns(width: u16, label: usize, col: usize, selected: usize) -> std::ops::Range<usize> {
    let fit = (usize::from(width).saturating_sub(label + 1) / col).clamp(1, Service::ALL.len());
    let first = selected.saturating_sub(fit - 1);
    first..first + fit
}

fn map_lines<'a>(ctx: &Ctx, view: &CoverageView, area: Rect, theme: &Theme) -> Vec<Line<'a>> {
    let (label_w, col_w) = widths(area.width);
    let row_heading = match view.axis {
        Axis::Regions => words::region(),
        Axis::Facilities => words::facility(),
    };
    let mut header = vec![Span::styled(
        format!("{:<label_w$} ", fit(row_heading, label_w)),
        theme.header(),
    )];
    let columns = shown_columns(area.width, label_w, col_w, view.col);
    for (i, service) in Service::ALL
        .iter()
        .enumerate()
        .take(columns.end)
        .skip(columns.start)
    {
        let name = words::service_heading(*service, col_w - 1);
        let style = if i == view.col {
            theme.header().patch(theme.selected())
        } else {
            theme.header()
        };
        header.push(Span::styled(
            format!("{:>col_w$}", fit(name, col_w - 1)),
            style,
        ));
    }
    let mut lines = vec![Line::from(header)];
    let page = visible_rows(ctx.height);
    for index in (view.scroll..view.row_count()).take(page) {
        let Some(row) = view.row_at(index) else {
            break;
        };
        let selected_row = index == view.row;
        let marker = if selected_row { '›' } else { ' ' };
        let name = fit(&row_name(ctx.data, row), label_w - 1);
        let mut spans = vec![Span::raw(format!("{marker}{name:<w$} ", w = label_w - 1))];
        for (col, service) in Service::ALL
            .iter()
            .enumerate()
            .take(columns.end)
            .skip(columns.start)
        {
            let count = view.ngos(row, *service).len();
            let text = if count == 0 {
                words::GAP.to_string()
            } else {
                count.to_string()
            };
            let mut style = if count == 0 {
                theme.gap()
            } else {
                Style::new()
            };
            if selected_row && col == view.col {
                style = style.patch(theme.selected());
            }
            spans.push(Span::styled(format!("{text:>col_w$}"), style));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::from(""));
    let width = usize::from(area.width);
    if let (Some(row), Some(service)) = (view.row_at(view.row), Service::ALL.get(view.col)) {
        let place = row_name(ctx.data, row);
        let text = words::cell(
            &place,
            service_label(*service),
            view.ngos(row, *service).len(),
            view.facilities_of(row, *service).len(),
        );
        lines.push(Line::from(fit(&text, width)));
    }
    let gaps = match view.axis {
        Axis::Regions => view.map.gaps().len(),
        Axis::Facilities => (0..view.row_count())
            .filter_map(|i| view.row_at(i))
            .map(|row| {
                Service::ALL
                    .iter()
                    .filter(|s| view.ngos(row, **s).is_empty())
                    .count()
            })
            .sum(),
    };
    let cells = view.row_count() * Service::ALL.len();
    let legend = format!("{} · {}", words::legend(), words::gaps(gaps, cells));
    lines.push(Line::from(Span::styled(fit(&legend, width), theme.label())));
    lines
}

fn cell_lines<'a>(
    ctx: &Ctx,
    view: &CoverageView,
    list: &CellList,
    area: Rect,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let width = usize::from(area.width);
    let place = view
        .row_at(view.row)
        .map(|r| row_name(ctx.data, r))
        .unwrap_or_default();
    let service = Service::ALL.get(view.col).map_or("", |s| service_label(*s));
    let mut lines = vec![Line::from(Span::styled(
        fit(&words::cell_title(&place, service), width),
        theme.header(),
    ))];
    let page = usize::from(area.height.saturating_sub(1)).max(1);
    let offset = list.selected.saturating_sub(page - 1);
    for (i, (kind, id)) in list.items.iter().enumerate().skip(offset).take(page) {
        let label = match kind {
            crate::domain::Kind::Organisation => words::ngo_item(),
            _ => words::facility_item(),
        };
        let text = format!("{label}: {}", ctx.data.name(*kind, *id));
        let style = if i == list.selected {
            theme.selected()
        } else {
            Style::new()
        };
        lines.push(Line::from(Span::styled(fit(&text, width), style)));
    }
    lines
}
