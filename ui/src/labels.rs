//! Names of model values in the user's language. Every id is a literal so
//! the locale test sees it.

use kohtaamo_model::case::clientship::{IdentificationReason, TeamRole};
use kohtaamo_model::case::plan::PlanError;
use kohtaamo_model::case::segment::{
    AppointmentArrangement, ContactArrangement, EverydayCoping, Segment, ServiceNeed,
};
use kohtaamo_model::date_text::DateTextError;
use kohtaamo_model::Language;

use crate::i18n::{I18n, UiLanguage};

pub fn language_name(i18n: &I18n, language: Language) -> String {
    match language {
        Language::Fi => i18n.t("client-language-fi"),
        Language::Sv => i18n.t("client-language-sv"),
        Language::En => i18n.t("client-language-en"),
        Language::Other => i18n.t("client-language-other"),
    }
}

/// The language the client view speaks to this client.
pub fn client_ui_language(language: Language) -> UiLanguage {
    match language {
        Language::Sv => UiLanguage::Sv,
        Language::En => UiLanguage::En,
        Language::Fi | Language::Other => UiLanguage::Fi,
    }
}

pub const REASONS: [IdentificationReason; 10] = [
    IdentificationReason::SeveralChronicIllnesses,
    IdentificationReason::MentalHealth,
    IdentificationReason::SubstanceUse,
    IdentificationReason::Finances,
    IdentificationReason::Housing,
    IdentificationReason::Loneliness,
    IdentificationReason::ManyServicesUsed,
    IdentificationReason::SentBetweenServices,
    IdentificationReason::DailyCoping,
    IdentificationReason::FamilySituation,
];

pub fn reason(i18n: &I18n, reason: IdentificationReason) -> String {
    use IdentificationReason::*;
    i18n.t(match reason {
        SeveralChronicIllnesses => "reason-several-chronic-illnesses",
        MentalHealth => "reason-mental-health",
        SubstanceUse => "reason-substance-use",
        Finances => "reason-finances",
        Housing => "reason-housing",
        Loneliness => "reason-loneliness",
        ManyServicesUsed => "reason-many-services-used",
        SentBetweenServices => "reason-sent-between-services",
        DailyCoping => "reason-daily-coping",
        FamilySituation => "reason-family-situation",
    })
}

pub fn team_role(i18n: &I18n, role: TeamRole) -> String {
    i18n.t(match role {
        TeamRole::ResponsibleWorker => "role-responsible-worker",
        TeamRole::Hoitovastaava => "role-hoitovastaava",
        TeamRole::Omatyontekija => "role-omatyontekija",
        TeamRole::Member => "role-member",
    })
}

pub fn segment_name(i18n: &I18n, segment: Segment) -> String {
    i18n.t(match segment {
        Segment::Omatoimi => "segment-omatoimi",
        Segment::Tuki => "segment-tuki",
        Segment::Yhteistyo => "segment-yhteistyo",
        Segment::Huolenpito => "segment-huolenpito",
    })
}

/// What the segment means for the client, in plain words.
pub fn segment_meaning(i18n: &I18n, segment: Segment) -> String {
    i18n.t(match segment {
        Segment::Omatoimi => "segment-omatoimi-meaning",
        Segment::Tuki => "segment-tuki-meaning",
        Segment::Yhteistyo => "segment-yhteistyo-meaning",
        Segment::Huolenpito => "segment-huolenpito-meaning",
    })
}

pub fn coping(i18n: &I18n, coping: EverydayCoping) -> String {
    i18n.t(match coping {
        EverydayCoping::Easy => "coping-easy",
        EverydayCoping::TemporarilyDifficult => "coping-temporarily-difficult",
        EverydayCoping::Difficult => "coping-difficult",
    })
}

pub fn need(i18n: &I18n, need: ServiceNeed) -> String {
    i18n.t(match need {
        ServiceNeed::Few => "need-few",
        ServiceNeed::Many => "need-many",
    })
}

pub fn contact(i18n: &I18n, contact: ContactArrangement) -> String {
    i18n.t(match contact {
        ContactArrangement::SelfService => "contact-self-service",
        ContactArrangement::OnNeed => "contact-on-need",
        ContactArrangement::NamedPerson => "contact-named-person",
        ContactArrangement::Proactive => "contact-proactive",
    })
}

pub fn appointments(i18n: &I18n, appointments: AppointmentArrangement) -> String {
    i18n.t(match appointments {
        AppointmentArrangement::BookedByClient => "appointments-booked-by-client",
        AppointmentArrangement::BookedForTheNeed => "appointments-booked-for-the-need",
        AppointmentArrangement::PlannedSeries => "appointments-planned-series",
        AppointmentArrangement::RegularJointAppointments => "appointments-regular-joint",
    })
}

pub fn plan_error(i18n: &I18n, error: &PlanError) -> String {
    match error {
        PlanError::Locked { .. } => i18n.t("error-plan-locked"),
        PlanError::NotAgreed => i18n.t("plan-error-not-agreed"),
        PlanError::EmptyText => i18n.t("plan-error-empty-text"),
        PlanError::NoSuchItem { .. }
        | PlanError::DuplicateItem { .. }
        | PlanError::BadPosition { .. } => i18n.t("plan-error-item"),
        PlanError::OwnerNotOnTeam => i18n.t("plan-error-owner"),
        PlanError::NoGoals => i18n.t("plan-error-no-goals"),
        PlanError::NoReviewDate => i18n.t("plan-error-no-review-date"),
        PlanError::ReviewNotAfterAgreement { .. } => i18n.t("plan-error-review-date"),
        PlanError::ClientHasNotAgreed => i18n.t("plan-error-client-agreed"),
        PlanError::NoParticipants => i18n.t("plan-error-participants"),
    }
}

/// A date the way Finns, Swedes and English speakers in Finland write it.
pub fn date(date: chrono::NaiveDate) -> String {
    kohtaamo_model::date_text::format_date(date)
}

pub fn date_error(i18n: &I18n, error: &DateTextError) -> String {
    match error {
        DateTextError::Format { text } => {
            i18n.t_with("date-error-format", &[("text", text.clone().into())])
        }
        DateTextError::NoSuchDay { text } => {
            i18n.t_with("date-error-no-such-day", &[("text", text.clone().into())])
        }
    }
}
