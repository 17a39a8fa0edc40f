//! The client-experience arithmetic: the Net Promoter Score of the
//! recommendation question, and the mean of the organisation's statement.

use serde::{Deserialize, Serialize};

/// NPS over `n` answers: the share of promoters (9–10) less the share of
/// detractors (0–6), in whole percentage points from −100 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Nps {
    pub score: i32,
    pub n: u32,
    pub promoters: u32,
    pub passives: u32,
    pub detractors: u32,
}

/// The NPS of `answers` (each 0–10; others are ignored), `None` for none.
pub fn nps(answers: impl IntoIterator<Item = u8>) -> Option<Nps> {
    let (mut promoters, mut passives, mut detractors) = (0u32, 0u32, 0u32);
    for answer in answers {
        match answer {
            9..=10 => promoters += 1,
            7..=8 => passives += 1,
            0..=6 => detractors += 1,
            _ => {}
        }
    }
    let n = promoters + passives + detractors;
    if n == 0 {
        return None;
    }
    let difference = i64::from(promoters) - i64::from(detractors);
    // Rounded half away from zero, as a percentage is said.
    let score = (difference * 200 + i64::from(n) * difference.signum()) / (2 * i64::from(n));
    Some(Nps {
        score: score as i32,
        n,
        promoters,
        passives,
        detractors,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_textbook_cases() {
        assert_eq!(nps([]), None);
        assert_eq!(nps([10, 10, 10]).map(|n| n.score), Some(100));
        assert_eq!(nps([0, 6, 3]).map(|n| n.score), Some(-100));
        assert_eq!(nps([7, 8]).map(|n| n.score), Some(0));
        // 2 promoters, 1 passive, 1 detractor of 4: 50 % − 25 % = 25.
        let four = nps([9, 10, 8, 2]).expect("answers");
        assert_eq!(
            (
                four.score,
                four.n,
                four.promoters,
                four.passives,
                four.detractors
            ),
            (25, 4, 2, 1, 1)
        );
        // 1 of 3 promoters, none detractors: 33.3 → 33; 2 of 3: 66.7 → 67.
        assert_eq!(nps([9, 7, 7]).map(|n| n.score), Some(33));
        assert_eq!(nps([9, 10, 7]).map(|n| n.score), Some(67));
        assert_eq!(nps([0, 1, 7]).map(|n| n.score), Some(-67));
        // Out of scale is not an answer.
        assert_eq!(nps([11, 200]), None);
    }

    proptest! {
        #[test]
        fn the_score_is_the_rounded_difference_of_shares(answers in proptest::collection::vec(0u8..=10, 1..200)) {
            let result = nps(answers.iter().copied()).expect("answers");
            prop_assert_eq!(result.n as usize, answers.len());
            prop_assert_eq!(result.promoters + result.passives + result.detractors, result.n);
            prop_assert!((-100..=100).contains(&result.score));
            let exact = (f64::from(result.promoters) - f64::from(result.detractors)) * 100.0
                / f64::from(result.n);
            prop_assert!((f64::from(result.score) - exact).abs() <= 0.5 + 1e-9);
        }
    }
}
