//! `cargo bench`: measures spojka against the budgets in DESIGN.md on a demo
//! database and prints a table. It reports; it never fails on a figure over
//! budget (only on a broken setup).
//!
//! The data is built once into `target/bench-data/meetings-<N>` (N from
//! `SPOJKA_BENCH_MEETINGS`, default 100000) with the demo generator.
//!
//! `SPOJKA_BENCH_ONLY` runs some parts only (comma-separated: `start`,
//! `memory`, `keys`, `exports`, `xlsx`, `figures`, `ssh`, and two not run
//! otherwise:
//! `breakdown`, where resident memory goes, and `sled`, sled's own memory
//! with several cache sizes). `SPOJKA_BENCH_BINARY` measures
//! another build of spojka in the pseudo-terminal (to compare two builds in
//! the same sitting).

mod measure;
mod memory;
mod pty;
mod sheet;
mod ssh;
mod xlsx;

use measure::{KeyFigures, Keyboard, median_bytes, median_p99};
use spojka::demo::{self, DemoSize};
use spojka::domain::Kind;
use spojka::export::Format;
use spojka::store::Store;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The release binary cargo built for this bench.
const BINARY: &str = env!("CARGO_BIN_EXE_spojka");
/// Sessions over one model for the memory figures.
const SESSIONS: usize = 10;
/// Runs of each start-up measurement; the median is reported.
const RUNS: usize = 5;
/// Presses of each kind of keystroke.
const PRESSES: usize = 200;

/// One line of the report.
struct Row {
    what: String,
    figure: String,
    /// The budget as text and whether the figure is within it.
    budget: Option<(String, bool)>,
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 {
        format!("{ms:.2} ms")
    } else {
        format!("{ms:.0} ms")
    }
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1_000_000.0)
}

fn within(what: &str, figure: String, budget: &str, ok: bool) -> Row {
    Row {
        what: what.to_string(),
        figure,
        budget: Some((budget.to_string(), ok)),
    }
}

fn info(what: &str, figure: String) -> Row {
    Row {
        what: what.to_string(),
        figure,
        budget: None,
    }
}

fn main() {
    // As the binary does: the in-process rows measure the same allocator.
    spojka::heap::tune();
    // `cargo bench` passes `--bench`; there are no options of our own.
    let meetings: usize = std::env::var("SPOJKA_BENCH_MEETINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let db = bench_data(meetings);
    println!("spojka budgets at {meetings} meetings ({})", db.display());
    let mut rows = Vec::new();
    if part("sled", false) {
        for cache in [16 << 20, 4 << 20, 1 << 20] {
            rows.extend(memory::sled_alone(&db, cache));
        }
    }
    if part("breakdown", false) {
        rows.extend(memory::breakdown(&db));
    }
    if part("start", true) {
        rows.extend(process_start(&db));
    }
    // The real binary, while no store is open in this process (it would
    // hold the database).
    if part("xlsx", true) {
        rows.extend(xlsx::rows(&binary(), &db, meetings));
    }
    // Before anything else in this process, so that memory figures are not
    // blurred by what other parts left behind.
    if part("memory", true) {
        rows.extend(memory_rows(&db));
    }
    rows.extend(in_process(&db));
    if part("import", true) {
        rows.extend(sheet::rows());
    }
    if part("ssh", true) {
        rows.extend(ssh::rows(&binary(), &db));
    }
    print(&rows);
}

/// Whether to run a part: those `SPOJKA_BENCH_ONLY` names, or without it
/// the parts on by default.
fn part(name: &str, by_default: bool) -> bool {
    match std::env::var("SPOJKA_BENCH_ONLY") {
        Ok(only) => only.split(',').any(|p| p.trim() == name),
        Err(_) => by_default,
    }
}

/// The spojka binary measured in the pseudo-terminal.
fn binary() -> PathBuf {
    std::env::var_os("SPOJKA_BENCH_BINARY").map_or_else(|| PathBuf::from(BINARY), PathBuf::from)
}

/// `target/bench-data/meetings-N`, generated if missing. The target dir is
/// found from the binary's path (`target/<profile>/spojka`).
fn bench_data(meetings: usize) -> PathBuf {
    let target = Path::new(BINARY)
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| PathBuf::from("target"), Path::to_path_buf);
    let dir = target
        .join("bench-data")
        .join(format!("meetings-{meetings}"));
    if dir.join("db").is_file() {
        return dir;
    }
    // Built beside and renamed when complete, so an interrupted build is
    // never mistaken for the data.
    let partial = dir.with_extension("partial");
    let _ = std::fs::remove_dir_all(&partial);
    let started = Instant::now();
    {
        let store = Store::open(&partial).expect("open bench store");
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
        demo::generate(&store, DemoSize::for_meetings(meetings), 1, today).expect("demo data");
    }
    std::fs::rename(&partial, &dir).expect("move bench data into place");
    println!(
        "built {} in {:.1} s",
        dir.display(),
        started.elapsed().as_secs_f64()
    );
    dir
}

/// The real binary in a pseudo-terminal: time to the first frame, to the
/// dashboard's data, the resident memory once everything is loaded and the
/// meetings are shown, and the peak.
fn process_start(db: &Path) -> Vec<Row> {
    let (mut firsts, mut boards, mut steady) = (Vec::new(), Vec::new(), Vec::new());
    let mut peak_kb = 0;
    for _ in 0..RUNS {
        let mut tui = pty::Tui::start(&binary(), db);
        firsts.push(tui.wait_for("Facilities"));
        // The first section's heading is there once the dashboard has its
        // data; until then it says "Loading…".
        boards.push(tui.wait_until("dashboard data", |screen| {
            screen.contains("Meetings in the next") && !screen.contains("Loading")
        }));
        tui.settle(Duration::from_millis(300));
        // Esc alone leaves the dashboard (the first screen) for the lists.
        tui.send("\x1b");
        tui.settle(Duration::from_millis(100));
        tui.send("5");
        tui.wait_until("meetings listed", |screen| {
            screen.contains("Meetings") && !screen.contains("Loading")
        });
        assert!(tui.screen().contains("Meetings"), "{}", tui.screen());
        // Steady state: loaded, drawn, and left alone for a moment.
        tui.settle(Duration::from_millis(1000));
        steady.push(tui.rss_kb() * 1024);
        peak_kb = peak_kb.max(tui.peak_kb());
        tui.quit();
    }
    let (first, _) = median_p99(&mut firsts);
    let (board, _) = median_p99(&mut boards);
    steady.sort_unstable();
    let resident = steady[steady.len() / 2];
    let peak = peak_kb * 1024;
    vec![
        within(
            "first frame (process, 80x24)",
            ms(first),
            "100 ms",
            first <= Duration::from_millis(100),
        ),
        within(
            "data on the first screen (process)",
            ms(board),
            "300 ms",
            board <= Duration::from_millis(300),
        ),
        within(
            "resident memory, loaded, one session",
            mb(resident),
            "150 MB",
            resident <= 150_000_000,
        ),
        within(
            "peak resident memory",
            mb(peak),
            "150 MB",
            peak <= 150_000_000,
        ),
    ]
}

/// Sessions sharing one model, in this process: memory per further session,
/// and what one save costs with all of them open.
fn memory_rows(db: &Path) -> Vec<Row> {
    let store = Arc::new(measure::open_again(db));
    let figures = memory::sessions(&store, SESSIONS, RUNS);
    let mut times = figures.save_times;
    let (time, _) = median_p99(&mut times);
    let mut growth = figures.save_growth;
    growth.sort_unstable();
    let grown = growth[growth.len() / 2];
    let worst = growth.last().copied().unwrap_or(0);
    vec![
        info(
            "resident memory, loaded, one session (in process)",
            mb(figures.one),
        ),
        within(
            &format!("resident memory per further session ({SESSIONS})"),
            mb(figures.per_further),
            "5 MB",
            figures.per_further <= 5_000_000,
        ),
        within(
            &format!("one save with {SESSIONS} sessions: memory growth"),
            format!("{} (max {})", signed_mb(grown), signed_mb(worst)),
            "5 MB",
            grown < 5_000_000,
        ),
        within(
            &format!("one save with {SESSIONS} sessions: seen by all"),
            ms(time),
            "1000 ms",
            time < Duration::from_secs(1),
        ),
    ]
}

fn signed_mb(bytes: i64) -> String {
    format!("{:+.1} MB", bytes as f64 / 1_000_000.0)
}

/// Open + first frame, keystrokes and exports, in this process.
fn in_process(db: &Path) -> Vec<Row> {
    let mut rows = Vec::new();
    if part("start", true) {
        let mut opens: Vec<Duration> = (0..RUNS)
            .map(|_| measure::open_and_first_frame(db))
            .collect();
        let (open, _) = median_p99(&mut opens);
        rows.push(within(
            "open + first frame (in process)",
            ms(open),
            "100 ms",
            open <= Duration::from_millis(100),
        ));
    }
    let store = Arc::new(measure::open_again(db));
    if part("keys", true) {
        rows.extend(keys_rows(&store));
    }
    if part("exports", true) {
        rows.extend(export_rows(&store));
    }
    if part("figures", true) {
        rows.extend(figures_rows(&store));
        let json: u64 = Kind::ALL
            .iter()
            .map(|k| measure::export(&store, *k, Format::Json).1)
            .sum();
        rows.push(info(
            "database on disk / JSON of all",
            format!("{} / {}", mb(measure::dir_size(db)), mb(json)),
        ));
    }
    rows
}

/// Keystrokes at 80x24 and 200x60.
fn keys_rows(store: &Arc<Store>) -> Vec<Row> {
    let mut rows = Vec::new();
    for (width, height) in [(80, 24), (200, 60)] {
        let mut keys = Keyboard::new(store.clone(), width, height);
        let mut figures = vec![
            keys.repeat("move one row (down)", "down", PRESSES),
            keys.wiggle(PRESSES),
            keys.repeat("page (pagedown)", "pagedown", PRESSES),
            keys.filter(PRESSES),
            keys.repeat("switch tab (tab)", "tab", PRESSES),
        ];
        keys.press("5");
        let (open, close) = keys.detail(PRESSES);
        figures.extend([open, close]);
        let (week, month) = keys.calendar(PRESSES);
        figures.extend([week, month]);
        // Last, as it reorders the list. Every column but the first comes
        // round 40 times: the first press of each shows whether its order
        // had to be worked out then (p99), the rest find it kept (median).
        figures.push(keys.repeat("sort by next column (s)", "s", PRESSES));
        for f in &mut figures {
            rows.extend(keystroke_rows(f, width, height));
        }
    }
    rows
}

/// Exports of every meeting, as `spojka export` does them.
fn export_rows(store: &Store) -> Vec<Row> {
    let mut rows = Vec::new();
    for (format, budget) in [(Format::Csv, Some(1000)), (Format::Json, None)] {
        let (time, bytes) = measure::export(store, Kind::Meeting, format);
        let what = format!("export meetings to {format}");
        let figure = format!("{} ({})", ms(time), mb(bytes));
        rows.push(match budget {
            Some(limit) => within(
                &what,
                figure,
                "1000 ms",
                time <= Duration::from_millis(limit),
            ),
            None => info(&what, figure),
        });
    }
    rows
}

/// Figures for a year (what opening the figures view or changing its period
/// computes), the coverage map and the dashboard, against the keystroke
/// budget, and the report of that year.
fn figures_rows(store: &Store) -> Vec<Row> {
    let data = spojka::session::load_all(store).expect("read records");
    let from = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let to = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("date");
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(spojka::insight::figures::Figures::compute(&data, from, to));
            started.elapsed()
        })
        .collect();
    let (figures, _) = median_p99(&mut times);
    let today = to;
    let mut coverage_times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(spojka::insight::coverage::Coverage::compute(&data, today));
            started.elapsed()
        })
        .collect();
    let (coverage, _) = median_p99(&mut coverage_times);
    let now = today.and_hms_opt(9, 0, 0).expect("time");
    let mut dashboard_times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(spojka::insight::dashboard::attention(&data, now));
            started.elapsed()
        })
        .collect();
    let (dashboard, _) = median_p99(&mut dashboard_times);
    let title = Kind::Meeting
        .columns()
        .iter()
        .position(|c| c.field == "title")
        .expect("meetings have a title column");
    let mut sort_times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let started = Instant::now();
            std::hint::black_box(spojka::screens::list::sorted(
                &data,
                Kind::Meeting,
                title,
                false,
            ));
            started.elapsed()
        })
        .collect();
    let (sort_by_name, _) = median_p99(&mut sort_times);
    let started = Instant::now();
    let html = spojka::report::Report::build(&data, from, to, to)
        .write(spojka::report::ReportFormat::Html);
    let report = started.elapsed();
    vec![
        within(
            "figures for a year (F, period change)",
            ms(figures),
            "5 ms",
            figures <= Duration::from_millis(5),
        ),
        within(
            "coverage map (C, and after each save)",
            ms(coverage),
            "5 ms",
            coverage <= Duration::from_millis(5),
        ),
        within(
            "what needs attention (D, and after each save)",
            ms(dashboard),
            "5 ms",
            dashboard <= Duration::from_millis(5),
        ),
        info(
            "sort by name: every meeting by title (once per version)",
            ms(sort_by_name),
        ),
        info(
            "report of a year to HTML",
            format!("{} ({})", ms(report), mb(html.len() as u64)),
        ),
    ]
}

/// Median time against the keystroke budget, p99, and bytes (against the
/// byte budget for a one-row move at 80x24).
fn keystroke_rows(f: &mut KeyFigures, width: u16, height: u16) -> Vec<Row> {
    let (median, p99) = median_p99(&mut f.times);
    let mean = f.bytes.iter().sum::<u64>() / f.bytes.len().max(1) as u64;
    let bytes = median_bytes(&mut f.bytes);
    let what = format!("{} {width}x{height}", f.name);
    let mut rows = vec![within(
        &what,
        format!("{} (p99 {})", ms(median), ms(p99)),
        "5 ms",
        median <= Duration::from_millis(5),
    )];
    let bytes_what = format!("  bytes written, {what}");
    rows.push(if f.name.starts_with("move one row") && width == 80 {
        within(
            &bytes_what,
            format!("{bytes} B (mean {mean} B)"),
            "300 B",
            bytes <= 300,
        )
    } else {
        info(&bytes_what, format!("{bytes} B (mean {mean} B)"))
    });
    rows
}

fn print(rows: &[Row]) {
    let width = rows
        .iter()
        .map(|r| r.what.chars().count())
        .max()
        .unwrap_or(0);
    println!();
    for row in rows {
        let pad = width - row.what.chars().count();
        let budget = match &row.budget {
            Some((budget, ok)) => {
                format!("budget {budget:>7}   {}", if *ok { "OK" } else { "OVER" })
            }
            None => String::new(),
        };
        println!(
            "{}{}   {:>22}   {budget}",
            row.what,
            " ".repeat(pad),
            row.figure
        );
    }
}
