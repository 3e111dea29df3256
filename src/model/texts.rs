//! What a list's filter matches a run of records against, one record after
//! another in two arrays: each record's own folded words in one string, and
//! the records and choices it is also found by ([`Link`]s: its facility,
//! its people, its status) in one vector. A text of its own per record
//! would cost an allocation (its header, its rounding and, shared, its
//! reference counts) and a 16-byte pointer; here it costs its bytes and a
//! 4-byte end offset. The names of what a record refers to and the labels
//! of its choices are not copied in: at 100,000 meetings they were two
//! thirds of the text, and a rename had to rewrite every referrer's.

use super::link::Link;

/// A record's search: its own words, folded, and what else finds it.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Search {
    /// Its own fields' text, folded, each followed by a space.
    pub text: String,
    /// The records it refers to and the options of its choice fields.
    pub links: Vec<Link>,
}

/// A sequence of runs of items, by position: one vector for every run's
/// items and one for where each run ends.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Runs<T> {
    items: Vec<T>,
    ends: Vec<u32>,
}

impl<T: Clone> Runs<T> {
    fn empty(count: usize) -> Runs<T> {
        Runs {
            items: Vec::new(),
            ends: vec![0; count],
        }
    }

    /// Where the run at `at` is in `items` (empty past the end).
    fn span(&self, at: usize) -> (usize, usize) {
        let Some(end) = self.ends.get(at) else {
            return (0, 0);
        };
        let start = at
            .checked_sub(1)
            .and_then(|before| self.ends.get(before))
            .map_or(0, |start| *start as usize);
        (start, *end as usize)
    }

    fn get(&self, at: usize) -> &[T] {
        let (start, end) = self.span(at);
        self.items.get(start..end).unwrap_or_default()
    }

    fn insert_empty(&mut self, at: usize) {
        let at = at.min(self.ends.len());
        let start = self.span(at.wrapping_sub(1)).1 as u32;
        self.ends.insert(at, start);
    }

    fn remove(&mut self, at: usize) {
        if at >= self.ends.len() {
            return;
        }
        let (start, end) = self.span(at);
        self.items.drain(start..end);
        self.ends.remove(at);
        let gone = (end - start) as u32;
        for e in &mut self.ends[at..] {
            *e -= gone;
        }
    }

    fn split_off(&mut self, at: usize) -> Runs<T> {
        let at = at.min(self.ends.len());
        let cut = self.span(at.wrapping_sub(1)).1;
        let items = self.items.split_off(cut);
        let mut ends = self.ends.split_off(at);
        for e in &mut ends {
            *e -= cut as u32;
        }
        Runs { items, ends }
    }

    /// The runs with those at the positions in `changes` (ascending)
    /// replaced: one new vector for any number of changes.
    fn with_changes<'a>(&self, changes: impl Iterator<Item = (usize, &'a [T])>) -> Runs<T>
    where
        T: 'a,
    {
        let mut next = changes.peekable();
        let mut out = Runs {
            items: Vec::with_capacity(self.items.len()),
            ends: Vec::with_capacity(self.ends.len()),
        };
        for at in 0..self.ends.len() {
            let mut run = self.get(at);
            while let Some((changed, new)) = next.next_if(|(changed, _)| *changed <= at) {
                if changed == at {
                    run = new;
                }
            }
            out.items.extend_from_slice(run);
            out.ends.push(out.items.len() as u32);
        }
        out.items.shrink_to_fit();
        out
    }
}

/// The searches of a chunk's records, by position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Texts {
    /// Folded UTF-8, each run one record's whole text.
    text: Runs<u8>,
    links: Runs<Link>,
}

impl Default for Texts {
    fn default() -> Self {
        Texts::empty(0)
    }
}

impl Texts {
    /// `count` empty searches.
    pub fn empty(count: usize) -> Texts {
        Texts {
            text: Runs::empty(count),
            links: Runs::empty(count),
        }
    }

    /// How many searches.
    pub fn len(&self) -> usize {
        self.text.ends.len()
    }

    /// The text at `at`, as bytes (empty past the end).
    pub fn bytes(&self, at: usize) -> &[u8] {
        self.text.get(at)
    }

    /// The text at `at`; empty past the end.
    pub fn get(&self, at: usize) -> &str {
        // Each run is a whole String's bytes, so it is whole UTF-8.
        std::str::from_utf8(self.bytes(at)).unwrap_or("")
    }

    /// The links at `at`; none past the end.
    pub fn links(&self, at: usize) -> &[Link] {
        self.links.get(at)
    }

    /// Where the text and the links at `at` are (see [`Texts::text_in`] and
    /// [`Texts::links_in`]): kept by a list that reads them often, which
    /// then skips looking up where each ends.
    pub fn spans(&self, at: usize) -> ((u32, u32), (u32, u32)) {
        let span = |(start, end): (usize, usize)| (start as u32, end as u32);
        (span(self.text.span(at)), span(self.links.span(at)))
    }

    /// The text bytes at `span` (from [`Texts::spans`]).
    pub fn text_in(&self, (start, end): (u32, u32)) -> &[u8] {
        self.text
            .items
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// The links at `span` (from [`Texts::spans`]).
    pub fn links_in(&self, (start, end): (u32, u32)) -> &[Link] {
        self.links
            .items
            .get(start as usize..end as usize)
            .unwrap_or_default()
    }

    /// Inserts an empty search at `at` (at most the length).
    pub fn insert_empty(&mut self, at: usize) {
        self.text.insert_empty(at);
        self.links.insert_empty(at);
    }

    /// Removes the search at `at`.
    pub fn remove(&mut self, at: usize) {
        self.text.remove(at);
        self.links.remove(at);
    }

    /// Splits off the searches from `at` on.
    pub fn split_off(&mut self, at: usize) -> Texts {
        Texts {
            text: self.text.split_off(at),
            links: self.links.split_off(at),
        }
    }

    /// The searches with those at the positions in `changes` (in ascending
    /// order) replaced: new arrays for any number of changes.
    pub fn with_changes(&self, changes: &[(usize, Search)]) -> Texts {
        let text = changes.iter().map(|(at, s)| (*at, s.text.as_bytes()));
        let links = changes.iter().map(|(at, s)| (*at, s.links.as_slice()));
        Texts {
            text: self.text.with_changes(text),
            links: self.links.with_changes(links),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Kind;

    fn search(text: &str, ids: &[u64]) -> Search {
        Search {
            text: text.into(),
            links: ids
                .iter()
                .map(|id| Link::record(Kind::Person, *id))
                .collect(),
        }
    }

    fn texts(searches: &[Search]) -> Texts {
        let changes: Vec<(usize, Search)> = searches.iter().cloned().enumerate().collect();
        Texts::empty(searches.len()).with_changes(&changes)
    }

    fn all(t: &Texts) -> Vec<(&str, Vec<u64>)> {
        (0..t.len())
            .map(|i| {
                let ids = t
                    .links(i)
                    .iter()
                    .filter_map(|l| l.to_record())
                    .map(|(_, id)| id);
                (t.get(i), ids.collect())
            })
            .collect()
    }

    #[test]
    fn searches_are_read_changed_inserted_removed_and_split_by_position() {
        let mut t = texts(&[
            search("věznice plzeň", &[1, 2]),
            search("", &[]),
            search("charita", &[3]),
        ]);
        assert_eq!(
            all(&t),
            [
                ("věznice plzeň", vec![1, 2]),
                ("", vec![]),
                ("charita", vec![3])
            ]
        );
        t = t.with_changes(&[(1, search("mírov", &[4])), (2, search("", &[]))]);
        assert_eq!(
            all(&t),
            [
                ("věznice plzeň", vec![1, 2]),
                ("mírov", vec![4]),
                ("", vec![])
            ]
        );
        t.insert_empty(1);
        t.insert_empty(4);
        assert_eq!(t.len(), 5);
        assert_eq!(all(&t)[2], ("mírov", vec![4]));
        assert_eq!(all(&t)[1], ("", vec![]));
        t.remove(0);
        assert_eq!(
            all(&t),
            [("", vec![]), ("mírov", vec![4]), ("", vec![]), ("", vec![])]
        );
        let upper = t.split_off(2);
        assert_eq!(all(&t), [("", vec![]), ("mírov", vec![4])]);
        assert_eq!(all(&upper), [("", vec![]), ("", vec![])]);
        assert_eq!(t.get(9), "", "past the end is empty");
        assert!(t.links(9).is_empty(), "past the end has no links");
    }
}
