//! The joint clientship and everything built on it: the team, the segment,
//! the holistic assessment, the plan and its versions, appointments,
//! consents and service use. Rules are methods that return specific errors;
//! the store persists these types and the UI shows them.

pub mod appointment;
pub mod assessment;
pub mod authorship;
pub mod clientship;
pub mod consent;
pub mod handout;
pub mod history;
pub mod organisation;
pub mod plan;
pub mod professional;
pub mod register;
pub mod register_view;
pub mod segment;
pub mod service_use;
pub mod shared_screen;
pub mod stored;
pub mod team_edit;
