//! Dates as people in Finland write them: `8.12.2030`.
//!
//! The UI's date fields are plain text fields read by these rules rather
//! than the webview's own date input, because that one follows the
//! machine's locale: under an English Windows or a Linux without a Finnish
//! locale it shows `12/08/2030`, which a Finnish reader takes for the 12th
//! of August. A due date read the wrong way round is a missed appointment.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum DateTextError {
    #[error("{text:?} is not a date written as d.m.yyyy")]
    Format { text: String },
    #[error("{text:?} is not a day in the calendar")]
    NoSuchDay { text: String },
}

/// `d.m.yyyy`, without leading zeros: how the UI shows a date.
pub fn format_date(date: NaiveDate) -> String {
    format!("{}.{}.{}", date.day(), date.month(), date.year())
}

/// Reads a date written as `d.m.yyyy` (leading zeros and a final dot
/// allowed) or as `yyyy-mm-dd` (pasted from another system). An empty
/// field is no date.
pub fn parse_date(text: &str) -> Result<Option<NaiveDate>, DateTextError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let format = || DateTextError::Format {
        text: trimmed.to_owned(),
    };
    let (day, month, year) = if let Some((y, m, d)) = split3(trimmed, '-') {
        (d, m, y)
    } else {
        let finnish = trimmed.strip_suffix('.').unwrap_or(trimmed);
        let (d, m, y) = split3(finnish, '.').ok_or_else(format)?;
        (d, m, y)
    };
    let number = |part: &str, digits: std::ops::RangeInclusive<usize>| {
        if digits.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse::<u32>().ok()
        } else {
            None
        }
    };
    let (Some(day), Some(month), Some(year)) = (
        number(day, 1..=2),
        number(month, 1..=2),
        number(year, 4..=4),
    ) else {
        return Err(format());
    };
    let year = i32::try_from(year).map_err(|_| format())?;
    NaiveDate::from_ymd_opt(year, month, day)
        .map(Some)
        .ok_or_else(|| DateTextError::NoSuchDay {
            text: trimmed.to_owned(),
        })
}

fn split3(text: &str, separator: char) -> Option<(&str, &str, &str)> {
    let mut parts = text.split(separator);
    let three = (parts.next()?, parts.next()?, parts.next()?);
    parts.next().is_none().then_some(three)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, day)
    }

    #[test]
    fn finnish_dates_are_read_day_first() {
        assert_eq!(parse_date("8.12.2030"), Ok(d(2030, 12, 8)));
        assert_eq!(parse_date(" 08.12.2030 "), Ok(d(2030, 12, 8)));
        assert_eq!(parse_date("8.12.2030."), Ok(d(2030, 12, 8)));
        assert_eq!(parse_date("2030-12-08"), Ok(d(2030, 12, 8)));
        assert_eq!(parse_date(""), Ok(None));
        assert_eq!(parse_date("   "), Ok(None));
    }

    #[test]
    fn what_is_not_a_date_says_which_kind_of_wrong() {
        for text in [
            "8.12.30",
            "12/08/2030",
            "8.12",
            "huomenna",
            "8..2030",
            "8.12.2030.1",
            "+8.12.2030",
        ] {
            assert!(
                matches!(parse_date(text), Err(DateTextError::Format { .. })),
                "{text}"
            );
        }
        assert_eq!(
            parse_date("31.2.2031"),
            Err(DateTextError::NoSuchDay {
                text: "31.2.2031".into()
            })
        );
        assert!(matches!(
            parse_date("29.2.2031"),
            Err(DateTextError::NoSuchDay { .. })
        ));
        assert_eq!(parse_date("29.2.2032"), Ok(d(2032, 2, 29)));
    }

    proptest! {
        #[test]
        fn a_shown_date_reads_back_as_itself(days in 0i64..60_000) {
            let date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
            prop_assert_eq!(parse_date(&format_date(date)), Ok(Some(date)));
        }
    }
}
