//! The coverage map as CSV: one row per region, one column per service, each
//! cell the number of NGOs delivering that service there on the map's day.

use super::ExportError;
use crate::domain::{Region, Service};
use crate::insight::coverage::Coverage;

/// Writes the map with a header row (`region_code`, `region`, the service
/// codes, `ngos` = NGOs delivering anything in the region). A byte order mark
/// first, since the file is for spreadsheets and region names are Czech.
pub fn write_coverage_csv(out: &mut dyn std::io::Write, map: &Coverage) -> Result<(), ExportError> {
    write_coverage_csv_with(out, map, b',', &str::to_string)
}

/// [`write_coverage_csv`] with cells separated by `separator` and each
/// column, by its name above, named in the header by `label`.
pub fn write_coverage_csv_with(
    out: &mut dyn std::io::Write,
    map: &Coverage,
    separator: u8,
    label: &dyn Fn(&str) -> String,
) -> Result<(), ExportError> {
    let what = "writing the coverage map as CSV".to_string();
    let io_error = |source| ExportError::Io {
        what: what.clone(),
        source,
    };
    let csv_error = |source| ExportError::Csv {
        what: what.clone(),
        source,
    };
    out.write_all(super::csv::BOM).map_err(io_error)?;
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(separator)
        .from_writer(&mut *out);
    let header = ["region_code", "region"]
        .into_iter()
        .chain(Service::ALL.iter().map(|s| s.code()))
        .chain(["ngos"])
        .map(label);
    writer.write_record(header).map_err(csv_error)?;
    for region in Region::ALL {
        let counts = Service::ALL
            .iter()
            .map(|s| map.count(region, *s).to_string());
        let row = [region.iso().to_string(), region.name_cs().to_string()]
            .into_iter()
            .chain(counts)
            .chain([map.ngos_in_region(region).to_string()]);
        writer.write_record(row).map_err(csv_error)?;
    }
    writer.flush().map_err(io_error)
}
