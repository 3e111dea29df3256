//! The overviews (dashboard, coverage map, figures, report, holidays) in
//! Czech: plural forms, dates and abbreviations as a Czech reader expects.

use super::*;
use crate::domain::Service;
use crate::domain::holidays::Holiday;
use crate::insight::dashboard::{Fact, Section};
use crate::model::Data;
use crate::report::{Report, ReportFormat};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

#[test]
fn dashboard_headings_count_in_czech_plurals() {
    speaking(Lang::Cs, || {
        let ending = |n| dashboard::heading(Section::Ending30, n);
        assert_eq!(ending(1), "Končí do 30 dnů: 1 dohoda");
        assert_eq!(ending(2), "Končí do 30 dnů: 2 dohody");
        assert_eq!(ending(5), "Končí do 30 dnů: 5 dohod");
        let meetings = |n| dashboard::heading(Section::Meetings, n);
        assert_eq!(meetings(1), "Příštích 7 dní: 1 schůzka");
        assert_eq!(meetings(2), "Příštích 7 dní: 2 schůzky");
        assert_eq!(meetings(5), "Příštích 7 dní: 5 schůzek");
        assert_eq!(
            dashboard::heading(Section::Overdue, 3),
            "Úkoly po termínu: 3 osoby"
        );
        assert_eq!(
            dashboard::heading(Section::NoAgreement, 12),
            "Bez platné dohody o spolupráci: 12 zařízení"
        );
    });
    speaking(Lang::En, || {
        assert_eq!(
            dashboard::heading(Section::Ending30, 2),
            "Agreements ending within 30 days (2)"
        );
        assert_eq!(
            dashboard::heading(Section::Meetings, 1),
            "Meetings in the next 7 days (1)"
        );
    });
}

#[test]
fn dashboard_facts_write_czech_dates_and_plurals() {
    speaking(Lang::Cs, || {
        assert_eq!(
            dashboard::title(day(2026, 12, 1)),
            "Co vyžaduje pozornost — úterý 1. prosince 2026"
        );
        let ends = |days_left| {
            dashboard::fact(&Fact::Ends {
                until: day(2026, 12, 14),
                days_left,
            })
        };
        assert_eq!(ends(0), "dnes     platí do 14. 12. 2026");
        assert_eq!(ends(1), "1 den    platí do 14. 12. 2026");
        assert_eq!(ends(3), "3 dny    platí do 14. 12. 2026");
        assert_eq!(ends(13), "13 dní   platí do 14. 12. 2026");
        assert_eq!(
            dashboard::fact(&Fact::Overdue {
                count: 2,
                oldest: day(2026, 11, 3),
            }),
            "2 úkoly po termínu, nejstarší k 3. 11. 2026"
        );
    });
    speaking(Lang::En, || {
        let fact = Fact::Ends {
            until: day(2026, 12, 14),
            days_left: 13,
        };
        assert_eq!(dashboard::fact(&fact), "13 days  until 2026-12-14");
    });
}

#[test]
fn coverage_headings_fit_each_width_in_every_language() {
    speaking(Lang::Cs, || {
        let addiction = |w| coverage::service_heading(Service::Addiction, w);
        assert_eq!(addiction(10), "Závislosti");
        assert_eq!(addiction(4), "Záv.");
        assert_eq!(addiction(3), "Záv");
        let housing = |w| coverage::service_heading(Service::Housing, w);
        assert_eq!(
            (housing(12), housing(5), housing(2)),
            ("Bydlení", "Byd.", "Byd")
        );
    });
    for lang in Lang::ALL {
        speaking(lang, || {
            for width in [10, 4, 3] {
                let headings: Vec<&str> = Service::ALL
                    .iter()
                    .map(|s| coverage::service_heading(*s, width))
                    .collect();
                for heading in &headings {
                    assert!(
                        heading.chars().count() <= width,
                        "{heading:?} is wider than {width} ({})",
                        lang.code()
                    );
                }
                let distinct: std::collections::HashSet<_> = headings.iter().collect();
                assert_eq!(distinct.len(), headings.len(), "{headings:?}");
            }
        });
    }
}

#[test]
fn a_coverage_cell_says_in_czech_what_is_behind_it() {
    speaking(Lang::Cs, || {
        assert_eq!(
            coverage::cell("Praha", "bydlení", 0, 0),
            "Praha · bydlení: mezera, dnes tu nepůsobí žádná NNO"
        );
        assert_eq!(
            coverage::cell("Praha", "bydlení", 2, 3),
            "Praha · bydlení: 2 NNO, 3 zařízení"
        );
        assert_eq!(coverage::gaps(12, 225), "Mezery: 12 z 225 políček");
    });
}

#[test]
fn holidays_have_their_official_czech_names() {
    speaking(Lang::Cs, || {
        assert_eq!(
            holidays::name(Holiday::Independence),
            "Den vzniku samostatného československého státu"
        );
        for (_, holiday) in crate::domain::holidays::in_year(2026) {
            assert_eq!(holidays::name(holiday), holiday.official_name());
        }
        let eve = [holidays::dated(day(2026, 12, 24), Holiday::ChristmasEve)];
        assert_eq!(
            holidays::question(&[], 0, &eve, 0),
            "Tato schůzka připadá na státní svátek: 24. 12. 2026 Štědrý den. Přesto uložit?"
        );
        assert_eq!(
            holidays::question(&[], 0, &eve, 2),
            "Tato schůzka připadá na státní svátky: 24. 12. 2026 Štědrý den; a 2 další. \
             Přesto uložit?"
        );
        assert_eq!(
            holidays::imported_on_holidays(2),
            "2 importované schůzky připadají na státní svátky. "
        );
        assert_eq!(holidays::imported_on_holidays(0), "");
        assert_eq!(
            holidays::imported_on("Porada", &eve),
            "Na státní svátek připadá „Porada“: 24. 12. 2026 Štědrý den"
        );
    });
}

#[test]
fn figures_write_czech_periods_and_read_back_what_they_offer() {
    speaking(Lang::Cs, || {
        let (from, to) = (day(2026, 1, 1), day(2026, 6, 30));
        assert_eq!(figures::title(from, to), "Čísla 1. 1. 2026 – 30. 6. 2026");
        assert_eq!(figures::month_label(day(2026, 3, 1)), "03/2026");
        assert!(figures::period_prompt().starts_with("Období (od – do, např. 1. 1. 2026"));
        assert_eq!(figures::typed_period(from, to), "1. 1. 2026 – 30. 6. 2026");
        assert_eq!(crate::report::count(12345), "12 345");
    });
    for lang in Lang::ALL {
        speaking(lang, || {
            let (from, to) = (day(2025, 5, 1), day(2025, 5, 31));
            let typed = figures::typed_period(from, to);
            let read = crate::screens::figures::parse_period(&typed, day(2026, 12, 1));
            assert_eq!(read.ok(), Some((from, to)), "{typed} ({})", lang.code());
        });
    }
    // Whichever way a date is typed, with or without spaces or a dash.
    for typed in [
        "1. 5. 2025 – 31. 5. 2025",
        "1.5.2025 31.5.2025",
        "2025-05-01 - 2025-05-31",
    ] {
        let read = crate::screens::figures::parse_period(typed, day(2026, 12, 1));
        assert_eq!(
            read.ok(),
            Some((day(2025, 5, 1), day(2025, 5, 31))),
            "{typed}"
        );
    }
}

#[test]
fn the_report_speaks_the_language_it_was_built_in() {
    let (from, to, today) = (day(2026, 1, 1), day(2026, 6, 30), day(2026, 7, 1));
    let czech = speaking(Lang::Cs, || {
        Report::build(&Data::new(Vec::new()), from, to, today)
    });
    assert_eq!(czech.period, "Období: 1. 1. 2026 – 30. 6. 2026");
    assert_eq!(czech.made_on, "Vytvořeno 1. 7. 2026");
    // Written on a thread that speaks English, it stays Czech.
    let html = speaking(Lang::En, || czech.write(ReportFormat::Html));
    assert!(html.contains("<html lang=\"cs\">"), "{html}");
    assert!(html.contains("<h2>Souhrn</h2>"), "{html}");
    let markdown = czech.write(ReportFormat::Markdown);
    assert!(markdown.contains("## Souhrn"), "{markdown}");
    let english = speaking(Lang::En, || {
        Report::build(&Data::new(Vec::new()), from, to, today)
    });
    let html = speaking(Lang::Cs, || english.write(ReportFormat::Html));
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert_eq!(english.period, "Period: 2026-01-01 – 2026-06-30");
}
