//! The public register: what the association may publish about who works
//! where. Which NGOs (with their membership) deliver which services in which
//! facilities under agreements in force on a day, by region, with each NGO's
//! published contact; or, for one facility, the one-page sheet its staff and
//! clients read.
//!
//! It is built from a few fields only, so that nothing else can leak: an
//! NGO's name, membership and published contacts (`public_phone`,
//! `public_email`, `public_web`); a facility's name, kind, region, town,
//! address and public contact; an agreement's NGO, facilities, services,
//! status and dates. Never a person, nor anyone's notes, contact person,
//! own phone or e-mail, nor an agreement's signatories.
//!
//! Written as one self-contained HTML page (styles inside, no scripts, no
//! external resources, A4 print rules; well-formed XML, as the report is) or
//! as CSV, worded in the language spoken when it is built.

use super::html::escape;
use crate::catalog;
use crate::domain::choice::ChoiceSet;
use crate::domain::collate;
use crate::domain::lifecycle::is_active;
use crate::domain::text::fold;
use crate::domain::{Facility, FacilityKind, Id, Kind, Membership, Record, Region, Service};
use crate::model::Data;
use crate::vocab::Lang;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The formats the register is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RegisterFormat {
    /// One HTML page with its styles inside, ready to publish or print on A4.
    Html,
    /// CSV, a row per facility and NGO.
    Csv,
}

impl RegisterFormat {
    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            RegisterFormat::Html => "html",
            RegisterFormat::Csv => "csv",
        }
    }
}

/// A facility as the register shows it: public facts only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: FacilityKind,
    /// Its region.
    pub region: Region,
    /// Its town.
    pub town: String,
    /// Its address.
    pub address: String,
    /// Its public phone, e-mail and web.
    pub contact: [String; 3],
}

/// An NGO as the register shows it: its name, membership and the contacts
/// it agreed to publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ngo {
    /// Its id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// Its relation to the association.
    pub membership: Membership,
    /// Its published phone, e-mail and web.
    pub contact: [String; 3],
}

/// One NGO at one facility, with the services its agreements in force there
/// cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The facility (an index into [`Register::places`]).
    pub place: usize,
    /// The NGO (an index into [`Register::ngos`]).
    pub ngo: usize,
    /// The services, in list order.
    pub services: Vec<Service>,
}

/// The register as of one day, gathered once for both formats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Register {
    /// The language it is worded in.
    pub lang: Lang,
    /// The day it is for.
    pub today: NaiveDate,
    /// Whether youth facilities are included.
    pub youth: bool,
    /// The facilities with an NGO, by region order then Czech name order.
    pub places: Vec<Place>,
    /// The NGOs in it, in Czech name order.
    pub ngos: Vec<Ngo>,
    /// Facility by facility (in `places` order), NGO by NGO.
    pub entries: Vec<Entry>,
    /// The one facility of a sheet, when the register is one.
    pub sheet: Option<Place>,
}

/// Why `--facility` found no one facility.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// No facility has that name, nor a name containing it.
    None,
    /// Several do: their ids and names.
    Several(Vec<(Id, String)>),
}

/// The facility `name` names: the one of that name (case, diacritics and
/// spacing aside), or else the only one whose name contains it. Archived
/// facilities are not looked at.
pub fn find_facility(data: &Data, name: &str) -> Result<Id, Lookup> {
    let wanted = fold(&name.split_whitespace().collect::<Vec<_>>().join(" "));
    if wanted.is_empty() {
        return Err(Lookup::None);
    }
    let live: Vec<&Facility> = data
        .all(Kind::Facility)
        .filter_map(|r| match r {
            Record::Facility(f) if !f.meta.archived => Some(&**f),
            _ => None,
        })
        .collect();
    let folded = |f: &Facility| fold(&f.name.split_whitespace().collect::<Vec<_>>().join(" "));
    if let Some(f) = live.iter().find(|f| folded(f) == wanted) {
        return Ok(f.meta.id);
    }
    let mut found: Vec<(Id, String)> = live
        .iter()
        .filter(|f| folded(f).contains(&wanted))
        .map(|f| (f.meta.id, f.name.clone()))
        .collect();
    match found.len() {
        0 => Err(Lookup::None),
        1 => Ok(found[0].0),
        _ => {
            collate::sort_by_name(&mut found, |(_, name)| name);
            Err(Lookup::Several(found))
        }
    }
}

fn place_of(f: &Facility) -> Place {
    Place {
        id: f.meta.id,
        name: f.name.clone(),
        kind: f.kind,
        region: f.region,
        town: f.town.clone(),
        address: f.address.clone(),
        contact: [
            f.public_phone.clone(),
            f.public_email.clone(),
            f.public_web.clone(),
        ],
    }
}

impl Register {
    /// The register of `today`: every agreement in force (signed, started,
    /// not ended, not archived) of an NGO not archived, at facilities not
    /// archived (youth facilities only when `youth`), or at `only` alone.
    pub fn build(data: &Data, today: NaiveDate, youth: bool, only: Option<Id>) -> Register {
        // The sheet of a youth facility is asked for by name.
        let youth = youth || only.is_some();
        let facility = |id: Id| match data.get(Kind::Facility, id) {
            Some(Record::Facility(f)) if !f.meta.archived && (youth || !f.is_youth()) => Some(&**f),
            _ => None,
        };
        let ngo = |id: Id| match data.get(Kind::Organisation, id) {
            Some(Record::Organisation(o)) if !o.meta.archived => Some(&**o),
            _ => None,
        };
        let mut found: BTreeMap<(Id, Id), BTreeSet<Service>> = BTreeMap::new();
        for record in data.all(Kind::Agreement) {
            let Record::Agreement(a) = record else {
                continue;
            };
            if !is_active(a, today) || ngo(a.organisation).is_none() {
                continue;
            }
            for &f in &a.facilities {
                if only.is_some_and(|only| only != f) || facility(f).is_none() {
                    continue;
                }
                found
                    .entry((f, a.organisation))
                    .or_default()
                    .extend(a.services.iter().copied());
            }
        }
        let mut places: Vec<Place> = found
            .keys()
            .map(|(f, _)| *f)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter_map(|id| facility(id).map(place_of))
            .collect();
        collate::sort_by_name(&mut places, |p| &p.name);
        places.sort_by_key(|p| Region::ALL.iter().position(|r| *r == p.region));
        let mut ngos: Vec<Ngo> = found
            .keys()
            .map(|(_, n)| *n)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .filter_map(ngo)
            .map(|o| Ngo {
                id: o.meta.id,
                name: o.name.clone(),
                membership: o.membership,
                contact: [
                    o.public_phone.clone(),
                    o.public_email.clone(),
                    o.public_web.clone(),
                ],
            })
            .collect();
        collate::sort_by_name(&mut ngos, |n| &n.name);
        let mut entries = Vec::new();
        for (p, place) in places.iter().enumerate() {
            for (n, org) in ngos.iter().enumerate() {
                if let Some(services) = found.get(&(place.id, org.id)) {
                    entries.push(Entry {
                        place: p,
                        ngo: n,
                        services: services.iter().copied().collect(),
                    });
                }
            }
        }
        Register {
            lang: catalog::spoken(),
            today,
            youth,
            places,
            ngos,
            entries,
            sheet: only.and_then(|id| match data.get(Kind::Facility, id) {
                Some(Record::Facility(f)) => Some(place_of(f)),
                _ => None,
            }),
        }
    }

    /// Written in `format`; CSV with `separator` between cells.
    pub fn write(&self, format: RegisterFormat, separator: u8) -> String {
        catalog::speaking(self.lang, || match format {
            RegisterFormat::Html => self.html(),
            RegisterFormat::Csv => self.csv(separator),
        })
    }

    /// The services of an entry, in words.
    fn services(entry: &Entry) -> String {
        if entry.services.is_empty() {
            return DASH.to_string();
        }
        entry
            .services
            .iter()
            .map(|s| catalog::choice_label(ChoiceSet::Service, s.index()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn membership(ngo: &Ngo) -> &'static str {
        catalog::choice_label(ChoiceSet::Membership, ngo.membership.index())
    }

    fn html(&self) -> String {
        let mut out = String::new();
        let title = match &self.sheet {
            Some(place) => catalog::format(
                "register-sheet-title",
                &[("facility", place.name.as_str().into())],
            ),
            None => catalog::text("register-title").to_string(),
        };
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\" />\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n\
             <title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
            self.lang.code(),
            escape(&title),
            escape(&title)
        );
        let date = catalog::date(self.today);
        match &self.sheet {
            Some(place) => self.html_sheet(&mut out, place, &date),
            None => self.html_register(&mut out, &date),
        }
        let _ = writeln!(
            out,
            "</main>\n<footer>{}</footer>\n</body>\n</html>",
            escape(&catalog::format(
                "register-footer",
                &[("date", date.as_str().into())]
            ))
        );
        out
    }

    fn html_register(&self, out: &mut String, date: &str) {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&catalog::format("register-intro", &[("date", date.into())]))
        );
        if !self.youth {
            let _ = writeln!(
                out,
                "<p class=\"note\">{}</p>",
                escape(catalog::text("register-no-youth"))
            );
        }
        if self.entries.is_empty() {
            let _ = writeln!(
                out,
                "<p>{}</p>",
                escape(&catalog::format(
                    "register-nothing",
                    &[("date", date.into())]
                ))
            );
            return;
        }
        for region in Region::ALL {
            let rows: Vec<&Entry> = self
                .entries
                .iter()
                .filter(|e| self.places[e.place].region == region)
                .collect();
            if rows.is_empty() {
                continue;
            }
            let name = region.name_cs();
            let _ = writeln!(out, "<section>\n<h2>{}</h2>", escape(name));
            let _ = writeln!(
                out,
                "<table>\n<caption>{}</caption>",
                escape(&catalog::format(
                    "register-region-caption",
                    &[("region", name.into())]
                ))
            );
            header(
                out,
                &[
                    "register-facility",
                    "register-ngo",
                    "register-membership",
                    "register-services",
                ],
            );
            for entry in rows {
                let ngo = &self.ngos[entry.ngo];
                let _ = writeln!(
                    out,
                    "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&self.places[entry.place].name),
                    escape(&ngo.name),
                    escape(Self::membership(ngo)),
                    escape(&Self::services(entry))
                );
            }
            out.push_str("</tbody>\n</table>\n</section>\n");
        }
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<table>\n<caption>{}</caption>",
            escape(catalog::text("register-contacts-heading")),
            escape(catalog::text("register-contacts-caption"))
        );
        header(
            out,
            &[
                "register-ngo",
                "register-membership",
                "register-phone",
                "register-email",
                "register-web",
            ],
        );
        for ngo in &self.ngos {
            let _ = write!(
                out,
                "<tr><th scope=\"row\">{}</th><td>{}</td>",
                escape(&ngo.name),
                escape(Self::membership(ngo))
            );
            contact_cells(out, &ngo.contact);
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn html_sheet(&self, out: &mut String, place: &Place, date: &str) {
        let _ = writeln!(
            out,
            "<p>{}</p>",
            escape(&catalog::format(
                "register-sheet-intro",
                &[("date", date.into())]
            ))
        );
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<table>\n<caption>{}</caption>",
            escape(catalog::text("register-sheet-services-heading")),
            escape(&catalog::format(
                "register-sheet-caption",
                &[("facility", place.name.as_str().into())]
            ))
        );
        header(
            out,
            &[
                "register-ngo",
                "register-services",
                "register-phone",
                "register-email",
                "register-web",
            ],
        );
        if self.entries.is_empty() {
            // An empty table says so in one cell, under the same header.
            let _ = writeln!(
                out,
                "<tr><td colspan=\"5\">{}</td></tr>",
                escape(catalog::text("register-sheet-none"))
            );
        } else {
            for entry in &self.entries {
                let ngo = &self.ngos[entry.ngo];
                let _ = write!(
                    out,
                    "<tr><th scope=\"row\">{} <span class=\"note\">({})</span></th><td>{}</td>",
                    escape(&ngo.name),
                    escape(Self::membership(ngo)),
                    escape(&Self::services(entry))
                );
                contact_cells(out, &ngo.contact);
                out.push_str("</tr>\n");
            }
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
        let _ = writeln!(
            out,
            "<section>\n<h2>{}</h2>\n<table>\n<caption>{}</caption>\n<tbody>",
            escape(catalog::text("register-sheet-about-heading")),
            escape(&place.name)
        );
        let kind = catalog::choice_label(ChoiceSet::FacilityKind, place.kind.index());
        let rows = [
            ("kind", kind.to_string()),
            ("region", place.region.name_cs().to_string()),
            ("town", place.town.clone()),
            ("address", place.address.clone()),
            ("public_phone", place.contact[0].clone()),
            ("public_email", place.contact[1].clone()),
            ("public_web", place.contact[2].clone()),
        ];
        for (field, value) in rows {
            if value.is_empty() {
                continue;
            }
            let cell = if field == "public_web" {
                link(&value)
            } else if field == "public_email" {
                mail(&value)
            } else {
                escape(&value)
            };
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{}</th><td>{}</td></tr>",
                escape(catalog::field_label(field)),
                cell
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn csv(&self, separator: u8) -> String {
        let mut w = csv::WriterBuilder::new()
            .delimiter(separator)
            .from_writer(Vec::new());
        let columns = [
            "register-region",
            "register-facility",
            "register-ngo",
            "register-membership",
            "register-services",
            "register-phone",
            "register-email",
            "register-web",
        ];
        let _ = w.write_record(columns.iter().map(|id| catalog::text(id)));
        for entry in &self.entries {
            let place = &self.places[entry.place];
            let ngo = &self.ngos[entry.ngo];
            let services = Self::services(entry);
            let _ = w.write_record([
                place.region.name_cs(),
                place.name.as_str(),
                ngo.name.as_str(),
                Self::membership(ngo),
                if entry.services.is_empty() {
                    ""
                } else {
                    services.as_str()
                },
                ngo.contact[0].as_str(),
                ngo.contact[1].as_str(),
                ngo.contact[2].as_str(),
            ]);
        }
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

/// What an empty cell shows.
const DASH: &str = "—";

/// A table's header row of the catalog's words `ids`, and the body's start.
fn header(out: &mut String, ids: &[&str]) {
    out.push_str("<thead>\n<tr>");
    for id in ids {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(catalog::text(id)));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
}

/// Phone, e-mail and web cells; the e-mail and web as links, which are text
/// to follow, never resources the page loads.
fn contact_cells(out: &mut String, contact: &[String; 3]) {
    let [phone, email, web] = contact;
    let cell = |value: &str, make: &dyn Fn(&str) -> String| {
        if value.is_empty() {
            DASH.to_string()
        } else {
            make(value)
        }
    };
    let _ = write!(
        out,
        "<td>{}</td><td>{}</td><td>{}</td>",
        cell(phone, &escape),
        cell(email, &mail),
        cell(web, &link)
    );
}

/// A web address as a link, when it is one (http or https); else its text.
fn link(web: &str) -> String {
    let lower = web.to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        format!("<a href=\"{}\">{}</a>", escape(web), escape(web))
    } else {
        escape(web)
    }
}

/// An e-mail address as a mailto link.
fn mail(email: &str) -> String {
    if email.contains(['"', '<', '>', ' ']) {
        return escape(email);
    }
    format!("<a href=\"mailto:{}\">{}</a>", escape(email), escape(email))
}

/// The style sheet: readable on screen and on A4 with 15 mm margins, tables
/// not split mid-row, their headers repeated on each page.
const STYLE: &str = "\
@page { size: A4; margin: 15mm; }
* { box-sizing: border-box; }
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 16pt; margin: 0 0 4pt; }
h2 { font-size: 12pt; margin: 14pt 0 4pt; break-after: avoid; page-break-after: avoid; }
p { margin: 2pt 0; }
table { border-collapse: collapse; margin: 4pt 0; width: 100%; }
caption { text-align: left; font-style: italic; padding: 2pt 0; }
th, td { border: 1px solid #999; padding: 2pt 4pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
a { color: #1a4d8f; }
.note { color: #444; font-size: 9pt; font-weight: normal; }
footer { margin-top: 12pt; color: #444; font-size: 8pt; }
@media print { a { color: #111; text-decoration: none; } }
";
