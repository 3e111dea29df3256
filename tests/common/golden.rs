//! Golden bytes of stored formats, kept as hex text in fixtures.

/// `bytes` as lowercase hex, `per_line` bytes to a line.
pub fn hex(bytes: &[u8], per_line: usize) -> String {
    bytes
        .chunks(per_line)
        .map(|c| c.iter().map(|b| format!("{b:02x}")).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The bytes of hex text, ignoring anything that is not a hex digit.
pub fn unhex(text: &str) -> Vec<u8> {
    let digits: Vec<u8> = text.bytes().filter(u8::is_ascii_hexdigit).collect();
    digits
        .chunks(2)
        .map(|pair| u8::from_str_radix(std::str::from_utf8(pair).expect("ascii"), 16).expect("hex"))
        .collect()
}

/// For [`hex`]: every byte on one line.
pub const ONE_LINE: usize = usize::MAX;
