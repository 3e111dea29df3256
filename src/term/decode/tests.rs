use super::paste::MAX_PASTE;
use super::*;
use proptest::prelude::*;

fn key(text: &str) -> Input {
    Input::Key(text.parse().expect("valid key"))
}

fn keys(texts: &[&str]) -> Vec<Input> {
    texts.iter().map(|t| key(t)).collect()
}

/// Everything `bytes` decodes to, with a pause at the end.
fn decode(bytes: &[u8]) -> Vec<Input> {
    let mut decoder = Decoder::new();
    let mut out = decoder.feed(bytes);
    out.extend(decoder.timeout());
    out
}

/// The same, one byte per read.
fn decode_bytewise(bytes: &[u8]) -> Vec<Input> {
    let mut decoder = Decoder::new();
    let mut out: Vec<Input> = bytes.iter().flat_map(|b| decoder.feed(&[*b])).collect();
    out.extend(decoder.timeout());
    out
}

#[test]
fn printable_and_czech_letters_are_chars() {
    assert_eq!(decode(b"aJ/ "), keys(&["a", "J", "/", "space"]));
    assert_eq!(decode("žluťoučký".as_bytes()).len(), 9);
    assert_eq!(decode("Ř😀".as_bytes()), keys(&["Ř", "😀"]));
    // Split inside a character: nothing until its last byte.
    let mut decoder = Decoder::new();
    let bytes = "ů".as_bytes();
    assert!(decoder.feed(&bytes[..1]).is_empty());
    assert!(!decoder.pending(), "half a character does not time out");
    assert_eq!(decoder.feed(&bytes[1..]), keys(&["ů"]));
}

#[test]
fn control_bytes_are_the_keys_crossterm_made_of_them() {
    assert_eq!(
        decode(b"\r\n\t\x7f\x08\x13\x0e\x01\x1a\x00"),
        keys(&[
            "enter",
            "enter",
            "tab",
            "backspace",
            "backspace",
            "C-s",
            "C-n",
            "C-a",
            "C-z",
            "C-space",
        ])
    );
}

#[test]
fn a_lone_esc_is_esc_only_after_the_pause() {
    let mut decoder = Decoder::new();
    assert!(decoder.feed(b"\x1b").is_empty());
    assert!(decoder.pending());
    assert_eq!(decoder.timeout(), keys(&["esc"]));
    assert!(!decoder.pending());
    assert!(decoder.timeout().is_empty());
    assert_eq!(decode(b"\x1b\x1b"), keys(&["esc", "esc"]));
}

#[test]
fn esc_before_a_key_is_alt() {
    assert_eq!(
        decode("\x1bx\x1bJ\x1bš\x1b\r\x1b\x7f\x1b\x01".as_bytes()),
        keys(&["A-x", "A-J", "A-š", "A-enter", "A-backspace", "C-A-a"])
    );
    assert_eq!(decode(b"\x1b["), keys(&["A-["]));
    assert_eq!(decode(b"\x1bO"), keys(&["A-O"]));
    assert_eq!(decode(b"\x1bOx"), keys(&["A-O", "x"]));
}

#[test]
fn arrows_home_end_and_function_keys_in_every_form() {
    let cases: &[(&[u8], &str)] = &[
        (b"\x1b[A", "up"),
        (b"\x1b[B", "down"),
        (b"\x1b[C", "right"),
        (b"\x1b[D", "left"),
        (b"\x1bOA", "up"),
        (b"\x1b[H", "home"),
        (b"\x1b[F", "end"),
        (b"\x1bOH", "home"),
        (b"\x1bOF", "end"),
        (b"\x1b[1~", "home"),
        (b"\x1b[4~", "end"),
        (b"\x1b[7~", "home"),
        (b"\x1b[8~", "end"),
        (b"\x1b[2~", "insert"),
        (b"\x1b[3~", "delete"),
        (b"\x1b[5~", "pageup"),
        (b"\x1b[6~", "pagedown"),
        (b"\x1bOP", "f1"),
        (b"\x1bOS", "f4"),
        (b"\x1b[11~", "f1"),
        (b"\x1b[15~", "f5"),
        (b"\x1b[17~", "f6"),
        (b"\x1b[21~", "f10"),
        (b"\x1b[23~", "f11"),
        (b"\x1b[24~", "f12"),
        (b"\x1b[[A", "f1"),
        (b"\x1b[[E", "f5"),
        (b"\x1b[1;5A", "C-up"),
        (b"\x1b[1;2B", "S-down"),
        (b"\x1b[1;3C", "A-right"),
        (b"\x1b[1;6D", "C-S-left"),
        (b"\x1b[3;5~", "C-delete"),
        (b"\x1b[1;2P", "S-f1"),
        (b"\x1b[15;5~", "C-f5"),
        (b"\x1b[Z", "backtab"),
        (b"\x1b[27;5;13~", "C-enter"),
        (b"\x1b[106;5u", "C-j"),
    ];
    for (bytes, want) in cases {
        assert_eq!(decode(bytes), keys(&[want]), "{bytes:?}");
    }
}

#[test]
fn reports_and_unknown_sequences_are_dropped() {
    for bytes in [
        &b"\x1b[<0;10;5M"[..],
        b"\x1b[?1;2c",
        b"\x1b[I",
        b"\x1b[O",
        b"\x1b[99~",
        b"\x1b[201~",
        b"\x1b[5;5A",
        b"\x1b[M !!",
        b"\x1b[99999999999999999999~",
        b"\x1b[1;2;3;4;5;6;7;8;9;10;11;12A",
    ] {
        assert_eq!(decode(bytes), vec![], "{bytes:?}");
    }
    // What follows a dropped sequence is read as usual.
    assert_eq!(decode(b"\x1b[99~q"), keys(&["q"]));
    assert_eq!(decode(b"\x1b[1;\rq"), keys(&["enter", "q"]));
    assert_eq!(decode(b"\x1b[1\x1b[Aq"), keys(&["up", "q"]));
    assert_eq!(decode(b"\xff\xc3q\x80"), keys(&["q"]));
}

#[test]
fn a_paste_is_text_whatever_it_contains() {
    let text = "Paste\x1b[31mRED\x07 \x1b[201 NGO\r\nŽ";
    let bytes = ["\x1b[200~", text, "\x1b[201~", "q"].concat();
    let want = vec![Input::Paste(text.to_string()), key("q")];
    assert_eq!(decode(bytes.as_bytes()), want);
    assert_eq!(decode_bytewise(bytes.as_bytes()), want);
    let mut decoder = Decoder::new();
    assert!(decoder.feed(b"\x1b[200~abc\x1b").is_empty());
    assert!(!decoder.pending(), "a paste does not end on a pause");
    assert!(decoder.timeout().is_empty());
    assert_eq!(
        decoder.feed(b"[201~"),
        vec![Input::Paste("abc".to_string())]
    );
}

#[test]
fn a_huge_paste_is_cut_at_the_limit_on_a_character_boundary() {
    let mut decoder = Decoder::new();
    assert!(decoder.feed(b"\x1b[200~x").is_empty());
    let chunk = "č".repeat(4096);
    for _ in 0..(MAX_PASTE / chunk.len() + 10) {
        assert!(decoder.feed(chunk.as_bytes()).is_empty());
    }
    let out = decoder.feed(b"\x1b[201~");
    let [Input::Paste(text)] = out.as_slice() else {
        panic!("one paste expected, got {} inputs", out.len());
    };
    assert_eq!(text.len(), MAX_PASTE - 1, "x, then whole č's");
    assert!(text.ends_with('č'));
    assert_eq!(decoder.feed(b"q"), keys(&["q"]));
}

/// The bytes control sequences are made of, so that sequences and their near
/// misses turn up often among arbitrary bytes.
const ALPHABET: &[u8] = b"\x1b\x1b\x1b[[O;~0123456789ABCDHFPZu<?M\r\t\x7f\x1b[200~\x1b[201~";

/// Arbitrary bytes, half of them from [`ALPHABET`]. One byte vector mapped,
/// rather than a vector of per-byte strategies, keeps each case cheap.
fn terminal_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(any::<u16>(), 0..400).prop_map(|raw| {
        raw.into_iter()
            .map(|r| {
                let [pick, byte] = r.to_le_bytes();
                if pick < 128 {
                    ALPHABET[usize::from(byte) % ALPHABET.len()]
                } else {
                    byte
                }
            })
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn any_split_decodes_like_the_whole(
        bytes in terminal_bytes(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..8),
    ) {
        let whole = decode(&bytes);
        let mut points: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
        points.sort_unstable();
        let mut decoder = Decoder::new();
        let mut out = Vec::new();
        let mut from = 0;
        for to in points.into_iter().chain([bytes.len()]) {
            out.extend(decoder.feed(&bytes[from..to]));
            from = to;
        }
        out.extend(decoder.timeout());
        prop_assert_eq!(out, whole);
    }

    #[test]
    fn printable_text_round_trips_to_chars(text in any::<String>()) {
        let printable: String = text.chars().filter(|c| !c.is_control()).collect();
        let want: Vec<Input> = printable.chars().map(|c| Input::Key(Key::char(c))).collect();
        prop_assert_eq!(decode_bytewise(printable.as_bytes()), want.clone());
        prop_assert_eq!(decode(printable.as_bytes()), want);
    }

    #[test]
    fn a_paste_round_trips(text in any::<String>(), cut in any::<prop::sample::Index>()) {
        // The one thing a paste cannot contain is its own end marker.
        prop_assume!(!text.contains("\x1b[201~"));
        let bytes = ["\x1b[200~", &text, "\x1b[201~"].concat().into_bytes();
        let cut = cut.index(bytes.len() + 1);
        let mut decoder = Decoder::new();
        let mut out = decoder.feed(&bytes[..cut]);
        out.extend(decoder.feed(&bytes[cut..]));
        prop_assert_eq!(out, vec![Input::Paste(text)]);
        prop_assert!(!decoder.pending());
    }
}
