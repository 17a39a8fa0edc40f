//! The client's handouts as PDF: the agreed plan and the info sheet for a
//! new joint client, in the client's language (or plain Finnish, selko).
//!
//! The layout is typst, run as a library on a world of our own (`world`):
//! committed templates (`templates/*.typ`), committed fonts
//! (`assets/fonts`), no system fonts, no clock, no files but ours. Every
//! word and number reaches the template as one JSON file it reads with
//! `json(...)` (and the chart as SVG bytes), never pasted into markup, so
//! a client's `#panic("x")` stays text. Every fixed word comes from the
//! Fluent files in `assets/handout`.
//!
//! The case given is already cut by the caller (`Case::for_shared_screen`):
//! this crate draws only what is in it. The henkilötunnus is never read.

mod data;
mod fonts;
mod info_sheet;
mod measure;
mod plan;
mod render;
mod texts;
mod wording;
mod world;

pub use wording::Wording;

use chrono::NaiveDate;
use kohtaamo_model::case::stored::Case;

/// What a handout is made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub wording: Wording,
    /// The document's date: printed on it, its PDF timestamp, and typst's
    /// `today()`. The crate reads no clock.
    pub today: NaiveDate,
}

#[derive(Debug, thiserror::Error)]
pub enum HandoutError {
    #[error("the case has no agreed plan to hand out")]
    NoAgreedPlan,
    #[error("the case has no joint clientship")]
    NoClientship,
    /// typst's diagnostics (or a missing text of ours), never client text.
    #[error("the handout could not be laid out: {0}")]
    Layout(String),
}

/// The client's copy of the agreed plan. `case` is already cut by the
/// caller with `Case::for_shared_screen(today)`; refused with
/// [`HandoutError::NoAgreedPlan`] when its newest plan version is a draft.
pub fn plan_pdf(case: &Case, options: &Options) -> Result<Vec<u8>, HandoutError> {
    let job = plan::job(case, options)?;
    render::pdf(&job, options)
}

/// The one-page info sheet for a new joint client: what joint clientship
/// means, who the team is and how to reach them.
pub fn info_sheet_pdf(case: &Case, options: &Options) -> Result<Vec<u8>, HandoutError> {
    let job = info_sheet::job(case, options)?;
    render::pdf(&job, options)
}

#[cfg(test)]
#[path = "../tests/fixture/mod.rs"]
#[allow(dead_code)]
mod fixture;

#[cfg(test)]
mod tests;
