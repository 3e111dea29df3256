//! What a record points to, in 8 bytes: another record, or an option of one
//! of its choice fields. The model keeps some 500,000 of them at 100,000
//! meetings (who refers to whom, and what each record is found by besides
//! its own words), so the 16 bytes of a `(Kind, Id)` would cost megabytes.

use crate::domain::choice::ChoiceSet;
use crate::domain::{Id, Kind};

/// A record or a choice, packed: a tag in the top byte (a kind's tag, or
/// [`Link::CHOICE`] with the list's place in [`ChoiceSet::ALL`]), the id or
/// the option's index below. Ids come from the store's counters one by one
/// and never reach 2^56.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Link(u64);

/// What a [`Link`] points to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Linked {
    /// A record.
    Record(Kind, Id),
    /// Option `index` of a choice list.
    Choice(ChoiceSet, usize),
}

impl Link {
    const LOW_BITS: u32 = 56;
    const LOW: u64 = (1 << Self::LOW_BITS) - 1;
    /// Set in the tag of a choice; kinds' tags stay below it.
    const CHOICE: u8 = 0x80;

    fn pack(tag: u8, low: u64) -> Link {
        Link((u64::from(tag) << Self::LOW_BITS) | (low & Self::LOW))
    }

    /// A link to a record.
    pub fn record(kind: Kind, id: Id) -> Link {
        Link::pack(kind.tag(), id)
    }

    /// A link to option `index` of `set`.
    pub fn choice(set: ChoiceSet, index: usize) -> Link {
        let list = ChoiceSet::ALL.iter().position(|s| *s == set).unwrap_or(0);
        Link::pack(Self::CHOICE | list as u8, index as u64)
    }

    /// What it points to (None only for a value no constructor makes).
    pub fn get(self) -> Option<Linked> {
        let tag = (self.0 >> Self::LOW_BITS) as u8;
        let low = self.0 & Self::LOW;
        if tag & Self::CHOICE == 0 {
            return Kind::from_tag(tag).map(|kind| Linked::Record(kind, low));
        }
        let set = ChoiceSet::ALL.get(usize::from(tag & !Self::CHOICE))?;
        Some(Linked::Choice(*set, low as usize))
    }

    /// The record it points to, if it points to one.
    pub fn to_record(self) -> Option<(Kind, Id)> {
        match self.get()? {
            Linked::Record(kind, id) => Some((kind, id)),
            Linked::Choice(..) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_packs_every_kind_with_any_counter_id_and_every_choice() {
        for kind in Kind::ALL {
            assert!(kind.tag() < Link::CHOICE, "{kind:?}");
            for id in [0, 1, 4_096, (1 << 56) - 1] {
                let link = Link::record(kind, id);
                assert_eq!(link.get(), Some(Linked::Record(kind, id)));
                assert_eq!(link.to_record(), Some((kind, id)));
            }
        }
        for set in ChoiceSet::ALL {
            for index in 0..set.len() {
                let link = Link::choice(*set, index);
                assert_eq!(link.get(), Some(Linked::Choice(*set, index)));
                assert_eq!(link.to_record(), None);
            }
        }
        assert_ne!(
            Link::record(Kind::ALL[0], 0),
            Link::choice(ChoiceSet::ALL[0], 0)
        );
    }
}
