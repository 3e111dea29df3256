//! Text folding for search: case and Czech diacritics are ignored, so "plzen"
//! finds "Plzeň" and "ceske" finds "České".

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Lower-cases and strips diacritics (NFD, then drop combining marks).
pub fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether every whitespace-separated word of `query` occurs in `haystack`;
/// both are folded first, so call with `fold`ed haystacks for speed.
pub fn matches_folded(folded_haystack: &str, folded_query: &str) -> bool {
    folded_query
        .split_whitespace()
        .all(|word| folded_haystack.contains(word))
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
