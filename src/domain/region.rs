//! The 14 Czech regions (kraje), a fixed list.
//!
//! Codes and names: ISO 3166-2:CZ (Debian iso-codes 4.15.0) and the NUTS 3 list;
//! see `src/seed/SOURCES.md`. The discriminant order is part of the storage
//! format: never reorder.

use super::choice::{Choice, ChoiceSet};
use super::declare::form_value;
use super::field::{FieldKind, FieldValue};
use serde::{Deserialize, Serialize};

/// A Czech region (kraj). Serialised by its ISO code (JSON exports); bincode
/// stores the variant index.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Region {
    /// Hlavní město Praha.
    #[default]
    #[serde(rename = "CZ-10")]
    Praha,
    /// Středočeský kraj.
    #[serde(rename = "CZ-20")]
    Stredocesky,
    /// Jihočeský kraj.
    #[serde(rename = "CZ-31")]
    Jihocesky,
    /// Plzeňský kraj.
    #[serde(rename = "CZ-32")]
    Plzensky,
    /// Karlovarský kraj.
    #[serde(rename = "CZ-41")]
    Karlovarsky,
    /// Ústecký kraj.
    #[serde(rename = "CZ-42")]
    Ustecky,
    /// Liberecký kraj.
    #[serde(rename = "CZ-51")]
    Liberecky,
    /// Královéhradecký kraj.
    #[serde(rename = "CZ-52")]
    Kralovehradecky,
    /// Pardubický kraj.
    #[serde(rename = "CZ-53")]
    Pardubicky,
    /// Kraj Vysočina.
    #[serde(rename = "CZ-63")]
    Vysocina,
    /// Jihomoravský kraj.
    #[serde(rename = "CZ-64")]
    Jihomoravsky,
    /// Olomoucký kraj.
    #[serde(rename = "CZ-71")]
    Olomoucky,
    /// Zlínský kraj.
    #[serde(rename = "CZ-72")]
    Zlinsky,
    /// Moravskoslezský kraj.
    #[serde(rename = "CZ-80")]
    Moravskoslezsky,
}

impl Region {
    /// All regions in the order of their ISO codes.
    pub const ALL: [Region; 14] = [
        Region::Praha,
        Region::Stredocesky,
        Region::Jihocesky,
        Region::Plzensky,
        Region::Karlovarsky,
        Region::Ustecky,
        Region::Liberecky,
        Region::Kralovehradecky,
        Region::Pardubicky,
        Region::Vysocina,
        Region::Jihomoravsky,
        Region::Olomoucky,
        Region::Zlinsky,
        Region::Moravskoslezsky,
    ];

    /// The ISO 3166-2 code, e.g. `CZ-32`.
    pub fn iso(self) -> &'static str {
        match self {
            Region::Praha => "CZ-10",
            Region::Stredocesky => "CZ-20",
            Region::Jihocesky => "CZ-31",
            Region::Plzensky => "CZ-32",
            Region::Karlovarsky => "CZ-41",
            Region::Ustecky => "CZ-42",
            Region::Liberecky => "CZ-51",
            Region::Kralovehradecky => "CZ-52",
            Region::Pardubicky => "CZ-53",
            Region::Vysocina => "CZ-63",
            Region::Jihomoravsky => "CZ-64",
            Region::Olomoucky => "CZ-71",
            Region::Zlinsky => "CZ-72",
            Region::Moravskoslezsky => "CZ-80",
        }
    }

    /// The official Czech name (data, not UI text: it is the same in every language).
    pub fn name_cs(self) -> &'static str {
        match self {
            Region::Praha => "Hlavní město Praha",
            Region::Stredocesky => "Středočeský kraj",
            Region::Jihocesky => "Jihočeský kraj",
            Region::Plzensky => "Plzeňský kraj",
            Region::Karlovarsky => "Karlovarský kraj",
            Region::Ustecky => "Ústecký kraj",
            Region::Liberecky => "Liberecký kraj",
            Region::Kralovehradecky => "Královéhradecký kraj",
            Region::Pardubicky => "Pardubický kraj",
            Region::Vysocina => "Kraj Vysočina",
            Region::Jihomoravsky => "Jihomoravský kraj",
            Region::Olomoucky => "Olomoucký kraj",
            Region::Zlinsky => "Zlínský kraj",
            Region::Moravskoslezsky => "Moravskoslezský kraj",
        }
    }

    /// The name without "kraj" ("Plzeňský", "Vysočina", "Praha"), for
    /// narrow tables.
    pub fn short_name_cs(self) -> &'static str {
        let name = self.name_cs();
        name.strip_suffix(" kraj")
            .or_else(|| name.strip_prefix("Kraj "))
            .or_else(|| name.strip_prefix("Hlavní město "))
            .unwrap_or(name)
    }

    /// The region with this ISO code.
    pub fn from_iso(code: &str) -> Option<Region> {
        Region::ALL.into_iter().find(|r| r.iso() == code)
    }
}

impl Choice for Region {
    const OPTIONS: &'static [Region] = &Region::ALL;

    fn code_of(self) -> &'static str {
        self.iso()
    }
}

// A form holds regions as positions in `Region::ALL`; several ascending,
// whatever order they were chosen in.
form_value! {
    Region: FieldKind::Choice(ChoiceSet::Region),
        |v| FieldValue::Choice(Region::ALL.iter().position(|r| r == v)),
        |reader, id| reader.choice(id).and_then(|i| Region::ALL.get(i).copied());
    Vec<Region>: FieldKind::Multi(ChoiceSet::Region),
        |v| {
            let mut indexes: Vec<usize> =
                v.iter().filter_map(|r| Region::ALL.iter().position(|x| x == r)).collect();
            indexes.sort_unstable();
            FieldValue::Multi(indexes)
        },
        |reader, id| {
            let indexes = reader.multi(id);
            Some(indexes.iter().filter_map(|i| Region::ALL.get(*i).copied()).collect())
        };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped CSV and the enum must agree: the CSV is the cited source.
    #[test]
    fn regions_match_the_shipped_reference_csv() {
        let csv = include_str!("../seed/regions.csv");
        let rows: Vec<&str> = csv.lines().skip(1).filter(|l| !l.is_empty()).collect();
        assert_eq!(rows.len(), 14);
        for row in rows {
            let cols: Vec<&str> = row.split(',').collect();
            let region = Region::from_iso(cols[0]).expect("known code");
            assert_eq!(region.name_cs(), cols[2]);
        }
    }
}
