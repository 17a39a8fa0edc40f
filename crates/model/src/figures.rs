//! The figures a manager leads with (tiedolla johtaminen): aggregates of
//! the joint work over a period, never a client's name or code. A pure
//! function over cases: on a laptop it runs over the owner's own caseload;
//! the team server will run it unchanged over a unit's.
//!
//! **Suppression.** Every count is of distinct clients. A count of 1–4 is
//! suppressed (0 is shown: it tells nothing of anyone). Where a row is shown
//! with its total, one suppressed cell could be worked out from the others,
//! so the next smallest is suppressed too.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::clientship::{ClientshipStatus, JointClientship};
use crate::case::plan::{PlanStatus, PlanVersion};
use crate::case::segment::{Segment, SegmentAssessment};
use crate::case::service_use::{compare, Month, ServiceUse};
use crate::ClientId;

/// The smallest count shown.
pub const SMALLEST_SHOWN: u32 = 5;

/// A count, or nothing when it would point at too few people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind", content = "n")]
pub enum Cell {
    Count(u32),
    Suppressed,
}

impl Cell {
    fn of(n: u32) -> Cell {
        if n > 0 && n < SMALLEST_SHOWN {
            Cell::Suppressed
        } else {
            Cell::Count(n)
        }
    }
}

/// Cells of one row shown with its total: primary suppression, and when
/// exactly one is hidden, the next smallest (not zero) as well.
fn row_with_total(counts: &[u32]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = counts.iter().map(|n| Cell::of(*n)).collect();
    let hidden = cells.iter().filter(|c| **c == Cell::Suppressed).count();
    if hidden == 1 {
        let next = counts
            .iter()
            .enumerate()
            .filter(|(i, n)| cells[*i] != Cell::Suppressed && **n > 0)
            .min_by_key(|(_, n)| **n)
            .map(|(i, _)| i);
        if let Some(i) = next {
            cells[i] = Cell::Suppressed;
        }
    }
    cells
}

/// What of one client's case the figures need (one a client): of each
/// record only the fields they
/// count, so that a store reads its records' JSON into these without
/// building what is not counted (goals, notes, texts).
#[derive(Debug, Clone)]
pub struct CaseFacts {
    pub client: ClientId,
    pub clientships: Vec<ClientshipFacts>,
    pub segments: Vec<SegmentFacts>,
    pub plans: Vec<PlanFacts>,
    pub service_use: Vec<ServiceUse>,
    pub measures: Vec<MeasureFacts>,
}

/// A measure's answer as the figures see it: which instrument, when, the
/// scores (no notes).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MeasureFacts {
    pub instrument: crate::measure::instrument::InstrumentKey,
    pub point: crate::measure::answer::MeasurePoint,
    pub answered_on: NaiveDate,
    #[serde(with = "score_pairs")]
    pub scores: Vec<crate::measure::answer::ItemScore>,
}

/// Scores kept as `[item, score]` pairs: a store keeps these facts for every
/// answer, and the figures read them all.
mod score_pairs {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::measure::answer::ItemScore;

    pub fn serialize<S: Serializer>(scores: &[ItemScore], to: S) -> Result<S::Ok, S::Error> {
        let pairs: Vec<(&str, Option<u8>)> =
            scores.iter().map(|s| (s.item.as_str(), s.score)).collect();
        pairs.serialize(to)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Vec<ItemScore>, D::Error> {
        let pairs: Vec<(String, Option<u8>)> = Vec::deserialize(from)?;
        Ok(pairs
            .into_iter()
            .map(|(item, score)| ItemScore { item, score })
            .collect())
    }
}

impl From<&crate::measure::answer::MeasureAnswer> for MeasureFacts {
    fn from(a: &crate::measure::answer::MeasureAnswer) -> Self {
        Self {
            instrument: a.instrument.clone(),
            point: a.point,
            answered_on: a.answered_on,
            scores: a.scores.clone(),
        }
    }
}

/// One item's mean over the clients counted: for 3X10D its change from the
/// start to the latest answer, for a PROM its latest answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemMean {
    pub item: String,
    pub clients: Cell,
    /// In tenths of a point, shown only when `clients` is.
    pub mean_tenths: Option<i32>,
}

impl ItemMean {
    /// The item's figure over `values`, one a client, hidden when few.
    fn over(item: String, values: &[i32]) -> Self {
        let n = values.len() as u32;
        let clients = Cell::of(n);
        let mean_tenths = if clients == Cell::Count(n) {
            mean_in_tenths(values)
        } else {
            None
        };
        Self {
            item,
            clients,
            mean_tenths,
        }
    }
}

/// The mean of `values` in tenths, rounded half away from zero; `None`
/// for none.
pub fn mean_in_tenths(values: &[i32]) -> Option<i32> {
    let n = i64::try_from(values.len()).ok().filter(|n| *n > 0)?;
    let sum: i64 = values.iter().map(|v| i64::from(*v)).sum();
    Some(((sum * 20 + n * sum.signum()) / (2 * n)) as i32)
}

/// A clientship period, as the figures see it (its JSON, read leniently).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientshipFacts {
    pub started_on: NaiveDate,
    pub status: ClientshipStatus,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SegmentFacts {
    pub chosen: Segment,
    pub assessed_at: chrono::DateTime<chrono::Utc>,
}

/// A plan version as the figures see it: when it was agreed (drafts: never)
/// and the review it set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanFacts {
    pub agreed_on: Option<NaiveDate>,
    pub review_date: Option<NaiveDate>,
}

impl From<&JointClientship> for ClientshipFacts {
    fn from(c: &JointClientship) -> Self {
        Self {
            started_on: c.started_on,
            status: c.status.clone(),
        }
    }
}

impl From<&SegmentAssessment> for SegmentFacts {
    fn from(s: &SegmentAssessment) -> Self {
        Self {
            chosen: s.chosen,
            assessed_at: s.assessed_at,
        }
    }
}

impl PlanFacts {
    /// Whether the version was agreed (drafts count for nothing).
    pub fn is_agreed(&self) -> bool {
        self.agreed_on.is_some()
    }
}

impl From<&PlanVersion> for PlanFacts {
    fn from(p: &PlanVersion) -> Self {
        Self {
            agreed_on: match &p.status {
                PlanStatus::Agreed(a) => Some(a.agreed_on),
                PlanStatus::Draft => None,
            },
            review_date: p.review_date,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthFigures {
    pub month: Month,
    pub new: Cell,
    pub active: Cell,
    pub closed: Cell,
}

/// A part of a whole, both suppressed together when either side is small.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Share {
    pub part: Cell,
    pub of: Cell,
}

impl Share {
    fn of(part: u32, of: u32) -> Share {
        let cells = row_with_total(&[part, of - part]);
        Share {
            part: cells[0],
            of: if cells.contains(&Cell::Suppressed) && of < SMALLEST_SHOWN {
                Cell::Suppressed
            } else {
                Cell::Count(of)
            },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFigures {
    pub service: String,
    /// Distinct clients whose use is compared.
    pub clients: Cell,
    /// Contacts before and after, shown only when `clients` is.
    pub before: Option<u32>,
    pub after: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figures {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// Joint clients new, active and closed in each month of the period.
    pub months: Vec<MonthFigures>,
    /// Clients active at the end of the period by their latest segment, and
    /// the total (one row with its total).
    pub segments: Vec<(Segment, Cell)>,
    pub segments_total: Cell,
    /// Clients segmented at least twice in the period: towards more
    /// support, towards less, the same (one row).
    pub segment_movement: [Cell; 3],
    /// Clients active at the end of the period with an agreed plan.
    pub agreed_plan: Share,
    /// Clients with a review due in the period whose every review came on
    /// time (a new agreed version on or before the review date).
    pub reviews_on_time: Share,
    pub service_use: Vec<ServiceFigures>,
    /// 3X10D, per item: the change from each client's start to their latest
    /// answer in the period (item 10 speaks for the whole; there is no sum).
    pub life_situation: Vec<ItemMean>,
    /// Each other instrument's (a unit's PROM) item means: each client's
    /// latest answer in the period counted once.
    pub proms: Vec<InstrumentMeans>,
    /// The client-experience answers of the period's months (anonymous:
    /// answers, not distinct clients, are what n counts here).
    pub experience: ExperienceFigures,
}

/// One instrument's item means over the period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstrumentMeans {
    pub instrument: String,
    pub items: Vec<ItemMean>,
}

/// An instrument's items in the order first seen, and each item's scores.
type Scores = (Vec<String>, BTreeMap<String, Vec<i32>>);

/// The means of every instrument but 3X10D (whose figure is its change),
/// over each client's latest answer in `from`–`to`.
fn instrument_means(cases: &[CaseFacts], from: NaiveDate, to: NaiveDate) -> Vec<InstrumentMeans> {
    let mut per: BTreeMap<String, Scores> = BTreeMap::new();
    for case in cases {
        let mut latest: BTreeMap<&str, &MeasureFacts> = BTreeMap::new();
        for m in case.measures.iter().filter(|m| {
            m.instrument.id != crate::measure::LIFE_SITUATION_3X10D
                && m.answered_on >= from
                && m.answered_on <= to
        }) {
            let slot = latest.entry(m.instrument.id.as_str()).or_insert(m);
            if m.answered_on >= slot.answered_on {
                *slot = m;
            }
        }
        for (id, answer) in latest {
            let (order, scores) = per.entry(id.to_owned()).or_default();
            for score in &answer.scores {
                if !order.contains(&score.item) {
                    order.push(score.item.clone());
                }
                if let Some(value) = score.score {
                    scores
                        .entry(score.item.clone())
                        .or_default()
                        .push(i32::from(value));
                }
            }
        }
    }
    per.into_iter()
        .map(|(instrument, (order, scores))| InstrumentMeans {
            instrument,
            items: order
                .into_iter()
                .map(|item| {
                    let values = scores.get(&item).cloned().unwrap_or_default();
                    ItemMean::over(item, &values)
                })
                .collect(),
        })
        .collect()
}

/// NPS and the organisation's statement, each hidden under five answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExperienceFigures {
    pub nps_answers: Cell,
    /// The NPS, −100…100, shown only when `nps_answers` is.
    pub nps: Option<i32>,
    pub statement_answers: Cell,
    /// The statement's mean in tenths (0…100), shown only when its n is.
    pub statement_mean_tenths: Option<i32>,
}

fn experience_figures(
    answers: &[crate::measure::experience::ClientExperience],
    from: NaiveDate,
    to: NaiveDate,
) -> ExperienceFigures {
    let within: Vec<_> = answers
        .iter()
        .filter(|a| a.month >= Month::of(from) && a.month <= Month::of(to))
        .cloned()
        .collect();
    let nps = crate::measure::nps::nps(within.iter().filter_map(|a| a.recommend));
    let nps_n = nps.map_or(0, |n| n.n);
    let nps_answers = Cell::of(nps_n);
    let statement = crate::measure::experience::statement_mean(&within);
    let statement_n = statement.map_or(0, |(_, n)| n);
    let statement_answers = Cell::of(statement_n);
    ExperienceFigures {
        nps_answers,
        nps: nps
            .filter(|_| nps_answers == Cell::Count(nps_n))
            .map(|n| n.score),
        statement_answers,
        statement_mean_tenths: statement
            .filter(|_| statement_answers == Cell::Count(statement_n))
            .map(|(mean, _)| mean),
    }
}

/// Each item's change for the clients whose start and a later answer to
/// `instrument` fall on or before `to`, the later one in `from`–`to`.
fn item_changes(
    cases: &[CaseFacts],
    instrument: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<ItemMean> {
    use crate::measure::answer::MeasurePoint;
    let mut per_item: BTreeMap<String, Vec<i32>> = BTreeMap::new();
    let mut order: Vec<String> = Vec::new();
    for case in cases {
        let mine: Vec<&MeasureFacts> = case
            .measures
            .iter()
            .filter(|m| m.instrument.id == instrument && m.answered_on <= to)
            .collect();
        let Some(start) = mine
            .iter()
            .filter(|m| m.point == MeasurePoint::Start)
            .max_by_key(|m| m.answered_on)
        else {
            continue;
        };
        let Some(latest) = mine
            .iter()
            // Any answer after the start, the same day included (a start
            // and a first interim point at one appointment).
            .filter(|m| {
                m.point != MeasurePoint::Start
                    && m.answered_on >= start.answered_on
                    && m.answered_on >= from
            })
            .max_by_key(|m| (m.answered_on, m.point))
        else {
            continue;
        };
        for score in &start.scores {
            if !order.contains(&score.item) {
                order.push(score.item.clone());
            }
            let later = latest
                .scores
                .iter()
                .find(|s| s.item == score.item)
                .and_then(|s| s.score);
            if let (Some(a), Some(b)) = (score.score, later) {
                per_item
                    .entry(score.item.clone())
                    .or_default()
                    .push(i32::from(b) - i32::from(a));
            }
        }
    }
    order
        .into_iter()
        .map(|item| {
            let changes = per_item.get(&item).cloned().unwrap_or_default();
            ItemMean::over(item, &changes)
        })
        .collect()
}

const SEGMENTS: [Segment; 4] = [
    Segment::Omatoimi,
    Segment::Tuki,
    Segment::Yhteistyo,
    Segment::Huolenpito,
];

fn intensity(s: Segment) -> usize {
    SEGMENTS.iter().position(|x| *x == s).unwrap_or(0)
}

fn closed_on(c: &ClientshipFacts) -> Option<NaiveDate> {
    match &c.status {
        ClientshipStatus::Closed { on, .. } => Some(*on),
        _ => None,
    }
}

fn active_on(c: &ClientshipFacts, day: NaiveDate) -> bool {
    c.started_on <= day && closed_on(c).is_none_or(|end| end >= day)
}

fn month_end(m: Month) -> NaiveDate {
    let next = m.plus(1);
    NaiveDate::from_ymd_opt(next.year, u32::from(next.month), 1)
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

fn month_start(m: Month) -> NaiveDate {
    NaiveDate::from_ymd_opt(m.year, u32::from(m.month), 1).unwrap_or(NaiveDate::MIN)
}

fn agreed_on(p: &PlanFacts) -> Option<NaiveDate> {
    p.agreed_on
}

/// The figures over `cases` for the period `from`–`to` (both included), as
/// they stand on `today`.
pub fn figures(
    cases: &[CaseFacts],
    experience: &[crate::measure::experience::ClientExperience],
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Figures {
    let mut months = Vec::new();
    let mut m = Month::of(from);
    while m <= Month::of(to) {
        let (start, end) = (month_start(m), month_end(m));
        // One `CaseFacts` a client: counting cases counts distinct clients.
        let clients = |test: &dyn Fn(&ClientshipFacts) -> bool| {
            cases
                .iter()
                .filter(|c| c.clientships.iter().any(test))
                .count() as u32
        };
        months.push(MonthFigures {
            month: m,
            new: Cell::of(clients(&|c| c.started_on >= start && c.started_on <= end)),
            active: Cell::of(clients(&|c| {
                c.started_on <= end && closed_on(c).is_none_or(|d| d >= start)
            })),
            closed: Cell::of(clients(&|c| {
                closed_on(c).is_some_and(|d| d >= start && d <= end)
            })),
        });
        m = m.plus(1);
    }

    let active_at_end: Vec<&CaseFacts> = cases
        .iter()
        .filter(|c| c.clientships.iter().any(|s| active_on(s, to)))
        .collect();

    let mut per_segment = [0u32; 4];
    for case in &active_at_end {
        let latest = case
            .segments
            .iter()
            .filter(|s| s.assessed_at.date_naive() <= to)
            .max_by_key(|s| s.assessed_at);
        if let Some(s) = latest {
            per_segment[intensity(s.chosen)] += 1;
        }
    }
    let segment_cells = row_with_total(&per_segment);
    let segments_total = Cell::of(per_segment.iter().sum());

    let mut movement = [0u32; 3];
    for case in cases {
        let mut within: Vec<&SegmentFacts> = case
            .segments
            .iter()
            .filter(|s| {
                let day = s.assessed_at.date_naive();
                day >= from && day <= to
            })
            .collect();
        within.sort_by_key(|s| s.assessed_at);
        if let (Some(first), Some(last)) = (within.first(), within.last()) {
            if within.len() >= 2 {
                let (a, b) = (intensity(first.chosen), intensity(last.chosen));
                movement[if b > a {
                    0
                } else if b < a {
                    1
                } else {
                    2
                }] += 1;
            }
        }
    }
    let moved = row_with_total(&movement);

    let with_plan = active_at_end
        .iter()
        .filter(|c| {
            c.plans
                .iter()
                .any(|p| agreed_on(p).is_some_and(|d| d <= to))
        })
        .count() as u32;

    let mut due = 0u32;
    let mut on_time = 0u32;
    for case in cases {
        let agreed: Vec<(NaiveDate, Option<NaiveDate>)> = case
            .plans
            .iter()
            .filter_map(|p| agreed_on(p).map(|d| (d, p.review_date)))
            .collect();
        let reviews: Vec<NaiveDate> = agreed
            .iter()
            .filter_map(|(_, review)| *review)
            .filter(|r| *r >= from && *r <= to && *r <= today)
            .collect();
        if reviews.is_empty() {
            continue;
        }
        due += 1;
        let all_on_time = reviews.iter().all(|review| {
            agreed.iter().any(|(agreed, next_review)| {
                *agreed <= *review && next_review.is_some_and(|n| n > *review)
            })
        });
        on_time += u32::from(all_on_time);
    }

    let mut services: BTreeMap<String, (BTreeSet<ClientId>, u32, u32)> = BTreeMap::new();
    for case in cases {
        let Some(started) = case.clientships.first().map(|c| c.started_on) else {
            continue;
        };
        let compared = compare(&case.service_use, started, today.min(to));
        for (service, before, after) in compared.services {
            let entry = services.entry(service).or_default();
            entry.0.insert(case.client);
            entry.1 += before;
            entry.2 += after;
        }
    }
    let service_use = services
        .into_iter()
        .map(|(service, (clients, before, after))| {
            let n = Cell::of(clients.len() as u32);
            let shown = matches!(n, Cell::Count(_));
            ServiceFigures {
                service,
                clients: n,
                before: shown.then_some(before),
                after: shown.then_some(after),
            }
        })
        .collect();

    Figures {
        from,
        to,
        months,
        segments: SEGMENTS.iter().copied().zip(segment_cells).collect(),
        segments_total,
        segment_movement: [moved[0], moved[1], moved[2]],
        agreed_plan: Share::of(with_plan, active_at_end.len() as u32),
        reviews_on_time: Share::of(on_time, due),
        service_use,
        life_situation: item_changes(cases, crate::measure::LIFE_SITUATION_3X10D, from, to),
        proms: instrument_means(cases, from, to),
        experience: experience_figures(experience, from, to),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_counts_are_hidden_and_a_row_with_its_total_hides_one_more() {
        assert_eq!(Cell::of(0), Cell::Count(0));
        assert_eq!(Cell::of(4), Cell::Suppressed);
        assert_eq!(Cell::of(5), Cell::Count(5));
        // One small cell: the next smallest goes too, or it could be worked out.
        assert_eq!(
            row_with_total(&[3, 9, 12, 0]),
            [
                Cell::Suppressed,
                Cell::Suppressed,
                Cell::Count(12),
                Cell::Count(0)
            ]
        );
        // Two small cells already hide each other.
        assert_eq!(
            row_with_total(&[3, 2, 12]),
            [Cell::Suppressed, Cell::Suppressed, Cell::Count(12)]
        );
        assert_eq!(row_with_total(&[6, 7]), [Cell::Count(6), Cell::Count(7)]);
        // A share whose rest is small hides its part.
        assert_eq!(Share::of(9, 11).part, Cell::Suppressed);
        assert_eq!(
            Share::of(9, 20),
            Share {
                part: Cell::Count(9),
                of: Cell::Count(20)
            }
        );
    }

    /// Any row of counts: no hidden cell that the total gives away, no shown
    /// cell of 1–4.
    #[test]
    fn no_row_ever_leaves_one_hidden_cell_or_a_small_one_shown() {
        let mut seed = 7u64;
        for _ in 0..2000 {
            let len = 2 + (seed % 5) as usize;
            let row: Vec<u32> = (0..len)
                .map(|_| {
                    seed = seed
                        .wrapping_mul(6364136223846793005)
                        .wrapping_add(1442695040888963407);
                    ((seed >> 33) % 14) as u32
                })
                .collect();
            let cells = row_with_total(&row);
            let hidden = cells.iter().filter(|c| **c == Cell::Suppressed).count();
            // One hidden cell could be worked out from a shown total; a
            // total of 1–4 is itself hidden.
            let total = Cell::of(row.iter().sum());
            assert!(
                hidden != 1 || total == Cell::Suppressed,
                "{row:?} → {cells:?}"
            );
            for (n, c) in row.iter().zip(&cells) {
                if let Cell::Count(shown) = c {
                    assert_eq!(shown, n);
                    assert!(*n == 0 || *n >= SMALLEST_SHOWN, "{row:?} → {cells:?}");
                }
            }
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn case(n: u128, started: NaiveDate, closed: Option<NaiveDate>) -> CaseFacts {
        use crate::case::clientship::CareTeam;
        use crate::case::professional::{ProfessionalId, Sector};
        let client = ClientId::from_u128(n);
        CaseFacts {
            client,
            clientships: vec![ClientshipFacts::from(&JointClientship {
                client,
                started_on: started,
                reasons: vec![],
                other_reason: "testi".into(),
                status: match closed {
                    Some(on) => ClientshipStatus::Closed {
                        reason: "x".into(),
                        on,
                    },
                    None => ClientshipStatus::Active,
                },
                status_changes: vec![],
                counterpart_pair: None,
                team: CareTeam::started_by(ProfessionalId::from_u128(1), Sector::HealthCare),
            })],
            segments: vec![],
            plans: vec![],
            service_use: vec![],
            measures: vec![],
        }
    }

    fn measure(
        point: crate::measure::answer::MeasurePoint,
        on: NaiveDate,
        health: u8,
        whole: Option<u8>,
    ) -> MeasureFacts {
        use crate::measure::answer::ItemScore;
        MeasureFacts {
            instrument: crate::measure::instrument::InstrumentKey {
                id: crate::measure::LIFE_SITUATION_3X10D.into(),
                version: 1,
            },
            point,
            answered_on: on,
            scores: vec![
                ItemScore {
                    item: "health".into(),
                    score: Some(health),
                },
                ItemScore {
                    item: "life-as-a-whole".into(),
                    score: whole,
                },
            ],
        }
    }

    fn experience(
        month: u8,
        recommend: Option<u8>,
        statement: Option<u8>,
    ) -> crate::measure::experience::ClientExperience {
        crate::measure::experience::ClientExperience {
            unit: "Testiyksikkö".into(),
            month: Month { year: 2026, month },
            channel: crate::measure::experience::ExperienceChannel::SharedScreen,
            recommend,
            statement,
            feedback: String::new(),
        }
    }

    /// Seven answers in November, counted by hand: recommendations 10, 9,
    /// 9, 8, 6, 3 (3 promoters, 1 passive, 2 detractors of 6: NPS 17) and
    /// one answer of only feedback-and-statement; the statement 8, 7, 9, 6
    /// (n 4: hidden). An October answer is outside the period.
    #[test]
    fn nps_and_the_statement_count_the_periods_answers_and_hide_small_n() {
        let answers = [
            experience(11, Some(10), Some(8)),
            experience(11, Some(9), Some(7)),
            experience(11, Some(9), None),
            experience(11, Some(8), None),
            experience(11, Some(6), Some(9)),
            experience(11, Some(3), None),
            experience(11, None, Some(6)),
            experience(10, Some(0), Some(0)),
        ];
        let f = figures(
            &[],
            &answers,
            date(2026, 11, 1),
            date(2026, 11, 30),
            date(2026, 12, 1),
        );
        assert_eq!(f.experience.nps_answers, Cell::Count(6));
        assert_eq!(f.experience.nps, Some(17));
        assert_eq!(f.experience.statement_answers, Cell::Suppressed);
        assert_eq!(f.experience.statement_mean_tenths, None);
        // With October in the period: 7 recommendations (one more
        // detractor: 3 − 3 of 7 = 0) and 5 statements, mean 30 / 5 = 6.0.
        let f = figures(
            &[],
            &answers,
            date(2026, 10, 1),
            date(2026, 11, 30),
            date(2026, 12, 1),
        );
        assert_eq!(f.experience.nps, Some(0));
        assert_eq!(f.experience.statement_answers, Cell::Count(5));
        assert_eq!(f.experience.statement_mean_tenths, Some(60));
    }

    /// A unit's PROM, counted by hand: five clients' latest answers to
    /// "quality-of-life" 4, 6, 7, 8, 5 (an earlier 1 of the first left
    /// out): mean 6.0; "help-in-time" answered by three: hidden.
    #[test]
    fn a_proms_item_means_count_each_clients_latest_answer() {
        use crate::measure::answer::{ItemScore, MeasurePoint};
        let prom = |on: NaiveDate, quality: u8, help: Option<u8>| MeasureFacts {
            instrument: crate::measure::instrument::InstrumentKey {
                id: "oma-prom".into(),
                version: 1,
            },
            point: MeasurePoint::Interim,
            answered_on: on,
            scores: vec![
                ItemScore {
                    item: "quality-of-life".into(),
                    score: Some(quality),
                },
                ItemScore {
                    item: "help-in-time".into(),
                    score: help,
                },
            ],
        };
        let (early, late) = (date(2026, 11, 3), date(2026, 11, 20));
        let rows = [
            (4, Some(9)),
            (6, Some(8)),
            (7, None),
            (8, Some(10)),
            (5, None),
        ];
        let mut cases = Vec::new();
        for (n, (quality, help)) in rows.iter().enumerate() {
            let mut c = case(n as u128 + 1, early, None);
            if n == 0 {
                c.measures.push(prom(early, 1, Some(1)));
            }
            c.measures.push(prom(late, *quality, *help));
            cases.push(c);
        }
        let f = figures(
            &cases,
            &[],
            date(2026, 11, 1),
            date(2026, 11, 30),
            date(2026, 12, 1),
        );
        assert_eq!(f.proms.len(), 1);
        let items = &f.proms[0].items;
        assert_eq!(items[0].item, "quality-of-life");
        assert_eq!(
            (items[0].clients, items[0].mean_tenths),
            (Cell::Count(5), Some(60))
        );
        assert_eq!(
            (items[1].clients, items[1].mean_tenths),
            (Cell::Suppressed, None)
        );
        // 3X10D answers are not a PROM's.
        assert!(f.life_situation.is_empty());
    }

    #[test]
    fn an_experience_answer_is_checked() {
        use crate::measure::experience::ExperienceError;
        assert_eq!(
            experience(11, Some(11), None).validate(),
            Err(ExperienceError::OutOfScale)
        );
        assert_eq!(
            experience(11, None, None).validate(),
            Err(ExperienceError::NothingAnswered)
        );
        let mut only_words = experience(11, None, None);
        only_words.feedback = "Kiitos".into();
        assert_eq!(only_words.validate(), Ok(()));
    }

    /// Six clients' 3X10D, counted by hand: health changes +2, +3, −1, +1,
    /// 0 and +4 (mean 1.5, n 6); the whole is answered twice by only four,
    /// so it is hidden.
    #[test]
    fn the_3x10d_change_is_the_mean_from_each_start_to_the_latest_answer() {
        use crate::measure::answer::MeasurePoint::{End, Interim, Middle, Start};
        let (oct, nov, dec) = (date(2026, 10, 5), date(2026, 11, 10), date(2026, 11, 25));
        let rows: [(u8, u8, Option<u8>, Option<u8>); 6] = [
            (3, 5, Some(4), Some(6)),
            (2, 5, Some(3), Some(3)),
            (6, 5, Some(5), None),
            (4, 5, None, Some(7)),
            (7, 7, Some(8), Some(8)),
            (1, 5, Some(2), Some(5)),
        ];
        let mut cases = Vec::new();
        for (n, (start, later, whole_start, whole_later)) in rows.iter().enumerate() {
            let mut c = case(n as u128 + 1, oct, None);
            c.measures.push(measure(Start, oct, *start, *whole_start));
            // An interim point between: the latest answer is what counts.
            c.measures.push(measure(Interim, nov, 0, None));
            c.measures.push(measure(
                if n % 2 == 0 { Middle } else { End },
                dec,
                *later,
                *whole_later,
            ));
            cases.push(c);
        }
        // A client with only a start is not in the change at all.
        let mut only_start = case(99, oct, None);
        only_start.measures.push(measure(Start, oct, 9, Some(9)));
        cases.push(only_start);
        let f = figures(
            &cases,
            &[],
            date(2026, 11, 1),
            date(2026, 11, 30),
            date(2026, 12, 1),
        );
        let health = &f.life_situation[0];
        assert_eq!(health.item, "health");
        assert_eq!(health.clients, Cell::Count(6));
        assert_eq!(health.mean_tenths, Some(15));
        let whole = &f.life_situation[1];
        // (6-4), (3-3), (8-8), (5-2) answered both times: four clients.
        assert_eq!(whole.clients, Cell::Suppressed);
        assert_eq!(whole.mean_tenths, None);
    }

    fn segment(chosen: Segment, on: NaiveDate) -> SegmentFacts {
        use crate::case::segment::{EverydayCoping, ServiceNeed};
        SegmentFacts::from(&SegmentAssessment {
            coping: EverydayCoping::Easy,
            need: ServiceNeed::Few,
            chosen,
            reason_for_other: Some("testi".into()),
            client_view: String::new(),
            assessed_by: vec![crate::case::professional::ProfessionalId::from_u128(1)],
            assessed_at: on.and_hms_opt(10, 0, 0).unwrap().and_utc(),
        })
    }

    fn agreed(on: NaiveDate, review: NaiveDate) -> PlanFacts {
        use crate::case::plan::{Agreement, ExpressedBy};
        let mut plan = PlanVersion::first_draft();
        plan.add_goal("Tavoite", ExpressedBy::Client).unwrap();
        plan.set_review_date(Some(review)).unwrap();
        plan.agree(Agreement {
            agreed_on: on,
            participants_present: vec![crate::case::professional::ProfessionalId::from_u128(1)],
            client_present: true,
            client_agreed: true,
        })
        .unwrap();
        PlanFacts::from(&plan)
    }

    /// Seven clients over October–November 2026, counted by hand.
    #[test]
    fn the_figures_of_a_small_caseload_match_a_count_by_hand() {
        let oct = date(2026, 10, 5);
        let mut cases: Vec<CaseFacts> = (1..=6).map(|n| case(n, oct, None)).collect();
        cases[0].clientships[0].status = ClientshipStatus::Closed {
            reason: "x".into(),
            on: date(2026, 11, 20),
        };
        cases.push(case(7, date(2026, 11, 10), None));
        for c in &mut cases[1..6] {
            c.segments
                .push(segment(Segment::Yhteistyo, date(2026, 10, 6)));
            c.segments.push(segment(Segment::Tuki, date(2026, 11, 6)));
            c.plans.push(agreed(date(2026, 10, 10), date(2027, 1, 10)));
        }
        cases[6]
            .segments
            .push(segment(Segment::Huolenpito, date(2026, 11, 12)));
        let f = figures(
            &cases,
            &[],
            date(2026, 10, 1),
            date(2026, 11, 30),
            date(2026, 12, 1),
        );

        let months: Vec<_> = f
            .months
            .iter()
            .map(|m| (m.new, m.active, m.closed))
            .collect();
        assert_eq!(
            months,
            [
                (Cell::Count(6), Cell::Count(6), Cell::Count(0)),
                // One new and one closed in November: too few to show.
                (Cell::Suppressed, Cell::Count(7), Cell::Suppressed),
            ]
        );
        // Active at the end: five in tuki, one in huolenpito. The one is
        // hidden, and so is the five beside it, or 6 − 5 would give it away.
        assert_eq!(
            f.segments,
            [
                (Segment::Omatoimi, Cell::Count(0)),
                (Segment::Tuki, Cell::Suppressed),
                (Segment::Yhteistyo, Cell::Count(0)),
                (Segment::Huolenpito, Cell::Suppressed),
            ]
        );
        assert_eq!(f.segments_total, Cell::Count(6));
        // Five moved to less support between their two segmentations.
        assert_eq!(
            f.segment_movement,
            [Cell::Count(0), Cell::Count(5), Cell::Count(0)]
        );
        // Five of six have an agreed plan: the one without is too few.
        assert_eq!(
            f.agreed_plan,
            Share {
                part: Cell::Suppressed,
                of: Cell::Count(6)
            }
        );
        // No review fell due in the period.
        assert_eq!(
            f.reviews_on_time,
            Share {
                part: Cell::Count(0),
                of: Cell::Count(0)
            }
        );
    }
}
