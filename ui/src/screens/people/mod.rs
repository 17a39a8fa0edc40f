//! The people the owner works with: the owner's own profile (asked for once
//! and edited later) and the colleagues, in the settings.

pub mod colleagues;
pub mod directory_import;
pub mod instruments;
pub mod organisation_settings;
pub mod organisations;
pub mod professional_form;
pub mod profile_setup;

/// The text of the file chosen in `field`, or `None` when none is chosen
/// (or it cannot be read as text): what each import reads.
pub async fn chosen_text(field: &web_sys::HtmlInputElement) -> Option<String> {
    let file = field.files().and_then(|f| f.get(0))?;
    wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()
        .and_then(|t| t.as_string())
}
