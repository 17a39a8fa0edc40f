//! What the app holds between commands: which store, and whether it is open.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use kohtaamo_model::api::{ApiError, AppStatus, StoreKind};
use kohtaamo_model::backup::BackupError;
use kohtaamo_model::ClientId;
use kohtaamo_store::quick_resume::QuickResume;
use kohtaamo_store::{demo, Channel, KdfParams, Store, StorePaths};

use crate::errors::to_api;
use crate::launch::IdleLimits;

/// How many synthetic clients a new demo store gets.
const DEMO_CLIENTS: usize = 120;
const DEMO_SEED: u64 = 2026;

pub struct Session {
    data_dir: PathBuf,
    idle: IdleLimits,
    selected: Option<StoreKind>,
    store: Option<Store>,
    /// The data key wrapped by the PIN set at unlock, while resuming with it
    /// is allowed (after an idle lock; see kohtaamo_store::quick_resume).
    quick_resume: Option<QuickResume>,
    /// Whether the last lock was for idleness (so the PIN may reopen).
    idle_locked: bool,
    /// The client whose case the client window shows, while it is open.
    shared: Option<ClientId>,
    /// Wrong passphrases in a row this run, and when the next try may come.
    backoff: Backoff,
    /// When the page last said it was alive, while the store is open.
    heartbeat: Option<Heartbeat>,
    /// The backup file chosen in the open-file dialog, for the restore
    /// that follows (the page never names a path itself).
    chosen_backup: Option<PathBuf>,
}

/// The page's last sign of life: its own idle lock holds only while its
/// code runs, so the shell keeps a lock of its own (see `watchdog`).
#[derive(Debug, Clone, Copy)]
struct Heartbeat {
    at: Instant,
    /// A joint appointment was running: the longer idle limit applies.
    appointment: bool,
}

/// Wrong passphrases wait longer and longer: a few typos cost nothing, a
/// guesser at the keyboard (or a script) gets one try per minute at best.
/// Kept in memory for the run only, so a wrong passphrase still writes
/// nothing anywhere.
#[derive(Default)]
struct Backoff {
    wrong: u32,
    retry_at: Option<std::time::Instant>,
}

impl Backoff {
    /// Wrong tries that cost no wait.
    const FREE: u32 = 3;
    const FIRST_WAIT: std::time::Duration = std::time::Duration::from_secs(2);
    const LONGEST_WAIT: std::time::Duration = std::time::Duration::from_secs(60);

    fn check(&self) -> Result<(), ApiError> {
        match self.retry_at {
            Some(at) if std::time::Instant::now() < at => Err(ApiError::WaitBeforeRetry {
                seconds: at
                    .saturating_duration_since(std::time::Instant::now())
                    .as_secs()
                    + 1,
            }),
            _ => Ok(()),
        }
    }

    fn wrong(&mut self) {
        self.wrong += 1;
        if self.wrong >= Self::FREE {
            let doublings = (self.wrong - Self::FREE).min(10);
            let wait = (Self::FIRST_WAIT * 2u32.pow(doublings)).min(Self::LONGEST_WAIT);
            self.retry_at = Some(std::time::Instant::now() + wait);
        }
    }

    fn right(&mut self) {
        *self = Self::default();
    }
}

impl Session {
    pub fn new(data_dir: PathBuf, demo: bool, idle: IdleLimits) -> Self {
        let mut session = Self {
            data_dir,
            idle,
            selected: None,
            store: None,
            quick_resume: None,
            idle_locked: false,
            shared: None,
            backoff: Backoff::default(),
            heartbeat: None,
            chosen_backup: None,
        };
        session.selected = if demo {
            Some(StoreKind::Demo)
        } else if session.paths(StoreKind::Own).exists() {
            Some(StoreKind::Own)
        } else {
            None
        };
        session
    }

    fn paths(&self, kind: StoreKind) -> StorePaths {
        match kind {
            StoreKind::Own => StorePaths::for_db(self.data_dir.join("kohtaamo.db")),
            StoreKind::Demo => StorePaths::for_db(self.data_dir.join("demo").join("demo.db")),
        }
    }

    /// The folder of every store the app keeps: no backup goes inside it.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    /// Whether restoring as the own store may start: never over one.
    pub fn check_no_own_store(&self) -> Result<(), ApiError> {
        if self.paths(StoreKind::Own).exists() {
            Err(ApiError::Backup(BackupError::OwnStoreExists))
        } else {
            Ok(())
        }
    }

    /// Keeps the backup file chosen for a restore.
    pub fn choose_backup(&mut self, path: PathBuf) {
        self.chosen_backup = Some(path);
    }

    /// Restores the chosen backup as the own store, which must not exist,
    /// and leaves it open: the person has just given its passphrase.
    pub fn restore_own(
        &mut self,
        passphrase: &str,
        progress: kohtaamo_store::backup::OnProgress<'_>,
    ) -> Result<(), ApiError> {
        let from = self
            .chosen_backup
            .clone()
            .ok_or(ApiError::Backup(BackupError::NoFileChosen))?;
        self.check_no_own_store()?;
        self.lock_for(false);
        let store = kohtaamo_store::backup::restore(
            &from,
            &self.paths(StoreKind::Own),
            passphrase,
            Channel::App,
            progress,
        )
        .map_err(crate::errors::restore_error)?;
        self.chosen_backup = None;
        self.selected = Some(StoreKind::Own);
        self.store = Some(store);
        self.beat(false, Instant::now());
        self.idle_locked = false;
        Ok(())
    }

    pub fn status(&self) -> AppStatus {
        // The organisation's limits are in its store: before an unlock,
        // the built-in ones (nothing is on screen to protect then).
        let organisation = self
            .store
            .as_ref()
            .and_then(|s| s.organisation_settings().ok())
            .unwrap_or_default();
        let idle = self.idle.resolve(&organisation.idle_lock);
        AppStatus {
            own_store_exists: self.paths(StoreKind::Own).exists(),
            selected: self.selected,
            unlocked: self.store.is_some(),
            demo_passphrase: (self.selected == Some(StoreKind::Demo))
                .then(|| demo::DEMO_PASSPHRASE.to_owned()),
            idle_lock_seconds: idle.0,
            appointment_idle_lock_seconds: idle.1,
            pin_resume: self.store.is_none() && self.idle_locked && self.quick_resume.is_some(),
            owner: self
                .store
                .as_ref()
                .and_then(|s| s.owner_profile().ok().flatten()),
        }
    }

    /// Chooses the store to unlock; `None` goes back to the first-run choice.
    pub fn choose(&mut self, kind: Option<StoreKind>) -> Result<(), ApiError> {
        self.lock_for(false);
        if kind == Some(StoreKind::Demo) {
            self.ensure_demo()?;
        }
        self.selected = kind;
        Ok(())
    }

    /// Creates the demo store when it is missing (first use, or `--demo` on
    /// a fresh data folder), so there is always something to show.
    fn ensure_demo(&self) -> Result<(), ApiError> {
        let paths = self.paths(StoreKind::Demo);
        if paths.exists() {
            return Ok(());
        }
        let mut store = Store::create(
            &paths,
            demo::DEMO_PASSPHRASE,
            KdfParams::DEFAULT,
            Channel::App,
        )
        .map_err(to_api)?;
        store.mark_as_demo().map_err(to_api)?;
        demo::populate(&mut store, DEMO_CLIENTS, DEMO_SEED).map_err(to_api)?;
        Ok(())
    }

    pub fn create_own(&mut self, passphrase: &str) -> Result<(), ApiError> {
        kohtaamo_model::api::check_new_passphrase(passphrase)?;
        self.lock_for(false);
        let store = Store::create(
            &self.paths(StoreKind::Own),
            passphrase,
            KdfParams::DEFAULT,
            Channel::App,
        )
        .map_err(to_api)?;
        self.selected = Some(StoreKind::Own);
        self.store = Some(store);
        self.beat(false, Instant::now());
        Ok(())
    }

    /// Opens the chosen store; with a PIN, also allows a quick resume after
    /// the next idle lock.
    pub fn unlock(&mut self, passphrase: &str, pin: Option<&str>) -> Result<(), ApiError> {
        let kind = self.selected.ok_or(ApiError::NoStoreSelected)?;
        if let Some(pin) = pin {
            kohtaamo_model::api::check_pin(pin)?;
        }
        self.backoff.check()?;
        self.lock();
        if kind == StoreKind::Demo {
            self.ensure_demo()?;
        }
        let paths = self.paths(kind);
        let opened = match pin {
            Some(pin) => Store::unlock_with_pin(&paths, passphrase, pin, Channel::App)
                .map(|(store, resume)| (store, Some(resume))),
            None => Store::unlock(&paths, passphrase, Channel::App).map(|store| (store, None)),
        };
        let (mut store, resume) = match opened {
            Ok(opened) => {
                self.backoff.right();
                opened
            }
            Err(error) => {
                if matches!(error, kohtaamo_store::StoreError::WrongPassphrase) {
                    self.backoff.wrong();
                }
                return Err(to_api(error));
            }
        };
        self.quick_resume = resume;
        if kind == StoreKind::Demo {
            // A demo store of an earlier version was not marked yet.
            store.mark_as_demo().map_err(to_api)?;
        }
        self.store = Some(store);
        self.beat(false, Instant::now());
        self.idle_locked = false;
        Ok(())
    }

    /// Reopens the store with the PIN after an idle lock. When the PIN was
    /// wrong too often, the wrapped key is forgotten.
    pub fn resume(&mut self, pin: &str) -> Result<(), ApiError> {
        let kind = self.selected.ok_or(ApiError::NoStoreSelected)?;
        let paths = self.paths(kind);
        let resume = match (&mut self.quick_resume, self.idle_locked) {
            (Some(resume), true) => resume,
            _ => return Err(ApiError::PinTriesUsedUp),
        };
        match Store::resume(&paths, resume, pin, Channel::App) {
            Ok(store) => {
                self.store = Some(store);
                self.beat(false, Instant::now());
                self.idle_locked = false;
                Ok(())
            }
            Err(kohtaamo_store::StoreError::PinTriesUsedUp) => {
                self.quick_resume = None;
                Err(ApiError::PinTriesUsedUp)
            }
            Err(other) => Err(to_api(other)),
        }
    }

    /// Locks: the key leaves memory. An idle lock keeps the PIN-wrapped key
    /// for a quick resume; any other lock forgets it.
    pub fn lock_for(&mut self, idle: bool) {
        self.lock();
        self.idle_locked = idle;
        if !idle {
            self.quick_resume = None;
        }
    }

    /// The page is alive at `now`, with a joint appointment running or not.
    pub fn beat(&mut self, appointment: bool, now: Instant) {
        self.heartbeat = Some(Heartbeat {
            at: now,
            appointment,
        });
    }

    /// Whether the store is open and the page has been silent for twice the
    /// idle limit in force: its own idle lock cannot be trusted to run.
    pub fn page_silent(&self, now: Instant) -> bool {
        let (Some(store), Some(beat)) = (&self.store, self.heartbeat) else {
            return false;
        };
        let organisation = store.organisation_settings().unwrap_or_default();
        let (ordinary, appointment) = self.idle.resolve(&organisation.idle_lock);
        let limit = if beat.appointment {
            appointment
        } else {
            ordinary
        };
        now.saturating_duration_since(beat.at) > Duration::from_secs(u64::from(limit) * 2)
    }

    pub fn share(&mut self, client: ClientId) {
        self.shared = Some(client);
    }

    pub fn unshare(&mut self) {
        self.shared = None;
    }

    pub fn shared(&self) -> Option<ClientId> {
        self.shared
    }

    fn lock(&mut self) {
        self.shared = None;
        self.heartbeat = None;
        if let Some(store) = self.store.take() {
            store.lock();
        }
    }

    pub fn store(&mut self) -> Result<&mut Store, ApiError> {
        self.store.as_mut().ok_or(ApiError::Locked)
    }

    /// The open store, for client work: which waits until the owner has
    /// given a profile, because everything recorded is someone's.
    pub fn client_work(&mut self) -> Result<&mut Store, ApiError> {
        let store = self.store()?;
        match store.owner_profile().map_err(to_api)? {
            Some(_) => Ok(store),
            None => Err(ApiError::Rule(
                kohtaamo_model::rule::CaseError::NoProfile.into(),
            )),
        }
    }
}
