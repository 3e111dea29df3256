//! Views worked out from one version of the data (the dashboard, the coverage
//! map, figures for a period), kept with that version so every session that
//! shows the same view shares one computation and one copy.

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::hash::{BuildHasher, Hash};
use std::sync::{Arc, Mutex, PoisonError};

/// What a view is worked out from besides the data: its type and a hash of
/// its parameters (the day, the period…).
type Key = (TypeId, u64);

/// The views of one version of the data. A change to the data starts an
/// empty one; snapshots of the same version share it.
#[derive(Default)]
pub(super) struct Derived {
    views: Mutex<HashMap<Key, Arc<dyn Any + Send + Sync>>>,
}

impl std::fmt::Debug for Derived {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Derived")
    }
}

/// Views kept per version at the most: a session that steps through many
/// periods of figures must not make the cache grow without end.
const MAX_VIEWS: usize = 32;

impl Derived {
    /// The view of type `T` for `params`, worked out by `compute` the first
    /// time it is asked for. Computed outside the lock: two sessions asking at
    /// once may both compute, and the first one's result is kept.
    pub(super) fn get<T: Any + Send + Sync>(
        &self,
        params: impl Hash,
        compute: impl FnOnce() -> T,
    ) -> Arc<T> {
        let key = (
            TypeId::of::<T>(),
            rustc_hash::FxBuildHasher.hash_one(params),
        );
        let found = self
            .views
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
            .cloned();
        if let Some(view) = found.and_then(|v| v.downcast::<T>().ok()) {
            return view;
        }
        let view = Arc::new(compute());
        let mut views = self.views.lock().unwrap_or_else(PoisonError::into_inner);
        if views.len() >= MAX_VIEWS {
            views.clear();
        }
        let kept = views.entry(key).or_insert_with(|| view.clone()).clone();
        kept.downcast::<T>().unwrap_or(view)
    }
}
