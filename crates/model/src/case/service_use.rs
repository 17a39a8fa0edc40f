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

/// Contacts per service before `start` and from `start` on.
pub fn before_and_after(uses: &[ServiceUse], start: Month) -> BTreeMap<String, (u32, u32)> {
    let mut out: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    for u in uses {
        let entry = out.entry(u.service.clone()).or_default();
        if u.month < start {
            entry.0 += u.contacts;
        } else {
            entry.1 += u.contacts;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_summed_on_each_side_of_the_start() {
        let m = |month| Month { year: 2026, month };
        let u = |s: &str, month, contacts| ServiceUse {
            service: s.into(),
            month: m(month),
            contacts,
        };
        let uses = [
            u("päivystys", 9, 3),
            u("päivystys", 10, 2),
            u("päivystys", 11, 1),
            u("sosiaalityö", 11, 4),
        ];
        let table = before_and_after(&uses, m(11));
        assert_eq!(table["päivystys"], (5, 1));
        assert_eq!(table["sosiaalityö"], (0, 4));
        assert_eq!(
            u("x", 13, 1).validate(),
            Err(ServiceUseError::BadMonth { month: 13 })
        );
    }
}
