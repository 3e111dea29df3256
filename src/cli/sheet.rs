//! `spojka import --kind K FILE.csv|FILE.xlsx`: a spreadsheet read, its
//! columns mapped, the dry run reported, and the records written as one
//! operation unless it is a dry run or a row cannot be read (and
//! `--skip-bad-rows` is not given).
//!
//! What it prints: what was read (the sheet, or the separator and encoding
//! detected), each column and the field it is read into, the dry run's
//! counts and every duplicate and row that cannot be read, then what was
//! written. The exit status is 0 when everything was imported (or the dry
//! run found nothing to refuse), 1 when a row was refused or nothing was
//! written for one, 2 for a usage error.

use super::{CliError, DuplicatesArg, ImportArgs, ImportFormat};
use crate::catalog::sheet as words;
use crate::sheet::apply::{self, ApplyError};
use crate::sheet::mapping::{self, Choices};
use crate::sheet::{Duplicates, ReadOptions, SheetFormat};
use std::io::Write;

/// Runs a spreadsheet import of `bytes` (the file's contents) as the
/// context's `who`, with the column mappings its `user` saved.
pub fn run(
    context: &super::hold::Context<'_>,
    args: &ImportArgs,
    format: SheetFormat,
    bytes: &[u8],
    out: &mut dyn Write,
) -> Result<(), CliError> {
    let (store, who, user, clock) = (
        context.store,
        context.who.as_str(),
        context.user.as_str(),
        context.clock,
    );
    let kind = args.kind.ok_or(CliError::ImportNeedsKind)?;
    let file = args.file.display().to_string();
    let sheet_error = |error| CliError::Sheet {
        path: args.file.clone(),
        error,
    };
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > crate::sheet::FILE_LIMIT {
        return Err(CliError::ReadFile {
            path: args.file.clone(),
            source: crate::infile::InFileError::TooLarge {
                path: args.file.clone(),
                limit: crate::sheet::FILE_LIMIT,
            }
            .into(),
        });
    }
    let options = ReadOptions {
        format: Some(format),
        sheet: args.sheet.clone(),
        separator: args.sep,
        encoding: args.encoding,
    };
    let table = crate::sheet::read(bytes, &options).map_err(sheet_error)?;
    let vocabulary = crate::spreadsheet::vocabulary(kind);
    let given: Choices = match &args.map {
        Some(text) => mapping::parse_given(text, kind, &vocabulary)
            .map_err(|field| CliError::ImportMapField { kind, field })?,
        None => Vec::new(),
    };
    let settings = store.settings(user)?;
    let saved = |key: &str| mapping::saved_choices(&settings.import_mappings, kind, key);
    let sheet_name = mapping::sheet_name(&table, &file);
    let mapping = mapping::guess(&table, kind, &vocabulary, &saved, &given, &sheet_name)
        .map_err(sheet_error)?;
    for (header, _) in &given {
        let key = mapping::key(header);
        if !mapping
            .columns
            .iter()
            .any(|c| mapping::key(&c.header) == key)
        {
            return Err(CliError::ImportMapHeader(header.clone()));
        }
    }
    let mut report = vec![words::source(&file, &table.source)];
    report.extend(words::mapping(&mapping));
    let missing = mapping.missing_required();
    if !missing.is_empty() {
        print(out, &report)?;
        return Err(CliError::ImportMissing {
            kind,
            fields: missing,
        });
    }
    let duplicates = match args.duplicates {
        DuplicatesArg::Skip => Duplicates::Skip,
        DuplicatesArg::Update => Duplicates::Update,
        DuplicatesArg::Keep => Duplicates::Keep,
    };
    let now = clock.now_utc();
    let mut plan = apply::prepare(store, &table, &mapping, &vocabulary, duplicates, now)?;
    report.push(words::counts(&plan));
    report.extend(words::details(&plan));
    print(out, &report)?;
    let bad = plan.bad_rows().len();
    if args.dry_run {
        print(
            out,
            &[crate::catalog::text("sheet-dry-run-done").to_string()],
        )?;
        return if bad > 0 {
            Err(CliError::ImportRefused { bad })
        } else {
            Ok(())
        };
    }
    let mut tries = 0;
    let applied = loop {
        let bad = plan.bad_rows().len();
        if bad > 0 && !args.skip_bad_rows {
            return Err(CliError::ImportRefused { bad });
        }
        let summary = crate::store::ops::Summary::Imported {
            file: file.clone(),
            kind,
            created: plan.create.len(),
            updated: plan.update.len(),
        }
        .text();
        match apply::apply(store, &plan, summary, who, now) {
            Ok(applied) => break applied,
            Err(ApplyError::Changed) if tries == 0 => {
                tries += 1;
                plan = apply::prepare(store, &table, &mapping, &vocabulary, duplicates, now)?;
                let mut again = vec![crate::catalog::text("sheet-changed").to_string()];
                again.push(words::counts(&plan));
                again.extend(words::details(&plan));
                print(out, &again)?;
            }
            Err(ApplyError::Changed) => return Err(CliError::ImportChanged),
            Err(ApplyError::Store(e)) => return Err(e.into()),
        }
    };
    let mut done = Vec::new();
    if args.map.is_some() {
        let mut settings = store.settings(user)?;
        settings
            .import_mappings
            .insert(mapping.saved_key(), mapping.saved_pairs());
        store.save_settings(user, &settings)?;
        done.push(crate::catalog::text("sheet-mapping-saved").to_string());
    }
    done.push(if plan.writes() {
        crate::catalog::format(
            "sheet-applied",
            &[
                ("file", file.clone().into()),
                ("created", applied.created.into()),
                ("updated", applied.updated.into()),
            ],
        )
    } else {
        crate::catalog::text("sheet-nothing-to-do").to_string()
    });
    print(out, &done)?;
    let bad = plan.bad_rows().len();
    if bad > 0 {
        return Err(CliError::ImportLeftOut { bad });
    }
    Ok(())
}

/// Writes report lines, each made safe for a terminal: cells come from
/// someone else's file.
fn print(out: &mut dyn Write, lines: &[String]) -> Result<(), CliError> {
    let mut text = String::new();
    for line in lines {
        text.push_str(&crate::sanitize::sanitize(line));
        text.push('\n');
    }
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|source| CliError::Io {
            what: "writing the import report".to_string(),
            source,
        })
}

/// The format of an import: `--format`, else the file's name, else (for
/// a spreadsheet's bytes) what the bytes look like; None: say so.
pub fn format_of(args: &ImportArgs, bytes: Option<&[u8]>) -> Option<ImportFormat> {
    if let Some(format) = args.format {
        return Some(format);
    }
    let ext = args
        .file
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    if ext.as_deref() == Some("ics") || ext.as_deref() == Some("ical") {
        return Some(ImportFormat::Ics);
    }
    match crate::sheet::read::format_of_name(&args.file) {
        Some(SheetFormat::Csv) => Some(ImportFormat::Csv),
        Some(SheetFormat::Xlsx) => Some(ImportFormat::Xlsx),
        // No name to go by (standard input, a name without an
        // extension): a spreadsheet of --kind by its bytes.
        None if args.kind.is_some() => match bytes.map(crate::sheet::read::sniff) {
            Some(crate::sheet::Found::Zip) => Some(ImportFormat::Xlsx),
            _ => Some(ImportFormat::Csv),
        },
        None => None,
    }
}
