//! The report as GitHub-flavoured Markdown: headings, pipe tables, and a bar
//! of █ beside each month, so the charts read in plain text too.

use super::{Report, Table, count, empty_table};
use crate::catalog::figures::report::GAP_MARK;
use std::fmt::Write;

/// Widest bar in a Markdown chart, in characters.
const BAR: usize = 30;

/// The report as Markdown, in the language it was built in.
pub fn write(report: &Report) -> String {
    crate::catalog::speaking(report.lang, || write_spoken(report))
}

fn write_spoken(report: &Report) -> String {
    let mut out = String::new();
    line(&mut out, &format!("# {}", inline(&report.title)));
    line(&mut out, "");
    line(&mut out, &format!("{}  ", inline(&report.period)));
    line(&mut out, &inline(&report.made_on));
    line(&mut out, "");
    line(
        &mut out,
        &format!("## {}", inline(crate::catalog::figures::summary_heading())),
    );
    line(&mut out, "");
    for (label, number) in &report.summary {
        line(
            &mut out,
            &format!("- {}: **{}**", inline(label), count(*number)),
        );
    }
    line(&mut out, "");
    line(&mut out, &inline(&report.covered_note));
    for table in &report.tables {
        line(&mut out, "");
        write_table(&mut out, table);
    }
    line(&mut out, "");
    line(
        &mut out,
        &format!("## {}", inline(&report.coverage_heading)),
    );
    line(&mut out, "");
    line(&mut out, &inline(&report.coverage_note));
    line(&mut out, "");
    let mut header = vec![cell(crate::catalog::figures::region())];
    header.extend(report.services.iter().map(|s| cell(s)));
    row(&mut out, &header);
    row(&mut out, &vec!["---".to_string(); header.len()]);
    for r in &report.coverage {
        let mut cells = vec![cell(&r.region)];
        cells.extend(r.counts.iter().map(|n| {
            if *n == 0 {
                GAP_MARK.to_string()
            } else {
                n.to_string()
            }
        }));
        row(&mut out, &cells);
    }
    line(&mut out, "");
    line(&mut out, &format!("## {}", inline(&report.gaps_heading)));
    line(&mut out, "");
    if report.gaps.is_empty() {
        line(&mut out, &inline(&report.no_gaps));
    }
    for (region, missing) in &report.gaps {
        line(
            &mut out,
            &format!("- **{}**: {}", inline(region), inline(&missing.join(", "))),
        );
    }
    line(&mut out, "");
    line(&mut out, &format!("*{}*", inline(&report.footer)));
    out
}

fn write_table(out: &mut String, table: &Table) {
    line(out, &format!("## {}", inline(&table.heading)));
    line(out, "");
    if table.rows.is_empty() {
        line(out, &inline(empty_table()));
        return;
    }
    let columns: Vec<String> = table.columns.iter().map(|c| cell(c)).collect();
    row(out, &columns);
    // The count (the last column of data, before any chart) is right-aligned;
    // names and bars are left-aligned.
    let count_column = table.columns.len() - 1 - usize::from(table.bars.is_some());
    let align: Vec<String> = (0..table.columns.len())
        .map(|i| if i == count_column { "---:" } else { "---" }.to_string())
        .collect();
    row(out, &align);
    for (i, cells) in table.rows.iter().enumerate() {
        let mut cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        if let Some((count, max)) = table.bars.as_ref().and_then(|b| b.get(i)) {
            cells.push(bar(*count, *max));
        }
        row(out, &cells);
    }
}

/// A bar of █ proportional to `count`, at least one for a count above zero.
fn bar(count: usize, max: usize) -> String {
    if count == 0 || max == 0 {
        return String::new();
    }
    "█".repeat((count * BAR).div_ceil(max).clamp(1, BAR))
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

fn line(out: &mut String, text: &str) {
    out.push_str(text);
    out.push('\n');
}

/// Text for a table cell: `|` and markup escaped, line breaks as spaces.
fn cell(text: &str) -> String {
    inline(text)
}

/// Text from data for running Markdown: one line, with the characters that
/// would start markup or HTML escaped, so a name stays a name.
fn inline(text: &str) -> String {
    let one_line = text.replace("\r\n", " ").replace(['\n', '\r'], " ");
    let mut out = String::with_capacity(one_line.len());
    for c in crate::sanitize::sanitize(&one_line).chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}
