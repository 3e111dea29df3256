//! The report as one self-contained HTML5 file: styles inline, no scripts, no
//! external resources, A4 print rules. It is also well-formed XML (every tag
//! closed, void elements written `<meta … />`), so an XML parser can check
//! it. Every piece of text passes through [`escape`].

use super::{Report, Table, count, empty_table};
use crate::catalog::figures::{self as words, report::GAP_MARK};
use std::fmt::Write;

/// The style sheet: readable on screen, and on paper A4 with 15 mm margins,
/// tables not split mid-row, colours printed as they are shown.
const STYLE: &str = "\
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; page-break-after: avoid; }
p { margin: 2pt 0; }
table { border-collapse: collapse; margin: 4pt 0; }
th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.bar { display: inline-block; height: 8pt; background: #3b6ea8; }
table.map { font-size: 7pt; width: 100%; table-layout: fixed; }
table.map th { font-weight: normal; font-size: 6.5pt; hyphens: auto; overflow-wrap: anywhere; }
table.map th.region { width: 22mm; }
table.map td { text-align: center; }
.c0 { background: #f4c7c3; font-weight: bold; }
.c1 { background: #d9ead3; }
.c2 { background: #b6d7a8; }
.c3 { background: #93c47d; }
.note { color: #444; font-size: 9pt; }
footer { margin-top: 12pt; color: #444; font-size: 8pt; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
";

/// The report as an HTML document, in the language it was built in (which
/// its `lang` says, for hyphenation and screen readers).
pub fn write(report: &Report) -> String {
    crate::catalog::speaking(report.lang, || write_spoken(report))
}

fn write_spoken(report: &Report) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n",
        crate::catalog::spoken().code()
    );
    out.push_str("<meta charset=\"utf-8\" />\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&report.title));
    let _ = writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&report.title));
    let _ = writeln!(out, "<p>{}</p>", escape(&report.period));
    let _ = writeln!(out, "<p class=\"note\">{}</p>", escape(&report.made_on));
    let _ = writeln!(out, "<h2>{}</h2>", escape(words::summary_heading()));
    out.push_str("<table>\n<tbody>\n");
    for (label, number) in &report.summary {
        let _ = writeln!(
            out,
            "<tr><th>{}</th><td class=\"n\">{}</td></tr>",
            escape(label),
            escape(&count(*number))
        );
    }
    out.push_str("</tbody>\n</table>\n");
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>",
        escape(&report.covered_note)
    );
    for table in &report.tables {
        write_table(&mut out, table);
    }
    write_map(&mut out, report);
    let _ = writeln!(out, "<h2>{}</h2>", escape(&report.gaps_heading));
    if report.gaps.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(&report.no_gaps));
    } else {
        out.push_str("<ul>\n");
        for (region, missing) in &report.gaps {
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>: {}</li>",
                escape(region),
                escape(&missing.join(", "))
            );
        }
        out.push_str("</ul>\n");
    }
    let _ = writeln!(out, "<footer>{}</footer>", escape(&report.footer));
    out.push_str("</body>\n</html>\n");
    out
}

fn write_table(out: &mut String, table: &Table) {
    let _ = writeln!(out, "<h2>{}</h2>", escape(&table.heading));
    if table.rows.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", escape(empty_table()));
        return;
    }
    out.push_str("<table>\n<thead>\n<tr>");
    // The count is the last column of data (the chart, if any, comes after
    // it); counts are right-aligned, names and bars are not.
    let count_column = table.columns.len() - 1 - usize::from(table.bars.is_some());
    for (i, column) in table.columns.iter().enumerate() {
        let numeric = i > 0 && i == count_column;
        let class = if numeric { " class=\"n\"" } else { "" };
        let _ = write!(out, "<th{class}>{}</th>", escape(column));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for (i, cells) in table.rows.iter().enumerate() {
        out.push_str("<tr>");
        for (j, cell) in cells.iter().enumerate() {
            let class = if j > 0 && j + 1 == cells.len() {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", escape(cell));
        }
        if let Some((count, max)) = table.bars.as_ref().and_then(|b| b.get(i)) {
            // The number is in the cell before: the bar is decoration, hidden
            // from screen readers.
            let percent = if *max == 0 { 0 } else { count * 100 / max };
            let _ = write!(
                out,
                "<td aria-hidden=\"true\"><span class=\"bar\" style=\"width: {percent}%\"></span></td>"
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// The coverage map: regions × services, each cell coloured by how many NGOs
/// deliver there, gaps marked in text as well as colour.
fn write_map(out: &mut String, report: &Report) {
    let _ = writeln!(out, "<h2>{}</h2>", escape(&report.coverage_heading));
    let _ = writeln!(
        out,
        "<p class=\"note\">{}</p>",
        escape(&report.coverage_note)
    );
    out.push_str("<table class=\"map\">\n<thead>\n<tr>");
    let _ = write!(out, "<th class=\"region\">{}</th>", escape(words::region()));
    for service in &report.services {
        let _ = write!(out, "<th>{}</th>", escape(service));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &report.coverage {
        let _ = write!(out, "<tr><th class=\"region\">{}</th>", escape(&row.region));
        for count in &row.counts {
            let class = format!("c{}", (*count).min(3));
            let shown = if *count == 0 {
                GAP_MARK.to_string()
            } else {
                count.to_string()
            };
            let _ = write!(out, "<td class=\"{class}\">{}</td>", escape(&shown));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// Text made safe inside HTML elements and attribute values: the five
/// characters with a meaning in markup become references, and control
/// characters (which XML forbids) become visible pictures.
pub fn escape(text: &str) -> String {
    let clean = crate::sanitize::sanitize(text);
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
