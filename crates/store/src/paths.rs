use std::path::{Path, PathBuf};

/// Where a store's files are: the database and, beside it, its key file,
/// the access log's head and the lock file that keeps a second writer out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorePaths {
    db: PathBuf,
    key: PathBuf,
    log_head: PathBuf,
    lock: PathBuf,
}

impl StorePaths {
    /// The key file sits beside the database with the extension `.key`, so
    /// copying the folder copies a working store.
    pub fn for_db(db: impl Into<PathBuf>) -> Self {
        let db = db.into();
        let key = db.with_extension("key");
        let log_head = db.with_extension("loghead");
        let lock = db.with_extension("lock");
        Self {
            db,
            key,
            log_head,
            lock,
        }
    }

    pub fn db(&self) -> &Path {
        &self.db
    }

    pub fn key(&self) -> &Path {
        &self.key
    }

    pub fn log_head(&self) -> &Path {
        &self.log_head
    }

    pub fn lock(&self) -> &Path {
        &self.lock
    }

    /// The database's companions SQLite keeps while it is open.
    pub fn wal(&self) -> PathBuf {
        suffixed(&self.db, "-wal")
    }

    pub fn shm(&self) -> PathBuf {
        suffixed(&self.db, "-shm")
    }

    /// A store exists when either half of it does: a lone half is still
    /// something we must not overwrite.
    pub fn exists(&self) -> bool {
        self.db.exists() || self.key.exists()
    }
}

fn suffixed(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
