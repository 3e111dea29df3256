//! Our own id counters: record ids, audit sequence numbers and operation
//! ids, kept in the `meta` tree and advanced in the same transaction that
//! uses them. sled's `generate_id` restarts at 0 in a new database and jumps
//! after a crash; a restore with it would hand out ids that overwrite
//! restored records.

use super::{Store, StoreError, audit, codec};
use serde::{Deserialize, Serialize};

/// The `meta` key the counters are stored under.
pub(crate) const KEY: &[u8] = b"counters";

/// The next free value of each counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counters {
    /// The next record id (0 means "not saved yet", so it starts at 1).
    pub next_id: u64,
    /// The next audit sequence number.
    pub next_seq: u64,
    /// The next operation id.
    pub next_op: u64,
}

impl Default for Counters {
    fn default() -> Counters {
        Counters {
            next_id: 1,
            next_seq: 1,
            next_op: 1,
        }
    }
}

impl Counters {
    /// Takes the next record id.
    pub fn take_id(&mut self) -> u64 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// Takes the next audit sequence number.
    pub fn take_seq(&mut self) -> u64 {
        let seq = self.next_seq;
        self.next_seq += 1;
        seq
    }

    /// Takes the next operation id.
    pub fn take_op(&mut self) -> u64 {
        let op = self.next_op;
        self.next_op += 1;
        op
    }

    /// Each counter raised above the matching one of `other`.
    pub fn at_least(self, other: Counters) -> Counters {
        Counters {
            next_id: self.next_id.max(other.next_id),
            next_seq: self.next_seq.max(other.next_seq),
            next_op: self.next_op.max(other.next_op),
        }
    }

    /// The stored form.
    pub fn encode(&self) -> Vec<u8> {
        codec::encode(self)
    }
}

impl Store {
    /// The counters as stored, or, in a database from before they existed,
    /// worked out once from the highest values in use (sled's generator
    /// gave record ids and audit sequence numbers from one sequence, so both
    /// start above the highest of either).
    pub(crate) fn load_counters(&self) -> Result<Counters, StoreError> {
        let t = self.trees()?;
        if let Some(bytes) = t.meta.get(KEY).map_err(|e| self.sled_error(e))? {
            return codec::decode(&bytes).map_err(|source| StoreError::Decode {
                what: "the id counters".to_string(),
                path: self.path.clone(),
                source,
            });
        }
        let mut highest = 0u64;
        for tree in &t.kinds {
            if let Some((key, _)) = tree.last().map_err(|e| self.sled_error(e))? {
                highest = highest.max(be(&key));
            }
        }
        for key in t.audit.iter().keys() {
            let key = key.map_err(|e| self.sled_error(e))?;
            let id = key.get(1..9).map(be).unwrap_or(0);
            highest = highest.max(id).max(audit::seq_of(&key).unwrap_or(0));
        }
        let next_op = match t.ops.last().map_err(|e| self.sled_error(e))? {
            Some((key, _)) => be(&key) + 1,
            None => 1,
        };
        let counters = Counters {
            next_id: highest + 1,
            next_seq: highest + 1,
            next_op,
        };
        t.meta
            .insert(KEY, counters.encode())
            .map_err(|e| self.sled_error(e))?;
        Ok(counters)
    }
}

/// A big-endian u64 key (0 when it is not one).
pub(crate) fn be(key: &[u8]) -> u64 {
    key.get(..8)
        .and_then(|b| b.try_into().ok())
        .map(u64::from_be_bytes)
        .unwrap_or(0)
}
