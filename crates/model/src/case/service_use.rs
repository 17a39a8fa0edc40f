//! Service use per month, to compare before and after the joint work began.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Month {
    pub year: i32,
    /// 1–12.
    pub month: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceUse {
    /// The service as the organisation names it (e.g. "päivystys").
    pub service: String,
    pub month: Month,
    pub contacts: u32,
}

#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumCount,
)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum ServiceUseError {
    #[error("month {month} is not 1–12")]
    BadMonth { month: u8 },
    #[error("the service needs a name")]
    NoService,
}

impl ServiceUse {
    pub fn validate(&self) -> Result<(), ServiceUseError> {
        if !(1..=12).contains(&self.month.month) {
            return Err(ServiceUseError::BadMonth {
                month: self.month.month,
            });
        }
        if self.service.trim().is_empty() {
            return Err(ServiceUseError::NoService);
        }
        Ok(())
    }
}

impl Month {
    pub fn of(date: chrono::NaiveDate) -> Month {
        use chrono::Datelike;
        Month {
            year: date.year(),
            // 1–12 always fits.
            month: date.month() as u8,
        }
    }

    /// The month `n` months later (earlier when negative).
    pub fn plus(self, n: i32) -> Month {
        let index = self.year * 12 + i32::from(self.month) - 1 + n;
        Month {
            year: index.div_euclid(12),
            month: (index.rem_euclid(12) + 1) as u8,
        }
    }
}

/// Whole months from `start` to `today`: 15.3. to 14.5. is one, to 15.5. two.
pub fn full_months_between(start: chrono::NaiveDate, today: chrono::NaiveDate) -> u32 {
    use chrono::Datelike;
    let months = (today.year() - start.year()) * 12 + today.month() as i32
        - start.month() as i32
        - i32::from(today.day() < start.day());
    months.max(0) as u32
}

/// Service use over equal periods before and after the joint clientship
/// started: N months before the month it started and N months from it,
/// N = min(12, whole months since the start). N = 0 compares nothing yet.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comparison {
    pub months: u32,
    /// Each service with contacts before and after, by name.
    pub services: Vec<(String, u32, u32)>,
}

/// The longest period compared, in months.
pub const COMPARED_MONTHS: u32 = 12;

pub fn compare(
    uses: &[ServiceUse],
    started: chrono::NaiveDate,
    today: chrono::NaiveDate,
) -> Comparison {
    let n = full_months_between(started, today).min(COMPARED_MONTHS);
    if n == 0 {
        return Comparison::default();
    }
    let start = Month::of(started);
    let (from, until) = (start.plus(-(n as i32)), start.plus(n as i32));
    let mut per: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for u in uses.iter().filter(|u| u.month >= from && u.month < until) {
        let entry = per.entry(u.service.clone()).or_default();
        if u.month < start {
            entry.0 += u.contacts;
        } else {
            entry.1 += u.contacts;
        }
    }
    Comparison {
        months: n,
        services: per.into_iter().map(|(s, (b, a))| (s, b, a)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn used(service: &str, year: i32, month: u8, contacts: u32) -> ServiceUse {
        ServiceUse {
            service: service.into(),
            month: Month { year, month },
            contacts,
        }
    }

    #[test]
    fn months_count_whole_months_and_wrap_years() {
        assert_eq!(full_months_between(date(2026, 3, 15), date(2026, 5, 14)), 1);
        assert_eq!(full_months_between(date(2026, 3, 15), date(2026, 5, 15)), 2);
        assert_eq!(full_months_between(date(2026, 3, 15), date(2026, 3, 1)), 0);
        assert_eq!(
            Month {
                year: 2026,
                month: 1
            }
            .plus(-1),
            Month {
                year: 2025,
                month: 12
            }
        );
        assert_eq!(
            Month {
                year: 2026,
                month: 11
            }
            .plus(14),
            Month {
                year: 2028,
                month: 1
            }
        );
        for n in -40..40 {
            let m = Month {
                year: 2026,
                month: 6,
            };
            assert_eq!(m.plus(n).plus(-n), m);
            assert!((1..=12).contains(&m.plus(n).month));
        }
    }

    #[test]
    fn the_periods_before_and_after_are_equal_and_at_most_a_year() {
        // Started 10.9.2026; on 1.12.2026 two whole months have passed:
        // July–August before, September–October after.
        let uses = [
            used("päivystys", 2026, 6, 9), // outside: too early
            used("päivystys", 2026, 7, 3),
            used("päivystys", 2026, 8, 2),
            used("päivystys", 2026, 9, 1),
            used("päivystys", 2026, 11, 5), // outside: the third month after
            used("kotihoito", 2026, 10, 4),
        ];
        let c = compare(&uses, date(2026, 9, 10), date(2026, 12, 1));
        assert_eq!(c.months, 2);
        assert_eq!(
            c.services,
            [("kotihoito".into(), 0, 4), ("päivystys".into(), 5, 1)]
        );
        // Two years on, twelve months each way.
        assert_eq!(
            compare(&uses, date(2026, 9, 10), date(2028, 9, 10)).months,
            12
        );
        assert_eq!(
            used("x", 2026, 13, 1).validate(),
            Err(ServiceUseError::BadMonth { month: 13 })
        );
        // Not a whole month yet: nothing compared.
        assert_eq!(
            compare(&uses, date(2026, 11, 10), date(2026, 12, 1)),
            Comparison::default()
        );
    }
}
