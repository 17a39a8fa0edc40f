//! The crate's own checks: the texts, the data handed to typst, typst's
//! silence. The PDFs themselves are read back with poppler in `tests/pdf.rs`.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use kohtaamo_model::case::plan::PlanVersion;
use kohtaamo_model::Language;

use crate::fixture::{self, SENTINEL};
use crate::render::{render, Job};
use crate::texts::FILES;
use crate::{info_sheet, plan, HandoutError, Options, Wording};

fn options(wording: Wording) -> Options {
    Options {
        wording,
        today: fixture::today(),
    }
}

fn language(wording: Wording) -> Language {
    wording.language()
}

/// Each message's id and the variables it uses, per file.
fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source).unwrap();
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                for variant in variants(pattern) {
                    variables.extend(variant.1);
                }
            }
            out.insert(message.id.name.to_owned(), variables);
        }
    }
    out
}

/// Every text a pattern can give, one per choice of its selectors, with
/// each variable written as one word ("X") and the variables it names.
fn variants(pattern: &Pattern<&str>) -> Vec<(String, BTreeSet<String>)> {
    let mut out = vec![(String::new(), BTreeSet::new())];
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                for (text, _) in &mut out {
                    text.push_str(value);
                }
            }
            PatternElement::Placeable { expression } => {
                let choices: Vec<(String, BTreeSet<String>)> = match expression {
                    Expression::Inline(inline) => vec![inline_text(inline)],
                    Expression::Select {
                        selector,
                        variants: vs,
                    } => {
                        let (_, selector_vars) = inline_text(selector);
                        vs.iter()
                            .flat_map(|v| variants(&v.value))
                            .map(|(text, mut vars)| {
                                vars.extend(selector_vars.iter().cloned());
                                (text, vars)
                            })
                            .collect()
                    }
                };
                out = out
                    .iter()
                    .flat_map(|(text, vars)| {
                        choices.iter().map(move |(t, v)| {
                            let mut vars = vars.clone();
                            vars.extend(v.iter().cloned());
                            (format!("{text}{t}"), vars)
                        })
                    })
                    .collect();
            }
        }
    }
    out
}

fn inline_text(inline: &InlineExpression<&str>) -> (String, BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            ("X".to_owned(), BTreeSet::from([id.name.to_owned()]))
        }
        InlineExpression::StringLiteral { value } => ((*value).to_owned(), BTreeSet::new()),
        InlineExpression::NumberLiteral { value } => ((*value).to_owned(), BTreeSet::new()),
        other => panic!("the handout texts use only variables and literals, not {other:?}"),
    }
}

#[test]
fn every_wording_has_every_message_with_the_same_variables() {
    let all: Vec<(Wording, BTreeMap<String, BTreeSet<String>>)> =
        FILES.iter().map(|(w, text)| (*w, messages(text))).collect();
    for (wording, messages) in &all {
        for (other, theirs) in &all {
            for (id, variables) in theirs {
                let Some(ours) = messages.get(id) else {
                    panic!(
                        "{}.ftl lacks {id}, which {}.ftl has",
                        wording.code(),
                        other.code()
                    );
                };
                assert_eq!(
                    ours,
                    variables,
                    "{id}: {}.ftl and {}.ftl use other variables",
                    wording.code(),
                    other.code()
                );
            }
        }
    }
}

/// Selko: no sentence longer than 12 words (a variable is one word).
#[test]
fn every_selko_sentence_has_at_most_twelve_words() {
    let selko = FILES
        .iter()
        .find(|(w, _)| *w == Wording::FiSelko)
        .map(|(_, t)| *t)
        .unwrap();
    let resource = fluent_syntax::parser::parse(selko).unwrap();
    let mut checked = 0;
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = &message.value else {
            continue;
        };
        for (text, _) in variants(pattern) {
            for sentence in sentences(&text) {
                let words = sentence.split_whitespace().count();
                assert!(
                    words <= 12,
                    "{}: {words} words in “{sentence}”",
                    message.id.name
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "only {checked} sentences found");
}

/// A text split after each `.`, `!` and `?` that ends a word.
fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        let ends =
            matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|next| next.is_whitespace());
        if ends {
            out.push(std::mem::take(&mut current).trim().to_owned());
        }
    }
    if !current.trim().is_empty() {
        out.push(current.trim().to_owned());
    }
    out
}

#[test]
fn sentences_split_where_they_end() {
    assert_eq!(
        sentences("Yksi kaksi. Kolme 1.12.2026 neljä! Viisi"),
        ["Yksi kaksi.", "Kolme 1.12.2026 neljä!", "Viisi"]
    );
}

fn jobs(wording: Wording) -> [Job; 2] {
    let case = fixture::case(language(wording));
    [
        plan::job(&case, &options(wording)).unwrap(),
        info_sheet::job(&case, &options(wording)).unwrap(),
    ]
}

#[test]
fn typst_lays_out_every_handout_in_every_wording_without_a_warning() {
    for wording in Wording::ALL {
        for job in jobs(wording) {
            let rendered = render(&job, &options(wording)).unwrap();
            assert!(
                rendered.warnings.is_empty(),
                "{wording:?} {}: {:?}",
                job.ident,
                rendered.warnings
            );
            assert!(rendered.pdf.starts_with(b"%PDF-"));
        }
    }
}

#[test]
fn the_info_sheet_is_one_page_in_every_wording() {
    for wording in Wording::ALL {
        let [_, info] = jobs(wording);
        assert_eq!(
            render(&info, &options(wording)).unwrap().pages,
            1,
            "{wording:?}"
        );
    }
}

#[test]
fn the_data_holds_neither_the_henkilotunnus_nor_anything_the_cut_cleared() {
    let hetu = fixture::hetu();
    for wording in Wording::ALL {
        for job in jobs(wording) {
            let data = String::from_utf8(job.data.clone()).unwrap();
            assert!(!data.contains(hetu.as_str()), "{}", job.ident);
            assert!(!data.contains(SENTINEL), "{}: {data}", job.ident);
            let chart = job
                .chart
                .clone()
                .map(String::from_utf8)
                .transpose()
                .unwrap();
            assert!(!chart.unwrap_or_default().contains(SENTINEL));
            assert!(!job.ident.contains(hetu.as_str()));
        }
    }
}

#[test]
fn the_chart_comes_only_with_3x10d_answers() {
    let mut case = fixture::case(Language::Fi);
    assert!(plan::job(&case, &options(Wording::Fi))
        .unwrap()
        .chart
        .is_some());
    case.measures.clear();
    let job = plan::job(&case, &options(Wording::Fi)).unwrap();
    assert!(job.chart.is_none());
    assert!(String::from_utf8(job.data)
        .unwrap()
        .contains(r#""measure":null"#));
    render(
        &plan::job(&case, &options(Wording::Fi)).unwrap(),
        &options(Wording::Fi),
    )
    .unwrap();
    // Answers without the instrument's file: nothing is worded from memory.
    let mut case = fixture::case(Language::Fi);
    case.instruments.clear();
    assert!(plan::job(&case, &options(Wording::Fi))
        .unwrap()
        .chart
        .is_none());
}

#[test]
fn a_draft_is_not_handed_out() {
    let mut case = fixture::case(Language::Fi);
    case.plan_versions[0].record = PlanVersion::first_draft();
    assert!(matches!(
        crate::plan_pdf(&case, &options(Wording::Fi)),
        Err(HandoutError::NoAgreedPlan)
    ));
    case.plan_versions.clear();
    assert!(matches!(
        crate::plan_pdf(&case, &options(Wording::Fi)),
        Err(HandoutError::NoAgreedPlan)
    ));
    // The info sheet needs no plan.
    crate::info_sheet_pdf(&case, &options(Wording::Fi)).unwrap();
}

#[test]
fn a_newer_draft_over_the_agreed_version_is_refused() {
    let mut case = fixture::whole_case(Language::Fi);
    let agreed = case.plan_versions[1].clone();
    let mut draft = agreed.clone();
    draft.record = agreed.record.revise().unwrap();
    case.plan_versions.push(draft);
    let case = case.for_shared_screen(fixture::today());
    assert!(matches!(
        crate::plan_pdf(&case, &options(Wording::Fi)),
        Err(HandoutError::NoAgreedPlan)
    ));
}

#[test]
fn without_a_clientship_there_is_no_info_sheet() {
    let mut case = fixture::case(Language::Fi);
    case.clientship.clear();
    assert!(matches!(
        crate::info_sheet_pdf(&case, &options(Wording::Fi)),
        Err(HandoutError::NoClientship)
    ));
}

#[test]
fn the_templates_evaluate_no_string_and_read_their_data_as_json() {
    for template in [
        include_str!("../templates/common.typ"),
        include_str!("../templates/plan.typ"),
        include_str!("../templates/info-sheet.typ"),
    ] {
        for banned in ["eval(", "read(", "raw(", "include "] {
            assert!(!template.contains(banned), "a template uses {banned}");
        }
    }
}

#[test]
fn markup_in_a_clients_words_stays_text() {
    let mut case = fixture::case(Language::Fi);
    let evil = r#"*bold* #panic("x") $x$ <lab> [link] @ref `raw` = heading \ // comment"#;
    case.plan_versions[0].record.goals[0].text = evil.to_owned();
    case.client.name = r#"#set page(width: 1cm) Aino"#.to_owned();
    let job = plan::job(&case, &options(Wording::Fi)).unwrap();
    let rendered = render(&job, &options(Wording::Fi)).unwrap();
    assert!(rendered.warnings.is_empty(), "{:?}", rendered.warnings);
    // What the PDF says is read back in tests/pdf.rs; here: laid out, and
    // the page is still A4.
    assert!(rendered.pages >= 2);
}

#[test]
fn an_error_in_a_template_is_a_layout_error_naming_the_line() {
    let job = Job {
        template: "#let d = json(\"/data.json\")\n#d.no-such-field\n",
        data: b"{}".to_vec(),
        chart: None,
        ident: "test".into(),
    };
    match render(&job, &options(Wording::Fi)) {
        Err(HandoutError::Layout(message)) => {
            assert!(message.contains("/main.typ:2"), "{message}");
        }
        other => panic!("{:?}", other.map(|r| r.pages)),
    }
}

#[test]
fn selko_is_set_in_14_pt_and_the_others_in_11_pt_and_nothing_smaller() {
    for wording in Wording::ALL {
        let texts = crate::texts::Texts::new(wording).unwrap();
        let style = crate::data::Style::for_texts(&texts);
        let body = if wording == Wording::FiSelko {
            14.0
        } else {
            11.0
        };
        assert_eq!(style.body, body, "{wording:?}");
        assert!(style.h1 >= body && style.h2 >= body && style.h3 >= body);
    }
    // Every size in the templates is the body size or a heading size.
    for template in [
        include_str!("../templates/common.typ"),
        include_str!("../templates/plan.typ"),
        include_str!("../templates/info-sheet.typ"),
    ] {
        for (n, line) in template.lines().enumerate() {
            if let Some(at) = line.find("size:") {
                let value = line[at + 5..].trim_start();
                assert!(
                    value.starts_with("pt") || value.starts_with("style."),
                    "line {}: {line}",
                    n + 1
                );
            }
        }
    }
}
