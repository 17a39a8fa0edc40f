//! The handouts' fixed words: the Fluent files in `assets/handout`, one per
//! wording, built into the binary.

use std::cell::RefCell;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use crate::{HandoutError, Wording};

/// Each wording's Fluent file, as `include_str!` reads it.
pub(crate) const FILES: [(Wording, &str); 4] = [
    (Wording::Fi, include_str!("../../../assets/handout/fi.ftl")),
    (Wording::Sv, include_str!("../../../assets/handout/sv.ftl")),
    (Wording::En, include_str!("../../../assets/handout/en.ftl")),
    (
        Wording::FiSelko,
        include_str!("../../../assets/handout/fi-selko.ftl"),
    ),
];

/// A wording's messages. A message asked for and not found, or one that
/// did not format, is kept and reported once by [`Texts::finish`]: a build
/// defect, which the tests catch, never a handout with an id in it.
pub(crate) struct Texts {
    bundle: FluentBundle<FluentResource>,
    wording: Wording,
    problems: RefCell<Vec<String>>,
}

impl Texts {
    pub(crate) fn new(wording: Wording) -> Result<Texts, HandoutError> {
        let source = FILES
            .iter()
            .find(|(w, _)| *w == wording)
            .map(|(_, text)| *text)
            .unwrap_or_default();
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| {
            HandoutError::Layout(format!("{} does not parse: {errors:?}", file_name(wording)))
        })?;
        let lang = wording
            .lang()
            .parse()
            .map_err(|e| HandoutError::Layout(format!("language tag: {e}")))?;
        let mut bundle = FluentBundle::new(vec![lang]);
        // The PDF is text, not a web page: no Unicode isolation marks
        // around the arguments.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).map_err(|errors| {
            HandoutError::Layout(format!("{}: {errors:?}", file_name(wording)))
        })?;
        Ok(Texts {
            bundle,
            wording,
            problems: RefCell::new(Vec::new()),
        })
    }

    pub(crate) fn wording(&self) -> Wording {
        self.wording
    }

    /// The message `id` without arguments.
    pub(crate) fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with `args`.
    pub(crate) fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            self.problems.borrow_mut().push(format!("no message {id}"));
            return String::new();
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            self.problems
                .borrow_mut()
                .push(format!("message {id}: {errors:?}"));
        }
        text.into_owned()
    }

    /// Whether every message asked for was there and formatted.
    pub(crate) fn finish(&self) -> Result<(), HandoutError> {
        let problems = self.problems.borrow();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(HandoutError::Layout(format!(
                "{}: {}",
                file_name(self.wording),
                problems.join("; ")
            )))
        }
    }
}

fn file_name(wording: Wording) -> String {
    format!("assets/handout/{}.ftl", wording.code())
}

/// A date as the handout prints it, Finnish style in every wording:
/// `1.12.2026`.
pub(crate) fn date(date: chrono::NaiveDate) -> FluentValue<'static> {
    FluentValue::from(kohtaamo_model::date_text::format_date(date))
}
