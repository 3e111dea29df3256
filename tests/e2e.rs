//! End to end: the real binary in a pseudo-terminal, driven by keys as a user
//! would, with the screen read back through a terminal emulator.

mod common;

use common::binary::{command, spojka};
use common::pty;
use common::pty::keys::{CTRL_N, CTRL_S, ENTER, PASTE_END, PASTE_START, TAB};
use common::pty::{TIMEOUT, Tui};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Instant;

const LEAVE_ALTERNATE_SCREEN: &[u8] = b"\x1b[?1049l";
const NGO_NAME: &str = "Sdružení Ústí — test";

/// A fresh temporary directory with the path of a database inside it.
fn fresh() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("db");
    (dir, db)
}

fn start(dir: &tempfile::TempDir, db: &Path) -> Tui {
    Tui::start(db, dir.path(), &[])
}

/// `spojka --db DB export --kind KIND --format csv`, one map per row.
fn export_csv(db: &Path, kind: &str) -> Vec<HashMap<String, String>> {
    let out = spojka(db, &["export", "--kind", kind, "--format", "csv"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "export failed: {stderr}");
    let text = String::from_utf8(out.stdout).expect("utf-8 csv");
    // Spreadsheet CSV starts with a byte order mark for Excel.
    let text = text.strip_prefix('\u{feff}').expect("BOM");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().expect("headers").clone();
    reader
        .records()
        .map(|row| {
            let row = row.expect("csv row");
            let cells = headers.iter().zip(row.iter());
            cells.map(|(h, v)| (h.to_string(), v.to_string())).collect()
        })
        .collect()
}

/// Answers the seed question with yes and waits for the prisons.
fn seed(tui: &mut Tui) {
    tui.wait_for("Load the public list of 38 Czech");
    tui.send("y");
    tui.wait_for("Loaded 38 facilities");
}

/// Creates an NGO with this name from the list.
fn create_ngo(tui: &mut Tui, name: &str) {
    tui.send("2");
    tui.wait_for("Nothing here yet");
    tui.fill_new_ngo(name);
    tui.send(CTRL_S);
    tui.wait_for(&format!("Saved NGO \"{name}\""));
}

#[test]
fn seed_create_ngo_and_meeting_quit_and_find_them_again() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    seed(&mut tui);
    tui.leave_dashboard();
    create_ngo(&mut tui, NGO_NAME);

    tui.send("5");
    tui.wait_for("Start ▲");
    tui.send("n");
    tui.wait_for("New meeting");
    tui.send("Porada s NNO");
    // Title → kind → facility, whose picker is searched without diacritics.
    tui.send(&[TAB, TAB, ENTER].concat());
    tui.wait_for("Choose Facility");
    tui.send("plzen");
    tui.wait_until("only Plzeň found", |s| {
        s.contains("Věznice Plzeň") && !s.contains("Věznice Bělušice")
    });
    tui.send(ENTER);
    tui.wait_until("the picker closed", |s| !s.contains("Choose Facility"));
    assert!(tui.line_with("Facility").contains("Věznice Plzeň"));
    tui.send(&[TAB, "2026-12-01 10:00", TAB, "2026-12-01 11:30"].concat());
    tui.wait_for("2026-12-01 11:30");
    tui.send(CTRL_S);
    tui.wait_for("Saved meeting \"Porada s NNO\"");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0, "quit must exit with status 0");
    drop(tui);

    // A new process on the same database finds both records.
    let mut tui = start(&dir, &db);
    tui.wait_for("What needs attention");
    assert!(
        !tui.screen().contains("Please confirm"),
        "no seed offer now"
    );
    tui.leave_dashboard();
    tui.wait_for("Věznice Bělušice");
    tui.send("2");
    tui.wait_for(NGO_NAME);
    tui.send("5");
    tui.wait_for("Porada s NNO");
    let row = tui.line_with("Porada s NNO");
    assert!(row.contains("Věznice Plzeň"), "{row}");
    assert!(row.contains("2026-12-01 10:00"), "{row}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);

    let meetings = export_csv(&db, "meetings");
    assert_eq!(meetings.len(), 1, "{meetings:?}");
    assert_eq!(meetings[0]["title"], "Porada s NNO");
    assert_eq!(meetings[0]["facility"], "Věznice Plzeň");
    assert_eq!(meetings[0]["start"], "2026-12-01 10:00");
    assert_eq!(meetings[0]["end"], "2026-12-01 11:30");
    let ngos = export_csv(&db, "ngos");
    assert_eq!(ngos.len(), 1, "{ngos:?}");
    assert_eq!(ngos[0]["name"], NGO_NAME);
    assert_eq!(ngos[0]["membership"], "member");
}

#[test]
fn a_second_instance_on_the_same_database_gets_a_clear_error() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    tui.wait_for("Please confirm");

    let started = Instant::now();
    let mut second = command(&db)
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start second instance");
    while second.try_wait().expect("try_wait").is_none() {
        if started.elapsed() > TIMEOUT {
            let _ = second.kill();
            let _ = second.wait();
            panic!("the second instance did not give up within {TIMEOUT:?}");
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let out = second.wait_with_output().expect("second output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "second instance succeeded: {stderr}");
    assert!(stderr.contains(&db.display().to_string()), "{stderr}");
    assert!(stderr.contains("in use"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("RUST_BACKTRACE"), "{stderr}");
    assert!(out.stdout.is_empty(), "nothing drawn: {:?}", out.stdout);

    // The first instance is unharmed and still writes to its database.
    tui.send("y");
    tui.wait_for("Loaded 38 facilities");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn the_terminal_is_restored_on_quit() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    tui.wait_for("Please confirm");
    assert!(!tui.cooked_mode(), "the app runs in raw mode");
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let enter = find_last(&tui.raw, b"\x1b[?1049h").expect("entered the alternate screen");
    let leave = find_last(&tui.raw, LEAVE_ALTERNATE_SCREEN).expect("left the alternate screen");
    assert!(leave > enter, "left the alternate screen last");
    assert!(tui.raw_contains(b"\x1b[?2004l"), "bracketed paste off");
    assert!(tui.raw_contains(b"\x1b[?25h"), "cursor shown");
    assert!(tui.cooked_mode(), "line editing and echo are back");
}

fn find_last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[test]
fn sigterm_keeps_saved_records_and_restores_the_terminal() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    tui.wait_for("Please confirm");
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    tui.leave_dashboard();
    create_ngo(&mut tui, NGO_NAME);
    // SAFETY: sends a signal to our own child.
    assert_eq!(unsafe { libc::kill(tui.pid(), libc::SIGTERM) }, 0);
    assert_eq!(tui.wait_exit(), 128 + 15, "exit status of a SIGTERM");
    assert!(tui.raw_contains(LEAVE_ALTERNATE_SCREEN));
    assert!(tui.cooked_mode(), "line editing and echo are back");
    drop(tui);
    let ngos = export_csv(&db, "ngos");
    assert_eq!(ngos.len(), 1, "{ngos:?}");
    assert_eq!(ngos[0]["name"], NGO_NAME);
}

#[test]
fn hostile_data_is_shown_as_placeholders() {
    use spojka::domain::Record;
    let (dir, db) = fresh();
    {
        let store = spojka::store::Store::open(&db).expect("open store");
        let evil = spojka::sample::organisation("Evil\x1b[2J\x07Name\u{202E}");
        let now = spojka::sample::epoch();
        store.save(Record::from(evil), "tester", now).expect("save");
        store.flush().expect("flush");
    }
    let mut tui = start(&dir, &db);
    tui.leave_dashboard();
    tui.send("2");
    tui.wait_for("Evil");
    let row = tui.line_with("Evil");
    assert!(row.contains("Evil␛[2J␇Name"), "{row}");
    // The control characters never reach the terminal as they are.
    assert!(!tui.raw_contains(b"Evil\x1b"));
    assert!(!tui.raw_contains(b"[2J\x07"));
    // The bidi override, which would reverse the rest of the row, is a mark;
    // vt100 keeps U+FFFD out of its screen text, so look at the bytes.
    assert!(tui.raw_contains("Name\u{FFFD}".as_bytes()));
    assert!(!tui.raw_contains("\u{202E}".as_bytes()));
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn pasted_escape_sequences_never_reach_the_screen_or_the_database() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    tui.wait_for("Please confirm");
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    tui.leave_dashboard();
    tui.send("2");
    tui.wait_for("Nothing here yet");
    tui.send("n");
    tui.wait_for("New NGO");
    tui.send(&[PASTE_START, "Paste\x1b[31mRED\x07 NGO", PASTE_END].concat());
    tui.wait_for("RED");
    let row = tui.line_with("RED");
    assert!(row.contains("Paste") && row.contains(" NGO"), "{row}");
    assert!(!tui.raw_contains(b"\x1b[31mRED"));
    assert!(!tui.raw_contains(b"RED\x07"));
    let red = (0..pty::ROWS)
        .flat_map(|r| (0..pty::COLS).map(move |c| (r, c)))
        .filter_map(|(r, c)| tui.vt().cell(r, c))
        .any(|cell| cell.fgcolor() != vt100::Color::Default);
    assert!(!red, "coloured text on screen:\n{}", tui.screen());
    tui.send(&[TAB, TAB, CTRL_N, CTRL_S].concat());
    tui.wait_for("Saved NGO");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let ngos = export_csv(&db, "ngos");
    let name = &ngos[0]["name"];
    assert!(
        name.contains("RED") && !name.chars().any(char::is_control),
        "{name:?}"
    );
}

/// Long text in the real binary: notes typed on two lines, edited on the
/// first, a third pasted with its line break, saved, shown as lines in the
/// detail and exported with the line breaks.
#[test]
fn notes_are_typed_on_several_lines_and_saved_as_lines() {
    const UP: &str = "\x1b[A";
    const DOWN: &str = "\x1b[B";
    const END: &str = "\x1b[F";
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    tui.wait_for("Please confirm");
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    tui.leave_dashboard();
    tui.send("2");
    tui.wait_for("Nothing here yet");
    tui.fill_new_ngo("Romodrom");
    // Membership → regions, services, contact, phone, e-mail, web, the
    // public phone, e-mail and web, notes.
    tui.send(&TAB.repeat(10));
    tui.wait_for("Enter new line");
    tui.send("Vstup přes vrátnici");
    tui.send(ENTER);
    tui.send("Kontakt: paní Nováková");
    tui.wait_for("Kontakt: paní Nováková");
    assert!(tui.line_with("Vstup přes vrátnici").contains("Notes"));
    assert!(!tui.line_with("Kontakt").contains("Vstup"));
    // Up to the first line, its end, and more typed there.
    tui.send(UP);
    tui.send(END);
    tui.send(" (brána 2)");
    tui.wait_for("vrátnici (brána 2)");
    // Down to the last line, and a line pasted after it.
    tui.send(DOWN);
    tui.send(END);
    tui.send(&[PASTE_START, "\r\nParkování za budovou", PASTE_END].concat());
    tui.wait_for("Parkování za budovou");
    assert!(!tui.line_with("Parkování").contains("Kontakt"));
    tui.send(CTRL_S);
    tui.wait_for("Saved NGO");
    // The detail shows the three lines one under the other.
    tui.send(ENTER);
    tui.wait_for("NGO: Romodrom");
    let screen = tui.screen();
    let lines: Vec<&str> = screen.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.contains("Vstup přes vrátnici (brána 2)"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(lines[at + 1].contains("Kontakt: paní Nováková"), "{screen}");
    assert!(lines[at + 2].contains("Parkování za budovou"), "{screen}");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let ngos = export_csv(&db, "ngos");
    assert_eq!(
        ngos[0]["notes"],
        "Vstup přes vrátnici (brána 2)\nKontakt: paní Nováková\nParkování za budovou"
    );
}

#[test]
fn a_terminal_closed_without_sighup_ends_the_app_and_frees_the_database() {
    let (dir, db) = fresh();
    // Not the controlling terminal: closing it sends no SIGHUP, as with a
    // pty an SSH server or a test harness hands out and then drops.
    let mut tui = Tui::start_without_controlling_tty(&db, dir.path(), &[]);
    seed(&mut tui);
    tui.leave_dashboard();
    tui.wait_for("Věznice Bělušice");

    let started = Instant::now();
    tui.hang_up();
    let status = tui.wait_exit();
    let took = started.elapsed();
    assert!(
        took < std::time::Duration::from_secs(5),
        "spojka took {took:?} to notice its terminal was gone"
    );
    assert_eq!(status, 0, "a clean end, not a signal or an error");
    drop(tui);

    // The lock is released: a second process opens the same database.
    let facilities = export_csv(&db, "facilities");
    assert_eq!(facilities.len(), 38);
}

#[test]
fn a_resized_terminal_is_drawn_at_its_new_size() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    seed(&mut tui);
    tui.leave_dashboard();
    tui.wait_for("Věznice Bělušice");
    let wide = |s: &str| s.lines().any(|l| l.trim_end().chars().count() > 100);
    assert!(!wide(&tui.screen()));
    tui.resize(120, 30);
    tui.wait_until("rows wider than 100 columns", wide);
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

/// A dashboard section folded (Enter on its heading) is folded again when
/// spojka is started anew: the folding is the user's setting.
#[test]
fn a_folded_dashboard_section_stays_folded_after_a_restart() {
    let (dir, db) = fresh();
    let mut tui = start(&dir, &db);
    seed(&mut tui);
    tui.wait_for("▾ Facilities without an agreement in force (38)");
    // Opened again, the dashboard selects its first item: the first
    // facility without an agreement; up is its heading.
    tui.leave_dashboard();
    tui.send("D");
    tui.wait_for("What needs attention");
    tui.send("k");
    tui.wait_for("▶ ▾ Facilities without an agreement in force (38)");
    tui.send(ENTER);
    tui.wait_for("▶ ▸ Facilities without an agreement in force (38)");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    drop(tui);

    let mut tui = start(&dir, &db);
    tui.wait_for("▸ Facilities without an agreement in force (38)");
    let screen = tui.screen();
    assert!(
        screen.contains("▾ Facilities without an assigned coordinator (38)"),
        "the other section is not folded: {screen}"
    );
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

/// In the calendar's week, Down moves the selected hour and `n` opens a
/// meeting at it: start at that hour of the selected day, end the usual
/// length later.
#[test]
fn n_in_the_week_plans_a_meeting_at_the_selected_hour() {
    let (dir, db) = fresh();
    let mut tui = Tui::start_with_env(
        &db,
        dir.path(),
        &[],
        &[("SPOJKA_NOW", "2026-11-25T08:00:00Z")],
    );
    tui.wait_for("Please confirm");
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    tui.send("c");
    tui.wait_for("Agenda");
    tui.send("w");
    tui.wait_for("▶ 09:00");
    tui.send("jjj");
    tui.wait_for("▶ 12:00");
    tui.send("n");
    tui.wait_for("New meeting");
    assert!(tui.line_with("Start").contains("2026-11-25 12:00"));
    assert!(tui.line_with("End").contains("2026-11-25 13:00"));
    // Untouched, the form closes without a question, back to the week.
    tui.send(common::pty::keys::ESC);
    tui.wait_for("Week");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
}

#[test]
fn a_csv_is_imported_into_the_ngo_list_with_i() {
    let (dir, db) = fresh();
    let csv = dir.path().join("organizace.csv");
    std::fs::write(
        &csv,
        "Název;IČO;E-mail;Kraj;Členství\n\
         Společnost Podané ruce, o.p.s.;00064581;;Jihomoravský kraj;člen\n\
         Spolek Šance, z. s.;25755277;sance@example.cz;Praha;člen\n\
         Rubikon Centrum;;info@rubikon.cz;Kraj Nikde;pozorovatel\n",
    )
    .expect("the file");
    let mut tui = start(&dir, &db);
    tui.wait_for("Please confirm");
    tui.send("n");
    tui.wait_until("the question gone", |s| !s.contains("Please confirm"));
    tui.leave_dashboard();
    tui.send("2");
    tui.wait_for("Nothing here yet");
    tui.send("I");
    tui.wait_for("File to import");
    tui.send(&csv.display().to_string());
    tui.send(ENTER);
    tui.wait_for("Import into NGOs");
    tui.wait_for("Dry run: 2 new, 0 to update, 0 already there, 1 cannot be read");
    tui.wait_for("row 4, column D \"Kraj\"");
    assert!(tui.line_with("row 4, column D").contains("Kraj Nikde"));
    // Nothing is written before the import key.
    assert_eq!(spojka(&db, &["check"]).status.code(), Some(0));
    tui.send("i");
    tui.wait_for("into NGOs: 2 new, 0 updated");
    tui.wait_for("Spolek Šance");
    tui.send("q");
    assert_eq!(tui.wait_exit(), 0);
    let ngos = export_csv(&db, "ngos");
    let names: Vec<&str> = ngos.iter().map(|n| n["name"].as_str()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.contains(&"Spolek Šance, z. s."), "{names:?}");
}
