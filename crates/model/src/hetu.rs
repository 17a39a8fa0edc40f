//! The Finnish personal identity code (henkilötunnus, "hetu").
//!
//! Form: `DDMMYY` + century sign + three-digit individual number + control
//! character. The control character is the nine digits `DDMMYYNNN` taken as a
//! number, mod 31, indexing [`CONTROL_CHARACTERS`].
//!
//! Individual numbers 002–899 belong to real people; 900–999 are temporary
//! identities. Kohtaamo's demos and tests use only the latter.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

const CONTROL_CHARACTERS: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

/// Why a string is not a valid henkilötunnus. Each variant names the part
/// that is wrong, so the UI can tell the user exactly what to fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum HetuError {
    #[error("a henkilötunnus has 11 characters: DDMMYY, a century sign, three digits and a control character")]
    Format,
    #[error("'{sign}' is not a century sign (+, -, Y, X, W, V, U, A, B, C, D, E or F)")]
    CenturySign { sign: char },
    #[error("the date part is not a real calendar date")]
    Date,
    #[error("the individual number must be between 002 and 999")]
    IndividualNumber,
    #[error("the control character should be '{expected}', not '{found}'")]
    ControlCharacter { expected: char, found: char },
}

/// A validated henkilötunnus, kept in canonical (upper-case) form.
///
/// `Debug` deliberately hides the code so that it cannot end up in a log by
/// accident; `Display` shows it in full for the screens that need it.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PersonalIdentityCode {
    canonical: String,
    birth_date: NaiveDate,
    individual_number: u16,
}

impl PersonalIdentityCode {
    /// Builds the code for a birth date and an individual number, choosing the
    /// primary century sign (`+`, `-` or `A`). Used for synthetic data.
    pub fn new(birth_date: NaiveDate, individual_number: u16) -> Result<Self, HetuError> {
        if !(2..=999).contains(&individual_number) {
            return Err(HetuError::IndividualNumber);
        }
        let sign = match birth_date.year() {
            1800..=1899 => '+',
            1900..=1999 => '-',
            2000..=2099 => 'A',
            _ => return Err(HetuError::Date),
        };
        let date_part = format!(
            "{:02}{:02}{:02}",
            birth_date.day(),
            birth_date.month(),
            birth_date.year() % 100
        );
        let control = control_character(&date_part, individual_number)?;
        Ok(Self {
            canonical: format!("{date_part}{sign}{individual_number:03}{control}"),
            birth_date,
            individual_number,
        })
    }

    pub fn birth_date(&self) -> NaiveDate {
        self.birth_date
    }

    /// Full years on `day`: what an age limit (3X10D's 18) is checked by.
    pub fn age_on(&self, day: NaiveDate) -> u32 {
        day.years_since(self.birth_date).unwrap_or(0)
    }

    /// Temporary identities (individual number 900–999) are given e.g. in
    /// hospitals before the real code is known.
    pub fn is_temporary(&self) -> bool {
        self.individual_number >= 900
    }

    pub fn as_str(&self) -> &str {
        &self.canonical
    }
}

fn century_base(sign: char) -> Result<i32, HetuError> {
    match sign {
        '+' => Ok(1800),
        '-' | 'Y' | 'X' | 'W' | 'V' | 'U' => Ok(1900),
        'A' | 'B' | 'C' | 'D' | 'E' | 'F' => Ok(2000),
        other => Err(HetuError::CenturySign { sign: other }),
    }
}

fn control_character(date_part: &str, individual_number: u16) -> Result<char, HetuError> {
    let date: u32 = date_part.parse().map_err(|_| HetuError::Format)?;
    let number = u64::from(date) * 1000 + u64::from(individual_number);
    // `number % 31` is below 31, so the index is always in range.
    Ok(char::from(CONTROL_CHARACTERS[(number % 31) as usize]))
}

impl FromStr for PersonalIdentityCode {
    type Err = HetuError;

    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let code = input.trim().to_uppercase();
        let chars: Vec<char> = code.chars().collect();
        if chars.len() != 11 {
            return Err(HetuError::Format);
        }
        let digits = |range: std::ops::Range<usize>| -> Result<u32, HetuError> {
            let part: String = chars[range].iter().collect();
            if part.chars().all(|c| c.is_ascii_digit()) {
                part.parse().map_err(|_| HetuError::Format)
            } else {
                Err(HetuError::Format)
            }
        };
        let day = digits(0..2)?;
        let month = digits(2..4)?;
        let year_in_century = digits(4..6)?;
        let individual = digits(7..10)?;
        let year = century_base(chars[6])? + year_in_century as i32;
        let birth_date = NaiveDate::from_ymd_opt(year, month, day).ok_or(HetuError::Date)?;
        let individual_number = u16::try_from(individual).map_err(|_| HetuError::Format)?;
        if individual_number < 2 {
            return Err(HetuError::IndividualNumber);
        }
        let date_part: String = chars[0..6].iter().collect();
        let expected = control_character(&date_part, individual_number)?;
        if chars[10] != expected {
            return Err(HetuError::ControlCharacter {
                expected,
                found: chars[10],
            });
        }
        Ok(Self {
            canonical: code,
            birth_date,
            individual_number,
        })
    }
}

impl fmt::Display for PersonalIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.canonical)
    }
}

impl fmt::Debug for PersonalIdentityCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PersonalIdentityCode(<redacted>)")
    }
}

impl Serialize for PersonalIdentityCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.canonical)
    }
}

impl<'de> Deserialize<'de> for PersonalIdentityCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = String::deserialize(deserializer)?;
        raw.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn parse(s: &str) -> Result<PersonalIdentityCode, HetuError> {
        s.parse()
    }

    #[test]
    fn accepts_a_valid_code_and_reads_its_birth_date() {
        // A temporary code (individual number 930): tests use no other kind.
        // Its check character was computed independently: 131052930 mod 31
        // = 27, which indexes 'V'.
        let code = parse("131052-930V").unwrap();
        assert_eq!(
            code.birth_date(),
            NaiveDate::from_ymd_opt(1952, 10, 13).unwrap()
        );
        assert!(code.is_temporary());
    }

    #[test]
    fn every_century_sign_in_use_is_accepted() {
        for (sign, year) in [
            ('+', 1801),
            ('-', 1901),
            ('Y', 1901),
            ('X', 1901),
            ('W', 1901),
            ('V', 1901),
            ('U', 1901),
            ('A', 2001),
            ('B', 2001),
            ('C', 2001),
            ('D', 2001),
            ('E', 2001),
            ('F', 2001),
        ] {
            let control = control_character("010101", 923).unwrap();
            let code = parse(&format!("010101{sign}923{control}")).unwrap();
            assert_eq!(code.birth_date().year(), year, "sign {sign}");
            assert!(code.is_temporary());
        }
    }

    #[test]
    fn names_the_part_that_is_wrong() {
        assert_eq!(parse("131052-930"), Err(HetuError::Format));
        assert_eq!(parse("13105x-930V"), Err(HetuError::Format));
        assert_eq!(
            parse("131052G930V"),
            Err(HetuError::CenturySign { sign: 'G' })
        );
        assert_eq!(parse("310252-930V"), Err(HetuError::Date));
        assert_eq!(parse("131352-930V"), Err(HetuError::Date));
        let control = control_character("131052", 1).unwrap();
        assert_eq!(
            parse(&format!("131052-001{control}")),
            Err(HetuError::IndividualNumber)
        );
        assert_eq!(
            parse("131052-930U"),
            Err(HetuError::ControlCharacter {
                expected: 'V',
                found: 'U'
            })
        );
    }

    #[test]
    fn leap_days_follow_the_real_calendar() {
        let ok = PersonalIdentityCode::new(NaiveDate::from_ymd_opt(2000, 2, 29).unwrap(), 950);
        assert!(ok.is_ok());
        let control = control_character("290201", 950).unwrap();
        assert_eq!(parse(&format!("290201A950{control}")), Err(HetuError::Date));
    }

    #[test]
    fn lower_case_and_spaces_are_normalised() {
        let built = PersonalIdentityCode::new(NaiveDate::from_ymd_opt(2001, 1, 1).unwrap(), 923)
            .unwrap()
            .to_string();
        let typed = format!("  {}  ", built.to_lowercase());
        assert_eq!(parse(&typed).unwrap().to_string(), built);
    }

    #[test]
    fn debug_output_hides_the_code() {
        let code = parse("131052-930V").unwrap();
        assert!(!format!("{code:?}").contains("131052"));
    }

    proptest! {
        #[test]
        fn built_codes_round_trip(days in 0i64..(300 * 366), individual in 2u16..1000) {
            let date = NaiveDate::from_ymd_opt(1800, 1, 1).unwrap() + chrono::Days::new(days as u64);
            prop_assume!(date.year() <= 2099);
            let built = PersonalIdentityCode::new(date, individual).unwrap();
            let parsed = parse(built.as_str()).unwrap();
            prop_assert_eq!(parsed.birth_date(), date);
            prop_assert_eq!(parsed.is_temporary(), individual >= 900);
            prop_assert_eq!(&parsed, &built);
        }

        #[test]
        fn one_changed_control_character_is_caught(days in 0i64..36000, individual in 900u16..1000, other in 0usize..31) {
            let date = NaiveDate::from_ymd_opt(1900, 1, 1).unwrap() + chrono::Days::new(days as u64);
            let built = PersonalIdentityCode::new(date, individual).unwrap().to_string();
            let replacement = char::from(CONTROL_CHARACTERS[other]);
            prop_assume!(!built.ends_with(replacement));
            let tampered = format!("{}{}", &built[..10], replacement);
            let is_control_error = matches!(parse(&tampered), Err(HetuError::ControlCharacter { .. }));
            prop_assert!(is_control_error);
        }

        #[test]
        fn parsing_never_panics(s in "\\PC{0,14}") {
            let _ = parse(&s);
        }
    }
}
