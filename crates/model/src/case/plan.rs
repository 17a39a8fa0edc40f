//! The multi-professional plan (monialainen suunnitelma) and its versions.
//!
//! A draft is edited; at the joint appointment it is agreed — participants
//! present, the client's agreement, the date — and from then on it cannot
//! change. Revising makes a new draft from it; every version stays
//! readable and two versions can be compared.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::case::professional::ProfessionalId;

/// Goals and actions carry ids that stay the same across versions, so a
/// diff can tell "changed" from "removed and added".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u32);

/// Who does an action.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ActionOwner {
    Client,
    TeamMember { professional: ProfessionalId },
    ThirdSector { organisation: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub id: ItemId,
    pub text: String,
    pub owner: ActionOwner,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
}

impl Action {
    /// Done and cancelled actions are behind us; the rest are still to do.
    pub fn is_open(&self) -> bool {
        !matches!(self.status, ActionStatus::Done | ActionStatus::Cancelled)
    }

    /// An open action whose date has passed. Due today is not late yet.
    pub fn is_late(&self, today: NaiveDate) -> bool {
        self.is_open() && self.due.is_some_and(|due| due < today)
    }
}

/// Who put a goal into words: the client, or someone writing down what
/// the client said.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ExpressedBy {
    Client,
    WrittenDownBy { professional: ProfessionalId },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Goal {
    pub id: ItemId,
    /// In the client's own words.
    pub text: String,
    pub expressed_by: ExpressedBy,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    pub agreed_on: NaiveDate,
    pub participants_present: Vec<ProfessionalId>,
    pub client_present: bool,
    pub client_agreed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum PlanStatus {
    Draft,
    Agreed(Agreement),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanVersion {
    /// 1 for the first version, one more for each revision.
    pub number: u32,
    pub status: PlanStatus,
    pub goals: Vec<Goal>,
    pub review_date: Option<NaiveDate>,
    next_item: u32,
}

/// The people an action may be given to: the client always, plus these.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Assignable {
    pub team: Vec<ProfessionalId>,
    pub organisations: Vec<String>,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum PlanError {
    #[error("version {number} was agreed and cannot change; revise it to make a new draft")]
    Locked { number: u32 },
    #[error("only an agreed version can be revised")]
    NotAgreed,
    #[error("a goal or action needs text")]
    EmptyText,
    #[error("no goal or action with id {id}")]
    NoSuchItem { id: u32 },
    #[error("the action's owner is not the client or on the team")]
    OwnerNotOnTeam,
    #[error("the plan needs at least one goal before it is agreed")]
    NoGoals,
    #[error("the plan needs a review date before it is agreed")]
    NoReviewDate,
    #[error("the review date {review} must be after the agreement date {agreed}")]
    ReviewNotAfterAgreement {
        review: NaiveDate,
        agreed: NaiveDate,
    },
    #[error("the client's agreement must be recorded")]
    ClientHasNotAgreed,
    #[error("at least one professional must be present")]
    NoParticipants,
    #[error("the id {id} is used twice or was never given out")]
    DuplicateItem { id: u32 },
    #[error("position {index} is outside the list of {len}")]
    BadPosition { index: usize, len: usize },
}

impl PlanVersion {
    /// The first draft of a new plan.
    pub fn first_draft() -> Self {
        Self {
            number: 1,
            status: PlanStatus::Draft,
            goals: Vec::new(),
            review_date: None,
            next_item: 1,
        }
    }

    pub fn is_agreed(&self) -> bool {
        matches!(self.status, PlanStatus::Agreed(_))
    }

    fn editable(&mut self) -> Result<&mut Self, PlanError> {
        if self.is_agreed() {
            return Err(PlanError::Locked {
                number: self.number,
            });
        }
        Ok(self)
    }

    fn new_id(&mut self) -> ItemId {
        let id = ItemId(self.next_item);
        self.next_item += 1;
        id
    }

    pub fn add_goal(&mut self, text: &str, expressed_by: ExpressedBy) -> Result<ItemId, PlanError> {
        let text = non_empty(text)?;
        let plan = self.editable()?;
        let id = plan.new_id();
        plan.goals.push(Goal {
            id,
            text,
            expressed_by,
            actions: Vec::new(),
        });
        Ok(id)
    }

    pub fn edit_goal(&mut self, goal: ItemId, text: &str) -> Result<(), PlanError> {
        let text = non_empty(text)?;
        self.editable()?.goal_mut(goal)?.text = text;
        Ok(())
    }

    pub fn remove_goal(&mut self, goal: ItemId) -> Result<(), PlanError> {
        let plan = self.editable()?;
        let index = plan.goal_index(goal)?;
        plan.goals.remove(index);
        Ok(())
    }

    pub fn add_action(
        &mut self,
        goal: ItemId,
        text: &str,
        owner: ActionOwner,
        due: Option<NaiveDate>,
        assignable: &Assignable,
    ) -> Result<ItemId, PlanError> {
        let text = non_empty(text)?;
        check_owner(&owner, assignable)?;
        let plan = self.editable()?;
        plan.goal_index(goal)?;
        let id = plan.new_id();
        plan.goal_mut(goal)?.actions.push(Action {
            id,
            text,
            owner,
            due,
            status: ActionStatus::NotStarted,
        });
        Ok(id)
    }

    pub fn edit_action(
        &mut self,
        action: ItemId,
        text: &str,
        owner: ActionOwner,
        due: Option<NaiveDate>,
        status: ActionStatus,
        assignable: &Assignable,
    ) -> Result<(), PlanError> {
        let text = non_empty(text)?;
        check_owner(&owner, assignable)?;
        let found = self.editable()?.action_mut(action)?;
        found.text = text;
        found.owner = owner;
        found.due = due;
        found.status = status;
        Ok(())
    }

    /// Changes some of an action's fields with the checks of
    /// [`PlanVersion::edit_action`]: the plan builder edits one field at a
    /// time, against the newest stored draft.
    pub fn update_action(
        &mut self,
        action: ItemId,
        assignable: &Assignable,
        change: impl FnOnce(&mut Action),
    ) -> Result<(), PlanError> {
        let mut edited = self.action_mut(action)?.clone();
        change(&mut edited);
        let Action {
            text,
            owner,
            due,
            status,
            ..
        } = edited;
        self.edit_action(action, &text, owner, due, status, assignable)
    }

    pub fn remove_action(&mut self, action: ItemId) -> Result<(), PlanError> {
        let plan = self.editable()?;
        for goal in &mut plan.goals {
            if let Some(i) = goal.actions.iter().position(|a| a.id == action) {
                goal.actions.remove(i);
                return Ok(());
            }
        }
        Err(PlanError::NoSuchItem { id: action.0 })
    }

    /// Moves a goal to `index` (0-based): reordering by keyboard or mouse.
    pub fn move_goal(&mut self, goal: ItemId, index: usize) -> Result<(), PlanError> {
        let plan = self.editable()?;
        let from = plan.goal_index(goal)?;
        move_within(&mut plan.goals, from, index)
    }

    /// Moves an action to `index` within its goal.
    pub fn move_action(&mut self, action: ItemId, index: usize) -> Result<(), PlanError> {
        let plan = self.editable()?;
        for goal in &mut plan.goals {
            if let Some(from) = goal.actions.iter().position(|a| a.id == action) {
                return move_within(&mut goal.actions, from, index);
            }
        }
        Err(PlanError::NoSuchItem { id: action.0 })
    }

    /// Moves a goal `delta` places (−1 up, +1 down) from where it is now:
    /// two quick presses of ↑ move it two places, whatever was drawn.
    pub fn move_goal_by(&mut self, goal: ItemId, delta: isize) -> Result<(), PlanError> {
        let from = self.goal_index(goal)?;
        let to = shifted(from, delta, self.goals.len())?;
        self.move_goal(goal, to)
    }

    /// Moves a goal to where the goal `target` is now (a drop on it).
    pub fn move_goal_to(&mut self, goal: ItemId, target: ItemId) -> Result<(), PlanError> {
        let to = self.goal_index(target)?;
        self.move_goal(goal, to)
    }

    /// [`PlanVersion::move_goal_by`] for an action within its goal.
    pub fn move_action_by(&mut self, action: ItemId, delta: isize) -> Result<(), PlanError> {
        let (from, len) = self.action_place(action)?;
        let to = shifted(from, delta, len)?;
        self.move_action(action, to)
    }

    /// Moves an action to where the action `target` of the same goal is now.
    pub fn move_action_to(&mut self, action: ItemId, target: ItemId) -> Result<(), PlanError> {
        let (to, _) = self.action_place(target)?;
        self.move_action(action, to)
    }

    /// Whether any action of this version is `owner`'s: a person or an
    /// organisation leaves the team only after their actions have a new owner.
    pub fn has_actions_of(&self, owner: &ActionOwner) -> bool {
        self.goals
            .iter()
            .flat_map(|g| g.actions.iter())
            .any(|a| &a.owner == owner)
    }

    /// The open actions that have a date, soonest first; of the same date,
    /// in plan order. Both the professional's "what is due" and the
    /// client's "what happens next" are read from this.
    pub fn open_dated_actions(&self) -> Vec<&Action> {
        let mut due: Vec<&Action> = self
            .goals
            .iter()
            .flat_map(|g| g.actions.iter())
            .filter(|a| a.is_open() && a.due.is_some())
            .collect();
        // Stable: equal dates keep their order in the plan.
        due.sort_by_key(|a| a.due);
        due
    }

    pub fn set_review_date(&mut self, date: Option<NaiveDate>) -> Result<(), PlanError> {
        self.editable()?.review_date = date;
        Ok(())
    }

    /// Agrees and locks this version.
    pub fn agree(&mut self, agreement: Agreement) -> Result<(), PlanError> {
        let plan = self.editable()?;
        if plan.goals.is_empty() {
            return Err(PlanError::NoGoals);
        }
        let review = plan.review_date.ok_or(PlanError::NoReviewDate)?;
        if review <= agreement.agreed_on {
            return Err(PlanError::ReviewNotAfterAgreement {
                review,
                agreed: agreement.agreed_on,
            });
        }
        if !agreement.client_agreed {
            return Err(PlanError::ClientHasNotAgreed);
        }
        if agreement.participants_present.is_empty() {
            return Err(PlanError::NoParticipants);
        }
        plan.status = PlanStatus::Agreed(agreement);
        Ok(())
    }

    /// Checks a version that arrived as data (from the UI or the store)
    /// against the rules the editing methods enforce one step at a time:
    /// texts present, ids unique, and an agreed version's agreement whole.
    pub fn validate(&self, assignable: &Assignable) -> Result<(), PlanError> {
        let mut ids = std::collections::HashSet::new();
        for goal in &self.goals {
            if goal.text.trim().is_empty() {
                return Err(PlanError::EmptyText);
            }
            if !ids.insert(goal.id) || goal.id.0 >= self.next_item {
                return Err(PlanError::DuplicateItem { id: goal.id.0 });
            }
            for action in &goal.actions {
                if action.text.trim().is_empty() {
                    return Err(PlanError::EmptyText);
                }
                if !ids.insert(action.id) || action.id.0 >= self.next_item {
                    return Err(PlanError::DuplicateItem { id: action.id.0 });
                }
                check_owner(&action.owner, assignable)?;
            }
        }
        if let PlanStatus::Agreed(agreement) = &self.status {
            if self.goals.is_empty() {
                return Err(PlanError::NoGoals);
            }
            let review = self.review_date.ok_or(PlanError::NoReviewDate)?;
            if review <= agreement.agreed_on {
                return Err(PlanError::ReviewNotAfterAgreement {
                    review,
                    agreed: agreement.agreed_on,
                });
            }
            if !agreement.client_agreed {
                return Err(PlanError::ClientHasNotAgreed);
            }
            if agreement.participants_present.is_empty() {
                return Err(PlanError::NoParticipants);
            }
        }
        Ok(())
    }

    /// A new draft from an agreed version, keeping item ids so the next
    /// diff lines up.
    pub fn revise(&self) -> Result<PlanVersion, PlanError> {
        if !self.is_agreed() {
            return Err(PlanError::NotAgreed);
        }
        Ok(PlanVersion {
            number: self.number + 1,
            status: PlanStatus::Draft,
            goals: self.goals.clone(),
            review_date: self.review_date,
            next_item: self.next_item,
        })
    }

    fn goal_index(&self, goal: ItemId) -> Result<usize, PlanError> {
        self.goals
            .iter()
            .position(|g| g.id == goal)
            .ok_or(PlanError::NoSuchItem { id: goal.0 })
    }

    fn goal_mut(&mut self, goal: ItemId) -> Result<&mut Goal, PlanError> {
        self.goals
            .iter_mut()
            .find(|g| g.id == goal)
            .ok_or(PlanError::NoSuchItem { id: goal.0 })
    }

    /// An action's index within its goal, and how many actions the goal has.
    fn action_place(&self, action: ItemId) -> Result<(usize, usize), PlanError> {
        self.goals
            .iter()
            .find_map(|g| {
                g.actions
                    .iter()
                    .position(|a| a.id == action)
                    .map(|i| (i, g.actions.len()))
            })
            .ok_or(PlanError::NoSuchItem { id: action.0 })
    }

    fn action_mut(&mut self, action: ItemId) -> Result<&mut Action, PlanError> {
        self.goals
            .iter_mut()
            .flat_map(|g| g.actions.iter_mut())
            .find(|a| a.id == action)
            .ok_or(PlanError::NoSuchItem { id: action.0 })
    }
}

fn non_empty(text: &str) -> Result<String, PlanError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(PlanError::EmptyText)
    } else {
        Ok(trimmed.to_owned())
    }
}

fn check_owner(owner: &ActionOwner, assignable: &Assignable) -> Result<(), PlanError> {
    let ok = match owner {
        ActionOwner::Client => true,
        ActionOwner::TeamMember { professional } => assignable.team.contains(professional),
        ActionOwner::ThirdSector { organisation } => {
            assignable.organisations.contains(organisation)
        }
    };
    if ok {
        Ok(())
    } else {
        Err(PlanError::OwnerNotOnTeam)
    }
}

/// `from` moved `delta` places within a list of `len`.
fn shifted(from: usize, delta: isize, len: usize) -> Result<usize, PlanError> {
    from.checked_add_signed(delta)
        .filter(|to| *to < len)
        .ok_or(PlanError::BadPosition {
            index: from.saturating_add_signed(delta),
            len,
        })
}

fn move_within<T>(items: &mut Vec<T>, from: usize, to: usize) -> Result<(), PlanError> {
    if to >= items.len() {
        return Err(PlanError::BadPosition {
            index: to,
            len: items.len(),
        });
    }
    let item = items.remove(from);
    items.insert(to, item);
    Ok(())
}

/// What changed between two versions, item by item.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanDiff {
    pub goals_added: Vec<Goal>,
    pub goals_removed: Vec<Goal>,
    /// (before, after) of goals whose words changed.
    pub goals_reworded: Vec<(Goal, Goal)>,
    pub actions_added: Vec<Action>,
    pub actions_removed: Vec<Action>,
    /// (before, after) of actions whose text, owner, due date or status changed.
    pub actions_changed: Vec<(Action, Action)>,
    pub review_date: Option<(Option<NaiveDate>, Option<NaiveDate>)>,
}

impl PlanDiff {
    pub fn is_empty(&self) -> bool {
        *self == PlanDiff::default()
    }
}

pub fn diff(old: &PlanVersion, new: &PlanVersion) -> PlanDiff {
    let mut d = PlanDiff::default();
    for goal in &new.goals {
        match old.goals.iter().find(|g| g.id == goal.id) {
            None => d.goals_added.push(goal.clone()),
            Some(before) if before.text != goal.text => {
                d.goals_reworded.push((before.clone(), goal.clone()))
            }
            Some(_) => {}
        }
    }
    for goal in &old.goals {
        if !new.goals.iter().any(|g| g.id == goal.id) {
            d.goals_removed.push(goal.clone());
        }
    }
    let actions = |v: &PlanVersion| -> Vec<Action> {
        v.goals
            .iter()
            .flat_map(|g| g.actions.iter().cloned())
            .collect()
    };
    let (old_actions, new_actions) = (actions(old), actions(new));
    for action in &new_actions {
        match old_actions.iter().find(|a| a.id == action.id) {
            None => d.actions_added.push(action.clone()),
            Some(before) if before != action => {
                d.actions_changed.push((before.clone(), action.clone()))
            }
            Some(_) => {}
        }
    }
    for action in &old_actions {
        if !new_actions.iter().any(|a| a.id == action.id) {
            d.actions_removed.push(action.clone());
        }
    }
    if old.review_date != new.review_date {
        d.review_date = Some((old.review_date, new.review_date));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn team() -> Assignable {
        Assignable {
            team: vec![ProfessionalId::from_u128(1), ProfessionalId::from_u128(2)],
            organisations: vec!["Esimerkkiyhdistys ry".into()],
        }
    }

    fn agreement() -> Agreement {
        Agreement {
            agreed_on: date(2026, 11, 24),
            participants_present: vec![ProfessionalId::from_u128(1), ProfessionalId::from_u128(2)],
            client_present: true,
            client_agreed: true,
        }
    }

    /// Two goals, three actions, a review date: the plan of the e2e story.
    fn plan() -> PlanVersion {
        let mut p = PlanVersion::first_draft();
        let g1 = p
            .add_goal("Haluan nukkua paremmin", ExpressedBy::Client)
            .unwrap();
        let g2 = p
            .add_goal(
                "Raha-asiat kuntoon",
                ExpressedBy::WrittenDownBy {
                    professional: ProfessionalId::from_u128(2),
                },
            )
            .unwrap();
        p.add_action(
            g1,
            "Unipäiväkirja kahden viikon ajan",
            ActionOwner::Client,
            Some(date(2026, 12, 8)),
            &team(),
        )
        .unwrap();
        p.add_action(
            g1,
            "Lääkityksen tarkistus",
            ActionOwner::TeamMember {
                professional: ProfessionalId::from_u128(1),
            },
            None,
            &team(),
        )
        .unwrap();
        p.add_action(
            g2,
            "Velkaneuvonta",
            ActionOwner::ThirdSector {
                organisation: "Esimerkkiyhdistys ry".into(),
            },
            None,
            &team(),
        )
        .unwrap();
        p.set_review_date(Some(date(2027, 2, 24))).unwrap();
        p
    }

    #[test]
    fn open_dated_actions_come_soonest_first_and_late_is_before_today() {
        let mut p = plan();
        let g2 = p.goals[1].id;
        let soon = p
            .add_action(
                g2,
                "Soitto",
                ActionOwner::Client,
                Some(date(2026, 12, 1)),
                &team(),
            )
            .unwrap();
        let done = p
            .add_action(
                g2,
                "Tehty jo",
                ActionOwner::Client,
                Some(date(2026, 11, 1)),
                &team(),
            )
            .unwrap();
        p.update_action(done, &team(), |a| a.status = ActionStatus::Done)
            .unwrap();
        let texts: Vec<_> = p
            .open_dated_actions()
            .iter()
            .map(|a| a.text.as_str())
            .collect();
        // Undated and done actions are not listed.
        assert_eq!(texts, ["Soitto", "Unipäiväkirja kahden viikon ajan"]);

        let soon = p.goals[1].actions.iter().find(|a| a.id == soon).unwrap();
        assert!(!soon.is_late(date(2026, 12, 1)), "due today is not late");
        assert!(soon.is_late(date(2026, 12, 2)));
        let done = p.goals[1].actions.iter().find(|a| a.id == done).unwrap();
        assert!(
            !done.is_late(date(2027, 1, 1)),
            "a done action is never late"
        );
        let undated = &p.goals[0].actions[1];
        assert!(!undated.is_late(date(2099, 1, 1)));
    }

    #[test]
    fn an_agreed_version_refuses_every_change() {
        let mut p = plan();
        p.agree(agreement()).unwrap();
        let g = p.goals[0].id;
        let a = p.goals[0].actions[0].id;
        let locked = Err(PlanError::Locked { number: 1 });
        assert_eq!(p.add_goal("x", ExpressedBy::Client).map(drop), locked);
        assert_eq!(p.edit_goal(g, "x"), locked);
        assert_eq!(p.remove_goal(g), locked);
        assert_eq!(
            p.add_action(g, "x", ActionOwner::Client, None, &team())
                .map(drop),
            locked
        );
        assert_eq!(
            p.edit_action(
                a,
                "x",
                ActionOwner::Client,
                None,
                ActionStatus::Done,
                &team()
            ),
            locked
        );
        assert_eq!(p.remove_action(a), locked);
        assert_eq!(p.move_goal(g, 1), locked);
        assert_eq!(p.move_action(a, 1), locked);
        assert_eq!(p.set_review_date(None), locked);
        assert_eq!(p.agree(agreement()), locked);
    }

    #[test]
    fn agreeing_checks_goals_review_date_client_and_participants() {
        let mut empty = PlanVersion::first_draft();
        assert_eq!(empty.agree(agreement()), Err(PlanError::NoGoals));
        let mut p = plan();
        p.set_review_date(None).unwrap();
        assert_eq!(p.agree(agreement()), Err(PlanError::NoReviewDate));
        p.set_review_date(Some(date(2026, 11, 24))).unwrap();
        assert_eq!(
            p.agree(agreement()),
            Err(PlanError::ReviewNotAfterAgreement {
                review: date(2026, 11, 24),
                agreed: date(2026, 11, 24)
            })
        );
        p.set_review_date(Some(date(2027, 2, 1))).unwrap();
        let mut no = agreement();
        no.client_agreed = false;
        assert_eq!(p.agree(no), Err(PlanError::ClientHasNotAgreed));
        let mut nobody = agreement();
        nobody.participants_present.clear();
        assert_eq!(p.agree(nobody), Err(PlanError::NoParticipants));
        assert_eq!(p.agree(agreement()), Ok(()));
    }

    #[test]
    fn an_action_goes_only_to_the_client_or_the_team() {
        let mut p = plan();
        let g = p.goals[0].id;
        let stranger = ActionOwner::TeamMember {
            professional: ProfessionalId::from_u128(99),
        };
        assert_eq!(
            p.add_action(g, "x", stranger, None, &team()),
            Err(PlanError::OwnerNotOnTeam)
        );
        let unknown_org = ActionOwner::ThirdSector {
            organisation: "Tuntematon ry".into(),
        };
        assert_eq!(
            p.add_action(g, "x", unknown_org, None, &team()),
            Err(PlanError::OwnerNotOnTeam)
        );
        assert_eq!(
            p.add_goal("   ", ExpressedBy::Client),
            Err(PlanError::EmptyText)
        );
    }

    #[test]
    fn moves_count_from_where_an_item_is_now() {
        let mut p = plan();
        let (g1, g2) = (p.goals[0].id, p.goals[1].id);
        p.move_goal_by(g1, 1).unwrap();
        assert_eq!(p.goals[1].id, g1);
        assert!(matches!(
            p.move_goal_by(g1, 1),
            Err(PlanError::BadPosition { .. })
        ));
        p.move_goal_to(g1, g2).unwrap();
        assert_eq!(p.goals[0].id, g1);
        let (a1, a2) = (p.goals[0].actions[0].id, p.goals[0].actions[1].id);
        p.move_action_by(a1, 1).unwrap();
        assert_eq!(p.goals[0].actions[1].id, a1);
        p.move_action_to(a1, a2).unwrap();
        assert_eq!(p.goals[0].actions[0].id, a1);
        assert!(p.has_actions_of(&ActionOwner::Client));
        assert!(!p.has_actions_of(&ActionOwner::TeamMember {
            professional: ProfessionalId::from_u128(9)
        }));
    }

    #[test]
    fn one_field_of_an_action_changes_with_the_same_checks() {
        let mut p = plan();
        let action = p.goals[0].actions[0].id;
        p.update_action(action, &team(), |a| a.status = ActionStatus::InProgress)
            .unwrap();
        let changed = &p.goals[0].actions[0];
        assert_eq!(changed.status, ActionStatus::InProgress);
        assert_eq!(changed.text, "Unipäiväkirja kahden viikon ajan");
        assert_eq!(
            p.update_action(action, &team(), |a| a.text = " ".into()),
            Err(PlanError::EmptyText)
        );
        assert_eq!(
            p.update_action(ItemId(99), &team(), |_| {}),
            Err(PlanError::NoSuchItem { id: 99 })
        );
        assert_eq!(
            p.goals[0].actions[0].text,
            "Unipäiväkirja kahden viikon ajan"
        );
        p.agree(agreement()).unwrap();
        assert_eq!(
            p.update_action(action, &team(), |a| a.due = None),
            Err(PlanError::Locked { number: 1 })
        );
    }

    #[test]
    fn revising_makes_a_new_draft_and_the_diff_reads_item_by_item() {
        let mut v1 = plan();
        assert_eq!(v1.revise(), Err(PlanError::NotAgreed));
        v1.agree(agreement()).unwrap();
        let mut v2 = v1.revise().unwrap();
        assert_eq!(v2.number, 2);
        assert!(!v2.is_agreed());
        assert!(diff(&v1, &v2).is_empty());

        let g1 = v2.goals[0].id;
        let g2 = v2.goals[1].id;
        let a1 = v2.goals[0].actions[0].id;
        v2.edit_goal(g1, "Haluan nukkua yöt läpi").unwrap();
        v2.edit_action(
            a1,
            "Unipäiväkirja",
            ActionOwner::Client,
            None,
            ActionStatus::Done,
            &team(),
        )
        .unwrap();
        v2.remove_goal(g2).unwrap();
        let g3 = v2.add_goal("Liikkua enemmän", ExpressedBy::Client).unwrap();
        v2.set_review_date(Some(date(2027, 5, 1))).unwrap();

        let d = diff(&v1, &v2);
        assert_eq!(d.goals_reworded.len(), 1);
        assert_eq!(d.goals_reworded[0].1.text, "Haluan nukkua yöt läpi");
        assert_eq!(
            d.goals_removed.iter().map(|g| g.id).collect::<Vec<_>>(),
            [g2]
        );
        assert_eq!(d.goals_added.iter().map(|g| g.id).collect::<Vec<_>>(), [g3]);
        assert_eq!(d.actions_changed.len(), 1);
        assert_eq!(
            d.actions_removed.len(),
            1,
            "the action under the removed goal"
        );
        assert_eq!(
            d.review_date,
            Some((Some(date(2027, 2, 24)), Some(date(2027, 5, 1))))
        );
        // Ids never repeat across versions.
        assert!(
            g3.0 > v1
                .goals
                .iter()
                .flat_map(|g| g.actions.iter().map(|a| a.id.0))
                .max()
                .unwrap()
        );
    }

    #[test]
    fn a_version_arriving_as_data_is_held_to_the_same_rules() {
        let mut p = plan();
        assert_eq!(p.validate(&team()), Ok(()));
        // The team shrank: an action's owner is no longer on it.
        let smaller = Assignable {
            team: vec![ProfessionalId::from_u128(2)],
            organisations: team().organisations,
        };
        assert_eq!(p.validate(&smaller), Err(PlanError::OwnerNotOnTeam));
        // An "agreed" status written straight into the data, without agree().
        let mut forged = p.clone();
        forged.status = PlanStatus::Agreed(Agreement {
            client_agreed: false,
            ..agreement()
        });
        assert_eq!(forged.validate(&team()), Err(PlanError::ClientHasNotAgreed));
        // Two items sharing an id.
        let copy = p.goals[0].clone();
        p.goals.push(copy);
        assert!(matches!(
            p.validate(&team()),
            Err(PlanError::DuplicateItem { .. })
        ));
    }

    #[test]
    fn goals_and_actions_reorder_within_bounds() {
        let mut p = plan();
        let (g1, g2) = (p.goals[0].id, p.goals[1].id);
        p.move_goal(g2, 0).unwrap();
        assert_eq!(p.goals.iter().map(|g| g.id).collect::<Vec<_>>(), [g2, g1]);
        assert_eq!(
            p.move_goal(g2, 2),
            Err(PlanError::BadPosition { index: 2, len: 2 })
        );
        let second = p.goals[1].actions[1].id;
        p.move_action(second, 0).unwrap();
        assert_eq!(p.goals[1].actions[0].id, second);
    }

    proptest! {
        #[test]
        fn a_version_never_differs_from_itself_and_serde_round_trips(words in proptest::collection::vec("[a-zäö ]{1,20}", 1..6)) {
            let mut p = PlanVersion::first_draft();
            for w in &words {
                let _ = p.add_goal(w, ExpressedBy::Client);
            }
            prop_assert!(diff(&p, &p).is_empty());
            let json = serde_json::to_string(&p).unwrap();
            let back: PlanVersion = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(back, p);
        }
    }
}
