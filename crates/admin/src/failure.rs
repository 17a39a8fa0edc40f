//! How a subcommand fails, and the exit code each way of failing has.

use std::process::ExitCode;

use kohtaamo_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Exit 2: the command line or its input cannot be used.
    #[error("{0}")]
    Usage(String),
    /// Exit 3.
    #[error("the passphrase is wrong")]
    WrongPassphrase,
    /// Exit 1: the command ran and failed, or found damage.
    #[error("{0}")]
    Failed(String),
}

impl Failure {
    pub fn exit_code(&self) -> ExitCode {
        match self {
            Self::Failed(_) => ExitCode::from(1),
            Self::Usage(_) => ExitCode::from(2),
            Self::WrongPassphrase => ExitCode::from(3),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::WrongPassphrase => Self::WrongPassphrase,
            StoreError::InUse { path } => Self::Failed(format!(
                "the store {} is open in Kohtaamo (or another kohtaamo-admin); \
                 lock or close it there first — one program at a time may write to a store",
                path.display()
            )),
            other => Self::Failed(other.to_string()),
        }
    }
}
