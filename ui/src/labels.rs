//! Names of model values in the user's language.

use kohtaamo_model::Language;

use crate::i18n::I18n;

pub fn language_name(i18n: &I18n, language: Language) -> String {
    match language {
        Language::Fi => i18n.t("client-language-fi"),
        Language::Sv => i18n.t("client-language-sv"),
        Language::En => i18n.t("client-language-en"),
        Language::Other => i18n.t("client-language-other"),
    }
}
