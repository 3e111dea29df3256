//! The exported report: a golden Markdown file for a small fixed data set,
//! and the HTML checked as well-formed XML, self-contained, and escaped.

mod common;

use common::time::day;
use quick_xml::Reader;
use quick_xml::events::Event;
use spojka::domain::*;
use spojka::model::Data;
use spojka::report::{Report, ReportFormat};
use spojka::sample::{self, at, with_id};

fn held(title: &str, facility: Id, start: chrono::NaiveDateTime, people: &[Id]) -> Record {
    let mut m = sample::meeting(title, Some(facility), start);
    m.status = MeetingStatus::Held;
    m.attendees = people.to_vec();
    m.into()
}

/// Two prisons, three NGOs (one with a pipe and a line break in its name,
/// one named like a script), a signed agreement and a few held meetings.
fn data() -> Data {
    let mut records = vec![
        with_id(sample::facility("Věznice Praha-Pankrác", Region::Praha), 1),
        with_id(
            sample::facility("Věznice Rapotice", Region::Jihomoravsky),
            2,
        ),
        with_id(sample::organisation("Podané ruce | o.p.s.\nBrno"), 10),
        with_id(sample::organisation("<script>alert(1)</script>"), 11),
        with_id(sample::organisation("R&R \"Nový\" 'start'"), 12),
        with_id(sample::person("Jana Nováková", Some(10)), 20),
        with_id(sample::person("Petr", Some(11)), 21),
        with_id(sample::person("Eva", Some(12)), 22),
    ];
    let mut agreement = sample::agreement("Adiktologie", 10, vec![1]);
    agreement.status = AgreementStatus::Signed;
    agreement.valid_from = Some(day(2025, 1, 1));
    agreement.services = vec![Service::Addiction, Service::Housing];
    records.push(with_id(agreement, 30));
    let mut assignment = sample::assignment(22, 2);
    assignment.services = vec![Service::Employment];
    records.push(with_id(assignment, 31));
    let meetings = [
        held("Koordinace", 1, at(2026, 1, 14, 10, 0), &[20]),
        held("Koordinace", 1, at(2026, 2, 11, 10, 0), &[20, 21]),
        held("Program", 2, at(2026, 2, 20, 9, 0), &[21]),
        held("Návštěva", 2, at(2026, 4, 2, 13, 0), &[22]),
    ];
    records.extend(
        meetings
            .into_iter()
            .enumerate()
            .map(|(i, m)| with_id(meeting_of(m), 40 + i as Id)),
    );
    Data::new(records)
}

fn meeting_of(record: Record) -> Meeting {
    match record {
        Record::Meeting(m) => m,
        _ => unreachable!("built as a meeting"),
    }
}

fn report(format: ReportFormat) -> String {
    Report::build(&data(), day(2026, 1, 1), day(2026, 6, 30), day(2026, 7, 1)).write(format)
}

#[test]
fn markdown_report_matches_the_golden_file() {
    insta::assert_snapshot!("report_markdown", report(ReportFormat::Markdown));
}

#[test]
fn markdown_escapes_pipes_and_line_breaks_in_data() {
    let md = report(ReportFormat::Markdown);
    assert!(md.contains("Podané ruce \\| o.p.s. Brno"), "{md}");
    assert!(md.contains("\\<script\\>"), "{md}");
    for line in md.lines().filter(|l| l.starts_with('|')) {
        let cells = line.replace("\\|", "").matches('|').count();
        assert!(cells >= 3, "a table row: {line}");
    }
}

/// Parses the document as XML: every tag closed and nested, every attribute
/// quoted, every reference one of XML's own. Returns the element names seen.
fn parse_xml(text: &str) -> Vec<String> {
    let mut reader = Reader::from_str(text);
    let mut open: Vec<String> = Vec::new();
    let mut seen = Vec::new();
    let mut roots = 0;
    loop {
        match reader.read_event() {
            Err(e) => panic!("not well-formed at {}: {e}", reader.buffer_position()),
            Ok(Event::Eof) => break,
            Ok(Event::Start(e)) => {
                let name = e.name().as_ref().to_string();
                if open.is_empty() {
                    roots += 1;
                }
                for attribute in e.attributes() {
                    attribute.expect("a well-formed attribute");
                }
                seen.push(name.clone());
                open.push(name);
            }
            Ok(Event::Empty(e)) => {
                for attribute in e.attributes() {
                    attribute.expect("a well-formed attribute");
                }
                seen.push(e.name().as_ref().to_string());
            }
            Ok(Event::End(e)) => {
                let name = e.name().as_ref().to_string();
                assert_eq!(open.pop().as_deref(), Some(name.as_str()), "closing tag");
            }
            Ok(Event::GeneralRef(r)) => {
                let known = matches!(&*r, "amp" | "lt" | "gt" | "quot" | "apos");
                assert!(known || r.is_char_ref(), "unknown entity &{};", &*r);
            }
            Ok(Event::Text(t)) => {
                assert!(!t.contains('<'), "a raw < in text");
            }
            Ok(_) => {}
        }
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    assert_eq!(roots, 1, "one root element");
    seen
}

#[test]
fn html_report_is_well_formed_and_self_contained() {
    let html = report(ReportFormat::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let elements = parse_xml(&html);
    assert_eq!(elements.first().map(String::as_str), Some("html"));
    for banned in ["script", "link", "img", "iframe", "object", "embed"] {
        assert!(!elements.iter().any(|e| e == banned), "<{banned}> found");
    }
    for external in ["src=", "href=", "url(", "@import", "http://", "https://"] {
        assert!(!html.contains(external), "{external} found");
    }
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
}

#[test]
fn html_escapes_data_so_a_script_stays_text() {
    let html = report(ReportFormat::Html);
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{html}"
    );
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(
        html.contains("R&amp;R &quot;Nový&quot; &#39;start&#39;"),
        "{html}"
    );
}

#[test]
fn html_coverage_map_marks_gaps_in_text_and_colour() {
    let html = report(ReportFormat::Html);
    // Praha has addiction and housing through the agreement.
    assert!(html.contains("<td class=\"c1\">1</td>"), "{html}");
    assert!(html.contains("<td class=\"c0\">–</td>"), "{html}");
    assert!(html.contains("Hlavní město Praha") || html.contains("Praha"));
}
