//! Steps of the joint work that build a record from a request: the store
//! fills in what it knows (who starts and coordinates, who assessed,
//! today's date) so the shell stays a translator.

use chrono::{Local, Utc};
use kohtaamo_model::api::{SegmentAnswers, StartClientship};
use kohtaamo_model::case::appointment::JointAppointment;
use kohtaamo_model::case::clientship::{CareTeam, ClientshipStatus, JointClientship};
use kohtaamo_model::case::segment::SegmentAssessment;
use kohtaamo_model::case::stored::Stored;

use crate::{Purpose, Result, Store};

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
        let clientship = JointClientship {
            client: request.client,
            started_on: Local::now().date_naive(),
            reasons: request.reasons.clone(),
            other_reason: request.other_reason.trim().to_owned(),
            status: ClientshipStatus::Active,
            counterpart_pair: None,
            team: CareTeam::started_by(author.professional, sector),
        };
        self.insert_record(request.client, &clientship, purpose)
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
