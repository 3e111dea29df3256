//! Every parser of outside input keeps its memory in proportion to what it
//! reads (at most 16 × the input + 1 MB), whatever arrives: the input decoder
//! (terminal and SSH bytes), the control socket's frames, iCalendar files,
//! keymap and config files. A hostile or broken peer or file must not be able
//! to make spojka grow without end. A counting global allocator measures the peak;
//! it lives in this test binary of its own so nothing else is counted.

use spojka::term::decode::Decoder;
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(size: usize) {
    let now = IN_USE.fetch_add(size, Ordering::SeqCst) + size;
    PEAK.fetch_max(now, Ordering::SeqCst);
}

fn shrank(size: usize) {
    IN_USE.fetch_sub(size, Ordering::SeqCst);
}

// SAFETY: every call is passed on to the system allocator unchanged.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            grew(layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            grew(new_size);
            shrank(layout.size());
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Held by each test: the counters are global, tests run in parallel.
static SERIAL: Mutex<()> = Mutex::new(());

/// The driver's read size: input reaches the decoder in pieces this big.
const READ_SIZE: usize = 4096;

/// The most the decoder may hold while it decodes `input` bytes.
fn budget(input: usize) -> usize {
    16 * input + 1_000_000
}

/// The peak of memory in use, above what was in use before, while `input`
/// is decoded read by read, each read's inputs handled (here: dropped).
fn peak_while_decoding(input: &[u8]) -> usize {
    let before = IN_USE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let mut decoder = Decoder::new();
    let mut inputs = 0usize;
    for read in input.chunks(READ_SIZE) {
        inputs += decoder.feed(read).len();
    }
    inputs += decoder.timeout().len();
    drop(decoder);
    assert!(inputs <= input.len(), "never more inputs than bytes");
    PEAK.load(Ordering::SeqCst) - before
}

/// Bytes from `alphabet` (half of them) and anything else, reproducibly.
fn garbage(len: usize, alphabet: &[u8], seed: u64) -> Vec<u8> {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..len)
        .map(|_| {
            if !alphabet.is_empty() && rng.bool() {
                alphabet[rng.usize(..alphabet.len())]
            } else {
                rng.u8(..)
            }
        })
        .collect()
}

#[test]
fn decoding_garbage_keeps_memory_bounded() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    const N: usize = 2 << 20;
    let sequences: &[u8] = b"\x1b\x1b[[O;:~0123456789ABCDHFMPZu<?\r\xc3\xe2\x80";
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("uniformly random bytes", garbage(N, &[], 1)),
        ("near-miss escape sequences", garbage(N, sequences, 2)),
        (
            "pastes that start and end at random",
            garbage(N, b"\x1b[200~\x1b[201~x", 3),
        ),
        (
            "one paste that never ends",
            [&b"\x1b[200~"[..], &garbage(N, b"\x1b[201", 4)].concat(),
        ),
        (
            "one control sequence that never ends",
            [&b"\x1b["[..], &vec![b'1'; N]].concat(),
        ),
    ];
    for (what, input) in cases {
        let peak = peak_while_decoding(&input);
        assert!(
            peak < budget(input.len()),
            "{what}: peak {peak} bytes for {} bytes of input",
            input.len()
        );
        // The paste is capped at 1 MiB: whatever the input, the decoder
        // itself needs a few MiB at most.
        assert!(peak < 8 << 20, "{what}: peak {peak} bytes");
    }
}

#[test]
fn a_paste_beyond_the_cap_costs_no_more_than_one_at_the_cap() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let paste = |len: usize| {
        let body = garbage(len, b"abc\xc5\xbe", 5);
        [&b"\x1b[200~"[..], &body, b"\x1b[201~"].concat()
    };
    let at_cap = peak_while_decoding(&paste(1 << 20));
    let far_beyond = peak_while_decoding(&paste(16 << 20));
    assert!(
        far_beyond <= at_cap + (64 << 10),
        "{far_beyond} bytes for 16 MiB against {at_cap} for 1 MiB"
    );
}

/// The peak memory while the control socket's reader reads `input`.
fn peak_while_reading_frames(input: &[u8]) -> usize {
    use spojka::control::frame::{ToHolder, receive};
    let before = IN_USE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    let mut reader = input;
    while let Ok(Some(message)) = receive::<ToHolder>(&mut reader) {
        drop(message);
    }
    PEAK.load(Ordering::SeqCst).saturating_sub(before)
}

#[test]
fn control_requests_that_lie_about_their_size_cost_what_they_send() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    // A frame claiming the largest size, then a few bytes.
    let mut lying = (1024u32 * 1024).to_be_bytes().to_vec();
    lying.extend_from_slice(&[2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]);
    let peak = peak_while_reading_frames(&lying);
    assert!(
        peak <= budget(lying.len()),
        "{peak} bytes for {}",
        lying.len()
    );
    for seed in 0..8 {
        let bytes = garbage(64 * 1024, &[0, 1, 2, 3, 0xff, 0x10, b'a'], seed);
        let peak = peak_while_reading_frames(&bytes);
        assert!(
            peak <= budget(bytes.len()),
            "{peak} bytes for {}",
            bytes.len()
        );
    }
}

/// The peak memory while `parse` reads `input`.
fn peak_while(input: &str, parse: impl FnOnce(&str)) -> usize {
    let before = IN_USE.load(Ordering::SeqCst);
    PEAK.store(before, Ordering::SeqCst);
    parse(input);
    PEAK.load(Ordering::SeqCst).saturating_sub(before)
}

/// Text from `pieces` (what the parsers know) and random bytes, reproducibly.
fn hostile_text(len: usize, pieces: &[&str], seed: u64) -> String {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut text = String::with_capacity(len + 64);
    while text.len() < len {
        if rng.bool() {
            text.push_str(pieces[rng.usize(..pieces.len())]);
        } else {
            text.push(rng.char('\u{0}'..='\u{2FF}'));
        }
    }
    text
}

#[test]
fn calendar_keymap_and_config_files_cost_memory_in_proportion_to_their_size() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let calendar = [
        "BEGIN:VCALENDAR\r\n",
        "BEGIN:VEVENT\r\n",
        "END:VEVENT\r\n",
        "DTSTART:20261201T090000Z\r\n",
        "DURATION:P99999999W\r\n",
        "RRULE:FREQ=SECONDLY\r\n",
        "SUMMARY:",
        "\r\n ",
        "BEGIN:X\r\n",
        ";",
        ":",
    ];
    let toml = [
        "[normal]\n",
        "[form]\n",
        "\"j\" = \"move_down\"\n",
        "base = \"vim\"\n",
        "[meetings]\n",
        "travel_gap_minutes = ",
        "\"C-x\" = ",
        "\"",
        "=",
        "\n",
    ];
    for seed in 0..6 {
        let text = format!(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{}",
            hostile_text(64 * 1024, &calendar, seed)
        );
        let peak = peak_while(&text, |t| drop(spojka::ical::parse_ics(t)));
        assert!(
            peak <= budget(text.len()),
            "calendar: {peak} bytes for {}",
            text.len()
        );
        let text = hostile_text(16 * 1024, &toml, seed);
        let peak = peak_while(&text, |t| drop(spojka::keymap::Keymap::parse("k.toml", t)));
        assert!(
            peak <= budget(text.len()),
            "keymap: {peak} bytes for {}",
            text.len()
        );
        let peak = peak_while(&text, |t| drop(spojka::config::parse("c.toml", t)));
        assert!(
            peak <= budget(text.len()),
            "config: {peak} bytes for {}",
            text.len()
        );
    }
    // A valid calendar of many events: what it is read into stays in
    // proportion too.
    let mut valid = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n");
    for i in 0..2_000 {
        valid.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:e{i}@t\r\nDTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nSUMMARY:Schůzka {i}\r\nLOCATION:Věznice Mírov\r\nEND:VEVENT\r\n"
        ));
    }
    valid.push_str("END:VCALENDAR\r\n");
    let mut events = 0;
    let peak = peak_while(&valid, |t| {
        events = spojka::ical::parse_ics(t).map_or(0, |e| e.len());
    });
    assert_eq!(events, 2_000);
    assert!(
        peak <= budget(valid.len()),
        "valid calendar: {peak} bytes for {}",
        valid.len()
    );
}

/// The shortest lines a calendar can have ("X:"), by the hundred thousand,
/// where no event reads them and inside an event that keeps what it does
/// not know: each line cost some 200 bytes (60 × its size) when every one
/// was read into a property of its own.
#[test]
fn a_calendar_of_the_shortest_lines_costs_memory_in_proportion_too() {
    let _serial = SERIAL.lock().unwrap_or_else(|p| p.into_inner());
    let lines = "X:\r\n".repeat(250_000);
    let at_top = format!("BEGIN:VCALENDAR\r\n{lines}END:VCALENDAR\r\n");
    let in_event = format!(
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20261201T090000Z\r\n{lines}END:VEVENT\r\nEND:VCALENDAR\r\n"
    );
    for (what, text) in [("at the top", at_top), ("in an event", in_event)] {
        let peak = peak_while(&text, |t| drop(spojka::ical::parse_ics(t)));
        assert!(
            peak <= budget(text.len()),
            "{what}: {peak} bytes for {}",
            text.len()
        );
    }
}
