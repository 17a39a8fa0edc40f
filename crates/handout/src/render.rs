//! From a job (template, data, chart) to PDF bytes: typst's layout, then its
//! PDF export as PDF/UA-1 (tagged, with the document's title, language and
//! the chart's alternative text), dated and identified by the data, so the
//! same handout is the same bytes on every machine.

use typst::diag::{Severity, SourceDiagnostic};
use typst::foundations::Smart;
use typst::{World, WorldExt};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use crate::world::{typst_date, HandoutWorld};
use crate::{HandoutError, Options};

/// What one handout is made of.
pub(crate) struct Job {
    /// The main template (`templates/*.typ`).
    pub(crate) template: &'static str,
    /// Every text and number it draws, as JSON.
    pub(crate) data: Vec<u8>,
    /// The 3X10D change chart, when there is one.
    pub(crate) chart: Option<Vec<u8>>,
    /// Names the document for the PDF's identifier (hashed by typst, so
    /// it never appears in the file): kind, client id, version, date.
    pub(crate) ident: String,
}

/// How many layouts a memoized result of typst's outlives unused: enough
/// for the next handout to reuse the template's and the fonts' work, few
/// enough that a long-running app does not grow.
const CACHE_AGE: usize = 10;

pub(crate) fn pdf(job: &Job, options: &Options) -> Result<Vec<u8>, HandoutError> {
    render(job, options).map(|rendered| rendered.pdf)
}

/// A handout made, with what typst said about it (for the tests).
#[cfg_attr(not(test), allow(dead_code))]
pub(crate) struct Rendered {
    pub(crate) pdf: Vec<u8>,
    pub(crate) warnings: Vec<String>,
    pub(crate) pages: usize,
}

pub(crate) fn render(job: &Job, options: &Options) -> Result<Rendered, HandoutError> {
    let world = HandoutWorld::new(
        job.template,
        job.data.clone(),
        job.chart.clone(),
        options.today,
    )?;
    let result = typst::compile::<PagedDocument>(&world);
    let warnings = result
        .warnings
        .iter()
        .map(|d| describe(&world, d))
        .collect();
    let exported = result
        .output
        .map_err(|errors| diagnostics(&world, &errors))
        .and_then(|document| {
            let pages = document.pages().len();
            typst_pdf::pdf(&document, &pdf_options(job, options)?)
                .map(|pdf| (pdf, pages))
                .map_err(|errors| diagnostics(&world, &errors))
        });
    typst::comemo::evict(CACHE_AGE);
    let (pdf, pages) = exported?;
    Ok(Rendered {
        pdf,
        warnings,
        pages,
    })
}

fn pdf_options(job: &Job, options: &Options) -> Result<PdfOptions, HandoutError> {
    let standards = PdfStandards::new(&[PdfStandard::Ua_1])
        .map_err(|e| HandoutError::Layout(format!("PDF standards: {}", e.message())))?;
    Ok(PdfOptions {
        ident: Smart::Custom(job.ident.clone()),
        creator: Smart::Custom(Some("Kohtaamo".into())),
        timestamp: Some(Timestamp::new_utc(typst_date(options.today)?)),
        page_ranges: None,
        standards,
        tagged: true,
        pretty: false,
    })
}

fn diagnostics(world: &HandoutWorld, errors: &[SourceDiagnostic]) -> HandoutError {
    let described: Vec<String> = errors.iter().map(|d| describe(world, d)).collect();
    HandoutError::Layout(described.join("; "))
}

/// A diagnostic in words: typst's message, its hints and where in our
/// template it arose. The data file's contents are never quoted.
fn describe(world: &HandoutWorld, diagnostic: &SourceDiagnostic) -> String {
    let kind = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut text = format!("{kind}: {}", diagnostic.message);
    let place = diagnostic.span.id().and_then(|id| {
        let source = world.source(id).ok()?;
        let range = world.range(diagnostic.span)?;
        let line = source.lines().byte_to_line(range.start)?;
        Some(format!("{}:{}", id.vpath().get_with_slash(), line + 1))
    });
    if let Some(place) = place {
        text.push_str(&format!(" (at {place})"));
    }
    for hint in &diagnostic.hints {
        text.push_str(&format!("; hint: {}", hint.v));
    }
    text
}
