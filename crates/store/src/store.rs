//! Opening, creating and locking a store.

use std::fs::{self, File, OpenOptions, TryLockError};

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::access_log::{self, Access, Actor, Channel};
use crate::atomic_file::sync_parent_dir;
use crate::envelope::{DataKey, KdfParams, KeyFile};
use crate::error::SqlContext;
use crate::log_head::LogHead;
use crate::migrations;
use crate::{Result, StoreError, StorePaths};

/// The name logged for the store owner until they give theirs.
pub const UNNAMED_OWNER: &str = "";

/// An unlocked store. Dropping it (or calling [`Store::lock`]) closes the
/// database; SQLCipher wipes its copy of the key on close and ours is zeroed
/// as soon as the connection is keyed.
pub struct Store {
    pub(crate) conn: Connection,
    paths: StorePaths,
    store_id: String,
    kdf: KdfParams,
    pub(crate) actor: Actor,
    /// The owner's profile as stored, read when the store opens and again
    /// whenever it changes: every save asks who writes it.
    pub(crate) owner: Option<(
        kohtaamo_model::case::professional::ProfessionalId,
        kohtaamo_model::case::professional::Professional,
    )>,
    /// Held while the store is open: one writer at a time (the app or the
    /// CLI), because SQLite's WAL mode has known races between connections
    /// of different processes writing at once.
    _lock: File,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("paths", &self.paths).finish()
    }
}

impl Store {
    /// Creates a new, empty store. Refuses to touch an existing one.
    pub fn create(
        paths: &StorePaths,
        passphrase: &str,
        kdf: KdfParams,
        channel: Channel,
    ) -> Result<Self> {
        if paths.exists() {
            return Err(StoreError::AlreadyExists {
                path: paths.db().to_owned(),
            });
        }
        if let Some(dir) = paths.db().parent().filter(|d| !d.as_os_str().is_empty()) {
            crate::private_files::create_dir(dir).map_err(|source| StoreError::Io {
                action: "creating the store folder",
                path: dir.to_owned(),
                source,
            })?;
        }
        let lock = take_lock(paths)?;
        let (key_file, data_key) = KeyFile::generate(passphrase, kdf)?;
        // Made here, owner-only, before SQLite opens it: its -wal and -shm
        // files take its mode.
        crate::private_files::create_file(paths.db()).map_err(|source| StoreError::Io {
            action: "creating the store",
            path: paths.db().to_owned(),
            source,
        })?;
        let created = Self::initialise(paths, &key_file, &data_key, lock, channel);
        if created.is_err() {
            // Leave nothing half-made behind: a lone db or key file would
            // block the next attempt with "already exists".
            for path in [
                paths.key().to_owned(),
                paths.log_head().to_owned(),
                paths.db().to_owned(),
                paths.wal(),
                paths.shm(),
            ] {
                let _ = fs::remove_file(path);
            }
        }
        created
    }

    /// A store with the same schema and queries but no encryption: the
    /// floor the benchmarks compare the encrypted store against. Never used
    /// for client data.
    pub(crate) fn create_plain_for_benchmarks(paths: &StorePaths) -> Result<Self> {
        let lock = take_lock(paths)?;
        let mut conn = open_keyed(paths, None, true)?;
        migrations::migrate(&mut conn)?;
        crate::measures::ensure_built_in(&conn)?;
        Ok(Self {
            conn,
            paths: paths.clone(),
            store_id: "plain-benchmark".to_owned(),
            kdf: KdfParams::FAST_INSECURE,
            actor: Actor {
                name: UNNAMED_OWNER.to_owned(),
                id: None,
                channel: Channel::Cli,
            },
            owner: None,
            _lock: lock,
        })
    }

    fn initialise(
        paths: &StorePaths,
        key_file: &KeyFile,
        data_key: &DataKey,
        lock: File,
        channel: Channel,
    ) -> Result<Self> {
        let mut conn = open_keyed(paths, Some(data_key), true)?;
        migrations::migrate(&mut conn)?;
        crate::measures::ensure_built_in(&conn)?;
        conn.execute(
            "INSERT INTO store_meta (key, value) VALUES ('store_id', ?1)",
            [key_file.store_id()],
        )
        .context("recording the store id")?;
        key_file.write(paths.key())?;
        sync_parent_dir(paths.db()).map_err(|source| StoreError::Io {
            action: "syncing the store folder",
            path: paths.db().to_owned(),
            source,
        })?;
        Ok(Self {
            conn,
            paths: paths.clone(),
            store_id: key_file.store_id().to_owned(),
            kdf: key_file.kdf_params(),
            actor: Actor {
                name: UNNAMED_OWNER.to_owned(),
                id: None,
                channel,
            },
            owner: None,
            _lock: lock,
        })
    }

    /// Opens an existing store. A wrong passphrase is detected from the key
    /// file alone, before the database is opened, so it changes no byte.
    pub fn unlock(paths: &StorePaths, passphrase: &str, channel: Channel) -> Result<Self> {
        let (key_file, data_key) = Self::key_for(paths, passphrase)?;
        Self::open_with_key(paths, &key_file, data_key, channel)
    }

    /// Opens the store as [`Store::unlock`] does and also keeps the data key
    /// wrapped by `pin`, so that after an idle lock [`Store::resume`] can
    /// reopen it without the passphrase.
    pub fn unlock_with_pin(
        paths: &StorePaths,
        passphrase: &str,
        pin: &str,
        channel: Channel,
    ) -> Result<(Self, crate::quick_resume::QuickResume)> {
        let (key_file, data_key) = Self::key_for(paths, passphrase)?;
        let resume = crate::quick_resume::QuickResume::wrap(&data_key, pin)?;
        let store = Self::open_with_key(paths, &key_file, data_key, channel)?;
        Ok((store, resume))
    }

    /// Reopens the store with the PIN set at unlock. A wrong PIN uses up one
    /// of its tries (see [`crate::quick_resume`]).
    pub fn resume(
        paths: &StorePaths,
        resume: &mut crate::quick_resume::QuickResume,
        pin: &str,
        channel: Channel,
    ) -> Result<Self> {
        let data_key = resume.unwrap(pin)?;
        let key_file = KeyFile::read(paths.key())?;
        Self::open_with_key(paths, &key_file, data_key, channel)
    }

    /// Reads the key file and unwraps the data key: nothing is opened for
    /// writing before the passphrase proves right.
    fn key_for(paths: &StorePaths, passphrase: &str) -> Result<(KeyFile, DataKey)> {
        if !paths.db().exists() || !paths.key().exists() {
            return Err(StoreError::Missing {
                path: paths.db().to_owned(),
            });
        }
        let key_file = KeyFile::read(paths.key())?;
        let data_key = key_file.unwrap_key(passphrase)?;
        Ok((key_file, data_key))
    }

    pub(crate) fn open_with_key(
        paths: &StorePaths,
        key_file: &KeyFile,
        data_key: DataKey,
        channel: Channel,
    ) -> Result<Self> {
        let lock = take_lock(paths)?;
        // A store made by an earlier version had the default modes.
        for path in [
            paths.db().to_owned(),
            paths.wal(),
            paths.shm(),
            paths.key().to_owned(),
            paths.log_head().to_owned(),
        ] {
            crate::private_files::restrict_file(&path).map_err(|source| StoreError::Io {
                action: "making the store's files the owner's alone",
                path: path.clone(),
                source,
            })?;
        }
        let mut conn = open_keyed(paths, Some(&data_key), false)?;
        drop(data_key);
        let stored_id: Option<String> = conn
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'store_id'",
                [],
                |row| row.get(0),
            )
            .ok();
        if stored_id.as_deref() != Some(key_file.store_id()) {
            return Err(StoreError::KeyFileMismatch {
                path: paths.db().to_owned(),
            });
        }
        migrations::migrate(&mut conn)?;
        crate::measures::ensure_built_in(&conn)?;
        let owner: Option<String> = conn
            .query_row(
                "SELECT value FROM store_meta WHERE key = 'owner_name'",
                [],
                |row| row.get(0),
            )
            .ok();
        let profile = crate::professionals::load_owner(&conn)?;
        Ok(Self {
            conn,
            paths: paths.clone(),
            store_id: key_file.store_id().to_owned(),
            kdf: key_file.kdf_params(),
            actor: Actor {
                name: owner.unwrap_or_else(|| UNNAMED_OWNER.to_owned()),
                id: profile.as_ref().map(|(id, _)| *id),
                channel,
            },
            owner: profile,
            _lock: lock,
        })
    }

    /// Replaces the passphrase: re-wraps the data key, leaves the store file alone.
    pub fn change_passphrase(paths: &StorePaths, old: &str, new: &str) -> Result<()> {
        let mut key_file = KeyFile::read(paths.key())?;
        key_file.rewrap(old, new)?;
        key_file.write(paths.key())
    }

    /// Closes the store; the key is gone from memory afterwards.
    pub fn lock(self) {
        drop(self);
    }

    pub fn paths(&self) -> &StorePaths {
        &self.paths
    }

    pub fn store_id(&self) -> &str {
        &self.store_id
    }

    /// The name the access log records for the store owner from now on.
    pub fn set_owner_name(&mut self, name: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO store_meta (key, value) VALUES ('owner_name', ?1) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [name],
            )
            .context("saving the owner's name")?;
        self.actor.name = name.to_owned();
        Ok(())
    }

    /// Runs `work` in one immediate transaction, appends an access-log entry
    /// for each access it reports, commits, and only then returns: what the
    /// caller gets back is on disk, and so is the record of it.
    pub(crate) fn logged<T>(
        &mut self,
        what: &'static str,
        work: impl FnOnce(&Transaction<'_>) -> Result<(T, Vec<Access>)>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context(what)?;
        let (value, accesses) = work(&tx)?;
        let mut head = None;
        if !accesses.is_empty() {
            let mut end = access_log::end(&tx, &self.store_id)?;
            for access in &accesses {
                end = access_log::append(&tx, &self.actor, access, end)?;
            }
            head = Some(LogHead {
                seq: end.0,
                hash: end.1,
            });
        }
        tx.commit().context(what)?;
        if let Some(head) = head {
            // The data and its log entry are committed. A head that fails to
            // update only lags behind the chain, which verify accepts; the
            // next save writes it again. So this is not the caller's error.
            let _ = head.write(self.paths.log_head());
        }
        Ok(value)
    }

    /// The key derivation parameters of this store's passphrase.
    pub fn kdf_params(&self) -> KdfParams {
        self.kdf
    }

    /// The security settings in force on this store's connection, as
    /// SQLCipher reports them (for `kohtaamo-admin stats` and the tests).
    pub fn security_settings(&self) -> Result<Vec<(&'static str, String)>> {
        let mut out = Vec::new();
        for pragma in [
            "cipher_memory_security",
            "secure_delete",
            "temp_store",
            "trusted_schema",
            "journal_mode",
            "synchronous",
        ] {
            let value: String = self
                .conn
                .query_row(&format!("PRAGMA {pragma}"), [], |row| {
                    row.get::<_, rusqlite::types::Value>(0)
                })
                .map(|v| match v {
                    rusqlite::types::Value::Integer(n) => n.to_string(),
                    rusqlite::types::Value::Text(t) => t,
                    other => format!("{other:?}"),
                })
                .context("reading the security settings")?;
            out.push((pragma, value));
        }
        Ok(out)
    }

    pub fn schema_version(&self) -> Result<i64> {
        self.conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .context("reading the schema version")
    }
}

/// How long a held lock is retried before the store counts as in use.
/// Long enough to ride out a lock that is only held by accident for a
/// moment (a child process between fork and exec briefly holds a copy of
/// every descriptor, locks included), short enough that a store another
/// program really has open is refused without a felt wait.
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_millis(500);

/// The store's lock file, locked exclusively. Refused when another program
/// holds it for longer than [`LOCK_PATIENCE`].
fn take_lock(paths: &StorePaths) -> Result<File> {
    let io = |action, source| StoreError::Io {
        action,
        path: paths.lock().to_owned(),
        source,
    };
    let file = crate::private_files::owner_only(
        OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false),
    )
    .open(paths.lock())
    .map_err(|e| io("opening the lock file", e))?;
    let started = std::time::Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) if started.elapsed() < LOCK_PATIENCE => {
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(StoreError::InUse {
                    path: paths.db().to_owned(),
                })
            }
            Err(TryLockError::Error(e)) => return Err(io("locking the store", e)),
        }
    }
}

/// Initialises SQLite once, whole, before any connection is opened.
///
/// SQLite marks itself initialised before it runs SQLCipher's extra
/// initialisation (which registers `sqlcipher_export` for every connection
/// to come), so a thread that opened a connection in that gap got one
/// without the function: seen as "no such function: sqlcipher_export" in a
/// backup test under load, with other threads opening stores. `Once` holds
/// every other caller until the first has returned.
fn initialise_sqlite_once() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // Opening any connection runs the initialisation through; a
        // failure here shows again at the open that follows.
        drop(Connection::open_in_memory());
    });
}

/// Opens the database, keyed with `key` (`None` only for the plain
/// benchmark store).
fn open_keyed(paths: &StorePaths, key: Option<&DataKey>, create: bool) -> Result<Connection> {
    initialise_sqlite_once();
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(paths.db(), flags).context("opening the store")?;
    // SQLCipher locks its memory and wipes what it frees: set before the key
    // is given, so the key's own buffers are covered. It costs: a name
    // search (a thousand rows sorted) took 5.2 ms at p50 with it and 1.8 ms
    // without, on 20,000 clients here; still inside the 10 ms goal.
    conn.execute_batch("PRAGMA cipher_memory_security = ON;")
        .context("setting SQLCipher's memory security")?;
    if let Some(key) = key {
        let literal = key.sqlcipher_literal();
        let statement = zeroize::Zeroizing::new(format!("PRAGMA key = \"{}\";", literal.as_str()));
        conn.execute_batch(&statement).context("keying the store")?;
    }
    // The first read is where SQLCipher checks the key against the file.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })
    .map_err(|_| StoreError::KeyFileMismatch {
        path: paths.db().to_owned(),
    })?;
    // WAL + synchronous=FULL: a commit that returned survives a crash and a
    // power loss. macOS needs F_FULLFSYNC for the same promise.
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
        .context("switching to WAL")?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Sqlite {
            context: "switching to WAL",
            source: rusqlite::Error::InvalidQuery,
        });
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")
        .context("setting durability pragmas")?;
    // Said explicitly rather than left to build defaults: deleted content is
    // overwritten, temporary tables and indexes (sorting a search) stay in
    // memory rather than in an unencrypted temp file, and the schema's own
    // SQL may not call functions with side effects.
    conn.execute_batch(
        "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA trusted_schema = OFF;",
    )
    .context("setting the security pragmas")?;
    // 16 MiB of decrypted pages (the default is 2 MiB). With UUIDs on every
    // row, the client table of a 20,000-client store outgrew the default
    // cache, and a name search, which reads a thousand scattered rows, then
    // decrypted them from disk on every search: 3.5 times slower, measured.
    conn.execute_batch("PRAGMA cache_size = -16384;")
        .context("sizing the page cache")?;
    if cfg!(target_os = "macos") {
        conn.execute_batch("PRAGMA fullfsync = ON; PRAGMA checkpoint_fullfsync = ON;")
            .context("setting full fsync")?;
    }
    Ok(conn)
}
