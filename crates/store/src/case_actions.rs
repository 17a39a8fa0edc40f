//! Steps of the joint work that build a record from a request: the store
//! fills in what it knows (the team from its professionals, who assessed,
//! today's date) so the shell stays a translator.

use chrono::{Local, Utc};
use kohtaamo_model::api::{SegmentAnswers, StartClientship};
use kohtaamo_model::case::clientship::{CareTeam, ClientshipStatus, JointClientship};
use kohtaamo_model::case::segment::SegmentAssessment;
use kohtaamo_model::case::stored::Stored;

use crate::{Purpose, Result, Store};

impl Store {
    /// Starts the client's joint clientship today, with a first team made of
    /// the professionals this store knows.
    pub fn start_clientship(
        &mut self,
        request: &StartClientship,
        purpose: Purpose,
    ) -> Result<Stored<JointClientship>> {
        let known: Vec<_> = self
            .professionals()?
            .into_iter()
            .map(|(id, p)| (id, p.sector))
            .collect();
        let (team, counterpart_pair) = CareTeam::from_professionals(&known);
        let clientship = JointClientship {
            client: request.client,
            started_on: Local::now().date_naive(),
            reasons: request.reasons.clone(),
            other_reason: request.other_reason.clone(),
            status: ClientshipStatus::Active,
            counterpart_pair,
            team,
        };
        self.insert_record(request.client, &clientship, purpose)
    }

    /// Records a segmentation now, as assessed by the client's team.
    pub fn assess_segment(
        &mut self,
        answers: &SegmentAnswers,
        purpose: Purpose,
    ) -> Result<Stored<SegmentAssessment>> {
        let team = self
            .records_of::<JointClientship>(answers.client, purpose)?
            .into_iter()
            .next()
            .map(|c| c.record.assignable().team)
            .unwrap_or_default();
        let assessment = SegmentAssessment {
            coping: answers.coping,
            need: answers.need,
            chosen: answers.chosen,
            reason_for_other: answers.reason_for_other.clone(),
            client_view: answers.client_view.clone(),
            assessed_by: team,
            assessed_at: Utc::now(),
        };
        self.insert_record(answers.client, &assessment, purpose)
    }
}
