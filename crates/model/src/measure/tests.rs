use chrono::NaiveDate;

use super::answer::{
    EnteredBy, ItemScore, MeasureAnswer, MeasureError, MeasurePoint, ViewpointNote,
};
use super::chart::{svg, ChartWords};
use super::due::{due, Due, Period};
use super::instrument::{Level, Translation};
use super::instrument_file::{parse_instrument, InstrumentProblem};
use super::*;
use crate::language::Language;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

fn meter() -> Instrument {
    built_in()
        .into_iter()
        .find(|i| i.id == LIFE_SITUATION_3X10D)
        .expect("the built-in 3X10D")
}

fn answer(point: MeasurePoint, scores: &[(&str, Option<u8>)]) -> MeasureAnswer {
    MeasureAnswer {
        instrument: meter().key(),
        point,
        answered_on: date(2026, 3, 2),
        entered_by: EnteredBy::Client,
        scores: scores
            .iter()
            .map(|(item, score)| ItemScore {
                item: (*item).to_owned(),
                score: *score,
            })
            .collect(),
        notes: vec![],
    }
}

#[test]
fn every_built_in_file_reads() {
    for (name, text) in BUILT_IN {
        parse_instrument(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
    assert_eq!(built_in().len(), BUILT_IN.len());
}

#[test]
fn the_3x10d_is_as_diak_publishes_it() {
    let m = meter();
    assert_eq!(m.items.len(), 10);
    assert_eq!(
        m.question.fi,
        "Kun ajattelet nykyhetkeä, kuinka tyytyväinen olet…"
    );
    assert_eq!(m.items[0].text.fi, "terveydentilaasi");
    assert_eq!(
        m.items[7].text.fi,
        "omien vahvuuksiesi kehittämiseen (esim. harrastamalla mieluisia asioita)"
    );
    assert_eq!(m.items[9].text.fi, "elämääsi kokonaisuutena");
    // No total score: item 10 alone speaks for the whole.
    let overall: Vec<_> = m.items.iter().filter(|i| i.overall).collect();
    assert_eq!(overall.len(), 1);
    assert_eq!(overall[0].id, "life-as-a-whole");
    assert_eq!((m.scale.min, m.scale.max), (0, 10));
    assert_eq!(m.minimum_age, Some(18));
    assert_eq!(m.points.as_ref().map(|p| p.middle_after_months), Some(6));
    assert!(m
        .attribution
        .as_ref()
        .is_some_and(|a| a.fi.contains("Diakonia-ammattikorkeakoulun")));
    assert_eq!(m.translations.sv, Translation::Unofficial);
    assert!(m.unofficial_in(Language::En) && !m.unofficial_in(Language::Fi));
    let ids: Vec<_> = m.viewpoints.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(ids, ["importance", "future"]);
}

#[test]
fn the_traffic_lights_are_0_to_5_red_6_to_7_yellow_8_to_10_green() {
    let m = meter();
    let level = |s| m.band(s).map(|b| b.level);
    for s in 0..=5 {
        assert_eq!(level(s), Some(Level::Low), "{s}");
    }
    for s in 6..=7 {
        assert_eq!(level(s), Some(Level::Middle), "{s}");
    }
    for s in 8..=10 {
        assert_eq!(level(s), Some(Level::High), "{s}");
    }
    assert_eq!(level(11), None);
    // Said in words too, never by colour alone.
    assert!(m.bands.iter().all(|b| !b.label.fi.is_empty()));
}

/// The built-in 3X10D file with `change` applied to its JSON.
fn broken(change: impl FnOnce(&mut serde_json::Value)) -> InstrumentProblem {
    let mut value: serde_json::Value =
        serde_json::from_str(BUILT_IN[0].1).expect("the built-in file");
    change(&mut value);
    parse_instrument(&value.to_string()).expect_err("a broken file")
}

#[test]
fn a_bad_file_is_refused_with_the_field_named() {
    use serde_json::json;
    assert!(matches!(
        parse_instrument("{ not json"),
        Err(InstrumentProblem::NotJson { line: 1, .. })
    ));
    assert_eq!(
        broken(|v| v["format"] = json!("kohtaamo-instrument/9")),
        InstrumentProblem::Format {
            found: "kohtaamo-instrument/9".into()
        }
    );
    assert_eq!(
        broken(|v| {
            v["items"][3]["text"]
                .as_object_mut()
                .expect("texts")
                .remove("sv");
        }),
        InstrumentProblem::Missing {
            field: "items[3].text.sv".into()
        }
    );
    assert_eq!(
        broken(|v| v["items"][7]["text"]["en"] = json!("  ")),
        InstrumentProblem::Empty {
            field: "items[7].text.en".into()
        }
    );
    assert_eq!(
        broken(|v| v["scale"]["max"] = json!("ten")),
        InstrumentProblem::WrongKind {
            field: "scale.max".into()
        }
    );
    assert_eq!(
        broken(|v| v["colour"] = json!("red")),
        InstrumentProblem::UnknownField {
            field: "colour".into()
        }
    );
    assert_eq!(
        broken(|v| v["kind"] = json!("survey")),
        InstrumentProblem::UnknownValue {
            field: "kind".into(),
            value: "survey".into()
        }
    );
    assert_eq!(
        broken(|v| v["items"][2]["id"] = json!("health")),
        InstrumentProblem::Duplicate {
            field: "items[2].id".into(),
            value: "health".into()
        }
    );
    assert_eq!(
        broken(|v| v["id"] = json!("Oma Mittari")),
        InstrumentProblem::BadId {
            field: "id".into(),
            value: "Oma Mittari".into()
        }
    );
    assert_eq!(
        broken(|v| v["version"] = json!(0)),
        InstrumentProblem::OutOfRange {
            field: "version".into(),
            min: 1,
            max: i64::from(u32::MAX)
        }
    );
    // A gap between yellow and green.
    assert_eq!(
        broken(|v| v["bands"][2]["from"] = json!(9)),
        InstrumentProblem::Bands {
            field: "bands[2]".into()
        }
    );
    // Green stops short of the top of the scale.
    assert_eq!(
        broken(|v| v["bands"][2]["to"] = json!(9)),
        InstrumentProblem::Bands {
            field: "bands".into()
        }
    );
    assert_eq!(
        broken(|v| v["items"][0]["overall"] = json!(true)),
        InstrumentProblem::SeveralOverall {
            field: "items".into()
        }
    );
    assert_eq!(
        broken(|v| v["points"]["middle_after_months"] = json!(0)),
        InstrumentProblem::OutOfRange {
            field: "points.middle_after_months".into(),
            min: 1,
            max: 36
        }
    );
}

#[test]
fn the_problem_examples_hold_every_variant() {
    use strum::EnumCount;
    let kinds: std::collections::HashSet<_> = instrument_file::examples()
        .iter()
        .map(std::mem::discriminant)
        .collect();
    assert_eq!(kinds.len(), InstrumentProblem::COUNT);
}

#[test]
fn an_answer_is_checked_against_its_instrument() {
    let m = meter();
    let today = date(2026, 3, 2);
    let ok = answer(
        MeasurePoint::Start,
        &[("health", Some(4)), ("life-as-a-whole", None)],
    );
    assert_eq!(ok.check(&m, Some(40), today, &[]), Ok(()));
    assert_eq!(
        ok.check(&m, Some(17), today, &[]),
        Err(MeasureError::TooYoung { minimum: 18 })
    );
    assert_eq!(
        ok.check(&m, None, today, &[MeasurePoint::Start]),
        Err(MeasureError::PointTaken {
            point: MeasurePoint::Start
        })
    );
    // Interim points are as many as the work needs.
    let interim = answer(MeasurePoint::Interim, &[("health", Some(5))]);
    assert_eq!(
        interim.check(&m, None, today, &[MeasurePoint::Interim]),
        Ok(())
    );
    assert_eq!(
        answer(MeasurePoint::Start, &[("health", Some(11))]).check(&m, None, today, &[]),
        Err(MeasureError::OutOfScale { min: 0, max: 10 })
    );
    assert_eq!(
        answer(MeasurePoint::Start, &[("shoe-size", Some(3))]).check(&m, None, today, &[]),
        Err(MeasureError::NoSuchItem {
            item: "shoe-size".into()
        })
    );
    assert_eq!(
        answer(
            MeasurePoint::Start,
            &[("health", Some(3)), ("health", Some(4))]
        )
        .check(&m, None, today, &[]),
        Err(MeasureError::ItemTwice {
            item: "health".into()
        })
    );
    assert_eq!(
        answer(MeasurePoint::Start, &[("health", None)]).check(&m, None, today, &[]),
        Err(MeasureError::NothingAnswered)
    );
    assert_eq!(
        ok.check(&m, None, date(2026, 3, 1), &[]),
        Err(MeasureError::InTheFuture)
    );
    let mut other = ok.clone();
    other.instrument.version = 2;
    assert_eq!(
        other.check(&m, None, today, &[]),
        Err(MeasureError::OtherInstrument)
    );
    let mut noted = ok.clone();
    noted.notes.push(ViewpointNote {
        item: "health".into(),
        viewpoint: "hope".into(),
        text: "x".into(),
    });
    assert_eq!(
        noted.check(&m, None, today, &[]),
        Err(MeasureError::NoSuchViewpoint {
            viewpoint: "hope".into()
        })
    );
    noted.notes[0].viewpoint = "future".into();
    assert_eq!(noted.check(&m, None, today, &[]), Ok(()));
}

#[test]
fn a_prom_has_no_measurement_points() {
    let prom = parse_instrument(EXAMPLE_PROM).expect("the example PROM reads");
    let mut a = answer(MeasurePoint::Start, &[("quality-of-life", Some(6))]);
    a.instrument = prom.key();
    assert_eq!(
        a.check(&prom, None, date(2026, 3, 2), &[]),
        Err(MeasureError::NoPoints)
    );
    a.point = MeasurePoint::Interim;
    assert_eq!(a.check(&prom, None, date(2026, 3, 2), &[]), Ok(()));
}

#[test]
fn start_then_middle_after_six_months_then_end_at_closing() {
    let m = meter();
    let open = Period {
        started: date(2026, 1, 15),
        closed: None,
    };
    assert_eq!(
        due(&m, open, &[], date(2026, 1, 15), None, Some(30)),
        Some(Due {
            point: MeasurePoint::Start,
            since: date(2026, 1, 15)
        })
    );
    let started = [MeasurePoint::Start];
    assert_eq!(due(&m, open, &started, date(2026, 7, 14), None, None), None);
    assert_eq!(
        due(&m, open, &started, date(2026, 7, 15), None, None),
        Some(Due {
            point: MeasurePoint::Middle,
            since: date(2026, 7, 15)
        })
    );
    // The organisation's own middle.
    assert_eq!(
        due(&m, open, &started, date(2026, 4, 15), Some(3), None).map(|d| d.point),
        Some(MeasurePoint::Middle)
    );
    let both = [MeasurePoint::Start, MeasurePoint::Middle];
    assert_eq!(due(&m, open, &both, date(2027, 1, 1), None, None), None);
    let closed = Period {
        closed: Some(date(2026, 11, 30)),
        ..open
    };
    assert_eq!(
        due(&m, closed, &both, date(2026, 12, 1), None, None),
        Some(Due {
            point: MeasurePoint::End,
            since: date(2026, 11, 30)
        })
    );
    // Never measured: nothing to compare the end with.
    assert_eq!(due(&m, closed, &[], date(2026, 12, 1), None, None), None);
    // Not offered to a client under 18.
    assert_eq!(due(&m, open, &[], date(2026, 1, 15), None, Some(17)), None);
}

#[test]
fn the_chart_draws_every_item_and_escapes_every_text() {
    let m = meter();
    let first = answer(
        MeasurePoint::Start,
        &[("health", Some(3)), ("life-as-a-whole", Some(4))],
    );
    let second = answer(
        MeasurePoint::Middle,
        &[("health", Some(7)), ("life-as-a-whole", Some(8))],
    );
    let words = ChartWords {
        title: "Muutos <script>".into(),
        answers: vec!["Alku 2.3.2026".into(), "Keskivaihe & \"1.9.2026\"".into()],
    };
    let drawn = svg(&m, &[&first, &second], Language::Fi, &words);
    assert!(drawn.starts_with("<svg") && drawn.ends_with("</svg>"));
    assert!(drawn.contains("Muutos &lt;script&gt;"));
    assert!(drawn.contains("Keskivaihe &amp; &quot;1.9.2026&quot;"));
    assert!(!drawn.contains("<script>"));
    assert!(drawn.contains("terveydentilaasi"));
    assert!(drawn.contains("8–10: vihreä: tyytyväinen"));
    // A long item is wrapped on two lines, not cut.
    assert!(
        drawn.contains(">kykyysi voittaa elämässä</tspan>"),
        "{drawn}"
    );
    // The latest score is written beside its row.
    assert!(drawn.contains(">8</text>"));
    let swedish = svg(&m, &[&first], Language::Sv, &words);
    assert!(swedish.contains("ditt hälsotillstånd"));
}
