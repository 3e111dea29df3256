//! The public register (`spojka register`): what it shows (NGOs under
//! agreements in force, by region, with their published contacts), what it
//! never shows (any person's data, anyone's notes or private contacts), the
//! HTML's structure, one facility's sheet, and the CSV.

mod common;

use common::binary::{spojka, text};
use quick_xml::Reader;
use quick_xml::events::Event;
use spojka::domain::*;
use spojka::model::Data;
use spojka::report::register::{Register, RegisterFormat};
use spojka::sample::{self, with_id};
use spojka::store::Store;
use std::path::Path;

/// Words of people's data and private notes planted everywhere a person's
/// data or a note can stand: none may appear in the register.
const PERSONAL: &[&str] = &[
    "Jiřina",
    "Neobvyklá",
    "jirina.osobni",
    "606 000 111",
    "Bohumil",
    "Ztajený",
    "bohumil.ztajeny",
    "377 555 444",
    "Zdenka",
    "Tajná",
    "zdenka.tajna",
    "999 888 777",
    "TAJNÉ-OSOBNÍ",
    "POZNÁMKA",
    "soukromy-web",
    "DOHODA-ČJ",
];

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn signed(subject: &str, ngo: Id, facilities: Vec<Id>, services: Vec<Service>) -> Agreement {
    let mut a = sample::agreement(subject, ngo, facilities);
    a.status = AgreementStatus::Signed;
    a.services = services;
    a.valid_from = Some(day(2026, 1, 1));
    a.signed_on = Some(day(2025, 12, 15));
    a.signatories = "Mgr. Jiřina Neobvyklá-Osobní, Bohumil Ztajený".into();
    a.reference = "DOHODA-ČJ-17".into();
    a.notes = "POZNÁMKA k dohodě, volat Jiřině na +420 606 000 111".into();
    a
}

/// Three facilities (one a youth institution, one archived), four NGOs
/// (one archived, one whose agreement expired), people and notes with the
/// words of [`PERSONAL`] in every field that can hold them.
fn records() -> Vec<Record> {
    let mut plzen = sample::facility("Věznice Plzeň", Region::Plzensky);
    plzen.coordinator = Some(31);
    plzen.contact = "Bohumil Ztajený".into();
    plzen.phone = "+420 377 555 444".into();
    plzen.email = "bohumil.ztajeny@vez.example".into();
    plzen.notes = "POZNÁMKA: Bohumil je na dovolené".into();
    plzen.address = "Klatovská 202, 306 24 Plzeň".into();
    plzen.public_web = "https://www.vscr.cz/organizacni-jednotky/veznice-plzen".into();
    plzen.key = "vscr-plzen".into();
    let rapotice = sample::facility("Věznice Rapotice", Region::Vysocina);
    let mut oboriste = sample::facility("Výchovný ústav Obořiště", Region::Stredocesky);
    oboriste.kind = FacilityKind::YouthInstitution;
    let mut closed = sample::facility("Věznice Zavřená", Region::Praha);
    closed.meta.archived = true;

    let mut romodrom = sample::organisation("Romodrom");
    romodrom.membership = Membership::Member;
    romodrom.contact = "Zdenka Tajná".into();
    romodrom.phone = "+420 999 888 777".into();
    romodrom.email = "zdenka.tajna@romodrom.example".into();
    romodrom.web = "https://soukromy-web.example".into();
    romodrom.notes = "TAJNÉ-OSOBNÍ poznámka o Zdence".into();
    romodrom.public_phone = "+420 222 333 444".into();
    romodrom.public_email = "info@romodrom.example".into();
    romodrom.public_web = "https://romodrom.example".into();
    let mut ruce = sample::organisation("Podané ruce");
    ruce.membership = Membership::Observer;
    ruce.contact = "Jiřina Neobvyklá".into();
    ruce.email = "jirina.osobni@ruce.example".into();
    let mut gone = sample::organisation("Zaniklá NNO");
    gone.meta.archived = true;
    let mut partner = sample::organisation("Partner s.r.o.");
    partner.membership = Membership::Partner;

    let mut jirina = sample::person("Mgr. Jiřina Neobvyklá-Osobní", Some(21));
    jirina.email = "jirina.osobni@example.cz".into();
    jirina.phone = "+420 606 000 111".into();
    jirina.notes = "TAJNÉ-OSOBNÍ údaje".into();
    let mut bohumil = sample::person("Bohumil Ztajený", None);
    bohumil.facility = Some(1);
    bohumil.email = "bohumil.ztajeny@vez.example".into();
    bohumil.phone = "+420 377 555 444".into();
    let mut assignment = sample::assignment(30, 2);
    assignment.services = vec![Service::Education];
    assignment.notes = "POZNÁMKA Jiřiny".into();

    let mut expired = signed("Stará", 24, vec![2], vec![Service::Housing]);
    expired.valid_until = Some(day(2026, 3, 31));
    let mut draft = signed("Návrh", 21, vec![2], vec![Service::Mediation]);
    draft.status = AgreementStatus::Draft;
    let mut archived = signed("Archivovaná", 21, vec![2], vec![Service::Education]);
    archived.meta.archived = true;
    vec![
        with_id(plzen, 1),
        with_id(rapotice, 2),
        with_id(oboriste, 3),
        with_id(closed, 4),
        with_id(romodrom, 21),
        with_id(ruce, 22),
        with_id(gone, 23),
        with_id(partner, 24),
        with_id(jirina, 30),
        with_id(bohumil, 31),
        with_id(assignment, 40),
        with_id(
            signed(
                "Adiktologie a bydlení",
                21,
                vec![1, 3, 4],
                vec![Service::Housing, Service::Addiction],
            ),
            50,
        ),
        with_id(
            signed(
                "Poradenství",
                22,
                vec![2, 1],
                vec![Service::SocialCounselling],
            ),
            51,
        ),
        with_id(
            signed("Zaniklá", 23, vec![2], vec![Service::DebtCounselling]),
            52,
        ),
        with_id(expired, 53),
        with_id(draft, 54),
        with_id(archived, 55),
    ]
}

/// The register of 1 June 2026 in `lang`.
fn register(lang: spojka::vocab::Lang, youth: bool, only: Option<Id>) -> Register {
    let data = Data::new(records());
    spojka::catalog::speaking(lang, || {
        Register::build(&data, day(2026, 6, 1), youth, only)
    })
}

/// Parses the document as XML; every element's name and attributes, in
/// document order, and the text of each `caption`'s table.
fn elements(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut reader = Reader::from_str(html);
    let mut seen = Vec::new();
    let mut open = Vec::new();
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let (start, e) = match event {
            Event::Eof => break,
            Event::Start(e) => (true, e),
            Event::Empty(e) => (false, e),
            Event::End(e) => {
                let name = e.name().as_ref().to_string();
                assert_eq!(open.pop(), Some(name), "closing tag");
                continue;
            }
            _ => continue,
        };
        let name = e.name().as_ref().to_string();
        let attributes = e
            .attributes()
            .map(|a| {
                let a = a.expect("a well-formed attribute");
                (a.key.as_ref().to_string(), a.value.replace("&amp;", "&"))
            })
            .collect();
        if start {
            open.push(name.clone());
        }
        seen.push((name, attributes));
    }
    assert!(open.is_empty(), "unclosed: {open:?}");
    seen
}

/// The structure every register page keeps: `lang`, one `h1`, headings in
/// order, a caption first in every table, `scope` on every header cell, no
/// scripts or external resources, links only to the NGOs' own published
/// web and e-mail, A4 print styles.
fn check_structure(html: &str, lang: &str, links: &[&str]) {
    assert!(html.starts_with("<!DOCTYPE html>"));
    let seen = elements(html);
    assert_eq!(seen[0].0, "html");
    assert_eq!(seen[0].1, vec![("lang".to_string(), lang.to_string())]);
    let headings: Vec<usize> = seen
        .iter()
        .filter_map(|(name, _)| match name.as_str() {
            "h1" => Some(1),
            "h2" => Some(2),
            "h3" => Some(3),
            "h4" | "h5" | "h6" => Some(4),
            _ => None,
        })
        .collect();
    assert_eq!(headings.iter().filter(|h| **h == 1).count(), 1, "one h1");
    assert_eq!(headings.first(), Some(&1), "the h1 comes first");
    for pair in headings.windows(2) {
        assert!(
            pair[1] <= pair[0] + 1,
            "a heading level skipped: {headings:?}"
        );
    }
    for (i, (name, _)) in seen.iter().enumerate() {
        if name == "table" {
            assert_eq!(seen[i + 1].0, "caption", "a table's caption comes first");
        }
        if name == "th" {
            let scope = seen[i].1.iter().find(|(k, _)| k == "scope");
            assert!(
                matches!(scope.map(|(_, v)| v.as_str()), Some("col" | "row")),
                "th without scope"
            );
        }
        for banned in ["script", "link", "img", "iframe", "object", "embed", "form"] {
            assert_ne!(name, banned, "<{banned}> found");
        }
        for (key, value) in &seen[i].1 {
            assert!(key != "src" && !key.starts_with("on"), "{key}={value}");
            if key == "href" {
                assert!(links.contains(&value.as_str()), "a link to {value}");
            }
        }
    }
    assert!(!html.contains("url("), "a resource in the styles");
    assert!(!html.contains("@import"));
    assert!(html.contains("@page { size: A4; margin: 15mm; }"));
    // http(s) appears only in the links' own text.
    for (at, _) in html.match_indices("http") {
        let rest = &html[at..];
        assert!(
            links.iter().any(|link| rest.starts_with(link)),
            "an address that is not a published link: {}",
            &rest[..rest.len().min(60)]
        );
    }
}

const LINKS: &[&str] = &[
    "https://romodrom.example",
    "mailto:info@romodrom.example",
    "https://www.vscr.cz/organizacni-jednotky/veznice-plzen",
];

#[test]
fn the_register_shows_ngos_under_agreements_in_force_by_region() {
    use spojka::vocab::Lang;
    let register = register(Lang::Cs, true, None);
    let names: Vec<&str> = register.ngos.iter().map(|n| n.name.as_str()).collect();
    // Not the archived NGO, not the partner whose agreement expired, not a
    // draft or an archived agreement.
    assert_eq!(names, vec!["Podané ruce", "Romodrom"]);
    let places: Vec<&str> = register.places.iter().map(|p| p.name.as_str()).collect();
    // By region order (Praha, Středočeský, …, Plzeňský, …, Vysočina); not the
    // archived facility.
    assert_eq!(
        places,
        vec![
            "Výchovný ústav Obořiště",
            "Věznice Plzeň",
            "Věznice Rapotice"
        ]
    );
    let html = register.write(RegisterFormat::Html, b';');
    check_structure(&html, "cs", LINKS);
    assert!(html.contains("<h2>Plzeňský kraj</h2>"), "{html}");
    assert!(html.contains("<caption>Plzeňský kraj: NNO a jejich služby podle zařízení</caption>"));
    assert!(
        html.contains("<td>Romodrom</td><td>člen</td><td>adiktologie, bydlení</td>")
            || html.contains("Romodrom</td><td>"),
        "{html}"
    );
    assert!(html.contains("<a href=\"https://romodrom.example\">https://romodrom.example</a>"));
    assert!(html.contains("+420 222 333 444"));
    assert!(!html.contains("Stará") && !html.contains("Zaniklá") && !html.contains("Partner"));
    // Without youth facilities, Obořiště goes, and the page says so.
    let html = register_html(Lang::Cs, false);
    assert!(!html.contains("Obořiště"));
    assert!(html.contains("Zařízení pro mládež nejsou zahrnuta."));
    // In English, worded in English, lang="en".
    let html = register_html(Lang::En, true);
    check_structure(&html, "en", LINKS);
    assert!(html.contains("<h1>Public register: NGOs working in prisons</h1>"));
}

fn register_html(lang: spojka::vocab::Lang, youth: bool) -> String {
    register(lang, youth, None).write(RegisterFormat::Html, b',')
}

#[test]
fn no_personal_data_reaches_the_register_in_any_format_or_language() {
    use spojka::vocab::Lang;
    for lang in [Lang::Cs, Lang::En] {
        for only in [None, Some(1), Some(2)] {
            let register = register(lang, true, only);
            for format in [RegisterFormat::Html, RegisterFormat::Csv] {
                let out = register.write(format, b';');
                for word in PERSONAL {
                    assert!(
                        !out.contains(word),
                        "{word:?} in the {format:?} register ({lang:?}, {only:?}):\n{out}"
                    );
                }
            }
        }
    }
}

#[test]
fn a_facility_sheet_lists_its_ngos_services_and_published_contacts() {
    use spojka::vocab::Lang;
    let sheet = register(Lang::Cs, true, Some(1)).write(RegisterFormat::Html, b';');
    check_structure(&sheet, "cs", LINKS);
    assert!(
        sheet.contains("<h1>Věznice Plzeň: služby neziskových organizací</h1>"),
        "{sheet}"
    );
    assert!(
        sheet.contains("Romodrom <span class=\"note\">(člen)</span>"),
        "{sheet}"
    );
    assert!(
        sheet.contains("<td>adiktologie, bydlení</td>") || sheet.contains("bydlení"),
        "{sheet}"
    );
    assert!(
        sheet.contains("Podané ruce <span class=\"note\">(pozorovatel)</span>"),
        "{sheet}"
    );
    assert!(sheet.contains("Klatovská 202, 306 24 Plzeň"));
    // Rapotice's NGO only: Romodrom's agreement there is a draft.
    let other = register(Lang::Cs, true, Some(2)).write(RegisterFormat::Html, b';');
    assert!(
        other.contains("Podané ruce") && !other.contains("Romodrom"),
        "{other}"
    );
    // A facility with nothing in force says so, in a table all the same.
    let mut data = records();
    data.push(with_id(
        sample::facility("Věznice Prázdná", Region::Zlinsky),
        5,
    ));
    let data = Data::new(data);
    let empty = spojka::catalog::speaking(Lang::En, || {
        Register::build(&data, day(2026, 6, 1), true, Some(5)).write(RegisterFormat::Html, b',')
    });
    check_structure(&empty, "en", LINKS);
    assert!(empty.contains("No NGO works here under an agreement in force."));
}

#[test]
fn the_csv_register_keeps_its_shape() {
    use spojka::vocab::Lang;
    let csv = register(Lang::En, true, None).write(RegisterFormat::Csv, b',');
    insta::assert_snapshot!("register_csv_en", csv);
    let csv = register(Lang::Cs, false, None).write(RegisterFormat::Csv, b';');
    insta::assert_snapshot!("register_csv_cs_no_youth", csv);
}

/// A store holding [`records`] (saved afresh, so their ids are the store's:
/// the references are put right on the way).
fn stored(db: &Path) {
    let store = Store::open(db).expect("open");
    let now = sample::epoch();
    let mut ids = std::collections::HashMap::new();
    for record in records() {
        let old = record.id();
        let mut record = record;
        record.meta_mut().id = 0;
        record.meta_mut().version = 0;
        let remap = |id: &mut Id| {
            if let Some(new) = ids.get(id) {
                *id = *new;
            }
        };
        match &mut record {
            Record::Facility(f) => f.coordinator = None,
            Record::Person(p) => {
                p.organisation.iter_mut().for_each(remap);
                p.facility.iter_mut().for_each(remap);
            }
            Record::Assignment(a) => {
                remap(&mut a.person);
                remap(&mut a.facility);
            }
            Record::Agreement(a) => {
                remap(&mut a.organisation);
                a.facilities.iter_mut().for_each(remap);
            }
            _ => {}
        }
        let saved = store.save(record, "test", now).expect("save");
        ids.insert(old, saved.id());
    }
}

#[test]
fn the_command_writes_the_register_and_a_sheet_and_refuses_unclear_names() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    stored(&db);
    let on = ["--on", "2026-06-01"];
    let run = |args: &[&str]| {
        let mut all = vec!["--lang", "cs", "register"];
        all.extend_from_slice(args);
        all.extend_from_slice(&on);
        spojka(&db, &all)
    };
    let html = run(&[]);
    assert!(html.status.success(), "{}", text(&html.stderr));
    let html = text(&html.stdout);
    check_structure(&html, "cs", LINKS);
    assert!(html.contains("Romodrom") && html.contains("Obořiště"));
    let out = dir.path().join("register.csv");
    let csv = run(&[
        "--format",
        "csv",
        "--no-youth",
        "--out",
        out.to_str().expect("utf-8"),
    ]);
    assert!(csv.status.success(), "{}", text(&csv.stderr));
    let csv = std::fs::read_to_string(&out).expect("written");
    assert!(
        csv.starts_with("\u{feff}Kraj;Zařízení;NNO;Členství;Služby;Telefon;E-mail;Web\n"),
        "{csv}"
    );
    assert!(!csv.contains("Obořiště"));
    for word in PERSONAL {
        assert!(!html.contains(word) && !csv.contains(word), "{word}");
    }
    let sheet = run(&["--facility", "plzen"]);
    assert!(sheet.status.success(), "{}", text(&sheet.stderr));
    assert!(text(&sheet.stdout).contains("<h1>Věznice Plzeň: služby neziskových organizací</h1>"));
    let several = run(&["--facility", "věznice"]);
    assert_eq!(several.status.code(), Some(2));
    let err = text(&several.stderr);
    assert!(
        err.contains("Věznice Plzeň") && err.contains("Věznice Rapotice"),
        "{err}"
    );
    let none = run(&["--facility", "Bory"]);
    assert_eq!(none.status.code(), Some(2));
    assert!(
        text(&none.stderr).contains("žádné zařízení se nejmenuje „Bory“"),
        "{}",
        text(&none.stderr)
    );
}

#[test]
fn coverage_leaves_youth_facilities_out_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    stored(&db);
    let run = |extra: &[&str]| {
        let mut args = vec!["--lang", "en", "coverage", "--on", "2026-06-01"];
        args.extend_from_slice(extra);
        let out = spojka(&db, &args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    // Romodrom's addiction service reaches Středočeský kraj only through
    // the youth institution at Obořiště.
    let row = |csv: &str| {
        csv.lines()
            .find(|l| l.contains("Středočeský"))
            .map(str::to_string)
            .expect("a row for Středočeský kraj")
    };
    let with = row(&run(&[]));
    let without = row(&run(&["--no-youth"]));
    assert_eq!(row(&run(&["--youth"])), with);
    assert_ne!(with, without, "{with}\n{without}");
    assert!(
        with.contains(",1,") && !without.contains(",1,"),
        "{with}\n{without}"
    );
}

#[test]
fn seed_reports_the_fields_a_user_edited_and_loads_youth_facilities_when_asked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    let first = spojka(&db, &["--lang", "en", "seed", "--youth"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let out = text(&first.stdout);
    assert!(out.starts_with("Created "), "{out}");
    {
        let store = Store::open(&db).expect("open");
        let mut plzen = store
            .all::<Facility>()
            .expect("all")
            .into_iter()
            .find(|f| f.key == "vscr-plzen")
            .expect("Plzeň");
        plzen.town = "Plzeň-Bory".into();
        store
            .save(plzen.into(), "jana", sample::epoch())
            .expect("edit");
    }
    let again = spojka(&db, &["--lang", "en", "seed"]);
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(
        text(&again.stdout),
        "Created 0 facilities, skipped 38 already present.\n\
         Left as you edited them in Věznice Plzeň: Town.\n"
    );
}
