//! The change chart: each item's score at each measurement point, as SVG
//! drawn here, so that the UI and the client's PDF show the same picture.
//! Every mark also has its number beside it and the legend says which
//! point is which in words: nothing is said by colour alone.

use std::fmt::Write;

use crate::language::Language;
use crate::measure::answer::MeasureAnswer;
use crate::measure::instrument::{Instrument, Level};

/// The words the chart needs that are not the instrument's own: the
/// caller's UI text, in the language the chart is drawn in.
#[derive(Debug, Clone)]
pub struct ChartWords {
    /// The chart's accessible name.
    pub title: String,
    /// One label per answer, in the order given ("Alku 3.2.2026").
    pub answers: Vec<String>,
}

const WIDTH: u32 = 600;
const LABEL: u32 = 210;
const ROW: u32 = 42;
const TOP: u32 = 14;
const PLOT: u32 = 330;
/// An item's words are wrapped at about this many characters, two lines.
const LINE: usize = 27;
/// Marker shapes in answer order: told apart without colour.
const SHAPES: [&str; 4] = ["circle", "square", "diamond", "triangle"];

/// The chart of `answers` (oldest first) to `instrument`, in `language`.
pub fn svg(
    instrument: &Instrument,
    answers: &[&MeasureAnswer],
    language: Language,
    words: &ChartWords,
) -> String {
    let rows = instrument.items.len() as u32;
    let legend_top = TOP + rows * ROW + 22;
    let legend_lines = answers.len() + instrument.bands.len();
    let height = legend_top + 22 * legend_lines.max(1) as u32 + 8;
    let span = f64::from(instrument.scale.max - instrument.scale.min);
    let x = |score: u8| {
        f64::from(LABEL) + f64::from(score - instrument.scale.min) / span * f64::from(PLOT)
    };
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}" role="img" aria-labelledby="chart-title" font-family="Atkinson Hyperlegible, sans-serif" font-size="15">"#
    );
    let _ = write!(
        out,
        r#"<title id="chart-title">{}</title>"#,
        escape(&words.title)
    );
    // The bands behind the plot, light enough for the marks to stand out.
    for band in &instrument.bands {
        let (from, to) = (
            x(band.from) - 0.5 * step(span),
            x(band.to) + 0.5 * step(span),
        );
        let _ = write!(
            out,
            r#"<rect x="{:.1}" y="{}" width="{:.1}" height="{}" fill="{}"/>"#,
            from.max(f64::from(LABEL) - 8.0),
            TOP - 4,
            (to - from).min(f64::from(PLOT) + 16.0),
            rows * ROW,
            band_fill(band.level)
        );
    }
    // The scale's numbers below the plot.
    for score in instrument.scale.min..=instrument.scale.max {
        let _ = write!(
            out,
            r##"<text x="{:.1}" y="{}" text-anchor="middle" font-size="13" fill="#333">{score}</text>"##,
            x(score),
            TOP + rows * ROW + 12
        );
    }
    for (row, item) in instrument.items.iter().enumerate() {
        let y = TOP + row as u32 * ROW + ROW / 2;
        let weight = if item.overall { "bold" } else { "normal" };
        let lines = wrap(item.text.get(language), LINE);
        let first = y as i32 + 5 - 9 * (lines.len() as i32 - 1);
        let _ = write!(out, r#"<text x="0" y="{first}" font-weight="{weight}">"#);
        for (n, line) in lines.iter().enumerate() {
            let dy = if n == 0 { 0 } else { 18 };
            let _ = write!(out, r#"<tspan x="0" dy="{dy}">{}</tspan>"#, escape(line));
        }
        out.push_str("</text>");
        let _ = write!(
            out,
            r##"<line x1="{LABEL}" y1="{y}" x2="{}" y2="{y}" stroke="#999" stroke-width="1"/>"##,
            LABEL + PLOT
        );
        let scores: Vec<(usize, u8)> = answers
            .iter()
            .enumerate()
            .filter_map(|(n, a)| a.score(&item.id).map(|s| (n, s)))
            .collect();
        for pair in scores.windows(2) {
            let _ = write!(
                out,
                r##"<line x1="{:.1}" y1="{y}" x2="{:.1}" y2="{y}" stroke="#1a1a1a" stroke-width="3"/>"##,
                x(pair[0].1),
                x(pair[1].1)
            );
        }
        for &(n, score) in &scores {
            out.push_str(&marker(n, x(score), f64::from(y)));
        }
        if let Some(&(_, last)) = scores.last() {
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-weight="bold">{last}</text>"#,
                LABEL + PLOT + 22,
                y + 5
            );
        }
    }
    for (n, label) in words.answers.iter().enumerate() {
        let y = legend_top + 22 * n as u32 + 8;
        out.push_str(&marker(n, 8.0, f64::from(y)));
        let _ = write!(
            out,
            r#"<text x="24" y="{}">{}</text>"#,
            y + 5,
            escape(label)
        );
    }
    // The bands' words, each beside its tint.
    for (n, band) in instrument.bands.iter().enumerate() {
        let y = legend_top + 22 * (words.answers.len() + n) as u32 + 8;
        let _ = write!(
            out,
            r##"<rect x="1" y="{}" width="14" height="14" fill="{}" stroke="#999"/><text x="24" y="{}">{}–{}: {}</text>"##,
            y - 7,
            band_fill(band.level),
            y + 5,
            band.from,
            band.to,
            escape(band.label.get(language))
        );
    }
    out.push_str("</svg>");
    out
}

fn step(span: f64) -> f64 {
    f64::from(PLOT) / span
}

fn band_fill(level: Level) -> &'static str {
    // Light tints of red, yellow and green: the band's words say the same.
    match level {
        Level::Low => "#fbe3e1",
        Level::Middle => "#fff4c2",
        Level::High => "#dff2e1",
    }
}

fn marker(n: usize, x: f64, y: f64) -> String {
    let shape = SHAPES[n % SHAPES.len()];
    // Hollow, so that marks at the same score stay visible; the shapes
    // tell the answers apart.
    let style = r##"fill="#ffffff" stroke="#1a1a1a" stroke-width="2""##;
    match shape {
        "square" => format!(
            r#"<rect x="{:.1}" y="{:.1}" width="12" height="12" {style}/>"#,
            x - 6.0,
            y - 6.0
        ),
        "diamond" => format!(
            r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" {style}/>"#,
            x,
            y - 8.0,
            x + 8.0,
            y,
            x,
            y + 8.0,
            x - 8.0,
            y
        ),
        "triangle" => format!(
            r#"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" {style}/>"#,
            x,
            y - 8.0,
            x + 7.0,
            y + 6.0,
            x - 7.0,
            y + 6.0
        ),
        _ => format!(r#"<circle cx="{x:.1}" cy="{y:.1}" r="7" {style}/>"#),
    }
}

/// `text` in at most two lines of about `width` characters, broken between
/// words; what does not fit ends the second line with "…".
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().map(|l| l.chars().count()).unwrap_or(0);
        if line > 0 && line + 1 + word.chars().count() > width {
            if lines.len() == 2 {
                if let Some(last) = lines.last_mut() {
                    last.push('…');
                }
                return lines;
            }
            lines.push(String::new());
        }
        if let Some(last) = lines.last_mut() {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

/// Text as SVG content: a client's words never become markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}
