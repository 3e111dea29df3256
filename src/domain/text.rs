//! Text folding for search: case and Czech diacritics are ignored, so "plzen"
//! finds "Plzeň" and "ceske" finds "České".

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// Lower-cases and strips diacritics (canonical decomposition, then combining
/// marks dropped). ASCII, most of any text, skips the decomposition.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            });
        }
    }
    out
}

/// Whether every whitespace-separated word of `query` occurs in `haystack`;
/// both are folded first, so call with `fold`ed haystacks for speed.
pub fn matches_folded(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|word| folded_haystack.contains(word))
}

/// A folded query prepared for matching many haystacks: each word gets a
/// SIMD substring finder once, instead of once per haystack.
pub struct Query {
    finders: Vec<memchr::memmem::Finder<'static>>,
}

impl Query {
    /// Prepares a query (folded here).
    pub fn new(query: &str) -> Query {
        let folded = fold(query);
        let finders = folded
            .split_whitespace()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
            .collect();
        Query { finders }
    }

    /// Whether every word occurs in the folded haystack.
    pub fn matches(&self, folded_haystack: &str) -> bool {
        self.matches_bytes(folded_haystack.as_bytes())
    }

    /// [`Query::matches`] over the haystack's bytes (a folded text is ASCII
    /// where the query can match, so a slice of it needs no UTF-8 checks).
    pub fn matches_bytes(&self, folded_haystack: &[u8]) -> bool {
        self.finders
            .iter()
            .all(|f| f.find(folded_haystack).is_some())
    }

    /// Whether each word occurs in the folded haystack or `elsewhere` says
    /// the word (by its place in the query) is found another way. That is
    /// asked first: it is meant to be the cheaper test.
    pub fn matches_or(&self, folded_haystack: &[u8], elsewhere: impl Fn(usize) -> bool) -> bool {
        self.finders
            .iter()
            .enumerate()
            .all(|(word, f)| elsewhere(word) || f.find(folded_haystack).is_some())
    }

    /// Whether the query has no words (matches everything).
    pub fn is_empty(&self) -> bool {
        self.finders.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_ignores_case_and_czech_diacritics() {
        assert_eq!(fold("Plzeň"), "plzen");
        assert_eq!(fold("České Budějovice"), "ceske budejovice");
        assert_eq!(
            fold("ŽLUŤOUČKÝ KŮŇ ÚPĚL ĎÁBELSKÉ ÓDY"),
            "zlutoucky kun upel dabelske ody"
        );
    }

    #[test]
    fn every_query_word_must_match() {
        let hay = fold("Věznice Plzeň, Plzeňský kraj");
        assert!(matches_folded(&hay, &fold("plzen")));
        assert!(matches_folded(&hay, &fold("VEZ plz")));
        assert!(!matches_folded(&hay, &fold("plzen brno")));
        assert!(matches_folded(&hay, ""));
    }
}
