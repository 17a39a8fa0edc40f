//! A case as a handout may hold it, read and logged as a disclosure to the
//! client in one transaction.
//!
//! The store selects what may appear (`Case::for_handout`) and returns it;
//! the caller lays it out (`kohtaamo-handout`) and writes the file where
//! the user chose. As with the FHIR export, the entry is written before
//! the data leaves the store: a file that then fails to be written leaves
//! an entry that says more was disclosed than was, never less. A refusal
//! (no clientship, no agreed plan) logs nothing and discloses nothing.

use chrono::NaiveDate;
use kohtaamo_model::case::handout::HandoutKind;
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::ClientId;

use crate::access_log::{Access, Action, Purpose};
use crate::{Result, Store, StoreError};

impl Store {
    /// `client`'s case cut for a handout of `kind` on `today`, logged as an
    /// export of `kind`'s record kind (given to the client).
    pub fn handout_case(
        &mut self,
        client: ClientId,
        kind: HandoutKind,
        today: NaiveDate,
        purpose: Purpose,
    ) -> Result<Case> {
        self.logged("handing a case out", |tx| {
            let case = crate::records::read_case(tx, client)?;
            let cut = case
                .for_handout(kind, today)
                .map_err(|e| StoreError::Rule(e.into()))?;
            let access = Access {
                client: Some(client),
                action: Action::Export,
                record: kind.record_kind(),
                record_id: None,
                purpose,
                listed: Vec::new(),
            };
            Ok((cut, vec![access]))
        })
    }
}
