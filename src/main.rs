//! The `spojka` binary: parses the command line and hands over to the library.

use spojka::cli;
use std::process::ExitCode;

fn main() -> ExitCode {
    spojka::heap::tune();
    cli::restrict_file_permissions();
    // Usage errors end here with clap's message and exit code 2; the help
    // is in the user's language.
    let args = cli::parse_args();
    match cli::run(args, &mut std::io::stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        // The process holding the database already wrote why.
        Err(cli::CliError::Failed(status)) => ExitCode::from(u8::try_from(status).unwrap_or(1)),
        // Worded by the catalog in the language this run speaks (the
        // errors of the store, exports, keymaps and settings included).
        Err(e) => {
            eprintln!("spojka: {}", printable(&e.to_string()));
            ExitCode::from(e.exit_status())
        }
    }
}

/// An error message made safe for the terminal. Messages quote file names,
/// keymap entries and calendar files, any of which may hold escape sequences
/// that retitle the window or clear the screen. Each line is sanitised on
/// its own, so messages listing one problem a line keep their lines.
fn printable(message: &str) -> String {
    message
        .split('\n')
        .map(|line| spojka::sanitize::sanitize(line))
        .collect::<Vec<_>>()
        .join("\n")
}
