use std::path::PathBuf;

use kohtaamo_model::ClientId;

/// Errors of the case store. Messages name the file or operation involved and
/// never include client data.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    #[error("the PIN is wrong; {tries_left} tries left")]
    WrongPin { tries_left: u8 },
    #[error("the PIN was wrong too many times; the passphrase is needed")]
    PinTriesUsedUp,
    #[error("a store already exists at {}", path.display())]
    AlreadyExists { path: PathBuf },
    #[error("no store at {}", path.display())]
    Missing { path: PathBuf },
    #[error("{action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the key file {} is damaged or not a Kohtaamo key file: {detail}", path.display())]
    KeyFileFormat { path: PathBuf, detail: String },
    #[error("the key file is damaged: {0}")]
    KeyFileDamaged(String),
    #[error("the key file does not belong to the store {}", path.display())]
    KeyFileMismatch { path: PathBuf },
    #[error("deriving the key from the passphrase failed: {0}")]
    Kdf(String),
    #[error(
        "the store's schema version {found} is newer than this program supports ({supported})"
    )]
    SchemaTooNew { found: i64, supported: i64 },
    #[error("database error while {context}: {source}")]
    Sqlite {
        context: &'static str,
        #[source]
        source: rusqlite::Error,
    },
    #[error("a stored row is damaged ({context})")]
    CorruptRow { context: &'static str },
    #[error("the access log head {} is damaged: {detail}", path.display())]
    LogHeadFormat { path: PathBuf, detail: String },
    #[error("the store {} is open in another program (Kohtaamo or kohtaamo-admin); close it there first", path.display())]
    InUse { path: PathBuf },
    #[error("the record was changed by someone else since it was read (revision {expected} expected, {found} found); reload it and apply the change again")]
    StaleRevision { expected: i64, found: i64 },
    /// Changed or damaged after it was made: its checksum, its manifest
    /// or the store inside does not hold.
    #[error("the backup {} cannot be used: {detail}", path.display())]
    BackupDamaged { path: PathBuf, detail: String },
    #[error("the backup {} is incomplete: {detail}", path.display())]
    BackupTruncated { path: PathBuf, detail: String },
    #[error("{} is not a Kohtaamo backup", path.display())]
    NotABackup { path: PathBuf },
    /// A stolen laptop must not carry its own backups.
    #[error("a backup may not be kept in the store's own folder {}", folder.display())]
    BackupInsideStoreFolder { folder: PathBuf },
    /// `ENOSPC` (or a quota) from the file system, or `SQLITE_FULL`.
    #[error("the disk is full ({action})")]
    DiskFull { action: &'static str },
    /// The model's words for what is wrong travel as data, to be said in
    /// the user's language.
    #[error("a rule was broken: {0}")]
    Rule(kohtaamo_model::rule::RuleError),
    /// An instrument file a unit brought, and what is wrong with it.
    #[error("the instrument file cannot be used: {0}")]
    Instrument(kohtaamo_model::measure::instrument_file::InstrumentProblem),
    #[error("instrument {id} version {version} is already here with other content; give the file a new version")]
    InstrumentVersionTaken { id: String, version: u32 },
    #[error("a {record} could not be written as JSON")]
    Unserialisable { record: &'static str },
    #[error("no {record} with id {id}")]
    RecordNotFound {
        record: &'static str,
        id: kohtaamo_model::id::RecordId,
    },
    #[error("plan version {id} was agreed and cannot change; revise it to make a new draft")]
    PlanLocked { id: kohtaamo_model::id::RecordId },
    #[error("a {record} is history and cannot be changed; record a new one")]
    History { record: &'static str },
    #[error("a client with this henkilötunnus already exists")]
    DuplicateHetu,
    #[error("no client with id {}", .0 .0)]
    ClientNotFound(ClientId),
    /// A case that cannot be made into a FHIR bundle (e.g. a register
    /// without a custodian in the organisation's settings).
    #[error("the FHIR export cannot be made: {0}")]
    Fhir(#[from] kohtaamo_interop::fhir::FhirError),
}

impl StoreError {
    /// An I/O error while `action` on `path`; a full disk (or a used-up
    /// quota) is [`StoreError::DiskFull`], so that it is said as such.
    pub fn io(action: &'static str, path: &std::path::Path, source: std::io::Error) -> Self {
        use std::io::ErrorKind;
        match source.kind() {
            ErrorKind::StorageFull | ErrorKind::QuotaExceeded => Self::DiskFull { action },
            _ => Self::Io {
                action,
                path: path.to_owned(),
                source,
            },
        }
    }

    /// The same for an [`StoreError::Io`] made elsewhere (the key file's
    /// and the log head's writers).
    pub fn disk_full_as_such(self) -> Self {
        match self {
            Self::Io {
                action,
                path,
                source,
            } => Self::io(action, &path, source),
            other => other,
        }
    }
}

/// Adds what was being done to a rusqlite error.
pub(crate) trait SqlContext<T> {
    fn context(self, context: &'static str) -> Result<T, StoreError>;
}

impl<T> SqlContext<T> for Result<T, rusqlite::Error> {
    fn context(self, context: &'static str) -> Result<T, StoreError> {
        self.map_err(|source| {
            // sqlcipher_export reports a full disk as a plain SQLITE_ERROR
            // carrying SQLite's own words for SQLITE_FULL.
            let full = source.sqlite_error_code() == Some(rusqlite::ErrorCode::DiskFull)
                || source.to_string().contains("database or disk is full");
            if full {
                StoreError::DiskFull { action: context }
            } else {
                StoreError::Sqlite { context, source }
            }
        })
    }
}
