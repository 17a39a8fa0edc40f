//! The handouts read back as a reader gets them: poppler's `pdftotext` and
//! `pdffonts` on the real bytes. Without poppler-utils these tests fail
//! (they never skip): `apt-get install -y poppler-utils`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fixture;

use std::process::Command;

use kohtaamo_handout::{info_sheet_pdf, plan_pdf, HandoutError, Options, Wording};
use kohtaamo_model::case::stored::Case;
use sha2::{Digest, Sha256};

use fixture::{DOCTOR_PHONE, NURSE_EMAIL, NURSE_PHONE, SENTINEL, SOCIAL_PHONE};

/// Runs a poppler tool on `pdf` (written into a temporary folder) and
/// returns what it printed.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> String {
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("handout.pdf");
    std::fs::write(&file, pdf).unwrap();
    let output = Command::new(tool)
        .args(args)
        .arg(&file)
        .args(if tool == "pdftotext" { &["-"][..] } else { &[][..] })
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} did not run ({e}): install poppler-utils (apt-get install -y poppler-utils)")
        });
    assert!(
        output.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// The text of a PDF with every run of white space one space, so a
/// sentence reads the same wherever the layout put its spaces.
fn text(pdf: &[u8]) -> String {
    let raw = poppler("pdftotext", &["-layout", "-enc", "UTF-8"], pdf);
    raw.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn options(wording: Wording) -> Options {
    Options {
        wording,
        today: fixture::today(),
    }
}

fn case(wording: Wording) -> Case {
    fixture::case(wording.language())
}

fn assert_says(text: &str, expected: &[&str], what: &str) {
    for phrase in expected {
        assert!(
            text.contains(phrase),
            "{what} does not say “{phrase}”:\n{text}"
        );
    }
}

/// Whether `text` has `value` whole, wherever a line broke it (an e-mail
/// address may break after its `@` in a narrow column).
fn has_unbroken(text: &str, value: &str) -> bool {
    let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.contains(value)
}

/// What the plan says in each wording: its headings and fixed words.
fn plan_words(wording: Wording) -> Vec<&'static str> {
    match wording {
        Wording::Fi => vec![
            "Suunnitelmasi",
            "Päiväys 1.12.2026",
            "Tavoitteesi",
            "Kuka tekee mitä ja milloin",
            "Seuraava arviointi",
            "Katsomme suunnitelman yhdessä uudelleen 1.3.2027.",
            "Tiimisi",
            "Keneen otat yhteyttä ja miten",
            "Asiakkuutesi muoto",
            "Yhteistyöasiakkuus",
            "Elämäntilanteesi (3X10D)",
            "3X10D® on Diakonia-ammattikorkeakoulun rekisteröity tavaramerkki",
            "terveydentilaasi",
        ],
        Wording::Sv => vec![
            "Din plan",
            "Datum 1.12.2026",
            "Dina mål",
            "Vem gör vad och när",
            "Nästa uppföljning",
            "Vi går igenom planen tillsammans igen 1.3.2027.",
            "Ditt team",
            "Vem du kontaktar och hur",
            "Din form av klientskap",
            "Samarbetsklientskap",
            "Din livssituation (3X10D)",
            "3X10D® är ett registrerat varumärke",
            "ditt hälsotillstånd",
            "Den svenska översättningen av frågorna är Kohtaamos egen",
        ],
        Wording::En => vec![
            "Your plan",
            "Date 1.12.2026",
            "Your goals",
            "Who does what and by when",
            "Next review",
            "We will look at the plan together again on 1.3.2027.",
            "Your team",
            "Whom to contact and how",
            "Your service segment",
            "Collaboration clientship",
            "Your life situation (3X10D)",
            "3X10D® is a registered trademark",
            "your health",
            "The English translation of the questions is Kohtaamo's own",
        ],
        Wording::FiSelko => vec![
            "Sinun suunnitelmasi",
            "Päivämäärä 1.12.2026",
            "Sinun tavoitteesi",
            "Kuka tekee mitä ja milloin",
            "Milloin katsomme suunnitelman uudelleen",
            "Katsomme suunnitelman yhdessä uudelleen 1.3.2027.",
            "Sinun tiimisi",
            "Näin otat yhteyttä",
            "Millainen asiakkuutesi on",
            "Miten elämäsi menee (3X10D)",
            "Kysymykset ovat mittarin omia kysymyksiä.",
            "3X10D® on Diakonia-ammattikorkeakoulun rekisteröity tavaramerkki",
            // The standard Finnish items, as the instrument words them.
            "terveydentilaasi",
            "elämääsi kokonaisuutena",
        ],
    }
}

fn info_words(wording: Wording) -> Vec<&'static str> {
    match wording {
        Wording::Fi => vec![
            "Tietoa yhteisasiakkuudesta",
            "Mitä yhteisasiakkuus tarkoittaa",
            "Yhteisasiakkuutesi alkoi 2.6.2026.",
            "Tiimisi",
            "Keneen otat yhteyttä ja miten",
            "Tietosi",
        ],
        Wording::Sv => vec![
            "Information om gemensamt klientskap",
            "Vad gemensamt klientskap betyder",
            "Ditt gemensamma klientskap inleddes 2.6.2026.",
            "Ditt team",
            "Vem du kontaktar och hur",
            "Dina uppgifter",
        ],
        Wording::En => vec![
            "About joint clientship",
            "What joint clientship means",
            "Your joint clientship started on 2.6.2026.",
            "Your team",
            "Whom to contact and how",
            "Your information",
        ],
        Wording::FiSelko => vec![
            "Mitä yhteisasiakkuus on",
            "Näin teemme työtä kanssasi",
            "Yhteisasiakkuutesi alkoi 2.6.2026.",
            "Sinun tiimisi",
            "Näin otat yhteyttä",
            "Sinun tietosi",
        ],
    }
}

#[test]
fn the_plan_says_the_goals_actions_review_and_team_in_every_wording() {
    for wording in Wording::ALL {
        let words = fixture::words(wording.language());
        let pdf = plan_pdf(&case(wording), &options(wording)).unwrap();
        let text = text(&pdf);
        let what = format!("the {wording:?} plan");
        assert_says(&text, &plan_words(wording), &what);
        assert_says(
            &text,
            &[
                "Aino Esimerkki",
                words.goals[0],
                words.goals[1],
                words.actions[0],
                "15.12.2026",
                "Helmi Hoitaja",
                NURSE_PHONE,
                SOCIAL_PHONE,
                "Lauri Lääkäri",
                "Kotikulman Kerho ry",
                "112",
            ],
            &what,
        );
        assert!(has_unbroken(&text, NURSE_EMAIL), "{what}: {text}");
        // The team's own words, paragraph by paragraph.
        for paragraph in words.instructions.split("\n\n") {
            assert_says(&text, &[paragraph], &what);
        }
    }
}

#[test]
fn the_info_sheet_says_what_joint_clientship_is_and_whom_to_call() {
    for wording in Wording::ALL {
        let pdf = info_sheet_pdf(&case(wording), &options(wording)).unwrap();
        let text = text(&pdf);
        let what = format!("the {wording:?} info sheet");
        assert_says(&text, &info_words(wording), &what);
        assert_says(
            &text,
            &["Aino Esimerkki", "Helmi Hoitaja", NURSE_PHONE, SOCIAL_PHONE],
            &what,
        );
        assert!(has_unbroken(&text, NURSE_EMAIL), "{what}: {text}");
        let pages = poppler("pdfinfo", &[], &pdf);
        assert!(
            pages
                .lines()
                .any(|l| l.starts_with("Pages:") && l.ends_with(" 1")),
            "{what} is not one page:\n{pages}"
        );
    }
}

#[test]
fn nothing_the_cut_cleared_and_no_henkilotunnus_reaches_a_pdf() {
    let hetu = fixture::hetu();
    let birth = &hetu.as_str()[..6];
    for wording in Wording::ALL {
        for (kind, pdf) in [
            ("plan", plan_pdf(&case(wording), &options(wording)).unwrap()),
            (
                "info sheet",
                info_sheet_pdf(&case(wording), &options(wording)).unwrap(),
            ),
        ] {
            let text = text(&pdf);
            assert!(!text.contains(SENTINEL), "{wording:?} {kind}: {text}");
            assert!(!text.contains(hetu.as_str()), "{wording:?} {kind}");
            assert!(!text.contains(birth), "{wording:?} {kind}");
            // Nor in the file's own bytes (metadata, tags).
            let bytes = String::from_utf8_lossy(&pdf);
            assert!(!bytes.contains(hetu.as_str()) && !bytes.contains(SENTINEL));
        }
    }
}

/// The sentinel test can fail: the same case uncut prints the phone of
/// the doctor whose details the team did not give to the client. The cut
/// is what keeps it out, and this crate adds nothing back.
#[test]
fn the_uncut_case_would_show_the_withheld_phone() {
    let whole = fixture::whole_case(kohtaamo_model::Language::Fi);
    let text = text(&plan_pdf(&whole, &options(Wording::Fi)).unwrap());
    assert!(text.contains(DOCTOR_PHONE));
    let cut = text_of_plan(Wording::Fi);
    assert!(!cut.contains(DOCTOR_PHONE));
}

fn text_of_plan(wording: Wording) -> String {
    text(&plan_pdf(&case(wording), &options(wording)).unwrap())
}

#[test]
fn every_font_is_embedded() {
    for wording in Wording::ALL {
        for pdf in [
            plan_pdf(&case(wording), &options(wording)).unwrap(),
            info_sheet_pdf(&case(wording), &options(wording)).unwrap(),
        ] {
            let listing = poppler("pdffonts", &[], &pdf);
            let rows: Vec<&str> = listing
                .lines()
                .skip(2)
                .filter(|l| !l.trim().is_empty())
                .collect();
            assert!(!rows.is_empty(), "no fonts listed:\n{listing}");
            for row in rows {
                let columns: Vec<&str> = row.split_whitespace().collect();
                // name type… encoding emb sub uni object ID
                let emb = columns[columns.len() - 5];
                assert_eq!(emb, "yes", "not embedded: {row}");
                assert!(
                    row.contains("AtkinsonHyperlegible") || row.contains("NotoSans"),
                    "a font not ours: {row}"
                );
            }
        }
    }
}

#[test]
fn a_name_outside_the_main_font_is_set_in_the_fallback() {
    let mut case = case(Wording::Fi);
    case.client.name = "Ольга Петрова-Šmídová".to_owned();
    let pdf = plan_pdf(&case, &options(Wording::Fi)).unwrap();
    assert!(text(&pdf).contains("Ольга Петрова-Šmídová"));
    let listing = poppler("pdffonts", &[], &pdf);
    assert!(listing.contains("NotoSans"), "{listing}");
}

#[test]
fn a_clients_markup_is_printed_as_written() {
    let mut case = case(Wording::Fi);
    let evil = r#"*bold* #panic("x") $x$ <lab> [link]"#;
    case.plan_versions[0].record.goals[0].text = evil.to_owned();
    let text = text(&plan_pdf(&case, &options(Wording::Fi)).unwrap());
    assert!(text.contains(evil), "{text}");
}

#[test]
fn a_draft_plan_is_refused() {
    let mut case = case(Wording::Fi);
    case.plan_versions[0].record = kohtaamo_model::case::plan::PlanVersion::first_draft();
    assert!(matches!(
        plan_pdf(&case, &options(Wording::Fi)),
        Err(HandoutError::NoAgreedPlan)
    ));
}

#[test]
fn the_pdf_is_tagged_and_declares_pdf_ua_its_title_and_language() {
    for wording in Wording::ALL {
        let pdf = plan_pdf(&case(wording), &options(wording)).unwrap();
        let info = poppler("pdfinfo", &["-meta"], &pdf);
        assert!(info.contains("<pdfuaid:part>1</pdfuaid:part>"), "{info}");
        let lang = wording.language().code();
        assert!(
            info.contains(&format!("<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li>")),
            "{info}"
        );
        let info = poppler("pdfinfo", &[], &pdf);
        assert!(info.contains("Tagged:          yes"), "{info}");
        assert!(info.contains("1.12.2026"), "no title: {info}");
    }
}

fn sha256(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The same case, the same bytes: on every machine, in every run. A change
/// to a template, a text, a font or typst changes these; look at the pages
/// (`cargo run -p kohtaamo-handout --example look`) and update them.
#[test]
fn the_fixture_gives_the_golden_bytes() {
    const PLAN: &str = "4706692445458ce87317ab40636fc0bb36153f0477b8744cd78a9f3ef607a750";
    const INFO: &str = "fba0f8efc37f8745e57cb489f44cf26a9144a09f17a44efe55388f05b66e2b98";
    let plan = plan_pdf(&case(Wording::Fi), &options(Wording::Fi)).unwrap();
    let info = info_sheet_pdf(&case(Wording::Fi), &options(Wording::Fi)).unwrap();
    assert_eq!(sha256(&plan), PLAN, "the plan's bytes changed");
    assert_eq!(sha256(&info), INFO, "the info sheet's bytes changed");
}

#[test]
fn the_same_input_gives_the_same_bytes_in_another_thread() {
    let here = plan_pdf(&case(Wording::Sv), &options(Wording::Sv)).unwrap();
    let there = std::thread::spawn(|| plan_pdf(&case(Wording::Sv), &options(Wording::Sv)).unwrap())
        .join()
        .unwrap();
    assert!(here == there);
}
