//! The everyday operations: a save, several saves together, a delete, and
//! many new records at once. Each is one operation ([`super::ops`]).

use super::ops::{Edit, OpKind};
use super::{Store, StoreError, limits};
use crate::domain::{Id, Kind, Record, Timestamp};

impl Store {
    /// Saves a record: new when its id is 0, otherwise an edit of the stored
    /// version it was read at. Returns the record as stored (id, version and
    /// timestamps set) once it is durable.
    pub fn save(&self, record: Record, who: &str, now: Timestamp) -> Result<Record, StoreError> {
        let (kind, id) = (record.kind(), record.id());
        let mut op = self.begin(OpKind::Save, who, now);
        op.summarise(format!("saved {}", limits::name(&record)));
        let saved = op.write(vec![Edit::Save(record)])?;
        op.commit()?;
        saved
            .into_iter()
            .next()
            .ok_or(StoreError::NotFound { kind, id })
    }

    /// Saves several records as one operation (a series split: the new
    /// meeting and the series it leaves): all of them or none.
    pub fn save_several(
        &self,
        records: Vec<Record>,
        who: &str,
        now: Timestamp,
    ) -> Result<Vec<Record>, StoreError> {
        let mut op = self.begin(OpKind::SaveSeveral, who, now);
        let names: Vec<String> = records.iter().map(limits::name).collect();
        op.summarise(format!("saved {}", names.join(", ")));
        let saved = op.write(records.into_iter().map(Edit::Save).collect())?;
        op.commit()?;
        Ok(saved)
    }

    /// Deletes a record nothing refers to. Deleting a person also erases their
    /// earlier history, since it holds personal data.
    pub fn delete(&self, kind: Kind, id: Id, who: &str, now: Timestamp) -> Result<(), StoreError> {
        let mut op = self.begin(OpKind::Delete, who, now);
        op.summarise(format!("deleted {} #{id}", kind.plural()));
        op.write(vec![Edit::Delete(kind, id)])?;
        op.commit()
    }

    /// Stores new records (id 0) as one operation and returns them as stored
    /// (ids, versions and timestamps set), once durable.
    ///
    /// Every reference must point to a record already stored or to one
    /// earlier in this call. A record that is not new or that refers to a
    /// missing record refuses the whole call: nothing of it stays stored.
    /// Ids, index keys and audit entries are those [`Store::save`] would give
    /// the same records saved one by one.
    pub fn insert_bulk(
        &self,
        records: Vec<Record>,
        who: &str,
        now: Timestamp,
    ) -> Result<Vec<Record>, StoreError> {
        if let Some(stored) = records.iter().find(|r| r.id() != 0) {
            return Err(StoreError::NotNew {
                kind: stored.kind(),
                id: stored.id(),
            });
        }
        let mut op = self.begin(OpKind::Insert, who, now);
        op.summarise(format!("added {} records", records.len()));
        let saved = op.write(records.into_iter().map(Edit::Save).collect())?;
        op.commit()?;
        Ok(saved)
    }
}
