//! The one-of lists a record's fields choose from.
//!
//! Variant order is part of the storage format (bincode stores the index):
//! append new variants at the end only. The `code` is the stable name used in
//! exports; labels for people live in the message catalog.

use super::declare::form_value;
use super::field::{FieldKind, FieldValue};
use serde::{Deserialize, Serialize};

/// Defines a choice enum with its stable codes, its full list, index helpers
/// and how it travels through a form. The `#[default]` variant is what a
/// record holds until a form gives one.
macro_rules! choice_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $code:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[derive(Default, Serialize, Deserialize)]
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

        form_value! {
            $name: FieldKind::Choice(ChoiceSet::$name),
                |v| FieldValue::Choice(Some(v.index())),
                |reader, id| reader.choice(id).and_then($name::from_index);
            Vec<$name>: FieldKind::Multi(ChoiceSet::$name),
                |v| FieldValue::Multi(v.iter().map(|c| c.index()).collect()),
                |reader, id| {
                    let chosen = reader.multi(id);
                    Some(chosen.into_iter().filter_map($name::from_index).collect())
                };
        }
    };
}

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

choice_enum!(
    /// Whether an action item is still to be done.
    ActionStatus {
        /// Still to do.
        #[default]
        Open => "open",
        /// Done.
        Done => "done",
    }
);

/// The lists a choice field can offer, so forms and pickers stay generic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceSet {
    /// [`FacilityKind`].
    FacilityKind,
    /// [`Membership`].
    Membership,
    /// [`Service`].
    Service,
    /// [`crate::domain::Region`].
    Region,
    /// [`MeetingKind`].
    MeetingKind,
    /// [`MeetingStatus`].
    MeetingStatus,
    /// [`AgreementStatus`].
    AgreementStatus,
    /// [`ActionStatus`].
    ActionStatus,
}

impl ChoiceSet {
    /// How many options the list has.
    pub fn len(self) -> usize {
        match self {
            ChoiceSet::FacilityKind => FacilityKind::ALL.len(),
            ChoiceSet::Membership => Membership::ALL.len(),
            ChoiceSet::Service => Service::ALL.len(),
            ChoiceSet::Region => crate::domain::Region::ALL.len(),
            ChoiceSet::MeetingKind => MeetingKind::ALL.len(),
            ChoiceSet::MeetingStatus => MeetingStatus::ALL.len(),
            ChoiceSet::AgreementStatus => AgreementStatus::ALL.len(),
            ChoiceSet::ActionStatus => ActionStatus::ALL.len(),
        }
    }

    /// Whether the list is empty (never, but clippy asks for it beside `len`).
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The stable code of option `index`, for exports and the audit trail.
    pub fn code(self, index: usize) -> &'static str {
        let code = match self {
            ChoiceSet::FacilityKind => FacilityKind::from_index(index).map(FacilityKind::code),
            ChoiceSet::Membership => Membership::from_index(index).map(Membership::code),
            ChoiceSet::Service => Service::from_index(index).map(Service::code),
            ChoiceSet::Region => crate::domain::Region::ALL.get(index).map(|r| r.iso()),
            ChoiceSet::MeetingKind => MeetingKind::from_index(index).map(MeetingKind::code),
            ChoiceSet::MeetingStatus => MeetingStatus::from_index(index).map(MeetingStatus::code),
            ChoiceSet::AgreementStatus => {
                AgreementStatus::from_index(index).map(AgreementStatus::code)
            }
            ChoiceSet::ActionStatus => ActionStatus::from_index(index).map(ActionStatus::code),
        };
        code.unwrap_or("?")
    }
}
