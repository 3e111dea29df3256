//! The records the app shows, held in memory with what views need to be quick:
//! who refers to whom, and each record's folded search text.

use super::held::HeldMeeting;
use super::link::Link;
use super::shards::{ByMonth, ShardedMap};
use super::table::Table;
use super::texts::Search;
use crate::domain::text::fold;
use crate::domain::{FieldDef, FieldValue, Id, Kind, Record};
use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

/// All records, by kind and id, with derived lookups kept in step.
///
/// Cloning is cheap and shares almost everything: the tables are chunked and
/// the lookups sharded behind `Arc`s, so a change copies only the chunks and
/// shards it touches. That is what lets every session hold a snapshot of the
/// process's model while the model moves on.
#[derive(Debug, Default, Clone)]
pub struct Data {
    records: rustc_hash::FxHashMap<Kind, Table>,
    /// Who refers to each record.
    referrers: ShardedMap<(Kind, Id), Vec<Link>>,
    generation: HashMap<Kind, u64>,
    archived: ShardedMap<(Kind, Id), ()>,
    /// One-off meetings by start, for calendar views that read a few days.
    starts: ByMonth<()>,
    /// One-off meetings marked held, by start (for the figures).
    held: ByMonth<HeldMeeting>,
    /// Repeating meetings, expanded per window (few: copied whole on change).
    series: Arc<BTreeSet<Id>>,
    /// The day views are computed for (an agreement past its end shows as
    /// expired); set by the session from its clock.
    pub today: chrono::NaiveDate,
    /// Views worked out from this version, shared by its snapshots; any
    /// change starts afresh.
    derived: Arc<super::derived::Derived>,
    /// Whether records are held without their long text (the model's data:
    /// see `lean`); records added later are then stripped too.
    lean: bool,
    /// The cooperation requests' step lists, oldest first (empty: only the
    /// shipped one is known).
    step_lists: Arc<Vec<crate::domain::request::StepList>>,
}

/// One kind's records as read for the model, in id order, each with whether
/// its long text was left out.
pub type LeanTable = (Kind, Vec<Record>, Vec<bool>);

impl Data {
    /// Sets the cooperation requests' step lists, oldest first.
    pub fn set_step_lists(&mut self, lists: Vec<crate::domain::request::StepList>) {
        self.step_lists = Arc::new(lists);
    }

    /// The step list of version `version`: the shipped one when that
    /// version is not known here.
    pub fn step_list(&self, version: u32) -> crate::domain::request::StepList {
        self.step_lists
            .iter()
            .find(|l| l.version == version)
            .cloned()
            .unwrap_or_else(crate::domain::request::StepList::shipped)
    }

    /// The step list a new request starts with: the newest.
    pub fn current_step_list(&self) -> crate::domain::request::StepList {
        self.step_lists
            .last()
            .cloned()
            .unwrap_or_else(crate::domain::request::StepList::shipped)
    }

    /// The step list `request` follows: its own, or the newest.
    pub fn steps_of(&self, request: &crate::domain::Request) -> crate::domain::request::StepList {
        match request.steps_version {
            0 => self.current_step_list(),
            v => self.step_list(v),
        }
    }

    /// Builds the lookups over a set of records.
    pub fn new(records: impl IntoIterator<Item = Record>) -> Data {
        let mut data = Data::default();
        for record in records {
            data.insert_raw(record);
        }
        data.index_all();
        data
    }

    /// Builds the lookups over each kind's records as the store reads them (in
    /// id order), taking the vectors over as they are: at scale, copying them
    /// into another structure would hold every record twice for a moment.
    pub fn from_tables(tables: Vec<(Kind, Vec<Record>)>) -> Data {
        let tables = tables
            .into_iter()
            .map(|(kind, records)| (kind, records, Vec::new()))
            .collect();
        Data::build(tables, false)
    }

    /// [`Data::from_tables`] over records read without their long text
    /// (in id order, as the store reads them): the model's data. Records
    /// added later lose their long text too.
    pub fn from_lean_tables(tables: Vec<LeanTable>) -> Data {
        Data::build(tables, true)
    }

    fn build(tables: Vec<LeanTable>, lean: bool) -> Data {
        let mut data = Data {
            lean,
            ..Data::default()
        };
        for (kind, mut records, marks) in tables {
            let marks = if records.is_sorted_by_key(Record::id) {
                marks
            } else {
                // Only tests hand over records out of order, and never lean.
                records.sort_by_key(Record::id);
                Vec::new()
            };
            data.index_bulk(&records);
            data.bump(kind);
            data.records.insert(kind, Table::with_lean(records, marks));
        }
        data.index_all();
        data
    }

    /// Puts `table` in place of its kind's records, with their links and
    /// searches (the kinds that show their names get a new generation):
    /// the first screen's meetings replaced by every meeting. The
    /// other kinds stay shared with the data this was cloned from, so the
    /// whole is built without a second copy of them.
    pub fn replace_kind(&mut self, table: LeanTable) {
        let (kind, records, marks) = table;
        let old: Vec<Id> = self.all(kind).map(Record::id).collect();
        for id in old {
            self.remove_raw(kind, id);
        }
        self.index_bulk(&records);
        self.bump(kind);
        self.records.insert(kind, Table::with_lean(records, marks));
        let ids: Vec<Id> = self.all(kind).map(Record::id).collect();
        self.refresh_searches(kind, ids);
        let shows_names = |k: Kind| {
            k.fields().iter().any(|f| {
                matches!(f.kind, crate::domain::FieldKind::Ref(t) | crate::domain::FieldKind::Refs(t) if t == kind)
            })
        };
        for other in Kind::ALL.into_iter().filter(|k| shows_names(*k)) {
            self.bump(other);
        }
    }

    fn index_all(&mut self) {
        for kind in Kind::ALL {
            let ids: Vec<Id> = self.all(kind).map(Record::id).collect();
            self.refresh_searches(kind, ids);
        }
    }

    /// Gives `kind` a new generation. Numbers come from one counter for the
    /// whole process, so data built afresh (the first screen's, then the
    /// whole) never repeats a generation that an older data had.
    fn bump(&mut self, kind: Kind) {
        // A new version: the views worked out from the old one do not hold.
        self.derived = Arc::default();
        static NEXT: AtomicU64 = AtomicU64::new(1);
        self.generation
            .insert(kind, NEXT.fetch_add(1, Ordering::Relaxed));
    }

    /// A number that changes whenever a record of `kind` is added, changed or
    /// removed, so lists know when their cached order is stale.
    pub fn generation(&self, kind: Kind) -> u64 {
        self.generation.get(&kind).copied().unwrap_or(0)
    }

    /// A view worked out from this version of the data, shared by every
    /// snapshot of it: `compute` runs once per version, type and `params`
    /// (which must name everything besides the data the view depends on).
    pub fn derived<T: std::any::Any + Send + Sync>(
        &self,
        params: impl std::hash::Hash,
        compute: impl FnOnce() -> T,
    ) -> Arc<T> {
        self.derived.get(params, compute)
    }

    fn insert_raw(&mut self, mut record: Record) {
        self.bump(record.kind());
        self.index_links(&record);
        let lean = self.lean && super::lean::strip(&mut record);
        self.records
            .entry(record.kind())
            .or_default()
            .insert_marked(record, lean);
    }

    /// Records a record's archived flag, the references it makes, and for a
    /// meeting, when it starts.
    fn index_links(&mut self, record: &Record) {
        let from = (record.kind(), record.id());
        if let Record::Meeting(m) = record {
            if m.recurrence.is_some() {
                Arc::make_mut(&mut self.series).insert(m.meta.id);
            } else {
                self.starts.insert(m.start, m.meta.id, ());
            }
            if let Some(held) = HeldMeeting::of(m) {
                self.held.insert(m.start, m.meta.id, held);
            }
        }
        if record.meta().archived {
            self.archived.insert(from, ());
        }
        let mut targets = record.references();
        targets.sort_unstable();
        targets.dedup();
        for target in targets {
            self.referrers
                .entry(target)
                .push(Link::record(from.0, from.1));
        }
    }

    /// [`Data::index_links`] for many records at once, as loading reads
    /// them: each index is built once at its full size, sorted, rather
    /// than grown a record at a time. Grown, the start indexes' trees keep
    /// their nodes half full and each referrer list doubles its room as it
    /// goes, and what they let go lies between the records' own memory:
    /// at 100,000 meetings some 20 MB of heap that nothing uses, and that
    /// the allocator cannot give back.
    fn index_bulk(&mut self, records: &[Record]) {
        let (mut starts, mut held, mut references) = (Vec::new(), Vec::new(), Vec::new());
        for record in records {
            let (kind, id) = (record.kind(), record.id());
            if let Record::Meeting(m) = record {
                if m.recurrence.is_some() {
                    Arc::make_mut(&mut self.series).insert(id);
                } else {
                    starts.push((m.start, id, ()));
                }
                if let Some(entry) = HeldMeeting::of(m) {
                    held.push((m.start, id, entry));
                }
            }
            if record.meta().archived {
                self.archived.insert((kind, id), ());
            }
            let mut targets = record.references();
            targets.sort_unstable();
            targets.dedup();
            references.extend(targets.into_iter().map(|t| (t, Link::record(kind, id))));
        }
        self.starts.extend(starts);
        self.held.extend(held);
        references.sort_unstable();
        for run in references.chunk_by(|a, b| a.0 == b.0) {
            let list = self.referrers.entry(run[0].0);
            list.reserve_exact(run.len());
            list.extend(run.iter().map(|(_, from)| *from));
        }
    }

    fn remove_raw(&mut self, kind: Kind, id: Id) -> Option<Record> {
        let old = self.records.get_mut(&kind)?.remove(id)?;
        self.bump(kind);
        self.archived.remove(&(kind, id));
        if let Record::Meeting(m) = &old {
            if self.series.contains(&id) {
                Arc::make_mut(&mut self.series).remove(&id);
            }
            self.starts.remove(m.start, id);
            self.held.remove(m.start, id);
        }
        for target in old.references() {
            if let Some(list) = self.referrers.get_mut(&target) {
                list.retain(|r| *r != Link::record(kind, id));
            }
        }
        Some(old)
    }

    /// Adds or replaces a record (after a save), updating lookups.
    pub fn upsert(&mut self, record: Record) {
        let (kind, id) = (record.kind(), record.id());
        self.remove_raw(kind, id);
        self.insert_raw(record);
        self.refresh_searches(kind, [id]);
        let mut referrers: Vec<Kind> = self.referrers_of(kind, id).map(|(k, _)| k).collect();
        referrers.sort_unstable();
        referrers.dedup();
        for k in referrers {
            // They show its name (and are found by it): lists of that kind
            // must refresh too.
            self.bump(k);
        }
    }

    /// Removes a record (after a delete).
    pub fn remove(&mut self, kind: Kind, id: Id) {
        self.remove_raw(kind, id);
    }

    /// Ids of one-off meetings starting in `[from, to)` in start order, then
    /// every repeating meeting (the caller expands those for the window).
    pub fn meetings_around(
        &self,
        from: chrono::NaiveDateTime,
        to: chrono::NaiveDateTime,
    ) -> Vec<Id> {
        let one_off = self.starts.range(from, to).map(|((_, id), ())| *id);
        one_off.chain(self.series.iter().copied()).collect()
    }

    /// One-off meetings marked held (not archived) starting in `[from, to)`,
    /// in start order, with what the figures need of them.
    pub fn held_between(
        &self,
        from: chrono::NaiveDateTime,
        to: chrono::NaiveDateTime,
    ) -> impl Iterator<Item = (chrono::NaiveDateTime, &HeldMeeting)> {
        self.held
            .range(from, to)
            .map(|((start, _), held)| (*start, held))
    }

    /// Every repeating meeting, by id.
    pub fn series_ids(&self) -> impl Iterator<Item = Id> + '_ {
        self.series.iter().copied()
    }

    /// Whether a record is archived (without touching the record).
    pub fn is_archived(&self, kind: Kind, id: Id) -> bool {
        self.archived.contains(&(kind, id))
    }

    /// One record.
    pub fn get(&self, kind: Kind, id: Id) -> Option<&Record> {
        self.records.get(&kind)?.get(id)
    }

    /// Whether the record is held without its long text (notes, agenda,
    /// minutes): its detail, its form and exports read it from the store.
    /// False for a record whose long text fields are all empty.
    pub fn lacks_long_text(&self, kind: Kind, id: Id) -> bool {
        self.records.get(&kind).is_some_and(|t| t.is_lean(id))
    }

    /// Every record of a kind, in id order.
    pub fn all(&self, kind: Kind) -> impl Iterator<Item = &Record> {
        self.records
            .get(&kind)
            .into_iter()
            .flat_map(|t| t.records())
    }

    /// How many records of a kind there are.
    pub fn count(&self, kind: Kind) -> usize {
        self.records.get(&kind).map_or(0, Table::len)
    }

    /// Whether there are no records at all.
    pub fn is_empty(&self) -> bool {
        self.records.values().all(|t| t.len() == 0)
    }

    /// Records that refer to `(kind, id)`.
    pub fn referrers_of(&self, kind: Kind, id: Id) -> impl Iterator<Item = (Kind, Id)> + '_ {
        self.referrers
            .get(&(kind, id))
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .filter_map(|r| r.to_record())
    }

    /// Every record's folded search text of `kind`, in id order, shared
    /// (lists keep them beside their orders).
    pub fn search_texts(&self, kind: Kind) -> super::SearchTexts {
        self.records
            .get(&kind)
            .map(Table::search_texts)
            .unwrap_or_default()
    }

    /// The folded text a filter matches against.
    pub fn search_text(&self, kind: Kind, id: Id) -> &str {
        self.records
            .get(&kind)
            .and_then(|t| t.search(id))
            .unwrap_or("")
    }

    /// The name a record is shown by; an assignment is "person @ facility".
    pub fn name(&self, kind: Kind, id: Id) -> String {
        match self.get(kind, id) {
            Some(Record::Assignment(a)) => {
                format!(
                    "{} @ {}",
                    self.name(Kind::Person, a.person),
                    self.name(Kind::Facility, a.facility)
                )
            }
            Some(record) => record.title().to_string(),
            None => format!("#{id}"),
        }
    }

    /// Plain text of a value of field `def` (choices as codes, refs by name).
    pub fn plain(&self, def: &FieldDef, value: &FieldValue) -> String {
        value.plain(def.kind, &|k, i| self.name(k, i))
    }

    /// Works out the searches of the records `ids` of `kind` afresh, a few
    /// hundred at a time: each search is a string and a vector of its own
    /// until its chunk takes it in, and 100,000 of them at once would leave
    /// some 20 MB of holes in the heap, between what was made meanwhile.
    fn refresh_searches(&mut self, kind: Kind, ids: impl IntoIterator<Item = Id>) {
        const BATCH: usize = 512;
        let mut ids = ids.into_iter().peekable();
        while ids.peek().is_some() {
            let searches: Vec<(Id, Search)> = ids
                .by_ref()
                .take(BATCH)
                .filter_map(|id| Some((id, search_of(self.get(kind, id)?))))
                .collect();
            if let Some(table) = self.records.get_mut(&kind) {
                table.set_searches(searches);
            }
        }
    }

    /// What else finds a record besides its own text: the records it
    /// refers to and the options of its choice fields.
    pub fn links(&self, kind: Kind, id: Id) -> &[Link] {
        self.records
            .get(&kind)
            .and_then(|t| t.links(id))
            .unwrap_or_default()
    }
}

/// What a filter matches `record` by: its own fields' text, folded, and the
/// records and choices it points to. A list matches a word against those
/// through their names and labels (in every language), which this leaves
/// out: a rename then changes no other record's search.
fn search_of(record: &Record) -> Search {
    use crate::domain::FieldKind;
    let mut search = Search::default();
    let mut text = String::new();
    // The day of the record's first date-time, once written.
    let mut day: Option<String> = None;
    for (def, value) in record.kind().fields().iter().zip(record.values()) {
        match (def.kind, value) {
            (FieldKind::Ref(kind), FieldValue::Ref(id)) => {
                search.links.extend(id.map(|id| Link::record(kind, id)));
            }
            (FieldKind::Refs(kind), FieldValue::Refs(ids)) => {
                search
                    .links
                    .extend(ids.into_iter().map(|id| Link::record(kind, id)));
            }
            (FieldKind::Choice(set), FieldValue::Choice(index)) => {
                search.links.extend(index.map(|i| Link::choice(set, i)));
            }
            (FieldKind::Multi(set), FieldValue::Multi(indexes)) => {
                search
                    .links
                    .extend(indexes.into_iter().map(|i| Link::choice(set, i)));
            }
            // The list filter finds records by what identifies them; long
            // free text (notes, agenda, minutes) would make every keystroke
            // scan several times more text for little gain.
            (FieldKind::LongText, _) => {}
            (kind, value) => {
                let plain = value.plain(kind, &|_, _| String::new());
                // An end on its start's day is written as its time alone
                // ("2026-12-01 13:00 14:30"): a query is split at spaces, so
                // no word it holds can tell, and a meeting's text is 11
                // bytes shorter (1 MB at 100,000 meetings).
                let shown = match (kind, plain.split_once(' ')) {
                    (FieldKind::DateTime, Some((date, time))) if day.as_deref() == Some(date) => {
                        time
                    }
                    _ => plain.as_str(),
                };
                text.push_str(shown);
                text.push(' ');
                if kind == FieldKind::DateTime && day.is_none() {
                    day = plain.split_once(' ').map(|(date, _)| date.to_owned());
                }
            }
        }
    }
    search.links.sort_unstable();
    search.links.dedup();
    search.text = fold(&text);
    search
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Region;
    use crate::sample::{at, facility, meeting, with_id};

    /// Facility 1 and, in chunks of their own, 1,500 meetings there.
    fn data() -> Data {
        let mut records = vec![with_id(facility("Věznice Mírov", Region::Olomoucky), 1)];
        records.extend((2..1502).map(|id| {
            with_id(
                meeting(&format!("Schůzka {id}"), Some(1), at(2026, 12, 2, 9, 0)),
                id,
            )
        }));
        Data::new(records)
    }

    #[test]
    fn a_search_holds_its_own_words_and_links_what_it_names() {
        let mut data = data();
        let text = data.search_text(Kind::Meeting, 2);
        // The end, on the start's day, by its time alone.
        assert!(
            text.starts_with("schuzka 2 2026-12-02 09:00 10:00 "),
            "{text}"
        );
        assert!(
            !text.contains("mirov"),
            "names are linked, not copied: {text}"
        );
        let links = data.links(Kind::Meeting, 2);
        assert!(
            links.contains(&Link::record(Kind::Facility, 1)),
            "{links:?}"
        );
        let status = crate::domain::choice::ChoiceSet::MeetingStatus;
        assert!(
            links.iter().any(
                |l| matches!(l.get(), Some(super::super::link::Linked::Choice(s, _)) if s == status)
            ),
            "{links:?}"
        );
        // A rename changes no meeting's search, but their lists must
        // refresh: they show the name and are found by it.
        let texts = data.search_texts(Kind::Meeting);
        let generation = data.generation(Kind::Meeting);
        let mut renamed = facility("Věznice Rýnovice", Region::Liberecky);
        renamed.meta.id = 1;
        data.upsert(renamed.into());
        assert_eq!(data.search_texts(Kind::Meeting), texts);
        assert_ne!(data.generation(Kind::Meeting), generation);
    }

    #[test]
    fn an_end_on_another_day_is_written_whole() {
        let mut overnight = meeting("Výjezd", None, at(2026, 12, 2, 9, 0));
        overnight.end = at(2026, 12, 3, 10, 0);
        let data = Data::new([with_id(overnight, 7)]);
        let text = data.search_text(Kind::Meeting, 7);
        assert!(
            text.starts_with("vyjezd 2026-12-02 09:00 2026-12-03 10:00 "),
            "{text}"
        );
    }

    /// Loading builds the indexes in bulk (`index_bulk`), a save one record
    /// at a time (`index_links`): both must come to the same.
    #[test]
    fn indexes_built_in_bulk_are_those_built_a_record_at_a_time() {
        use crate::domain::MeetingStatus;
        use crate::domain::recurrence::Recurrence;
        use crate::sample::person;
        let start = at(2026, 12, 2, 9, 0);
        let mut held = meeting("Proběhla", Some(1), start);
        held.status = MeetingStatus::Held;
        held.organiser = Some(2);
        held.attendees = vec![3, 2];
        let mut weekly = meeting("Každý týden", Some(1), start);
        weekly.recurrence = Some(Box::new(Recurrence {
            rule: "FREQ=WEEKLY".into(),
            cancelled: Vec::new(),
            overrides: Vec::new(),
        }));
        let mut gone = meeting("Archivovaná", None, at(2026, 12, 3, 9, 0));
        gone.meta.archived = true;
        gone.attendees = vec![3];
        let records = vec![
            with_id(facility("Věznice Mírov", Region::Olomoucky), 1),
            with_id(person("Jana Nováková", None), 2),
            with_id(person("Petr Svoboda", None), 3),
            with_id(held, 10),
            with_id(weekly, 11),
            with_id(gone, 12),
        ];
        let one_by_one = Data::new(records.clone());
        let mut tables: Vec<(Kind, Vec<Record>)> = Vec::new();
        for record in records {
            match tables.iter_mut().find(|(k, _)| *k == record.kind()) {
                Some((_, table)) => table.push(record),
                None => tables.push((record.kind(), vec![record])),
            }
        }
        let bulk = Data::from_tables(tables);
        let (from, to) = (at(2026, 12, 1, 0, 0), at(2026, 12, 31, 0, 0));
        for data in [&one_by_one, &bulk] {
            assert_eq!(data.meetings_around(from, to), [10, 12, 11]);
            let held: Vec<(Id, Vec<Id>)> = data
                .held_between(from, to)
                .map(|(_, h)| (h.facility().unwrap_or(0), h.people().collect()))
                .collect();
            assert_eq!(held, [(1, vec![2, 3])]);
            assert!(data.is_archived(Kind::Meeting, 12) && !data.is_archived(Kind::Meeting, 10));
            let mut of_person: Vec<(Kind, Id)> = data.referrers_of(Kind::Person, 3).collect();
            of_person.sort_unstable();
            assert_eq!(of_person, [(Kind::Meeting, 10), (Kind::Meeting, 12)]);
            let mut of_facility: Vec<(Kind, Id)> = data.referrers_of(Kind::Facility, 1).collect();
            of_facility.sort_unstable();
            assert_eq!(of_facility, [(Kind::Meeting, 10), (Kind::Meeting, 11)]);
        }
    }

    #[test]
    fn referrers_follow_removals() {
        let mut data = data();
        let mut referrers: Vec<(Kind, Id)> = data.referrers_of(Kind::Facility, 1).collect();
        referrers.sort_unstable();
        assert_eq!(referrers.len(), 1500);
        assert_eq!(referrers.first(), Some(&(Kind::Meeting, 2)));
        data.remove(Kind::Meeting, 2);
        assert_eq!(data.referrers_of(Kind::Facility, 1).count(), 1499);
        assert!(
            !data
                .referrers_of(Kind::Facility, 1)
                .any(|r| r == (Kind::Meeting, 2))
        );
    }

    #[test]
    fn a_record_added_or_removed_keeps_every_other_text_in_place() {
        let mut data = data();
        data.upsert(with_id(
            meeting("Nová", Some(1), at(2026, 12, 3, 9, 0)),
            5000,
        ));
        data.remove(Kind::Meeting, 3);
        assert!(data.search_text(Kind::Meeting, 5000).starts_with("nova "));
        assert_eq!(data.search_text(Kind::Meeting, 3), "");
        assert!(data.search_text(Kind::Meeting, 4).starts_with("schuzka 4 "));
        assert!(
            data.search_text(Kind::Meeting, 1501)
                .starts_with("schuzka 1501 ")
        );
    }
}
