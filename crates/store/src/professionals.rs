//! The professionals a store knows: its owner and the people they work
//! with. Not client data, so not in the access log.

use kohtaamo_model::case::authorship::Author;
use kohtaamo_model::case::professional::{Professional, ProfessionalError, ProfessionalId};
use kohtaamo_model::rule::{CaseError, RuleError};
use rusqlite::{Connection, OptionalExtension};

use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

const OWNER_KEY: &str = "owner_professional_id";

fn rule(error: ProfessionalError) -> StoreError {
    StoreError::Rule(RuleError::Professional(error))
}

fn to_json(professional: &Professional) -> Result<String> {
    serde_json::to_string(professional).map_err(|_| StoreError::Unserialisable {
        record: "professional",
    })
}

impl Store {
    /// Adds a colleague (or a third-sector worker, or someone of a client's
    /// own network) to the people this store knows.
    pub fn add_professional(&mut self, professional: &Professional) -> Result<ProfessionalId> {
        let professional = professional.clone().trimmed();
        professional.validate().map_err(rule)?;
        insert(&self.conn, &professional)
    }

    /// Changes what the store knows of a professional (retiring them is
    /// one such change: `retired`). The owner's profile changes through
    /// [`Store::save_owner_profile`], which keeps its sector a register's.
    pub fn update_professional(
        &mut self,
        id: ProfessionalId,
        professional: &Professional,
    ) -> Result<()> {
        let professional = professional.clone().trimmed();
        professional.validate().map_err(rule)?;
        let is_owner = owner_id(&self.conn)? == Some(id);
        if is_owner {
            professional.validate_owner().map_err(rule)?;
            self.set_owner_name(&professional.name)?;
        }
        update(&self.conn, id, &professional)?;
        if is_owner {
            self.reload_owner()?;
        }
        Ok(())
    }

    /// Records or changes the store owner's profile: the professional who
    /// writes everything recorded through this store, and whom the access
    /// log names from now on.
    pub fn save_owner_profile(&mut self, profile: &Professional) -> Result<ProfessionalId> {
        let profile = profile.clone().trimmed();
        profile.validate_owner().map_err(rule)?;
        let id = match owner_id(&self.conn)? {
            Some(id) => {
                update(&self.conn, id, &profile)?;
                id
            }
            None => {
                let id = insert(&self.conn, &profile)?;
                self.set_owner_id(id)?;
                id
            }
        };
        self.set_owner_name(&profile.name)?;
        self.reload_owner()?;
        Ok(id)
    }

    /// Makes a professional the store already knows its owner: in the demo
    /// store, whose team is ready-made, the person trying it chooses whom
    /// they stand in for.
    pub fn choose_owner(&mut self, id: ProfessionalId) -> Result<()> {
        let professional = self.professional(id)?;
        professional.validate_owner().map_err(rule)?;
        if professional.retired {
            return Err(rule(ProfessionalError::NotFound));
        }
        self.set_owner_id(id)?;
        self.set_owner_name(&professional.name)?;
        self.reload_owner()
    }

    /// Reads the owner's profile again after it may have changed.
    pub(crate) fn reload_owner(&mut self) -> Result<()> {
        self.owner = load_owner(&self.conn)?;
        self.actor.id = self.owner.as_ref().map(|(id, _)| *id);
        Ok(())
    }

    fn set_owner_id(&mut self, id: ProfessionalId) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO store_meta (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [OWNER_KEY, &id.0.to_string()],
            )
            .context("recording the store owner")
            .map(drop)
    }

    /// The owner's profile, once given.
    pub fn owner_profile(&self) -> Result<Option<(ProfessionalId, Professional)>> {
        Ok(self.owner.clone())
    }

    /// The store's owner as the author of what is recorded: refused until
    /// the owner has given a profile, because a record must say whose it is.
    pub fn author(&self) -> Result<Author> {
        let (professional, profile) = self
            .owner_profile()?
            .ok_or(StoreError::Rule(CaseError::NoProfile.into()))?;
        let register = profile
            .sector
            .register()
            .ok_or_else(|| rule(ProfessionalError::OwnerWithoutRegister))?;
        Ok(Author {
            professional,
            register,
        })
    }

    /// Every professional the store knows, in the order they were added,
    /// retired ones included (earlier records still name them).
    pub fn professionals(&self) -> Result<Vec<(ProfessionalId, Professional)>> {
        all(&self.conn)
    }

    pub fn professional(&self, id: ProfessionalId) -> Result<Professional> {
        read(&self.conn, id)
    }
}

fn read(conn: &Connection, id: ProfessionalId) -> Result<Professional> {
    let body: String = conn
        .query_row(
            "SELECT body FROM professional WHERE uid = ?1",
            [id.0.to_string()],
            |r| r.get(0),
        )
        .optional()
        .context("reading a professional")?
        .ok_or_else(|| rule(ProfessionalError::NotFound))?;
    serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
        context: "professional",
    })
}

/// The owner and their profile, as stored.
pub(crate) fn load_owner(conn: &Connection) -> Result<Option<(ProfessionalId, Professional)>> {
    match owner_id(conn)? {
        Some(id) => Ok(Some((id, read(conn, id)?))),
        None => Ok(None),
    }
}

pub(crate) fn insert(conn: &Connection, professional: &Professional) -> Result<ProfessionalId> {
    let id = ProfessionalId(uuid::Uuid::now_v7());
    conn.execute(
        "INSERT INTO professional (uid, body) VALUES (?1, ?2)",
        [id.0.to_string(), to_json(professional)?],
    )
    .context("saving a professional")?;
    Ok(id)
}

pub(crate) fn update(
    conn: &Connection,
    id: ProfessionalId,
    professional: &Professional,
) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE professional SET body = ?2, revision = revision + 1 WHERE uid = ?1",
            rusqlite::params![id.0.to_string(), to_json(professional)?],
        )
        .context("saving a professional")?;
    if changed == 0 {
        return Err(rule(ProfessionalError::NotFound));
    }
    Ok(())
}

/// The owner's id, once the owner has given a profile.
pub(crate) fn owner_id(conn: &Connection) -> Result<Option<ProfessionalId>> {
    let id: Option<String> = conn
        .query_row(
            "SELECT value FROM store_meta WHERE key = ?1",
            [OWNER_KEY],
            |r| r.get(0),
        )
        .optional()
        .context("reading the store owner")?;
    Ok(id.and_then(|v| v.parse().ok()))
}

pub(crate) fn all(conn: &Connection) -> Result<Vec<(ProfessionalId, Professional)>> {
    let mut stmt = conn
        .prepare_cached("SELECT uid, body FROM professional ORDER BY id")
        .context("listing professionals")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .context("listing professionals")?;
    rows.map(|row| {
        let (id, body) = row.context("listing professionals")?;
        let professional = serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
            context: "professional",
        })?;
        Ok((
            ProfessionalId(crate::clients::parse_uid(&id)?),
            professional,
        ))
    })
    .collect()
}
