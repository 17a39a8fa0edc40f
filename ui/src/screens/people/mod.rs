//! The people the owner works with: the owner's own profile (asked for once
//! and edited later) and the colleagues, in the settings.

pub mod colleagues;
pub mod directory_import;
pub mod instruments;
pub mod organisation_settings;
pub mod organisations;
pub mod professional_form;
pub mod profile_setup;
