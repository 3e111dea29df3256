//! Whatever bytes an SSH client sends, a session fed through our decoder
//! never panics: it draws every frame and stays within its screen.

mod common;

use common::screen::terminal;
use common::session::{open, options};
use common::store::open_in;
use proptest::prelude::*;
use spojka::app::access::{Access, Remote, Role};
use spojka::session::{Input, Options};
use spojka::term::decode::Decoder;

/// Bytes terminals send, with a bias to ESC and sequence bytes so that keys,
/// sequences, pastes and garbage all come up.
fn client_bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        3 => any::<u8>(),
        2 => prop::sample::select(b"\x1b[O~;0123456789ABCDHFPQRSaenqdxXIjk/\r\t\x7f".to_vec()),
    ];
    prop::collection::vec(byte, 0..400)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn arbitrary_client_bytes_never_panic_a_session(
        bytes in client_bytes(),
        cuts in prop::collection::vec(any::<prop::sample::Index>(), 0..6),
        editor in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().expect("dir");
        let store = open_in(dir.path());
        spojka::seed::seed(&store, "setup", chrono::Utc::now()).expect("seed");
        let options = Options {
            who: "fuzz".into(),
            user: "fuzz".into(),
            ..options(dir.path())
        };
        let mut session = open(store, "default", (80, 24), options);
        session.set_access(Access {
            role: if editor { Role::Editor } else { Role::Viewer },
            remote: Some(Remote { ssh: "ssh -p 2222 localhost".into() }),
        });
        let mut terminal = terminal(80, 24);
        let mut points: Vec<usize> = cuts.iter().map(|c| c.index(bytes.len() + 1)).collect();
        points.sort_unstable();
        let mut decoder = Decoder::new();
        let mut start = 0;
        for end in points.into_iter().chain([bytes.len()]) {
            let mut inputs = decoder.feed(&bytes[start..end]);
            inputs.extend(decoder.timeout());
            for input in inputs {
                session.handle(input);
                if session.should_quit() {
                    return Ok(());
                }
            }
            session.handle(Input::Tick);
            session.render(&mut terminal).expect("render");
            start = end;
        }
        // Nothing was written on the server.
        let written = std::fs::read_dir(dir.path()).expect("dir").count();
        prop_assert_eq!(written, 1);
    }
}
