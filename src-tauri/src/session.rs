//! What the app holds between commands: which store, and whether it is open.

use std::path::PathBuf;

use kohtaamo_model::api::{ApiError, AppStatus, StoreKind};
use kohtaamo_store::{demo, Channel, KdfParams, Store, StorePaths};

use crate::errors::to_api;

/// How many synthetic clients a new demo store gets.
const DEMO_CLIENTS: usize = 120;
const DEMO_SEED: u64 = 2026;

pub struct Session {
    data_dir: PathBuf,
    idle_lock_seconds: u32,
    selected: Option<StoreKind>,
    store: Option<Store>,
}

impl Session {
    pub fn new(data_dir: PathBuf, demo: bool, idle_lock_seconds: u32) -> Self {
        let mut session = Self {
            data_dir,
            idle_lock_seconds,
            selected: None,
            store: None,
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

    pub fn status(&self) -> AppStatus {
        AppStatus {
            own_store_exists: self.paths(StoreKind::Own).exists(),
            selected: self.selected,
            unlocked: self.store.is_some(),
            demo_passphrase: (self.selected == Some(StoreKind::Demo))
                .then(|| demo::DEMO_PASSPHRASE.to_owned()),
            idle_lock_seconds: self.idle_lock_seconds,
            // Never shorter than the ordinary limit (tests shorten that one).
            appointment_idle_lock_seconds: self
                .idle_lock_seconds
                .max(kohtaamo_model::api::DEFAULT_APPOINTMENT_IDLE_LOCK_SECONDS),
        }
    }

    /// Chooses the store to unlock; `None` goes back to the first-run choice.
    pub fn choose(&mut self, kind: Option<StoreKind>) -> Result<(), ApiError> {
        self.lock();
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
        demo::populate(&mut store, DEMO_CLIENTS, DEMO_SEED).map_err(to_api)?;
        Ok(())
    }

    pub fn create_own(&mut self, passphrase: &str) -> Result<(), ApiError> {
        kohtaamo_model::api::check_new_passphrase(passphrase)?;
        self.lock();
        let store = Store::create(
            &self.paths(StoreKind::Own),
            passphrase,
            KdfParams::DEFAULT,
            Channel::App,
        )
        .map_err(to_api)?;
        self.selected = Some(StoreKind::Own);
        self.store = Some(store);
        Ok(())
    }

    pub fn unlock(&mut self, passphrase: &str) -> Result<(), ApiError> {
        let kind = self.selected.ok_or(ApiError::NoStoreSelected)?;
        self.lock();
        if kind == StoreKind::Demo {
            self.ensure_demo()?;
        }
        self.store =
            Some(Store::unlock(&self.paths(kind), passphrase, Channel::App).map_err(to_api)?);
        Ok(())
    }

    pub fn lock(&mut self) {
        if let Some(store) = self.store.take() {
            store.lock();
        }
    }

    pub fn store(&mut self) -> Result<&mut Store, ApiError> {
        self.store.as_mut().ok_or(ApiError::Locked)
    }
}
