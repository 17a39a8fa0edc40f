//! The figures as text for a person or CSV for a spreadsheet, the same from
//! `kohtaamo-admin report` and the app's export. Both say the suppression
//! rule, since a hidden cell must not read as a zero. The labels are
//! English, as the file's columns for a spreadsheet are.

use crate::figures::{Cell, Figures, Share, SMALLEST_SHOWN};

fn cell(c: Cell) -> String {
    match c {
        Cell::Count(n) => n.to_string(),
        Cell::Suppressed => "suppressed".to_owned(),
    }
}

/// A mean in tenths as a decimal (`-1.5`), or that it is hidden.
pub fn tenths(t: Option<i32>) -> String {
    t.map_or("suppressed".to_owned(), |t| {
        format!(
            "{}{}.{}",
            if t < 0 { "-" } else { "" },
            t.abs() / 10,
            t.abs() % 10
        )
    })
}

fn rule() -> String {
    format!(
        "Counts are of distinct clients (client-experience counts: of answers, which are \
         anonymous). A count of 1–{} is suppressed, and where a row is shown with its total, \
         so is the next smallest, so that a hidden count cannot be worked out.",
        SMALLEST_SHOWN - 1
    )
}

/// Every figure as (section, item, value) rows, in the order shown.
fn rows(f: &Figures) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    let mut push = |section: &str, item: String, value: String| {
        out.push((section.to_owned(), item, value));
    };
    for m in &f.months {
        let month = format!("{}-{:02}", m.month.year, m.month.month);
        push("joint clients", format!("{month} new"), cell(m.new));
        push("joint clients", format!("{month} active"), cell(m.active));
        push("joint clients", format!("{month} closed"), cell(m.closed));
    }
    for (segment, c) in &f.segments {
        push(
            "segment at the end",
            format!("{segment:?}").to_lowercase(),
            cell(*c),
        );
    }
    push("segment at the end", "total".into(), cell(f.segments_total));
    for (item, c) in ["towards more support", "towards less support", "the same"]
        .iter()
        .zip(f.segment_movement)
    {
        push("segment movement", (*item).into(), cell(c));
    }
    let share =
        |push: &mut dyn FnMut(&str, String, String), section: &str, s: Share, part: &str| {
            push(section, part.into(), cell(s.part));
            push(section, "of".into(), cell(s.of));
        };
    share(
        &mut push,
        "agreed plan",
        f.agreed_plan,
        "with an agreed plan",
    );
    share(
        &mut push,
        "reviews on time",
        f.reviews_on_time,
        "every review on time",
    );
    for s in &f.service_use {
        push(
            "service use",
            format!("{} clients", s.service),
            cell(s.clients),
        );
        let n = |v: Option<u32>| v.map_or("suppressed".to_owned(), |v| v.to_string());
        push("service use", format!("{} before", s.service), n(s.before));
        push("service use", format!("{} after", s.service), n(s.after));
    }
    for change in &f.life_situation {
        push(
            "3X10D change, start to latest",
            format!("{} clients", change.item),
            cell(change.clients),
        );
        push(
            "3X10D change, start to latest",
            format!("{} mean change", change.item),
            if change.clients == Cell::Count(0) {
                "none".to_owned()
            } else {
                tenths(change.mean_tenths)
            },
        );
    }
    for prom in &f.proms {
        for item in &prom.items {
            let section = format!("{} item means", prom.instrument);
            push(
                &section,
                format!("{} clients", item.item),
                cell(item.clients),
            );
            push(
                &section,
                format!("{} mean", item.item),
                tenths(item.mean_tenths),
            );
        }
    }
    let e = &f.experience;
    push(
        "client experience",
        "NPS answers".into(),
        cell(e.nps_answers),
    );
    push(
        "client experience",
        "NPS".into(),
        e.nps.map_or("suppressed".to_owned(), |n| n.to_string()),
    );
    push(
        "client experience",
        "statement answers".into(),
        cell(e.statement_answers),
    );
    push(
        "client experience",
        "statement mean (0-10)".into(),
        tenths(e.statement_mean_tenths),
    );
    out
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

pub fn csv(f: &Figures) -> String {
    let mut text = String::from("section,item,value\n");
    for (section, item, value) in rows(f) {
        text.push_str(&format!(
            "{},{},{}\n",
            csv_field(&section),
            csv_field(&item),
            csv_field(&value)
        ));
    }
    text.push_str(&format!("rule,suppression,{}\n", csv_field(&rule())));
    text
}

pub fn text(f: &Figures) -> String {
    let mut text = format!(
        "Figures of this store's cases, {} – {}\n{}\n",
        f.from,
        f.to,
        rule()
    );
    let mut section = String::new();
    for (s, item, value) in rows(f) {
        if s != section {
            text.push_str(&format!("\n{s}\n"));
            section = s;
        }
        text.push_str(&format!("  {item}\t{value}\n"));
    }
    text
}
