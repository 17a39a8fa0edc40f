//! Every UI text exists in Finnish, Swedish and English, and every message
//! the UI code asks for exists: a missing one fails here, not in front of a
//! client.

#![allow(
    clippy::unwrap_used,
    reason = "a test helper that cannot read the repository should fail the test"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser;

const LANGUAGES: &[&str] = &["fi", "sv", "en"];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Message id → the variables its text uses.
fn messages(language: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages_in(
        &root()
            .join("assets/locales")
            .join(language)
            .join("main.ftl"),
    )
}

/// The Fluent file at `path`: message id → the variables its text uses.
fn messages_in(path: &Path) -> BTreeMap<String, BTreeSet<String>> {
    each_message(path, |message| {
        let mut vars = BTreeSet::new();
        if let Some(value) = &message.value {
            collect_variables(value, &mut vars);
        }
        vars
    })
}

/// Every message of the Fluent file at `path`, by id, as `read` makes it.
fn each_message<T>(
    path: &Path,
    read: impl Fn(&fluent_syntax::ast::Message<&str>) -> T,
) -> BTreeMap<String, T> {
    let source = std::fs::read_to_string(path).unwrap();
    let resource = parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some((m.id.name.to_owned(), read(m))),
            _ => None,
        })
        .collect()
}

fn collect_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                out.insert(id.name.to_owned());
            }
            // `{ $count -> [one] … *[other] … }`: the selector is a
            // variable the message uses, and so is any in its variants.
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                if let InlineExpression::VariableReference { id } = selector {
                    out.insert(id.name.to_owned());
                }
                for variant in variants {
                    collect_variables(&variant.value, out);
                }
            }
            _ => {}
        }
    }
}

/// Message ids named in the UI's code: `t("…")` and `t_with("…"`.
fn ids_used_by_ui() -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut stack = vec![root().join("ui/src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            // `labels.rs` picks ids in match arms: `Variant => "message-id"`.
            for marker in [".t(\"", ".t_with(\"", "=> \""] {
                for (at, _) in code.match_indices(marker) {
                    let rest = &code[at + marker.len()..];
                    if let Some(end) = rest.find('"') {
                        let id = &rest[..end];
                        // Other match arms yield codes and names, not ids:
                        // ids are lower-case words joined by hyphens.
                        let id_like = id.contains('-')
                            && id.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                        if !marker.starts_with("=>") || id_like {
                            used.insert(id.to_owned());
                        }
                    }
                }
            }
        }
    }
    used
}

#[test]
fn every_language_has_the_same_messages_and_variables() {
    let finnish = messages("fi");
    assert!(finnish.len() > 20, "the Finnish file looks truncated");
    for language in &LANGUAGES[1..] {
        let other = messages(language);
        let missing: Vec<_> = finnish.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !finnish.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has messages Finnish lacks: {extra:?}"
        );
        for (id, vars) in &finnish {
            assert_eq!(
                &other[id], vars,
                "{language}: {id} uses other variables than fi"
            );
        }
    }
}

#[test]
fn every_message_the_ui_asks_for_exists() {
    let used = ids_used_by_ui();
    assert!(
        used.len() > 20,
        "found suspiciously few message ids in ui/src"
    );
    for language in LANGUAGES {
        let have = messages(language);
        let missing: Vec<_> = used.iter().filter(|id| !have.contains_key(*id)).collect();
        assert!(
            missing.is_empty(),
            "{language} lacks messages the UI uses: {missing:?}"
        );
    }
}

/// Every way a record can break a rule is explained in every language, with
/// the values the explanation speaks of: the model's `examples` hold one
/// error of every variant (a test there fails when one is missing).
#[test]
fn every_broken_rule_has_a_message_in_every_language() {
    let mut examples: Vec<(String, kohtaamo_model::rule::Message)> =
        kohtaamo_model::rule::examples()
            .into_iter()
            .map(|e| (format!("{e:?}"), e.message()))
            .collect();
    assert!(examples.len() > 40, "suspiciously few rule errors");
    // A directory file's bad entries: which entry, and what is wrong.
    for e in kohtaamo_model::directory::examples() {
        let (entry, problem) = e.messages();
        examples.push((format!("{e:?}"), entry));
        examples.push((format!("{e:?}"), problem));
    }
    // A settings file's bad fields.
    for problem in kohtaamo_model::settings::examples() {
        examples.push((format!("{problem:?}"), problem.message()));
    }
    // An instrument file's bad fields.
    for problem in kohtaamo_model::measure::instrument_file::examples() {
        examples.push((format!("{problem:?}"), problem.message()));
    }
    // A backup's or a restore's errors.
    for e in kohtaamo_model::backup::examples() {
        examples.push((format!("{e:?}"), e.message()));
    }
    for language in LANGUAGES {
        let have = messages(language);
        for (error, message) in &examples {
            let Some(vars) = have.get(message.id) else {
                panic!("{language} has no message {} for {error:?}", message.id);
            };
            let args: BTreeSet<String> = message
                .args
                .iter()
                .map(|(name, _)| (*name).to_owned())
                .collect();
            assert_eq!(
                vars, &args,
                "{language}: {} uses other variables than the error gives ({error:?})",
                message.id
            );
        }
    }
}

/// Message id → its text, each variable standing as one word.
fn plain_texts(path: &Path) -> BTreeMap<String, String> {
    each_message(path, |message| {
        message.value.as_ref().map_or_else(String::new, |value| {
            value
                .elements
                .iter()
                .map(|element| match element {
                    PatternElement::TextElement { value } => (*value).to_owned(),
                    PatternElement::Placeable { .. } => "X".to_owned(),
                })
                .collect()
        })
    })
}

/// The plain Finnish (selkosuomi) of the client view replaces Finnish
/// messages one for one (same ids, same variables), and keeps Selkokeskus'
/// rule of short sentences: none longer than 12 words.
#[test]
fn plain_finnish_replaces_finnish_messages_in_short_sentences() {
    let path = root().join("assets/locales/fi/selko.ftl");
    let plain = messages_in(&path);
    let finnish = messages("fi");
    assert!(
        plain.len() >= 10,
        "the plain Finnish file holds only {} messages",
        plain.len()
    );
    for (id, vars) in &plain {
        assert_eq!(
            finnish.get(id),
            Some(vars),
            "selko.ftl: {id} must replace a Finnish message with the same variables"
        );
    }
    for (id, text) in plain_texts(&path) {
        for sentence in text.split(['.', '!', '?']) {
            let words = sentence.split_whitespace().count();
            assert!(
                words <= 12,
                "selko.ftl: {id} has a sentence of {words} words: {sentence:?}"
            );
        }
    }
}
