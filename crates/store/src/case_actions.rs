//! Steps of the joint work that build a record from a request: the store
//! fills in what it knows (who starts and coordinates, who assessed,
//! today's date) so the shell stays a translator.

use chrono::{Local, Utc};
use kohtaamo_model::api::{ChangeClientshipStatus, SegmentAnswers, StartClientship};
use kohtaamo_model::case::appointment::JointAppointment;
use kohtaamo_model::case::clientship::{CareTeam, ClientshipStatus, JointClientship};
use kohtaamo_model::case::segment::SegmentAssessment;
use kohtaamo_model::case::service_use::ServiceUse;
use kohtaamo_model::case::stored::Stored;
use kohtaamo_model::rule::CaseError;
use kohtaamo_model::ClientId;

use crate::{Purpose, Result, Store, StoreError};

impl Store {
    /// Starts the client's joint clientship today. The owner, who
    /// identified the client, is its team and coordinates it from the first
    /// day; colleagues join later.
    pub fn start_clientship(
        &mut self,
        request: &StartClientship,
        purpose: Purpose,
    ) -> Result<Stored<JointClientship>> {
        let author = self.author()?;
        let sector = self.professional(author.professional)?.sector;
        let open = self
            .records_of::<JointClientship>(request.client, purpose)?
            .last()
            .is_some_and(|c| !c.record.status.is_closed());
        if open {
            return Err(StoreError::Rule(CaseError::ClientshipOpen.into()));
        }
        let clientship = JointClientship {
            client: request.client,
            started_on: Local::now().date_naive(),
            reasons: request.reasons.clone(),
            other_reason: request.other_reason.trim().to_owned(),
            status: ClientshipStatus::Active,
            status_changes: Vec::new(),
            counterpart_pair: None,
            team: CareTeam::started_by(author.professional, sector),
        };
        self.insert_record(request.client, &clientship, purpose)
    }

    /// Pauses the clientship, takes it up again or closes its period,
    /// today, as the owner records it. The change is appended to the
    /// period's status history and the version it replaces is kept.
    pub fn change_clientship_status(
        &mut self,
        request: &ChangeClientshipStatus,
        purpose: Purpose,
    ) -> Result<i64> {
        let today = Local::now().date_naive();
        let status = request.status.clone();
        self.update_with(
            request.client,
            request.id,
            request.revision,
            purpose,
            |before: &JointClientship, author| {
                let mut changed = before.clone();
                changed
                    .change_status(status, today, author.professional)
                    .map_err(|e| StoreError::Rule(e.into()))?;
                Ok(changed)
            },
        )
    }

    /// Records how many contacts the client had with a service in a month,
    /// replacing an earlier count of the same service and month.
    pub fn record_service_use(
        &mut self,
        client: ClientId,
        service_use: &ServiceUse,
        purpose: Purpose,
    ) -> Result<()> {
        let same = self
            .records_of::<ServiceUse>(client, purpose)?
            .into_iter()
            .find(|s| {
                s.record.service == service_use.service && s.record.month == service_use.month
            });
        match same {
            Some(stored) => self
                .update_record(client, stored.id, stored.revision, service_use, purpose)
                .map(drop),
            None => self.insert_record(client, service_use, purpose).map(drop),
        }
    }

    /// Records a segmentation now, judged with the client by the owner and,
    /// when it is done at a running joint appointment, by the professionals
    /// present there.
    pub fn assess_segment(
        &mut self,
        answers: &SegmentAnswers,
        purpose: Purpose,
    ) -> Result<Stored<SegmentAssessment>> {
        let owner = self.author()?.professional;
        let mut assessed_by = vec![owner];
        let running = self
            .records_of::<JointAppointment>(answers.client, purpose)?
            .into_iter()
            .rev()
            .find(|a| !a.record.ended);
        if let Some(appointment) = running {
            for p in appointment.record.participants.iter().filter(|p| p.present) {
                if !assessed_by.contains(&p.professional) {
                    assessed_by.push(p.professional);
                }
            }
        }
        let assessment = SegmentAssessment {
            coping: answers.coping,
            need: answers.need,
            chosen: answers.chosen,
            reason_for_other: answers.reason_for_other.clone(),
            client_view: answers.client_view.clone(),
            assessed_by,
            assessed_at: Utc::now(),
        };
        self.insert_record(answers.client, &assessment, purpose)
    }
}
