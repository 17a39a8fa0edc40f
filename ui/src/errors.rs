//! Error codes from the shell and the model, in the user's language.

use fluent_bundle::FluentValue;
use kohtaamo_model::api::ApiError;
use kohtaamo_model::client::NameError;
use kohtaamo_model::directory::DirectoryError;
use kohtaamo_model::rule::{Arg, Message, RuleError};
use kohtaamo_model::HetuError;

use crate::i18n::I18n;
use crate::labels;

pub fn api_error(i18n: &I18n, error: &ApiError) -> String {
    match error {
        ApiError::WrongPassphrase => i18n.t("error-wrong-passphrase"),
        ApiError::PassphraseTooShort { min } => i18n.t_with(
            "error-passphrase-too-short",
            &[("min", FluentValue::from(*min))],
        ),
        ApiError::NoStoreSelected => i18n.t("error-no-store-selected"),
        ApiError::StoreExists => i18n.t("error-store-exists"),
        ApiError::StoreMissing => i18n.t("error-store-missing"),
        ApiError::Locked => i18n.t("error-locked"),
        ApiError::ClientNotFound => i18n.t("error-client-not-found"),
        ApiError::DuplicateHetu => i18n.t("error-duplicate-hetu"),
        ApiError::StoreInUse => i18n.t("error-store-in-use"),
        ApiError::PinFormat { min, max } => i18n.t_with(
            "error-pin-format",
            &[
                ("min", FluentValue::from(*min)),
                ("max", FluentValue::from(*max)),
            ],
        ),
        ApiError::WrongPin { tries_left } => i18n.t_with(
            "error-wrong-pin",
            &[("tries", FluentValue::from(*tries_left))],
        ),
        ApiError::PinTriesUsedUp => i18n.t("error-pin-tries-used-up"),
        ApiError::WaitBeforeRetry { seconds } => i18n.t_with(
            "error-wait-before-retry",
            &[("seconds", FluentValue::from(*seconds))],
        ),
        ApiError::StaleRevision => i18n.t("error-stale-revision"),
        ApiError::PlanLocked => i18n.t("error-plan-locked"),
        ApiError::Rule(rule) => rule_error(i18n, rule),
        ApiError::InvalidClient(_) => i18n.t("error-invalid-client"),
        ApiError::SettingsInvalid { problems } => i18n.t_with(
            "error-settings-invalid",
            &[("count", FluentValue::from(problems.len()))],
        ),
        ApiError::InstrumentInvalid { problem } => {
            let reason = message_text(i18n, &problem.message());
            i18n.t_with(
                "error-instrument-invalid",
                &[("reason", FluentValue::from(reason.as_str()))],
            )
        }
        ApiError::InstrumentVersionTaken { id, version } => i18n.t_with(
            "error-instrument-version-taken",
            &[
                ("id", FluentValue::from(id.as_str())),
                ("version", FluentValue::from(*version)),
            ],
        ),
        ApiError::DirectoryInvalid { errors } => i18n.t_with(
            "error-directory-invalid",
            &[("count", FluentValue::from(errors.len()))],
        ),
        ApiError::Backup(error) => message_text(i18n, &error.message()),
        ApiError::ExportExists { name } => i18n.t_with(
            "error-export-exists",
            &[("name", FluentValue::from(name.as_str()))],
        ),
        ApiError::ExportNotWritten { name } => i18n.t_with(
            "error-export-not-written",
            &[("name", FluentValue::from(name.as_str()))],
        ),
        ApiError::PeriodReversed => i18n.t("error-period-reversed"),
        ApiError::NoCustodian { register } => i18n.t_with(
            "error-no-custodian",
            &[(
                "register",
                FluentValue::from(crate::labels::register_name(i18n, *register)),
            )],
        ),
        ApiError::HandoutNotSaved => i18n.t("error-handout-not-saved"),
        ApiError::HandoutNotOpened { name } => i18n.t_with(
            "error-handout-not-opened",
            &[("name", FluentValue::from(name.as_str()))],
        ),
        ApiError::Internal { detail } => i18n.t_with(
            "error-internal",
            &[("detail", FluentValue::from(detail.as_str()))],
        ),
    }
}

/// A broken rule in words: the model names the message and what it speaks
/// of, and every value is named in the user's language too.
pub fn rule_error(i18n: &I18n, error: &RuleError) -> String {
    message_text(i18n, &error.message())
}

/// One bad entry of a directory file: which entry, and what is wrong.
pub fn directory_error(i18n: &I18n, error: &DirectoryError) -> String {
    let (entry, problem) = error.messages();
    format!(
        "{}: {}",
        message_text(i18n, &entry),
        message_text(i18n, &problem)
    )
}

/// A message of the model, with every value it speaks of in words.
pub fn message_text(i18n: &I18n, message: &Message) -> String {
    let args: Vec<(&str, FluentValue<'_>)> = message
        .args
        .iter()
        .map(|(name, arg)| (*name, FluentValue::from(arg_text(i18n, arg))))
        .collect();
    i18n.t_with(message.id, &args)
}

fn arg_text(i18n: &I18n, arg: &Arg) -> String {
    match arg {
        Arg::Number(n) => n.to_string(),
        Arg::Text(text) => text.clone(),
        Arg::Segment(s) => labels::segment_name(i18n, *s),
        Arg::Segments(list) => list
            .iter()
            .map(|s| labels::segment_name(i18n, *s))
            .collect::<Vec<_>>()
            .join(" / "),
        Arg::Role(role) => labels::team_role(i18n, *role),
        Arg::Domain(domain) => crate::screens::case::domain_name(i18n, *domain),
        Arg::Field(field) => labels::professional_field(i18n, *field),
    }
}

pub fn hetu_error(i18n: &I18n, error: &HetuError) -> String {
    match error {
        HetuError::Format => i18n.t("hetu-error-format"),
        HetuError::CenturySign { sign } => i18n.t_with(
            "hetu-error-century-sign",
            &[("sign", FluentValue::from(sign.to_string()))],
        ),
        HetuError::Date => i18n.t("hetu-error-date"),
        HetuError::IndividualNumber => i18n.t("hetu-error-individual-number"),
        HetuError::ControlCharacter { expected, found } => i18n.t_with(
            "hetu-error-control-character",
            &[
                ("expected", FluentValue::from(expected.to_string())),
                ("found", FluentValue::from(found.to_string())),
            ],
        ),
    }
}

pub fn name_error(i18n: &I18n, error: &NameError) -> String {
    match error {
        NameError::Empty => i18n.t("name-error-empty"),
        NameError::TooLong { max } => {
            i18n.t_with("name-error-too-long", &[("max", FluentValue::from(*max))])
        }
        NameError::ControlCharacters => i18n.t("name-error-control-characters"),
    }
}
