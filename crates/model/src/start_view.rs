//! What the professional sees first after unlocking: their own clients and
//! what needs doing in them. Worked out from the cases alone (no I/O), so
//! the team server can make the same view over a unit's cases later.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::case::clientship::JointClientship;
use crate::case::plan::PlanVersion;
use crate::case::professional::ProfessionalId;
use crate::ClientSummary;

/// What of a case the start view needs: the client, the clientship's
/// periods (oldest first) and the plan versions.
#[derive(Debug, Clone)]
pub struct CaseDigest {
    pub client: ClientSummary,
    pub clientships: Vec<JointClientship>,
    pub plans: Vec<PlanVersion>,
    /// The measures' answers, for what is due.
    pub measures: Vec<crate::measure::answer::MeasureAnswer>,
}

/// One client on the start view, with the date that put them there (a
/// review, the earliest late action) and how many things it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartRow {
    pub client: ClientSummary,
    pub date: Option<NaiveDate>,
    pub count: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StartView {
    /// Open clientships with the owner on the team, by name.
    pub mine: Vec<StartRow>,
    /// Of those, plans whose review date is past or within
    /// `review_notice_days`, soonest first.
    pub reviews_due: Vec<StartRow>,
    /// Plans with open actions whose date has passed, oldest first.
    pub late_actions: Vec<StartRow>,
    /// Open clientships with no agreed plan yet.
    pub without_agreed_plan: Vec<StartRow>,
    /// Clientships with a life-situation measure due (the start, the
    /// middle, or the end of a period closed), longest due first.
    #[serde(default)]
    pub measures_due: Vec<StartRow>,
    pub review_notice_days: u32,
}

impl StartView {
    /// Every client the view shows, once each (what the access log names).
    pub fn clients(&self) -> Vec<crate::ClientId> {
        let mut ids: Vec<_> = [
            &self.mine,
            &self.reviews_due,
            &self.late_actions,
            &self.without_agreed_plan,
            &self.measures_due,
        ]
        .into_iter()
        .flatten()
        .map(|r| r.client.id)
        .collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

/// The start view of `owner` on `today`, with what of `instruments` is due.
pub fn start_view(
    cases: &[CaseDigest],
    owner: ProfessionalId,
    today: NaiveDate,
    review_notice_days: u32,
    instruments: &[crate::measure::instrument::Instrument],
) -> StartView {
    let notice_until = today
        .checked_add_days(Days::new(u64::from(review_notice_days)))
        .unwrap_or(today);
    let mut view = StartView {
        review_notice_days,
        ..StartView::default()
    };
    for case in cases {
        let Some(period) = case.clientships.last() else {
            continue;
        };
        let on_team = period.team.members.iter().any(|m| m.professional == owner);
        if period.status.is_closed() || !on_team {
            continue;
        }
        let row = |date, count| StartRow {
            client: case.client.clone(),
            date,
            count,
        };
        view.mine.push(row(None, 0));
        let measure_period = crate::measure::due::Period::of(period);
        let age = case.client.hetu.age_on(today);
        let due: Vec<_> = instruments
            .iter()
            .filter_map(|instrument| {
                let taken = measure_period.points_taken(&instrument.id, &case.measures);
                crate::measure::due::due(instrument, measure_period, &taken, today, None, Some(age))
            })
            .collect();
        if let Some(since) = due.iter().map(|d| d.since).min() {
            view.measures_due.push(row(Some(since), due.len()));
        }
        let current = case.plans.iter().max_by_key(|p| p.number);
        if !case.plans.iter().any(PlanVersion::is_agreed) {
            view.without_agreed_plan.push(row(None, 0));
        }
        let Some(plan) = current else {
            continue;
        };
        if let Some(review) = plan.review_date.filter(|d| *d <= notice_until) {
            view.reviews_due.push(row(Some(review), 1));
        }
        let late: Vec<_> = plan
            .goals
            .iter()
            .flat_map(|g| &g.actions)
            .filter(|a| a.is_late(today))
            .collect();
        if let Some(first) = late.iter().filter_map(|a| a.due).min() {
            view.late_actions.push(row(Some(first), late.len()));
        }
    }
    view.mine.sort_by(|a, b| a.client.name.cmp(&b.client.name));
    view.without_agreed_plan
        .sort_by(|a, b| a.client.name.cmp(&b.client.name));
    view.reviews_due.sort_by_key(|r| r.date);
    view.late_actions.sort_by_key(|r| r.date);
    view.measures_due.sort_by_key(|r| r.date);
    view
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::clientship::{CareTeam, ClientshipStatus};
    use crate::case::plan::{ActionOwner, Assignable, ExpressedBy};
    use crate::case::professional::Sector;
    use crate::ClientId;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn case(
        n: u128,
        owner: ProfessionalId,
        status: ClientshipStatus,
        plan: Option<PlanVersion>,
    ) -> CaseDigest {
        let client = ClientSummary {
            id: ClientId::from_u128(n),
            name: format!("Asiakas {n}"),
            hetu: "010190-923E".parse().unwrap(),
        };
        let ship = JointClientship {
            client: client.id,
            started_on: date(2026, 1, 1),
            reasons: vec![],
            other_reason: "testi".into(),
            status,
            status_changes: vec![],
            counterpart_pair: None,
            team: CareTeam::started_by(owner, Sector::HealthCare),
        };
        CaseDigest {
            client,
            clientships: vec![ship],
            plans: plan.into_iter().collect(),
            measures: vec![],
        }
    }

    fn draft(review: Option<NaiveDate>, due: Option<NaiveDate>) -> PlanVersion {
        let mut plan = PlanVersion::first_draft();
        let goal = plan.add_goal("Tavoite", ExpressedBy::Client).unwrap();
        plan.add_action(
            goal,
            "Tehtävä",
            ActionOwner::Client,
            due,
            &Assignable::default(),
        )
        .unwrap();
        plan.set_review_date(review).unwrap();
        plan
    }

    #[test]
    fn the_owners_open_cases_and_what_is_due_in_them() {
        let me = ProfessionalId::from_u128(1);
        let other = ProfessionalId::from_u128(2);
        let today = date(2026, 12, 1);
        let cases = [
            // Review past, an action late, and a draft only: on every list.
            case(
                1,
                me,
                ClientshipStatus::Active,
                Some(draft(Some(date(2026, 11, 20)), Some(date(2026, 11, 25)))),
            ),
            // Review within the notice, nothing late.
            case(
                2,
                me,
                ClientshipStatus::Active,
                Some(draft(Some(date(2026, 12, 10)), None)),
            ),
            // Review beyond the notice; due today is not late.
            case(
                3,
                me,
                ClientshipStatus::Paused { reason: "x".into() },
                Some(draft(Some(date(2027, 3, 1)), Some(today))),
            ),
            // Someone else's client, and a closed one of mine: not shown.
            case(
                4,
                other,
                ClientshipStatus::Active,
                Some(draft(Some(date(2026, 11, 1)), None)),
            ),
            case(
                5,
                me,
                ClientshipStatus::Closed {
                    reason: "x".into(),
                    on: today,
                },
                None,
            ),
        ];
        let view = start_view(&cases, me, today, 14, &[]);
        let names = |rows: &[StartRow]| {
            rows.iter()
                .map(|r| r.client.name.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&view.mine), ["Asiakas 1", "Asiakas 2", "Asiakas 3"]);
        assert_eq!(names(&view.reviews_due), ["Asiakas 1", "Asiakas 2"]);
        assert_eq!(names(&view.late_actions), ["Asiakas 1"]);
        assert_eq!(view.late_actions[0].date, Some(date(2026, 11, 25)));
        assert_eq!(
            names(&view.without_agreed_plan),
            ["Asiakas 1", "Asiakas 2", "Asiakas 3"]
        );
        assert_eq!(view.clients().len(), 3);
        // No notice days: only what is past.
        let view = start_view(&cases, me, today, 0, &[]);
        assert_eq!(names(&view.reviews_due), ["Asiakas 1"]);
        assert!(view.measures_due.is_empty(), "no instruments, nothing due");

        // With the 3X10D: every open clientship of mine lacks its start;
        // one that answered it has the middle due six months on.
        let meter = crate::measure::built_in();
        let mut cases = cases;
        cases[1]
            .measures
            .push(crate::measure::answer::MeasureAnswer {
                instrument: meter[0].key(),
                point: crate::measure::answer::MeasurePoint::Start,
                answered_on: date(2026, 1, 5),
                entered_by: crate::measure::answer::EnteredBy::Client,
                scores: vec![],
                notes: vec![],
            });
        let view = start_view(&cases, me, today, 14, &meter);
        // Longest due first: the starts due since January, then the middle.
        assert_eq!(
            names(&view.measures_due),
            ["Asiakas 1", "Asiakas 3", "Asiakas 2"]
        );
        assert_eq!(view.measures_due[0].date, Some(date(2026, 1, 1)));
        let second = view
            .measures_due
            .iter()
            .find(|r| r.client.name == "Asiakas 2");
        assert_eq!(second.and_then(|r| r.date), Some(date(2026, 7, 1)));
    }
}
