//! The IPC contract between the desktop shell and the UI.
//!
//! Both sides depend on this crate and on no other of each other's, so the
//! shapes that cross the Tauri boundary live here: one definition, checked by
//! the compiler on both ends. Errors carry codes, never sentences: the UI turns
//! each into a message in the user's language.

use serde::{Deserialize, Serialize};

use crate::case::professional::{Professional, ProfessionalId};
use crate::client::NewClientError;
use crate::rule::RuleError;

/// The shortest passphrase accepted for a new store.
pub const MIN_PASSPHRASE_CHARS: usize = 12;

/// Which store the app is working with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StoreKind {
    /// The professional's own case store.
    Own,
    /// The demo store: synthetic clients, a passphrase shown on screen.
    Demo,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppStatus {
    /// Whether the professional's own store exists on this machine.
    pub own_store_exists: bool,
    /// The store chosen for unlocking, if any has been chosen yet.
    pub selected: Option<StoreKind>,
    pub unlocked: bool,
    /// Shown on the unlock screen for the demo store alone.
    pub demo_passphrase: Option<String>,
    /// After this long without input the UI locks the store.
    pub idle_lock_seconds: u32,
    /// The same while a joint appointment is running: longer, because the
    /// screen is in use while people talk.
    pub appointment_idle_lock_seconds: u32,
    /// The store was locked for being idle and a PIN set at unlock can
    /// reopen it.
    pub pin_resume: bool,
    /// Who the open store belongs to: everything recorded is theirs. None
    /// while locked, and in a store whose owner has not given a profile
    /// yet (client work waits for it).
    pub owner: Option<(ProfessionalId, Professional)>,
}

/// The owner's profile: given once after the store is made (or at the next
/// unlock of a store that lacks it) and edited in the settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveProfile {
    pub profile: Professional,
}

/// A third-sector organisation to add (`id` None) or to change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveOrganisation {
    pub id: Option<crate::case::organisation::OrganisationId>,
    pub organisation: crate::case::organisation::Organisation,
}

/// A colleague to add (`id` None) or to change: the directory of people the
/// owner works with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveProfessional {
    pub id: Option<ProfessionalId>,
    pub professional: Professional,
}

/// A quick-resume PIN: digits only, short enough to type unseen, long
/// enough not to be the first guess.
pub const PIN_DIGITS: std::ops::RangeInclusive<usize> = 4..=8;

pub fn check_pin(pin: &str) -> Result<(), ApiError> {
    let ok = PIN_DIGITS.contains(&pin.chars().count()) && pin.chars().all(|c| c.is_ascii_digit());
    if ok {
        Ok(())
    } else {
        Err(ApiError::PinFormat {
            min: *PIN_DIGITS.start(),
            max: *PIN_DIGITS.end(),
        })
    }
}

/// How long the UI waits during a joint appointment.
pub const DEFAULT_APPOINTMENT_IDLE_LOCK_SECONDS: u32 = 20 * 60;

/// Starting a joint clientship from the client page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartClientship {
    pub client: crate::ClientId,
    pub reasons: Vec<crate::case::clientship::IdentificationReason>,
    pub other_reason: String,
}

/// The answers of a segmentation done with the client.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentAnswers {
    pub client: crate::ClientId,
    pub coping: crate::case::segment::EverydayCoping,
    pub need: crate::case::segment::ServiceNeed,
    pub chosen: crate::case::segment::Segment,
    pub reason_for_other: Option<String>,
    pub client_view: String,
}

/// A plan version to save: a new one (`id` None) or a change to one the
/// UI read at `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavePlan {
    pub client: crate::ClientId,
    pub id: Option<crate::id::RecordId>,
    pub revision: i64,
    pub plan: crate::case::plan::PlanVersion,
}

/// A joint appointment to save: a new one (`id` None) or a change to the
/// one the UI read at `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveAppointment {
    pub client: crate::ClientId,
    pub id: Option<crate::id::RecordId>,
    pub revision: i64,
    pub appointment: crate::case::appointment::JointAppointment,
}

/// A holistic assessment to save: the first (`id` None) or a change to
/// the one the UI read at `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveAssessment {
    pub client: crate::ClientId,
    pub id: Option<crate::id::RecordId>,
    pub revision: i64,
    pub assessment: crate::case::assessment::HolisticAssessment,
}

/// A change to the joint clientship the UI read at `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveClientship {
    pub client: crate::ClientId,
    pub id: crate::id::RecordId,
    pub revision: i64,
    pub clientship: crate::case::clientship::JointClientship,
}

/// Pausing the clientship the UI read at `revision`, taking it up again, or
/// closing its period (the reason and the closing day in the status). The
/// store records who and when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeClientshipStatus {
    pub client: crate::ClientId,
    pub id: crate::id::RecordId,
    pub revision: i64,
    pub status: crate::case::clientship::ClientshipStatus,
}

/// A client's contacts with one service in one month: replaces what was
/// recorded for that service and month (the earlier count is kept as a
/// version).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveServiceUse {
    pub client: crate::ClientId,
    pub service_use: crate::case::service_use::ServiceUse,
}

/// A measure's answer to append to `client`'s case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveMeasure {
    pub client: crate::ClientId,
    pub answer: crate::measure::answer::MeasureAnswer,
}

/// The figures over a period (both days included).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FiguresRequest {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
}

/// The figures over a period, saved as CSV where the person chooses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportFigures {
    pub from: chrono::NaiveDate,
    pub to: chrono::NaiveDate,
    pub texts: crate::backup::DialogTexts,
}

/// A handout for the client, saved as a PDF where the person chooses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveHandout {
    pub client: crate::ClientId,
    pub kind: crate::case::handout::HandoutKind,
    pub texts: crate::backup::DialogTexts,
}

/// A client's case as a FHIR bundle for the owner's register, saved where
/// the person chooses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveFhir {
    pub client: crate::ClientId,
    pub texts: crate::backup::DialogTexts,
}

/// An anonymous client-experience answer: no client, the unit is the
/// owner's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveClientExperience {
    pub answer: crate::measure::experience::ClientExperience,
}

/// A consent to record (`id` None) or to change (withdraw) at `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaveConsent {
    pub client: crate::ClientId,
    pub id: Option<crate::id::RecordId>,
    pub revision: i64,
    pub consent: crate::case::consent::Consent,
}

/// How long the UI waits without input before it locks the store.
pub const DEFAULT_IDLE_LOCK_SECONDS: u32 = 5 * 60;

/// Every way a command can fail, as the UI needs to explain it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "code")]
pub enum ApiError {
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    #[error("the passphrase is shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("no store has been chosen")]
    NoStoreSelected,
    #[error("a store already exists here")]
    StoreExists,
    #[error("the store does not exist")]
    StoreMissing,
    #[error("the store is locked")]
    Locked,
    #[error("no such client")]
    ClientNotFound,
    #[error("a client with this henkilötunnus already exists")]
    DuplicateHetu,
    #[error("the store is open in another program")]
    StoreInUse,
    #[error("the PIN must be {min}–{max} digits")]
    PinFormat { min: usize, max: usize },
    #[error("the PIN is wrong")]
    WrongPin { tries_left: u8 },
    #[error("the PIN was wrong too many times")]
    PinTriesUsedUp,
    /// Wrong passphrases, one after another: the next try waits this long.
    #[error("wait {seconds} s before trying again")]
    WaitBeforeRetry { seconds: u64 },
    /// A record broke one of the model's rules; the UI checks the same
    /// rules first where it can and explains each in words.
    #[error(transparent)]
    Rule(RuleError),
    #[error("an agreed plan version cannot change")]
    PlanLocked,
    #[error("the record was changed elsewhere since it was read")]
    StaleRevision,
    #[error(transparent)]
    InvalidClient(NewClientError),
    /// A settings file with bad fields: every one named, nothing changed.
    #[error("the settings file has {} problems", problems.len())]
    SettingsInvalid {
        problems: Vec<crate::settings::SettingsProblem>,
    },
    /// An instrument file that cannot be used, the field named.
    #[error("the instrument file cannot be used: {problem}")]
    InstrumentInvalid {
        problem: crate::measure::instrument_file::InstrumentProblem,
    },
    /// The instrument's version is already in the store with other content.
    #[error("instrument {id} version {version} is already in the store with other content")]
    InstrumentVersionTaken { id: String, version: u32 },
    /// A directory file with bad entries: every one named, nothing imported.
    #[error("the directory file has {} bad entries", errors.len())]
    DirectoryInvalid {
        errors: Vec<crate::directory::DirectoryError>,
    },
    /// A backup or a restore from the app failed in a way the person can
    /// act on (see `backup::BackupError`).
    #[error(transparent)]
    Backup(crate::backup::BackupError),
    /// A file chosen to export into is already there: never written over.
    #[error("{name} already exists")]
    ExportExists { name: String },
    /// A file chosen to export into could not be written (a full disk, a
    /// read-only folder); nothing of it is left behind.
    #[error("{name} could not be written")]
    ExportNotWritten { name: String },
    /// A period that ends before it starts.
    #[error("the period ends before it starts")]
    PeriodReversed,
    /// A FHIR export names each register's custodian, which the
    /// organisation's settings do not give for `register` yet.
    #[error("the organisation's settings name no custodian for {register:?}")]
    NoCustodian {
        register: crate::case::register::Register,
    },
    /// Asked to open the handout saved last when none was saved in this run.
    #[error("no handout has been saved yet")]
    HandoutNotSaved,
    /// The system would not open the saved handout (no PDF viewer); the
    /// file is saved all the same.
    #[error("{name} could not be opened")]
    HandoutNotOpened { name: String },
    /// Anything the user cannot fix by changing their input. `detail` is
    /// technical and never contains client data.
    #[error("internal error: {detail}")]
    Internal { detail: String },
}

/// Checks a new passphrase before anything is written.
pub fn check_new_passphrase(passphrase: &str) -> Result<(), ApiError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(ApiError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hetu::HetuError;

    #[test]
    fn errors_cross_ipc_as_tagged_json() {
        let err = ApiError::InvalidClient(NewClientError {
            name: None,
            hetu: Some(HetuError::Date),
        });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(json["code"], "invalid-client");
        assert_eq!(json["hetu"]["kind"], "date");
        let back: ApiError = serde_json::from_value(json).unwrap();
        assert_eq!(back, err);
        for rule in crate::rule::examples() {
            let err = ApiError::Rule(rule);
            let json = serde_json::to_value(&err).unwrap();
            assert_eq!(json["code"], "rule");
            let back: ApiError = serde_json::from_value(json).unwrap();
            assert_eq!(back, err);
        }
    }

    #[test]
    fn short_passphrases_are_refused() {
        assert!(check_new_passphrase("short").is_err());
        assert!(check_new_passphrase("twelve chars").is_ok());
    }
}
