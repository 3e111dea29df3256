//! Resident memory of the shared model: what each further session over one
//! model costs, what one save costs with ten sessions open and how long it
//! takes to reach them all; and, on request, where the memory goes.
//!
//! Every reading first hands the memory the allocator holds free back to the
//! system (`malloc_trim`), so a figure is what is in use, not what an earlier
//! step of the benchmark left behind.

use crate::measure::{self, CountingWriter};
use crate::{Row, info, mb};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use spojka::domain::{FieldKind, FieldValue, Kind, Record};
use spojka::session::{Input, Loading, Session};
use spojka::store::Store;
use spojka::vocab::Lang;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Resident memory of this process now, in bytes.
pub fn rss() -> u64 {
    trim();
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb: u64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0);
    kb * 1024
}

/// Gives free heap memory back to the system.
fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only releases memory the allocator holds free.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// A session with the terminal it draws into.
type Seat = (
    Session,
    Terminal<CrosstermBackend<CountingWriter>>,
    CountingWriter,
);

/// A further session over `model`, showing the meetings list at 80x24.
fn seat(store: &Arc<Store>, model: &Arc<spojka::model::Model>) -> Seat {
    let mut session = measure::attach(store.clone(), model.clone(), 80, 24);
    for key in ["esc", "5"] {
        session.handle(Input::Key(key.parse().expect("key")));
    }
    let (mut terminal, counter) = measure::terminal(80, 24);
    session.render(&mut terminal).expect("render");
    (session, terminal, counter)
}

/// What the sessions over one model cost.
pub struct SessionFigures {
    /// Resident memory with the model loaded and one session open.
    pub one: u64,
    /// Resident memory per session after the first (averaged over the rest).
    pub per_further: u64,
    /// Growth of resident memory by each measured save, with every session
    /// stepped past it.
    pub save_growth: Vec<i64>,
    /// From the save's start until the last session shows it.
    pub save_times: Vec<Duration>,
}

/// Opens `count` sessions over one model (as the binary does: facilities
/// first, the rest in the background, then waiting for it and for the list
/// orders the loader works out after), each on the
/// meetings list, then saves a meeting `saves` times through the store and
/// steps every session with a tick until each shows the change.
pub fn sessions(store: &Arc<Store>, count: usize, saves: usize) -> SessionFigures {
    // On the sessions' clock, as the binary does: the orders the loader
    // makes are for the day the sessions show.
    let model = Session::open_model(store, Loading::Background, measure::clock(), &Lang::ALL)
        .expect("model");
    model.wait_warmed();
    let mut seats = vec![seat(store, &model)];
    let one = rss();
    seats.extend((1..count).map(|_| seat(store, &model)));
    let all = rss();
    let per_further = all.saturating_sub(one) / (count.max(2) - 1) as u64;
    let id = model
        .snapshot()
        .data
        .all(Kind::Meeting)
        .next()
        .map(Record::id)
        .expect("a meeting");
    let Ok(Some(Record::Meeting(original))) = store.get(Kind::Meeting, id) else {
        panic!("meeting {id} not readable")
    };
    let (mut save_growth, mut save_times) = (Vec::new(), Vec::new());
    for i in 0..saves {
        let before = rss();
        let started = Instant::now();
        let Ok(Some(Record::Meeting(mut meeting))) = store.get(Kind::Meeting, id) else {
            panic!("meeting {id} not readable")
        };
        meeting.title = format!("{} ({i})", original.title);
        let title = meeting.title.clone();
        store
            .save(meeting.into(), "bench", chrono::Utc::now())
            .expect("save");
        for (session, terminal, _) in &mut seats {
            session.handle(Input::Tick);
            session.render(terminal).expect("render");
            let shown = session.state.data.get(Kind::Meeting, id).map(Record::title);
            assert_eq!(
                shown.as_deref(),
                Some(title.as_str()),
                "a session missed the save"
            );
        }
        save_times.push(started.elapsed());
        save_growth.push(rss() as i64 - before as i64);
    }
    // The database is the benchmark's: leave the meeting as it was.
    let Ok(Some(Record::Meeting(mut meeting))) = store.get(Kind::Meeting, id) else {
        panic!("meeting {id} not readable")
    };
    meeting.title = original.title;
    store
        .save(meeting.into(), "bench", chrono::Utc::now())
        .expect("save");
    SessionFigures {
        one,
        per_further,
        save_growth,
        save_times,
    }
}

/// Bytes of long free text (notes, agenda, minutes) in `records`.
fn long_text_bytes(records: &[Record]) -> u64 {
    records
        .iter()
        .map(|r| {
            r.kind()
                .fields()
                .iter()
                .filter(|def| def.kind == FieldKind::LongText)
                .map(|def| match r.value(def.id) {
                    FieldValue::Text(t) => t.len() as u64,
                    _ => 0,
                })
                .sum::<u64>()
        })
        .sum()
}

/// Where resident memory goes, step by step in this process: the store
/// opened, each kind's records as decoded, the model's data as loaded, and
/// one session over it.
pub fn breakdown(db: &Path) -> Vec<Row> {
    let mut rows = Vec::new();
    let base = rss();
    let store = Arc::new(measure::open_again(db));
    let opened = rss();
    rows.push(info("memory: sled, opened", mb(opened - base)));
    for kind in Kind::ALL {
        drop(store.all_records(kind).expect("read"));
    }
    let walked = rss();
    rows.push(info(
        "memory: sled, after reading every tree",
        mb(walked.saturating_sub(base)),
    ));
    let mut raw = Vec::new();
    let mut at = walked;
    for kind in Kind::ALL {
        let records = store.all_records(kind).expect("read");
        let now = rss();
        rows.push(info(
            &format!("memory: {} as decoded ({})", kind.plural(), records.len()),
            format!(
                "{} ({} long text)",
                mb(now.saturating_sub(at)),
                mb(long_text_bytes(&records))
            ),
        ));
        at = now;
        raw.push(records);
    }
    drop(raw);
    let dropped = rss();
    let data = spojka::model::load_all(&store).expect("load");
    let loaded = rss();
    rows.push(info(
        "memory: the model's data (records, lookups, search)",
        mb(loaded.saturating_sub(dropped)),
    ));
    let model = spojka::model::Model::from_data(data);
    let session = seat(&store, &model);
    let with_session = rss();
    rows.push(info(
        "memory: one session (lists, meetings shown)",
        mb(with_session.saturating_sub(loaded)),
    ));
    rows.push(info("memory: in all", mb(with_session)));
    drop(session);
    rows
}

/// sled alone, opened with `cache` bytes of page cache: resident memory
/// after opening, after walking every tree once and twice (keys and values
/// read, nothing kept), and after closing it again.
pub fn sled_alone(db: &Path, cache: u64) -> Vec<Row> {
    let base = rss();
    let sled = sled::Config::new()
        .path(db)
        .cache_capacity(cache)
        .open()
        .expect("open sled");
    let opened = rss();
    let walk = || {
        let mut bytes = 0usize;
        for name in sled.tree_names() {
            let tree = sled.open_tree(name).expect("tree");
            for item in tree.iter() {
                let (k, v) = item.expect("item");
                bytes += k.len() + v.len();
            }
        }
        bytes
    };
    let bytes = walk();
    let walked = rss();
    walk();
    let twice = rss();
    drop(sled);
    let closed = rss();
    let what = |step: &str| format!("sled alone, cache {}: {step}", mb(cache));
    vec![
        info(&what("opened"), mb(opened.saturating_sub(base))),
        info(
            &what("walked once"),
            format!(
                "{} ({} read)",
                mb(walked.saturating_sub(base)),
                mb(bytes as u64)
            ),
        ),
        info(&what("walked twice"), mb(twice.saturating_sub(base))),
        info(&what("closed"), mb(closed.saturating_sub(base))),
    ]
}
