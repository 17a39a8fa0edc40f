//! The organisation's directory in the store: third-sector organisations
//! beside the professionals, and importing the directory file IT keeps.
//! Neither is client data, so neither is in the access log.

use kohtaamo_model::case::organisation::{Organisation, OrganisationId};
use kohtaamo_model::case::professional::ProfessionalError;
use kohtaamo_model::directory::{Directory, DirectoryImported};
use kohtaamo_model::rule::RuleError;
use rusqlite::{Connection, TransactionBehavior};

use crate::error::SqlContext;
use crate::{Result, Store, StoreError};

fn rule(error: ProfessionalError) -> StoreError {
    StoreError::Rule(RuleError::Professional(error))
}

impl Store {
    /// Every organisation the store knows, retired ones included.
    pub fn organisations(&self) -> Result<Vec<(OrganisationId, Organisation)>> {
        all_organisations(&self.conn)
    }

    pub fn add_organisation(&mut self, organisation: &Organisation) -> Result<OrganisationId> {
        let organisation = organisation.clone().trimmed();
        organisation.validate().map_err(rule)?;
        insert_organisation(&self.conn, &organisation)
    }

    pub fn update_organisation(
        &mut self,
        id: OrganisationId,
        organisation: &Organisation,
    ) -> Result<()> {
        let organisation = organisation.clone().trimmed();
        organisation.validate().map_err(rule)?;
        update_organisation(&self.conn, id, &organisation)
    }

    /// Imports a directory file read by `kohtaamo_model::directory`: a
    /// person or organisation whose key the store already has is updated,
    /// any other is added. All of it in one transaction: a file is imported
    /// whole or not at all.
    pub fn import_directory(&mut self, directory: &Directory) -> Result<DirectoryImported> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .context("importing a directory")?;
        let mut done = DirectoryImported::default();
        let known = crate::professionals::all(&tx)?;
        for (key, person) in &directory.people {
            let same = known
                .iter()
                .find(|(_, p)| p.directory_key.as_deref() == Some(key.as_str()));
            match same {
                Some((id, before)) => {
                    let mut person = person.clone();
                    // The owner stays the owner's sector: a file cannot move
                    // them into a sector without a register.
                    if crate::professionals::owner_id(&tx)? == Some(*id)
                        && person.sector.register().is_none()
                    {
                        person.sector = before.sector;
                    }
                    crate::professionals::update(&tx, *id, &person)?;
                    done.people_updated += 1;
                }
                None => {
                    crate::professionals::insert(&tx, person)?;
                    done.people_added += 1;
                }
            }
        }
        let known = all_organisations(&tx)?;
        for (key, organisation) in &directory.organisations {
            let same = known
                .iter()
                .find(|(_, o)| o.directory_key.as_deref() == Some(key.as_str()));
            match same {
                Some((id, _)) => {
                    update_organisation(&tx, *id, organisation)?;
                    done.organisations_updated += 1;
                }
                None => {
                    insert_organisation(&tx, organisation)?;
                    done.organisations_added += 1;
                }
            }
        }
        tx.commit().context("importing a directory")?;
        // The file may have changed the owner's own details.
        self.reload_owner()?;
        Ok(done)
    }
}

fn to_json(organisation: &Organisation) -> Result<String> {
    serde_json::to_string(organisation).map_err(|_| StoreError::Unserialisable {
        record: "organisation",
    })
}

fn insert_organisation(conn: &Connection, organisation: &Organisation) -> Result<OrganisationId> {
    let id = OrganisationId(uuid::Uuid::now_v7());
    conn.execute(
        "INSERT INTO organisation (uid, body) VALUES (?1, ?2)",
        [id.0.to_string(), to_json(organisation)?],
    )
    .context("saving an organisation")?;
    Ok(id)
}

fn update_organisation(
    conn: &Connection,
    id: OrganisationId,
    organisation: &Organisation,
) -> Result<()> {
    let changed = conn
        .execute(
            "UPDATE organisation SET body = ?2, revision = revision + 1 WHERE uid = ?1",
            rusqlite::params![id.0.to_string(), to_json(organisation)?],
        )
        .context("saving an organisation")?;
    if changed == 0 {
        return Err(rule(ProfessionalError::NotFound));
    }
    Ok(())
}

pub(crate) fn all_organisations(conn: &Connection) -> Result<Vec<(OrganisationId, Organisation)>> {
    let mut stmt = conn
        .prepare_cached("SELECT uid, body FROM organisation ORDER BY id")
        .context("listing organisations")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .context("listing organisations")?;
    rows.map(|row| {
        let (id, body) = row.context("listing organisations")?;
        let organisation = serde_json::from_str(&body).map_err(|_| StoreError::CorruptRow {
            context: "organisation",
        })?;
        Ok((
            OrganisationId(crate::clients::parse_uid(&id)?),
            organisation,
        ))
    })
    .collect()
}
