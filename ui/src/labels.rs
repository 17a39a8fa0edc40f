//! Names of model values in the user's language. Every id is a literal so
//! the locale test sees it.

use kohtaamo_model::case::clientship::{IdentificationReason, TeamRole};
use kohtaamo_model::case::plan::PlanError;
use kohtaamo_model::case::professional::{Professional, ProfessionalField, Role, Sector};
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
/// The words of the client view for `client`: their language, in plain
/// Finnish when that is their preference (Finnish or another language
/// served in Finnish).
pub fn client_words(client: &kohtaamo_model::Client) -> UiLanguage {
    match client_ui_language(client.language) {
        UiLanguage::Fi if client.plain_language => UiLanguage::FiSelko,
        other => other,
    }
}

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
    crate::errors::rule_error(i18n, &error.clone().into())
}

/// The field of a professional's details, as its form labels it.
pub fn professional_field(i18n: &I18n, field: ProfessionalField) -> String {
    i18n.t(match field {
        ProfessionalField::Name => "profile-name",
        ProfessionalField::Role => "profile-role",
        ProfessionalField::Organisation => "profile-organisation",
        ProfessionalField::Unit => "profile-unit",
        ProfessionalField::Phone => "profile-phone",
        ProfessionalField::SecureEmail => "profile-secure-email",
    })
}

/// The titles a professional can choose from; any other is typed in.
pub const ROLES: [(Role, &str); 8] = [
    (Role::Sairaanhoitaja, "sairaanhoitaja"),
    (Role::Terveydenhoitaja, "terveydenhoitaja"),
    (Role::Laakari, "laakari"),
    (Role::Sosiaalityontekija, "sosiaalityontekija"),
    (Role::Sosiaaliohjaaja, "sosiaaliohjaaja"),
    (
        Role::MielenterveysJaPaihdetyontekija,
        "mielenterveys-ja-paihdetyontekija",
    ),
    (Role::Fysioterapeutti, "fysioterapeutti"),
    (Role::SuunTerveydenhuolto, "suun-terveydenhuolto"),
];

pub fn role_name(i18n: &I18n, role: &Role) -> String {
    match role {
        Role::Sairaanhoitaja => i18n.t("title-sairaanhoitaja"),
        Role::Terveydenhoitaja => i18n.t("title-terveydenhoitaja"),
        Role::Laakari => i18n.t("title-laakari"),
        Role::Sosiaalityontekija => i18n.t("title-sosiaalityontekija"),
        Role::Sosiaaliohjaaja => i18n.t("title-sosiaaliohjaaja"),
        Role::MielenterveysJaPaihdetyontekija => i18n.t("title-mielenterveys-ja-paihdetyontekija"),
        Role::Fysioterapeutti => i18n.t("title-fysioterapeutti"),
        Role::SuunTerveydenhuolto => i18n.t("title-suun-terveydenhuolto"),
        Role::Other(title) => title.clone(),
    }
}

/// A person's title, sector, workplace and contact details as one line.
pub fn professional_details(i18n: &I18n, p: &Professional) -> String {
    [
        role_name(i18n, &p.role),
        sector_name(i18n, p.sector),
        p.organisation.clone(),
        p.unit.clone(),
        p.phone.clone(),
        p.secure_email.clone(),
    ]
    .into_iter()
    .filter(|s| !s.trim().is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

pub const SECTORS: [(Sector, &str); 4] = [
    (Sector::HealthCare, "health-care"),
    (Sector::SocialWelfare, "social-welfare"),
    (Sector::ThirdSector, "third-sector"),
    (Sector::OwnNetwork, "own-network"),
];

pub fn sector_name(i18n: &I18n, sector: Sector) -> String {
    i18n.t(match sector {
        Sector::HealthCare => "sector-health-care",
        Sector::SocialWelfare => "sector-social-welfare",
        Sector::ThirdSector => "sector-third-sector",
        Sector::OwnNetwork => "sector-own-network",
    })
}

pub fn register_name(i18n: &I18n, register: kohtaamo_model::case::register::Register) -> String {
    use kohtaamo_model::case::register::Register;
    i18n.t(match register {
        Register::HealthCare => "register-health-care",
        Register::SocialWelfare => "register-social-welfare",
    })
}

/// A date the way Finns, Swedes and English speakers in Finland write it.
pub fn date(date: chrono::NaiveDate) -> String {
    kohtaamo_model::date_text::format_date(date)
}

/// A moment of the log or of history as this machine's clock showed it:
/// its day, and its time as Finland writes it (9.05).
pub fn moment(at: chrono::DateTime<chrono::Utc>) -> (String, String) {
    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(
        at.timestamp_millis() as f64
    ));
    let day = chrono::NaiveDate::from_ymd_opt(
        local.get_full_year() as i32,
        local.get_month() + 1,
        local.get_date(),
    )
    .map(date)
    .unwrap_or_default();
    let time = format!("{}.{:02}", local.get_hours(), local.get_minutes());
    (day, time)
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
