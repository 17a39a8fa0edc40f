//! The smallest typst world that lays out a handout: our templates, one
//! data file, an optional chart, our fonts, and the document's date as
//! "today". Nothing is read from the disk, the network or the clock.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use crate::fonts::FONTS;
use crate::HandoutError;

/// The shared parts of every template (page, type, team, contact).
const COMMON: &str = include_str!("../templates/common.typ");

/// Where the templates find what they are given.
pub(crate) const DATA_PATH: &str = "/data.json";
pub(crate) const CHART_PATH: &str = "/chart.svg";
const MAIN_PATH: &str = "/main.typ";
const COMMON_PATH: &str = "/common.typ";

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

/// One handout to lay out.
pub(crate) struct HandoutWorld {
    main: Source,
    common: Source,
    data: (FileId, Bytes),
    chart: (FileId, Option<Bytes>),
    today: Datetime,
}

fn file_id(path: &str) -> Result<FileId, HandoutError> {
    let vpath = VirtualPath::new(path)
        .map_err(|e| HandoutError::Layout(format!("virtual path {path}: {e:?}")))?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

pub(crate) fn typst_date(date: NaiveDate) -> Result<Datetime, HandoutError> {
    let month = u8::try_from(date.month()).ok();
    let day = u8::try_from(date.day()).ok();
    month
        .zip(day)
        .and_then(|(m, d)| Datetime::from_ymd(date.year(), m, d))
        .ok_or_else(|| HandoutError::Layout(format!("the date {date} is out of typst's range")))
}

impl HandoutWorld {
    /// A world whose main file is `template`, reading `data` (JSON) and,
    /// when given, `chart` (SVG).
    pub(crate) fn new(
        template: &'static str,
        data: Vec<u8>,
        chart: Option<Vec<u8>>,
        today: NaiveDate,
    ) -> Result<HandoutWorld, HandoutError> {
        Ok(HandoutWorld {
            main: Source::new(file_id(MAIN_PATH)?, template.to_owned()),
            common: Source::new(file_id(COMMON_PATH)?, COMMON.to_owned()),
            data: (file_id(DATA_PATH)?, Bytes::new(data)),
            chart: (file_id(CHART_PATH)?, chart.map(Bytes::new)),
            today: typst_date(today)?,
        })
    }

    fn not_found(id: FileId) -> FileError {
        FileError::NotFound(id.vpath().get_without_slash().into())
    }
}

impl World for HandoutWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else if id == self.common.id() {
            Ok(self.common.clone())
        } else {
            Err(Self::not_found(id))
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data.0 {
            Ok(self.data.1.clone())
        } else if id == self.chart.0 {
            self.chart.1.clone().ok_or_else(|| Self::not_found(id))
        } else {
            self.source(id)
                .map(|source| Bytes::from_string(source.text().to_owned()))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    /// The document's date, whatever the offset asked: a handout is dated
    /// by the caller, never by the clock.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.today)
    }
}
