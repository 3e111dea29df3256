//! A person (usually an NGO coordinator) assigned to a facility, in a role
//! chosen from a list.

use super::choice::{ChoiceSet, Service, choice_enum};
use super::declare::declare;
use super::field::{Problem, Reader};
use super::record::Entity;
use super::text::fold;
use super::{Id, Kind, Meta};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

choice_enum!(
    /// What someone does at a facility they are assigned to.
    AssignmentRole {
        /// The NGO's coordinator for the facility: the role the dashboard's
        /// "facilities without a coordinator" looks for.
        #[default]
        NgoCoordinator => "ngo_coordinator",
        /// Leads a programme for clients.
        ProgrammeLecturer => "programme_lecturer",
        /// Social worker.
        SocialWorker => "social_worker",
        /// Chaplain.
        Chaplain => "chaplain",
        /// Volunteer.
        Volunteer => "volunteer",
        /// Anything else, said in the role's note.
        Other => "other",
    }
);

/// The free-text roles (folded: lower case, no diacritics, single spaces,
/// no spaces around `/`) each role is read from, Czech and English. Names
/// formats before 4 and files from elsewhere wrote; anything else is
/// [`AssignmentRole::Other`] with the text kept.
const NAMES: &[(AssignmentRole, &[&str])] = &[
    (
        AssignmentRole::NgoCoordinator,
        &[
            "koordinator",
            "koordinatorka",
            "koordinator/ka",
            "koordinator/koordinatorka",
            "koordinator nno",
            "koordinatorka nno",
            "koordinator/ka nno",
            "koordinator pro nno",
            "koordinatorka pro nno",
            "koordinator ngo",
            "koordinatorka ngo",
            "koordinator nno ve veznici",
            "koordinatorka nno ve veznici",
            "koordinator ngo ve veznici",
            "koordinatorka ngo ve veznici",
            "coordinator",
            "ngo coordinator",
            "ngo coordinator in the prison",
        ],
    ),
    (
        AssignmentRole::ProgrammeLecturer,
        &[
            "lektor",
            "lektorka",
            "lektor/ka",
            "lektor programu",
            "lektorka programu",
            "lektor/ka programu",
            "lecturer",
            "programme lecturer",
            "program lecturer",
        ],
    ),
    (
        AssignmentRole::SocialWorker,
        &[
            "socialni pracovnik",
            "socialni pracovnice",
            "socialni pracovnik/ce",
            "socialni pracovnik/pracovnice",
            "social worker",
        ],
    ),
    (
        AssignmentRole::Chaplain,
        &[
            "kaplan",
            "kaplanka",
            "kaplan/ka",
            "vezensky kaplan",
            "vezenska kaplanka",
            "duchovni",
            "chaplain",
            "prison chaplain",
        ],
    ),
    (
        AssignmentRole::Volunteer,
        &[
            "dobrovolnik",
            "dobrovolnice",
            "dobrovolnik/ce",
            "dobrovolnik/dobrovolnice",
            "volunteer",
        ],
    ),
    (AssignmentRole::Other, &["jina", "jiny", "jine", "other"]),
];

impl AssignmentRole {
    /// The role a free-text role names, with the text to keep as its note:
    /// a Czech or English name of a role (case, diacritics and spacing
    /// ignored) gives that role and no note; anything else gives
    /// [`AssignmentRole::Other`] with the text kept, trimmed.
    pub fn read(text: &str) -> (AssignmentRole, String) {
        let key = role_key(text);
        let named = NAMES
            .iter()
            .find(|(_, names)| names.contains(&key.as_str()))
            .map(|(role, _)| *role);
        match named {
            Some(role) => (role, String::new()),
            None => (AssignmentRole::Other, text.trim().to_string()),
        }
    }
}

/// `text` folded for [`NAMES`]: lower case, no diacritics, single spaces,
/// none around `/`, no full stop at the end.
fn role_key(text: &str) -> String {
    let folded = fold(text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    words
        .join(" ")
        .replace(" /", "/")
        .replace("/ ", "/")
        .trim_end_matches('.')
        .to_string()
}

/// Who works at which facility, in what role, delivering what, from when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Assignment {
    /// Id, version, timestamps, archived flag.
    pub meta: Meta,
    /// The person assigned.
    pub person: Id,
    /// The facility.
    pub facility: Id,
    /// Their role there.
    pub role: AssignmentRole,
    /// More about the role: what "other" is, or the free text a role was
    /// before format 4 when it named none of the list.
    pub role_note: String,
    /// Services they deliver there.
    pub services: Vec<Service>,
    /// First day, if known.
    pub from: Option<NaiveDate>,
    /// Last day, if it ends.
    pub until: Option<NaiveDate>,
    /// Anything else.
    pub notes: String,
}

impl Assignment {
    /// Whether this assignment is in the NGO coordinator's role.
    pub fn is_coordinator(&self) -> bool {
        self.role == AssignmentRole::NgoCoordinator
    }

    /// What the store's messages call it (the interface names an assignment
    /// "person @ facility"): the role's note when it has one, else the
    /// role's stable code in words ("ngo coordinator").
    fn role_title(&self) -> String {
        match self.role_note.trim() {
            "" => self.role.code().replace('_', " "),
            note => note.to_string(),
        }
    }
}

impl Entity for Assignment {
    declare! {
        kind: Assignment, plural: "assignments", tab: "tab_assignments", title: role_title(),
        fields: {
            person: required("person", Ref(Kind::Person)),
            facility: required("facility", Ref(Kind::Facility)),
            role: required("role", Choice(ChoiceSet::AssignmentRole))
                = AssignmentRole::NgoCoordinator,
            role_note: optional("role_note", Text),
            services: optional("services", Multi(ChoiceSet::Service)),
            from: optional("from", Date),
            until: optional("until", Date),
            notes: optional("notes", LongText),
        },
        columns: [
            ("person", 22, 0), ("facility", 28, 1), ("role", 18, 2),
            ("from", 12, 3), ("until", 12, 4), ("role_note", 20, 5),
        ],
    }

    fn check(&self, reader: &mut Reader<'_>) {
        reader.in_order(self.from, self.until, "until", Problem::UntilBeforeFrom);
    }
}

#[cfg(test)]
mod tests {
    use super::AssignmentRole as R;

    #[test]
    fn free_text_roles_read_as_the_role_they_name() {
        let table: &[(&str, R)] = &[
            ("koordinátorka", R::NgoCoordinator),
            ("Koordinátor", R::NgoCoordinator),
            ("KOORDINATOR", R::NgoCoordinator),
            ("koordinátor NGO ve věznici", R::NgoCoordinator),
            ("Koordinátor/ka NNO", R::NgoCoordinator),
            ("koordinátor / koordinátorka", R::NgoCoordinator),
            ("  NGO   coordinator ", R::NgoCoordinator),
            ("Coordinator", R::NgoCoordinator),
            ("lektor programu", R::ProgrammeLecturer),
            ("Lektorka", R::ProgrammeLecturer),
            ("programme lecturer", R::ProgrammeLecturer),
            ("sociální pracovnice", R::SocialWorker),
            ("Socialni pracovnik", R::SocialWorker),
            ("social worker", R::SocialWorker),
            ("kaplan", R::Chaplain),
            ("Vězeňský kaplan", R::Chaplain),
            ("vězeňská kaplanka", R::Chaplain),
            ("Chaplain", R::Chaplain),
            ("dobrovolník", R::Volunteer),
            ("Dobrovolnice.", R::Volunteer),
            ("volunteer", R::Volunteer),
            ("jiná", R::Other),
            ("Other", R::Other),
        ];
        for (text, role) in table {
            let (read, note) = R::read(text);
            assert_eq!(read, *role, "{text:?}");
            if *role != R::Other {
                assert_eq!(note, "", "{text:?} keeps no note");
            }
        }
    }

    #[test]
    fn a_role_the_list_does_not_name_is_other_with_the_text_kept() {
        assert_eq!(
            R::read("  ředitelka věznice "),
            (R::Other, "ředitelka věznice".to_string())
        );
        assert_eq!(
            R::read("sociální poradenství"),
            (R::Other, "sociální poradenství".to_string())
        );
        assert_eq!(R::read(""), (R::Other, String::new()));
        // A word that only contains a role's name is not that role.
        assert_eq!(R::read("koordinátorka dobrovolníků").0, R::Other);
        // Naming "other" itself keeps no note to repeat it.
        assert_eq!(R::read("jiná"), (R::Other, String::new()));
    }
}
