//! A list's filter against records. A record's search holds its own words
//! and links to what it points to (see `model`'s texts); a query word not
//! among its own words is looked for in the names of the records it refers
//! to and the labels of its choices, in every language.

use crate::domain::text::{Query, fold};
use crate::domain::{FieldKind, Kind};
use crate::model::{Data, Link, SearchTexts, TextAt};

/// A folded query, each word with the links that find it.
pub(super) struct Matcher {
    query: Query,
    /// Per word of the query, the records and choices whose name or label
    /// holds it, sorted. Usually a few: a word names a facility or two, a
    /// status, a handful of people.
    through: Vec<Vec<Link>>,
}

impl Matcher {
    /// The matcher of `folded_query` for records of `kind`.
    pub(super) fn new(data: &Data, kind: Kind, folded_query: &str) -> Matcher {
        let query = Query::new(folded_query);
        if query.is_empty() {
            return Matcher {
                query,
                through: Vec::new(),
            };
        }
        let named = Named::of(data, kind);
        let through = folded_query
            .split_whitespace()
            .map(|word| named.holding(word))
            .collect();
        Matcher { query, through }
    }

    /// Whether the query has no words (matches everything).
    pub(super) fn is_empty(&self) -> bool {
        self.query.is_empty()
    }

    /// Whether every word of the query is in the search at `place`: in the
    /// record's own folded words, or in the name or label of one of its
    /// links.
    pub(super) fn matches(&self, texts: &SearchTexts, place: TextAt) -> bool {
        // A record's links and a word's few findings are compared before
        // its text is searched, and only for a word something is named by:
        // at 100,000 records that is the cheaper test.
        self.query.matches_or(texts.bytes(place), |word| {
            self.through.get(word).is_some_and(|found| {
                !found.is_empty()
                    && texts
                        .links(place)
                        .iter()
                        .any(|l| found.binary_search(l).is_ok())
            })
        })
    }
}

/// Everything a record of `kind` can link to, with its folded name or
/// label: the records of each kind its fields refer to, by name, and the
/// options of its choice fields, by their labels in every language. The
/// names sit in one string (an action item can point to any of 100,000
/// meetings). Worked out the first time a list of `kind` is filtered in a
/// version of the data, and shared.
#[derive(Debug, Default)]
struct Named {
    names: String,
    /// Where each name ends in `names`.
    ends: Vec<u32>,
    links: Vec<Link>,
}

impl Named {
    fn of(data: &Data, kind: Kind) -> std::sync::Arc<Named> {
        data.derived(("named links", kind), || {
            let mut named = Named::default();
            let mut seen_kinds = Vec::new();
            for field in kind.fields() {
                match field.kind {
                    FieldKind::Ref(target) | FieldKind::Refs(target) => {
                        if seen_kinds.contains(&target) {
                            continue;
                        }
                        seen_kinds.push(target);
                        for record in data.all(target) {
                            let id = record.id();
                            named.push(Link::record(target, id), &data.name(target, id));
                        }
                    }
                    FieldKind::Choice(set) | FieldKind::Multi(set) => {
                        for index in 0..set.len() {
                            let label = crate::catalog::choice_label_everywhere(set, index);
                            named.push(Link::choice(set, index), &label);
                        }
                    }
                    _ => {}
                }
            }
            named.names.shrink_to_fit();
            named
        })
    }

    fn push(&mut self, link: Link, name: &str) {
        self.names.push_str(&fold(name));
        self.ends.push(self.names.len() as u32);
        self.links.push(link);
    }

    /// The links whose name holds `word` (folded), sorted.
    fn holding(&self, word: &str) -> Vec<Link> {
        let finder = memchr::memmem::Finder::new(word.as_bytes());
        let mut start = 0;
        let mut found = Vec::new();
        for (end, link) in self.ends.iter().zip(&self.links) {
            let end = *end as usize;
            if finder.find(&self.names.as_bytes()[start..end]).is_some() {
                found.push(*link);
            }
            start = end;
        }
        found.sort_unstable();
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Region;
    use crate::sample::{at, facility, meeting, person, with_id};

    /// Věznice Mírov (1), Jana Nováková (2), and a meeting there (3) she
    /// attends.
    fn data() -> Data {
        let mut visit = meeting("Návštěva", Some(1), at(2026, 12, 2, 9, 0));
        visit.attendees = vec![2];
        Data::new([
            with_id(facility("Věznice Mírov", Region::Olomoucky), 1),
            with_id(person("Jana Nováková", None), 2),
            with_id(visit, 3),
        ])
    }

    fn finds(data: &Data, query: &str) -> bool {
        let texts = data.search_texts(Kind::Meeting);
        let place = texts.places().next().expect("one meeting");
        Matcher::new(data, Kind::Meeting, &fold(query)).matches(&texts, place)
    }

    #[test]
    fn a_word_is_found_in_the_record_or_in_what_it_points_to() {
        let data = data();
        assert!(finds(&data, "navst"), "its own title");
        assert!(finds(&data, "2026-12-02"), "its own start");
        assert!(finds(&data, "10:00"), "its own end");
        assert!(!finds(&data, "11:00"), "no other time");
        assert!(finds(&data, "mirov"), "its facility's name");
        assert!(finds(&data, "novakova"), "an attendee's name");
        assert!(finds(&data, "planned"), "its status in English");
        assert!(finds(&data, "planovano"), "its status in Czech");
        assert!(
            finds(&data, "MÍROV návštěva plánováno"),
            "every word, each somewhere"
        );
        assert!(!finds(&data, "mirov brno"), "every word must be found");
        assert!(!finds(&data, "held"), "another status");
    }

    #[test]
    fn a_renamed_facility_finds_its_meetings_by_the_new_name() {
        let mut data = data();
        data.upsert(with_id(facility("Věznice Rýnovice", Region::Liberecky), 1));
        assert!(finds(&data, "rynovice"));
        assert!(!finds(&data, "mirov"));
    }
}
