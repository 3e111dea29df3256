//! The one-of lists a record's fields choose from.
//!
//! Variant order is part of the storage format (bincode stores the index):
//! append new variants at the end only. The `code` is the stable name used in
//! exports; labels for people live in the message catalog. A kind may define
//! a list of its own with `choice_enum!` in its file; `domain/mod.rs` names
//! every list once, which makes [`ChoiceSet`].

pub use super::ChoiceSet;

/// A one-of list: its options in order and their stable codes.
pub trait Choice: Copy + 'static {
    /// Every option, in display order (a form holds positions in it).
    const OPTIONS: &'static [Self];
    /// The stable code used in exports and files.
    fn code_of(self) -> &'static str;
}

/// Defines a choice enum with its stable codes, its full list, index helpers
/// and how it travels through a form. The `#[default]` variant is what a
/// record holds until a form gives one.
macro_rules! choice_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
        #[derive(::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            // The stable code is also the serde name, so JSON exports read
            // well and survive a renamed variant; bincode stores the index.
            $($(#[$vdoc])* #[serde(rename = $code)] $variant,)+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable code used in exports and files.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code,)+
                }
            }

            /// The value with this code.
            pub fn from_code(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// Position in [`Self::ALL`].
            pub fn index(self) -> usize {
                self as usize
            }

            /// The value at this position in [`Self::ALL`].
            pub fn from_index(index: usize) -> Option<$name> {
                Self::ALL.get(index).copied()
            }
        }

        impl $crate::domain::choice::Choice for $name {
            const OPTIONS: &'static [$name] = $name::ALL;

            fn code_of(self) -> &'static str {
                self.code()
            }
        }

        $crate::domain::declare::form_value! {
            $name: $crate::domain::FieldKind::Choice($crate::domain::ChoiceSet::$name),
                |v| $crate::domain::FieldValue::Choice(Some(v.index())),
                |reader, id| reader.choice(id).and_then($name::from_index);
            Vec<$name>: $crate::domain::FieldKind::Multi($crate::domain::ChoiceSet::$name),
                |v| $crate::domain::FieldValue::Multi(v.iter().map(|c| c.index()).collect()),
                |reader, id| {
                    let chosen = reader.multi(id);
                    Some(chosen.into_iter().filter_map($name::from_index).collect())
                };
        }
    };
}
pub(crate) use choice_enum;

/// Makes [`ChoiceSet`] from the names of the choice types (each a
/// [`Choice`] in `crate::domain`); `domain/mod.rs` calls it once.
macro_rules! choice_sets {
    ($($name:ident),+ $(,)?) => {
        /// The lists a choice field can offer, so forms and pickers stay generic.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum ChoiceSet {
            $(#[doc = concat!("[`", stringify!($name), "`].")] $name,)+
        }

        impl ChoiceSet {
            /// Every list.
            pub const ALL: &'static [ChoiceSet] = &[$(ChoiceSet::$name,)+];

            /// How many options the list has.
            pub fn len(self) -> usize {
                use $crate::domain::choice::Choice;
                match self {
                    $(ChoiceSet::$name => $name::OPTIONS.len(),)+
                }
            }

            /// Whether the list is empty (never, but clippy asks for it beside `len`).
            pub fn is_empty(self) -> bool {
                self.len() == 0
            }

            /// The stable code of option `index`, for exports and the audit trail.
            pub fn code(self, index: usize) -> &'static str {
                use $crate::domain::choice::Choice;
                let code = match self {
                    $(ChoiceSet::$name => $name::OPTIONS.get(index).map(|c| c.code_of()),)+
                };
                code.unwrap_or("?")
            }
        }
    };
}
pub(crate) use choice_sets;

choice_enum!(
    /// What kind of institution a facility is.
    FacilityKind {
        /// Věznice.
        #[default]
        Prison => "prison",
        /// Vazební věznice.
        RemandPrison => "remand_prison",
        /// Ústav pro výkon zabezpečovací detence.
        SecurityDetention => "security_detention",
        /// Výchovný ústav.
        YouthInstitution => "youth_institution",
        /// Dětský domov se školou.
        ChildrensHomeWithSchool => "childrens_home_with_school",
    }
);

choice_enum!(
    /// The sex of the people a facility holds (several when it holds both).
    HeldSex {
        /// Men (and boys).
        #[default]
        Male => "male",
        /// Women (and girls).
        Female => "female",
    }
);

choice_enum!(
    /// An age group of the people a facility holds.
    AgeGroup {
        /// Adults.
        #[default]
        Adults => "adults",
        /// Juveniles (15 to 18).
        Juveniles => "juveniles",
        /// Children (under 15).
        Children => "children",
    }
);

choice_enum!(
    /// A security level a prison serves sentences at (stupeň zabezpečení),
    /// and the older units of increased guard that some still keep.
    SecurityLevel {
        /// Minimální stupeň zabezpečení.
        #[default]
        Minimum => "minimum",
        /// Nízký stupeň zabezpečení.
        Low => "low",
        /// Střední stupeň zabezpečení.
        Medium => "medium",
        /// Vysoký stupeň zabezpečení.
        High => "high",
        /// Oddělení se zvýšenou ostrahou.
        Increased => "increased",
    }
);

choice_enum!(
    /// An NGO's relation to the association.
    Membership {
        /// Full member.
        Member => "member",
        /// Observer.
        Observer => "observer",
        /// Partner, not a member.
        Partner => "partner",
        /// Not related to the association.
        #[default]
        None => "none",
    }
);

choice_enum!(
    /// A kind of service NGOs deliver in facilities.
    Service {
        /// Addiction services.
        Addiction => "addiction",
        /// Debt counselling.
        DebtCounselling => "debt_counselling",
        /// Social counselling.
        SocialCounselling => "social_counselling",
        /// Family and parenting contact.
        FamilyContact => "family_contact",
        /// Preparation for release.
        ReleasePreparation => "release_preparation",
        /// Post-penitentiary care.
        PostPenitentiaryCare => "post_penitentiary_care",
        /// Case management.
        CaseManagement => "case_management",
        /// Housing.
        Housing => "housing",
        /// Employment.
        Employment => "employment",
        /// Education.
        Education => "education",
        /// Restorative programmes.
        Restorative => "restorative",
        /// Probation programmes.
        Probation => "probation",
        /// Mediation.
        Mediation => "mediation",
        /// Spiritual care.
        SpiritualCare => "spiritual_care",
        /// Anything else.
        #[default]
        Other => "other",
    }
);

choice_enum!(
    /// What kind of meeting it is.
    MeetingKind {
        /// Coordination meeting.
        #[default]
        Coordination => "coordination",
        /// A programme session with clients.
        ProgrammeSession => "programme_session",
        /// A visit.
        Visit => "visit",
        /// An online call.
        OnlineCall => "online_call",
    }
);

choice_enum!(
    /// Where a meeting is in its life.
    MeetingStatus {
        /// Planned.
        #[default]
        Planned => "planned",
        /// Held.
        Held => "held",
        /// Cancelled.
        Cancelled => "cancelled",
    }
);

choice_enum!(
    /// Where an agreement is in its lifecycle.
    AgreementStatus {
        /// Being drafted.
        #[default]
        Draft => "draft",
        /// Under negotiation.
        Negotiating => "negotiating",
        /// Signed and in force (within its dates).
        Signed => "signed",
        /// Past its end date.
        Expired => "expired",
        /// Ended by a party.
        Terminated => "terminated",
    }
);
