//! UI text: Fluent messages for Finnish (default), Swedish and English,
//! embedded at build time and switchable while the app runs.

use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;
use yew::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UiLanguage {
    Fi,
    Sv,
    En,
    /// Plain Finnish (selkosuomi): Finnish with the client view's messages
    /// replaced by plain ones. A client's preference, never the UI's: not in
    /// `ALL`, so not offered in the language switcher.
    FiSelko,
}

impl UiLanguage {
    pub const ALL: [UiLanguage; 3] = [UiLanguage::Fi, UiLanguage::Sv, UiLanguage::En];

    /// The same language as the model names it (an instrument's texts).
    pub fn model(self) -> kohtaamo_model::Language {
        match self {
            UiLanguage::Fi | UiLanguage::FiSelko => kohtaamo_model::Language::Fi,
            UiLanguage::Sv => kohtaamo_model::Language::Sv,
            UiLanguage::En => kohtaamo_model::Language::En,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            UiLanguage::Fi | UiLanguage::FiSelko => "fi",
            UiLanguage::Sv => "sv",
            UiLanguage::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|l| l.code() == code)
    }

    fn source(self) -> &'static str {
        match self {
            UiLanguage::Fi | UiLanguage::FiSelko => {
                include_str!("../../assets/locales/fi/main.ftl")
            }
            UiLanguage::Sv => include_str!("../../assets/locales/sv/main.ftl"),
            UiLanguage::En => include_str!("../../assets/locales/en/main.ftl"),
        }
    }

    /// The language's own name, shown in the switcher whatever the UI language.
    pub fn native_name(self) -> &'static str {
        match self {
            UiLanguage::Fi => "Suomi",
            UiLanguage::FiSelko => "Selkosuomi",
            UiLanguage::Sv => "Svenska",
            UiLanguage::En => "English",
        }
    }
}

/// One language's messages.
pub struct Messages {
    bundle: FluentBundle<FluentResource>,
}

impl Messages {
    fn load(language: UiLanguage) -> Self {
        let id: LanguageIdentifier = language.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        // Bidi isolation marks would be invisible noise in plain LTR text
        // and would break exact-text checks in the end-to-end tests.
        bundle.set_use_isolating(false);
        // The files are ours and checked by tests; a broken entry is
        // skipped rather than taking the whole UI down.
        let resource = FluentResource::try_new(language.source().to_owned())
            .unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        if language == UiLanguage::FiSelko {
            let plain = include_str!("../../assets/locales/fi/selko.ftl");
            let resource =
                FluentResource::try_new(plain.to_owned()).unwrap_or_else(|(partial, _)| partial);
            bundle.add_resource_overriding(resource);
        }
        Self { bundle }
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            // Visible on purpose: a missing message must be noticed, not hidden.
            return format!("[{id}]");
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// The current language and its messages, provided to every component.
#[derive(Clone)]
pub struct I18n {
    pub language: UiLanguage,
    messages: Rc<Messages>,
    pub set_language: Callback<UiLanguage>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.language == other.language
    }
}

impl I18n {
    /// Messages in another language than the UI's: the client view speaks
    /// the client's language whatever the professional reads.
    /// Messages in `language` whatever the UI speaks (the client's view
    /// and report speak the client's). Parsed once per language and run:
    /// the client view asks on every redraw.
    pub fn for_language(language: UiLanguage) -> I18n {
        thread_local! {
            static LOADED: std::cell::RefCell<HashMap<UiLanguage, Rc<Messages>>> =
                std::cell::RefCell::new(HashMap::new());
        }
        let messages = LOADED.with(|loaded| {
            loaded
                .borrow_mut()
                .entry(language)
                .or_insert_with(|| Rc::new(Messages::load(language)))
                .clone()
        });
        I18n {
            language,
            messages,
            set_language: Callback::noop(),
        }
    }

    pub fn t(&self, id: &str) -> String {
        self.messages.format(id, None)
    }

    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.messages.format(id, Some(&fluent_args))
    }
}

#[derive(Properties, PartialEq)]
pub struct ProviderProps {
    pub children: Children,
}

/// Holds the chosen language; bundles are parsed once per language.
#[function_component(I18nProvider)]
pub fn i18n_provider(props: &ProviderProps) -> Html {
    let cache = use_mut_ref(HashMap::<UiLanguage, Rc<Messages>>::new);
    let language = use_state(|| UiLanguage::Fi);
    let messages = cache
        .borrow_mut()
        .entry(*language)
        .or_insert_with(|| Rc::new(Messages::load(*language)))
        .clone();
    let set_language = {
        let language = language.clone();
        Callback::from(move |new: UiLanguage| {
            set_document_language(new);
            crate::crash::publish_texts(new);
            language.set(new);
        })
    };
    let i18n = I18n {
        language: *language,
        messages,
        set_language,
    };
    html! {
        <ContextProvider<I18n> context={i18n}>
            { props.children.clone() }
        </ContextProvider<I18n>>
    }
}

/// Screen readers pick their voice from `<html lang>`.
fn set_document_language(language: UiLanguage) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", language.code());
    }
}

#[hook]
pub fn use_i18n() -> I18n {
    // The provider wraps the whole app, so the context is always there.
    use_context::<I18n>().unwrap_or_else(|| I18n {
        language: UiLanguage::Fi,
        messages: Rc::new(Messages::load(UiLanguage::Fi)),
        set_language: Callback::noop(),
    })
}
