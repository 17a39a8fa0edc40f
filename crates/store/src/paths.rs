use std::path::{Path, PathBuf};

/// Where a store's files are: the database and, beside it, its key file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorePaths {
    db: PathBuf,
    key: PathBuf,
}

impl StorePaths {
    /// The key file sits beside the database with the extension `.key`, so
    /// copying the folder copies a working store.
    pub fn for_db(db: impl Into<PathBuf>) -> Self {
        let db = db.into();
        let key = db.with_extension("key");
        Self { db, key }
    }

    pub fn db(&self) -> &Path {
        &self.db
    }

    pub fn key(&self) -> &Path {
        &self.key
    }

    /// A store exists when either half of it does: a lone half is still
    /// something we must not overwrite.
    pub fn exists(&self) -> bool {
        self.db.exists() || self.key.exists()
    }
}
