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
        // The process holding the database already wrote why.
        Err(cli::CliError::Failed(status)) => ExitCode::from(u8::try_from(status).unwrap_or(1)),
        Err(e) => {
            eprintln!("spojka: {e}");
            ExitCode::FAILURE
        }
    }
}
