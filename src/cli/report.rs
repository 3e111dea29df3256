//! `spojka report`: the impact report of a period, from the command line.

use super::{CliError, RegisterArgs, ReportArgs};
use crate::store::Store;
use std::io::Write;

/// The period of `spojka report`: this year so far unless given; checked
/// before the database is opened.
pub fn report_period(
    args: &ReportArgs,
    today: chrono::NaiveDate,
) -> Result<(chrono::NaiveDate, chrono::NaiveDate), CliError> {
    let (year_start, _) = crate::insight::period::this_year(today);
    let from = args.from.unwrap_or(year_start);
    let to = args.to.unwrap_or(today);
    if to < from {
        return Err(CliError::PeriodBackwards { from, to });
    }
    Ok((from, to))
}

/// `spojka report`: the impact report of `from`–`to` as Markdown or HTML,
/// to `--out` (synced before success) or `out`.
pub fn run_report(
    store: &Store,
    args: &ReportArgs,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    run_report_on(
        crate::model::load_all(store)?,
        store.path(),
        args,
        from,
        to,
        today,
        out,
    )
}

/// `spojka report` over records already read.
pub(super) fn run_report_on(
    mut data: crate::model::Data,
    db: &std::path::Path,
    args: &ReportArgs,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
) -> Result<(), CliError> {
    data.today = today;
    let text = crate::report::Report::build(&data, from, to, today).write(args.format);
    let io_error = |what: String| move |source| CliError::Io { what, source };
    match &args.out {
        None => out
            .write_all(text.as_bytes())
            .and_then(|()| out.flush())
            .map_err(io_error("writing the report".to_string())),
        Some(path) => Ok(crate::outfile::write_bytes(path, db, text.as_bytes())?),
    }
}

/// `spojka register`: the public register as of `--on` (today unless given)
/// in HTML or CSV, or with `--facility` one facility's sheet; to `--out`
/// (synced before success) or `out` (made safe for a terminal when it is
/// one; a CSV file starts with a byte order mark for spreadsheets).
pub(super) fn run_register_on(
    data: &crate::model::Data,
    db: &std::path::Path,
    args: &RegisterArgs,
    today: chrono::NaiveDate,
    out: &mut dyn Write,
    terminal: bool,
) -> Result<(), CliError> {
    use crate::report::register::{Lookup, Register, RegisterFormat};
    let only = match &args.facility {
        None => None,
        Some(name) => match crate::report::register::find_facility(data, name) {
            Ok(id) => Some(id),
            Err(Lookup::None) => return Err(CliError::NoSuchFacility(name.clone())),
            Err(Lookup::Several(facilities)) => {
                return Err(CliError::SeveralFacilities {
                    name: name.clone(),
                    facilities,
                });
            }
        },
    };
    let on = args.on.unwrap_or(today);
    let register = Register::build(data, on, args.youth.included(), only);
    // For a spreadsheet: the spoken language's separator unless given.
    let (separator, _) = crate::spreadsheet::layout(args.sep, true);
    let mut text = register.write(args.format, separator);
    if args.format == RegisterFormat::Csv {
        // The byte order mark tells a spreadsheet the file is UTF-8.
        text.insert(0, '\u{feff}');
    }
    let write = |w: &mut dyn Write| {
        w.write_all(text.as_bytes())
            .and_then(|()| w.flush())
            .map_err(|source| crate::export::ExportError::Io {
                what: "writing the register".to_string(),
                source,
            })
    };
    super::write_output(args.out.as_deref(), db, out, terminal, write)
}
