//! Maps that new versions of the model share with old ones: a change copies
//! one shard, not the whole map.

use chrono::{Datelike, NaiveDateTime};
use rustc_hash::FxHashMap;
use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hash};
use std::sync::Arc;

/// Shards per map: at 100,000 meetings the reference map holds some 200,000
/// keys, so a change copies a few thousand entries.
const SHARDS: usize = 64;

/// A hash map split into shards behind `Arc`s.
#[derive(Debug, Clone)]
pub(super) struct ShardedMap<K, V> {
    shards: Vec<Arc<FxHashMap<K, V>>>,
}

impl<K, V> Default for ShardedMap<K, V> {
    fn default() -> Self {
        ShardedMap {
            shards: (0..SHARDS)
                .map(|_| Arc::new(FxHashMap::default()))
                .collect(),
        }
    }
}

impl<K: Hash + Eq + Clone, V: Clone> ShardedMap<K, V> {
    fn shard(key: &K) -> usize {
        let hash = rustc_hash::FxBuildHasher.hash_one(key);
        // The high bits: FxHash's low bits vary little for small integers.
        (hash >> 58) as usize % SHARDS
    }

    /// The value at `key`.
    pub(super) fn get(&self, key: &K) -> Option<&V> {
        self.shards[Self::shard(key)].get(key)
    }

    /// Whether `key` is there.
    pub(super) fn contains(&self, key: &K) -> bool {
        self.get(key).is_some()
    }

    /// The value at `key` to change, created with `Default` if absent (its
    /// shard copied if shared).
    pub(super) fn entry(&mut self, key: K) -> &mut V
    where
        V: Default,
    {
        let shard = Arc::make_mut(&mut self.shards[Self::shard(&key)]);
        shard.entry(key).or_default()
    }

    /// The value at `key` to change, if there is one.
    pub(super) fn get_mut(&mut self, key: &K) -> Option<&mut V> {
        let shard = &mut self.shards[Self::shard(key)];
        if !shard.contains_key(key) {
            return None;
        }
        Arc::make_mut(shard).get_mut(key)
    }

    /// Sets `key` to `value`.
    pub(super) fn insert(&mut self, key: K, value: V) {
        Arc::make_mut(&mut self.shards[Self::shard(&key)]).insert(key, value);
    }

    /// Removes `key`.
    pub(super) fn remove(&mut self, key: &K) {
        let shard = &mut self.shards[Self::shard(key)];
        if shard.contains_key(key) {
            Arc::make_mut(shard).remove(key);
        }
    }
}

/// One month's entries, by start and id.
type Month<V> = Arc<BTreeMap<(NaiveDateTime, u64), V>>;

/// Entries keyed by a start time and an id, in order, split by month so a
/// change copies one month's entries.
#[derive(Debug, Clone)]
pub(super) struct ByMonth<V> {
    months: BTreeMap<i32, Month<V>>,
}

impl<V> Default for ByMonth<V> {
    fn default() -> Self {
        ByMonth {
            months: BTreeMap::new(),
        }
    }
}

fn month_of(at: NaiveDateTime) -> i32 {
    at.year() * 12 + at.month0() as i32
}

impl<V: Clone> ByMonth<V> {
    /// Adds or replaces an entry.
    pub(super) fn insert(&mut self, at: NaiveDateTime, id: u64, value: V) {
        let month = self.months.entry(month_of(at)).or_default();
        Arc::make_mut(month).insert((at, id), value);
    }

    /// Removes an entry, if it is there.
    pub(super) fn remove(&mut self, at: NaiveDateTime, id: u64) {
        let key = month_of(at);
        let Some(month) = self.months.get_mut(&key) else {
            return;
        };
        if month.contains_key(&(at, id)) {
            let entries = Arc::make_mut(month);
            entries.remove(&(at, id));
            if entries.is_empty() {
                self.months.remove(&key);
            }
        }
    }

    /// Adds many entries at once. A month that had none is built from
    /// its entries in order, which fills its tree's nodes; a tree grown by
    /// inserting keeps them about half full (each split halves one).
    pub(super) fn extend(&mut self, mut entries: Vec<(NaiveDateTime, u64, V)>) {
        entries.sort_unstable_by_key(|(at, id, _)| (*at, *id));
        let mut entries = entries.into_iter().peekable();
        while let Some((at, id, value)) = entries.next() {
            let key = month_of(at);
            let same_month = |next: &(NaiveDateTime, u64, V)| month_of(next.0) == key;
            let month = std::iter::once((at, id, value))
                .chain(std::iter::from_fn(|| entries.next_if(same_month)));
            match self.months.get_mut(&key) {
                Some(existing) => {
                    let existing = Arc::make_mut(existing);
                    for (at, id, value) in month {
                        existing.insert((at, id), value);
                    }
                }
                None => {
                    let built = month.map(|(at, id, value)| ((at, id), value)).collect();
                    self.months.insert(key, Arc::new(built));
                }
            }
        }
    }

    /// Entries with a start in `[from, to)`, in order.
    pub(super) fn range(
        &self,
        from: NaiveDateTime,
        to: NaiveDateTime,
    ) -> impl Iterator<Item = (&(NaiveDateTime, u64), &V)> {
        let months = if from < to {
            self.months.range(month_of(from)..=month_of(to))
        } else {
            self.months.range(0..0)
        };
        months.flat_map(move |(_, entries)| entries.range((from, 0)..(to, 0)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .expect("date")
    }

    #[test]
    fn ranges_cross_months_and_years_in_order() {
        let mut months = ByMonth::default();
        months.insert(at(2027, 1, 3), 3, 'c');
        months.insert(at(2026, 11, 30), 1, 'a');
        months.insert(at(2026, 12, 15), 2, 'b');
        let got: Vec<char> = months
            .range(at(2026, 11, 1), at(2027, 2, 1))
            .map(|(_, v)| *v)
            .collect();
        assert_eq!(got, vec!['a', 'b', 'c']);
        months.remove(at(2026, 12, 15), 2);
        assert_eq!(months.range(at(2026, 12, 1), at(2027, 1, 1)).count(), 0);
        assert_eq!(months.range(at(2027, 2, 1), at(2026, 1, 1)).count(), 0);
    }

    #[test]
    fn entries_added_in_bulk_join_those_there_in_order() {
        let mut months = ByMonth::default();
        months.insert(at(2026, 12, 15), 15, 15);
        let mut entries = Vec::new();
        for day in (1..=28).rev() {
            entries.push((at(2026, 12, day), u64::from(day) + 100, day));
            entries.push((at(2027, 1, day), u64::from(day) + 200, day));
        }
        months.extend(entries);
        let got: Vec<(NaiveDateTime, u64)> = months
            .range(at(2026, 1, 1), at(2028, 1, 1))
            .map(|(key, _)| *key)
            .collect();
        assert_eq!(got.len(), 57);
        assert!(got.is_sorted(), "{got:?}");
        assert_eq!(got[0], (at(2026, 12, 1), 101));
        let december: Vec<u64> = months
            .range(at(2026, 12, 15), at(2026, 12, 16))
            .map(|((_, id), _)| *id)
            .collect();
        assert_eq!(december, [15, 115], "the entry there before stays");
        assert_eq!(months.range(at(2027, 1, 28), at(2027, 2, 1)).count(), 1);
    }

    #[test]
    fn a_clone_shares_every_shard_until_one_changes() {
        let mut map: ShardedMap<u64, u64> = ShardedMap::default();
        (0..10_000).for_each(|i| map.insert(i, i));
        let before = map.clone();
        map.insert(5, 50);
        map.remove(&6);
        let shared = before
            .shards
            .iter()
            .zip(&map.shards)
            .filter(|(a, b)| Arc::ptr_eq(a, b))
            .count();
        assert!(shared >= SHARDS - 2, "{shared} shards shared");
        assert_eq!(before.get(&5), Some(&5));
        assert_eq!(map.get(&5), Some(&50));
        assert!(before.contains(&6) && !map.contains(&6));
    }
}
