//! The folded search texts of a run of records, one after another in one
//! string. A text of its own per record would cost an allocation (its
//! header, its rounding and, shared, its reference counts) and a 16-byte
//! pointer; here it costs its bytes and a 4-byte end offset. At 100,000
//! meetings that is some 6 MB less.

/// The texts of a chunk's records, by position.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Texts {
    all: String,
    /// Where each text ends in `all`.
    ends: Vec<u32>,
}

impl Texts {
    /// `count` empty texts.
    pub fn empty(count: usize) -> Texts {
        Texts {
            all: String::new(),
            ends: vec![0; count],
        }
    }

    /// How many texts.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    fn start(&self, at: usize) -> usize {
        at.checked_sub(1)
            .and_then(|before| self.ends.get(before))
            .map_or(0, |end| *end as usize)
    }

    fn end(&self, at: usize) -> usize {
        self.ends
            .get(at)
            .map_or(self.all.len(), |end| *end as usize)
    }

    /// Where the text at `at` is in [`Texts::bytes`] (empty past the end).
    pub fn span(&self, at: usize) -> (u32, u32) {
        if at >= self.ends.len() {
            return (0, 0);
        }
        (self.start(at) as u32, self.end(at) as u32)
    }

    /// Every text's bytes, one after another.
    pub fn bytes(&self) -> &[u8] {
        self.all.as_bytes()
    }

    /// The text at `at`; empty past the end.
    pub fn get(&self, at: usize) -> &str {
        if at >= self.ends.len() {
            return "";
        }
        self.all.get(self.start(at)..self.end(at)).unwrap_or("")
    }

    /// Inserts an empty text at `at` (at most the length).
    pub fn insert_empty(&mut self, at: usize) {
        let at = at.min(self.ends.len());
        let start = self.start(at) as u32;
        self.ends.insert(at, start);
    }

    /// Removes the text at `at`.
    pub fn remove(&mut self, at: usize) {
        if at >= self.ends.len() {
            return;
        }
        let (start, end) = (self.start(at), self.end(at));
        self.all.replace_range(start..end, "");
        self.ends.remove(at);
        let gone = (end - start) as u32;
        for e in &mut self.ends[at..] {
            *e -= gone;
        }
    }

    /// Splits off the texts from `at` on.
    pub fn split_off(&mut self, at: usize) -> Texts {
        let at = at.min(self.ends.len());
        let cut = self.start(at);
        let all = self.all.split_off(cut);
        let mut ends = self.ends.split_off(at);
        for e in &mut ends {
            *e -= cut as u32;
        }
        Texts { all, ends }
    }

    /// The texts with those at the positions in `changes` (in ascending
    /// order) replaced: one new string for any number of changes.
    pub fn with_changes(&self, changes: &[(usize, String)]) -> Texts {
        let mut next = changes.iter().peekable();
        let mut out = Texts {
            all: String::with_capacity(self.all.len()),
            ends: Vec::with_capacity(self.ends.len()),
        };
        for at in 0..self.ends.len() {
            let mut text = self.get(at);
            while let Some((changed, new)) = next.peek() {
                if *changed > at {
                    break;
                }
                if *changed == at {
                    text = new;
                }
                next.next();
            }
            out.all.push_str(text);
            out.ends.push(out.all.len() as u32);
        }
        out.all.shrink_to_fit();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(words: &[&str]) -> Texts {
        let changes: Vec<(usize, String)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (i, w.to_string()))
            .collect();
        Texts::empty(words.len()).with_changes(&changes)
    }

    fn all(t: &Texts) -> Vec<&str> {
        (0..t.len()).map(|i| t.get(i)).collect()
    }

    #[test]
    fn texts_are_read_changed_inserted_removed_and_split_by_position() {
        let mut t = texts(&["věznice plzeň", "", "charita"]);
        assert_eq!(all(&t), ["věznice plzeň", "", "charita"]);
        t = t.with_changes(&[(1, "mírov".into()), (2, String::new())]);
        assert_eq!(all(&t), ["věznice plzeň", "mírov", ""]);
        t.insert_empty(1);
        t.insert_empty(4);
        assert_eq!(all(&t), ["věznice plzeň", "", "mírov", "", ""]);
        t.remove(0);
        assert_eq!(all(&t), ["", "mírov", "", ""]);
        let upper = t.split_off(2);
        assert_eq!(all(&t), ["", "mírov"]);
        assert_eq!(all(&upper), ["", ""]);
        assert_eq!(t.get(9), "", "past the end is empty");
    }
}
