//! Records made from a cooperation request: the introductory meeting, the
//! agreement, an assignment of the NGO's person. The form opens filled in
//! with the request's NGO, facility and services, and saving it links the
//! request to it in the same operation (`Effect::SaveLinked`).

use super::msg::Effect;
use super::state::{AppState, Notice, View};
use crate::domain::{
    Agreement, AgreementStatus, Assignment, Kind, Meeting, MeetingKind, Meta, Record,
};
use crate::screens::form::Form;

/// Opens the form for a new record of `kind` made from request `request`.
pub(super) fn new_from(
    state: &mut AppState,
    kind: Kind,
    request: crate::domain::Id,
) -> Vec<Effect> {
    let Some(Record::Request(r)) = state.data.get(Kind::Request, request).cloned() else {
        state.error(Notice::StepRefused(
            crate::domain::request::StepRefused::NotARequest,
        ));
        return Vec::new();
    };
    let meta = Meta::new(state.now.and_utc());
    let record: Record = match kind {
        Kind::Meeting => {
            let start = super::forms::planned_start(state.now.date(), state.now);
            let end = start + chrono::Duration::minutes(state.meeting_minutes);
            Meeting {
                meta,
                title: crate::catalog::request::meeting_title(&r.subject),
                kind: MeetingKind::Coordination,
                facility: Some(r.facility),
                start,
                end,
                ..Meeting::default()
            }
            .into()
        }
        Kind::Agreement => Agreement {
            meta,
            subject: r.subject.clone(),
            organisation: r.organisation,
            facilities: vec![r.facility],
            services: r.services.clone(),
            status: AgreementStatus::Draft,
            ..Agreement::default()
        }
        .into(),
        _ => Assignment {
            meta,
            facility: r.facility,
            services: r.services.clone(),
            ..Assignment::default()
        }
        .into(),
    };
    let mut form = Form::prefilled(&record);
    if kind == Kind::Assignment {
        // The NGO's person is chosen; an empty id is no one.
        form.set("person", crate::domain::FieldValue::Ref(None));
    }
    form.link_to = Some(request);
    // Proposed, not typed: closing it untouched asks nothing.
    form.initial = form.values.clone();
    state.stack.push(View::Form(form));
    Vec::new()
}
