//! The cooperation requests' step lists, one per version, in a tree of their
//! own (keyed by the version, big-endian), and saving a record made from a
//! request together with the request's link to it.
//!
//! Version 1 is the shipped list ([`StepList::shipped`]); it is written on
//! the first read of an empty tree, so the database holds every list its
//! requests follow. A new list is added as the next version; none is ever
//! changed or removed, so a request keeps the steps it started with.

use super::ops::{Edit, OpKind};
use super::{Store, StoreError, codec};
use crate::domain::request::{Produces, StepList};
use crate::domain::{Id, Kind, Record, Timestamp};

/// The sled tree holding the step lists.
const TREE: &str = "request_steps";

impl Store {
    fn steps_tree(&self) -> Result<sled::Tree, StoreError> {
        self.trees()?
            .db
            .open_tree(TREE)
            .map_err(|e| self.sled_error(e))
    }

    /// Every step list, oldest first; the shipped one (written now) when
    /// there is none yet.
    pub fn step_lists(&self) -> Result<Vec<StepList>, StoreError> {
        let tree = self.steps_tree()?;
        let mut lists = Vec::new();
        for item in tree.iter() {
            let (_, bytes) = item.map_err(|e| self.sled_error(e))?;
            let list: StepList = codec::decode(&bytes).map_err(|source| StoreError::Decode {
                what: "a step list of the cooperation requests".into(),
                path: self.path().to_path_buf(),
                source,
            })?;
            lists.push(list);
        }
        if lists.is_empty() {
            let shipped = StepList::shipped();
            self.put_step_list(&tree, &shipped)?;
            lists.push(shipped);
        }
        Ok(lists)
    }

    /// The step list requests start with now: the newest.
    pub fn current_step_list(&self) -> Result<StepList, StoreError> {
        Ok(self.step_lists()?.pop().unwrap_or_else(StepList::shipped))
    }

    /// Adds `list` as the next version and returns it as stored. The
    /// caller checks it first ([`StepList::check`]).
    pub fn add_step_list(&self, mut list: StepList) -> Result<StepList, StoreError> {
        let newest = self.step_lists()?.last().map_or(0, |l| l.version);
        list.version = newest + 1;
        let tree = self.steps_tree()?;
        self.put_step_list(&tree, &list)?;
        Ok(list)
    }

    fn put_step_list(&self, tree: &sled::Tree, list: &StepList) -> Result<(), StoreError> {
        tree.insert(list.version.to_be_bytes(), codec::encode(list))
            .map_err(|e| self.sled_error(e))?;
        self.flush()
    }

    /// Saves `record` (a meeting, an agreement or an assignment made from
    /// request `request`) and links the request to it, as one operation;
    /// returns the record as saved.
    pub fn save_linked(
        &self,
        record: Record,
        request: Id,
        who: &str,
        now: Timestamp,
    ) -> Result<Record, StoreError> {
        let (kind, id) = (record.kind(), record.id());
        let mut op = self.begin(OpKind::SaveSeveral, who, now);
        op.summarise(format!(
            "saved {} for request #{request}",
            super::limits::name(&record)
        ));
        let saved = op
            .write(vec![Edit::Save(record)])?
            .into_iter()
            .next()
            .ok_or(StoreError::NotFound { kind, id })?;
        let Some((Record::Request(mut linked), _)) = op.current(Kind::Request, request)? else {
            return Err(StoreError::NotFound {
                kind: Kind::Request,
                id: request,
            });
        };
        let new = saved.id();
        let changed = match (kind, produces(kind)) {
            (_, Some(Produces::Meeting)) => linked.meeting.replace(new) != Some(new),
            (_, Some(Produces::Agreement)) => linked.agreement.replace(new) != Some(new),
            (_, Some(Produces::Assignments)) if !linked.assignments.contains(&new) => {
                linked.assignments.push(new);
                true
            }
            _ => false,
        };
        if changed {
            op.write(vec![Edit::Save(linked.into())])?;
        }
        op.commit()?;
        Ok(saved)
    }
}

/// What a request links a record of `kind` as.
fn produces(kind: Kind) -> Option<Produces> {
    match kind {
        Kind::Meeting => Some(Produces::Meeting),
        Kind::Agreement => Some(Produces::Agreement),
        Kind::Assignment => Some(Produces::Assignments),
        _ => None,
    }
}
