//! The `spojka` binary: parses the command line and hands over to the library.

use clap::Parser;
use spojka::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    cli::restrict_file_permissions();
    // Usage errors end here with clap's message and exit code 2.
    let args = Cli::parse();
    match cli::run(args, &mut std::io::stdout()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("spojka: {e}");
            ExitCode::FAILURE
        }
    }
}
