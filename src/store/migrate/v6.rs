//! Format 6 gave facilities clean reference fields (the sex and age of the
//! people held, security levels, capacity, a public contact and the stable
//! key of a built-in facility) and NGOs the contacts they agree to publish:
//! the layouts versions 1 to 5 wrote of the two kinds (a facility of
//! versions 1 to 4 reads through [`super::v5`] into this one).

use crate::domain::text::fold;
use crate::domain::*;
use serde::Deserialize;

/// A facility as format version 5 stored it.
#[derive(Deserialize)]
pub(super) struct FacilityV5 {
    pub(super) meta: Meta,
    pub(super) name: String,
    pub(super) kind: FacilityKind,
    pub(super) region: Region,
    pub(super) town: String,
    pub(super) address: String,
    pub(super) coordinator: Option<Id>,
    pub(super) contact: String,
    pub(super) phone: String,
    pub(super) email: String,
    pub(super) notes: String,
}

/// The names the built-in facilities had when format 6 gave them keys, and
/// their keys: a facility stored before then whose name is one of these
/// (folded: case, diacritics and spacing aside) is that built-in facility.
/// Frozen with the format, so that reading old bytes never changes with the
/// shipped list.
const KEYS_AT_6: &[(&str, &str)] = &[
    (
        "Vazební věznice a ústav pro výkon zabezpečovací detence Brno",
        "vscr-vv-brno",
    ),
    (
        "Vazební věznice České Budějovice",
        "vscr-vv-ceske-budejovice",
    ),
    ("Vazební věznice Hradec Králové", "vscr-vv-hradec-kralove"),
    ("Vazební věznice Liberec", "vscr-vv-liberec"),
    ("Vazební věznice Litoměřice", "vscr-vv-litomerice"),
    ("Vazební věznice Olomouc", "vscr-vv-olomouc"),
    ("Vazební věznice Ostrava", "vscr-vv-ostrava"),
    (
        "Vazební věznice a ústav pro výkon zabezpečovací detence Praha-Pankrác",
        "vscr-vv-praha-pankrac",
    ),
    ("Vazební věznice Praha-Ruzyně", "vscr-vv-praha-ruzyne"),
    ("Vazební věznice Teplice", "vscr-vv-teplice"),
    ("Věznice Bělušice", "vscr-belusice"),
    ("Věznice Břeclav", "vscr-breclav"),
    ("Věznice Heřmanice", "vscr-hermanice"),
    ("Věznice Horní Slavkov", "vscr-horni-slavkov"),
    ("Věznice Jiřice", "vscr-jirice"),
    ("Věznice Karviná", "vscr-karvina"),
    ("Věznice Kuřim", "vscr-kurim"),
    ("Věznice Kynšperk nad Ohří", "vscr-kynsperk-nad-ohri"),
    ("Věznice Mírov", "vscr-mirov"),
    ("Věznice Nové Sedlo", "vscr-nove-sedlo"),
    ("Věznice Odolov", "vscr-odolov"),
    (
        "Věznice a ústav pro výkon zabezpečovací detence Opava",
        "vscr-opava",
    ),
    ("Věznice Oráčov", "vscr-oracov"),
    ("Věznice Ostrov", "vscr-ostrov"),
    ("Věznice Pardubice", "vscr-pardubice"),
    ("Věznice Plzeň", "vscr-plzen"),
    ("Věznice Příbram", "vscr-pribram"),
    ("Věznice Rapotice", "vscr-rapotice"),
    ("Věznice Rýnovice", "vscr-rynovice"),
    ("Věznice Stráž pod Ralskem", "vscr-straz-pod-ralskem"),
    ("Věznice Světlá nad Sázavou", "vscr-svetla-nad-sazavou"),
    ("Věznice Valdice", "vscr-valdice"),
    ("Věznice Vinařice", "vscr-vinarice"),
    ("Věznice Všehrdy", "vscr-vsehrdy"),
    ("Věznice Znojmo", "vscr-znojmo"),
    (
        "Ústav pro výkon zabezpečovací detence Brno",
        "vscr-uvzd-brno",
    ),
    (
        "Ústav pro výkon zabezpečovací detence Opava",
        "vscr-uvzd-opava",
    ),
    (
        "Ústav pro výkon zabezpečovací detence Praha-Pankrác",
        "vscr-uvzd-praha-pankrac",
    ),
];

/// The key of the built-in facility named `name` in format 6's list, or
/// empty.
pub(super) fn key_of(name: &str) -> String {
    let folded = fold(&name.split_whitespace().collect::<Vec<_>>().join(" "));
    KEYS_AT_6
        .iter()
        .find(|(known, _)| fold(known) == folded)
        .map(|(_, key)| key.to_string())
        .unwrap_or_default()
}

impl From<FacilityV5> for Facility {
    /// The new fields are empty; a facility named as a built-in one gets its
    /// key, so `spojka seed` can bring its reference fields up to date.
    fn from(v5: FacilityV5) -> Facility {
        Facility {
            key: key_of(&v5.name),
            meta: v5.meta,
            name: v5.name,
            kind: v5.kind,
            region: v5.region,
            town: v5.town,
            address: v5.address,
            held_sex: Vec::new(),
            held_age: Vec::new(),
            security: Vec::new(),
            capacity: None,
            public_phone: String::new(),
            public_email: String::new(),
            public_web: String::new(),
            coordinator: v5.coordinator,
            contact: v5.contact,
            phone: v5.phone,
            email: v5.email,
            notes: v5.notes,
        }
    }
}

/// An NGO as format versions 1 to 5 stored it: no published contacts.
#[derive(Deserialize)]
pub(super) struct OrganisationV5 {
    meta: Meta,
    name: String,
    ico: String,
    membership: Membership,
    regions: Vec<Region>,
    services: Vec<Service>,
    contact: String,
    phone: String,
    email: String,
    web: String,
    notes: String,
}

impl From<OrganisationV5> for Organisation {
    /// Nothing is published until the NGO agrees: the published contacts
    /// start empty, even where the NGO's own contacts are filled.
    fn from(v5: OrganisationV5) -> Organisation {
        Organisation {
            meta: v5.meta,
            name: v5.name,
            ico: v5.ico,
            membership: v5.membership,
            regions: v5.regions,
            services: v5.services,
            contact: v5.contact,
            phone: v5.phone,
            email: v5.email,
            web: v5.web,
            public_phone: String::new(),
            public_email: String::new(),
            public_web: String::new(),
            notes: v5.notes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_in_name_finds_its_key_folded() {
        assert_eq!(key_of("Věznice Plzeň"), "vscr-plzen");
        assert_eq!(key_of("veznice  plzen"), "vscr-plzen");
        assert_eq!(key_of("Věznice Horní Dolní"), "");
        assert_eq!(KEYS_AT_6.len(), 38);
    }
}
