//! The Czech company id (IČO): eight digits, the last a mod-11 check digit.
//!
//! The rule: weights 8..2 over the first seven digits; `r = sum % 11`; the check
//! digit is `(11 - r) % 10` (so r = 0 gives 1 and r = 1 gives 0).

use super::field::Problem;

/// The check digit the first seven digits call for.
pub fn check_digit(first_seven: &[u8; 7]) -> u8 {
    let sum: u32 = first_seven
        .iter()
        .zip((2..=8).rev())
        .map(|(d, w)| u32::from(*d) * w)
        .sum();
    ((11 - sum % 11) % 10) as u8
}

/// Checks an IČO; spaces are allowed between digits (people type `000 64 581`).
pub fn check(text: &str) -> Result<(), Problem> {
    let digits: Vec<u8> = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_digit(10).map(|d| d as u8))
        .collect::<Option<Vec<u8>>>()
        .ok_or_else(|| Problem::IcoNotEightDigits(text.to_string()))?;
    let Ok(all) = <[u8; 8]>::try_from(digits.as_slice()) else {
        return Err(Problem::IcoNotEightDigits(text.to_string()));
    };
    let mut first_seven = [0u8; 7];
    first_seven.copy_from_slice(&all[..7]);
    let expected = check_digit(&first_seven);
    if all[7] == expected {
        Ok(())
    } else {
        Err(Problem::IcoCheckDigit {
            ico: text.to_string(),
            expected,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real, public IČOs: the City of Prague (00064581, remainder 0), Czech
    /// Television (00027383), ČEZ (45274649) and Agrofert (26185610, remainder 1).
    #[test]
    fn real_world_icos_pass() {
        for ico in ["00064581", "00027383", "45274649", "26185610", "000 64 581"] {
            assert_eq!(check(ico), Ok(()), "{ico}");
        }
    }

    #[test]
    fn a_wrong_check_digit_names_the_expected_one() {
        assert_eq!(
            check("00064582"),
            Err(Problem::IcoCheckDigit {
                ico: "00064582".into(),
                expected: 1
            })
        );
        assert_eq!(
            check("45274640"),
            Err(Problem::IcoCheckDigit {
                ico: "45274640".into(),
                expected: 9
            })
        );
    }

    #[test]
    fn wrong_length_or_letters_are_refused() {
        for bad in ["1234567", "123456789", "1234567a", ""] {
            assert_eq!(
                check(bad),
                Err(Problem::IcoNotEightDigits(bad.into())),
                "{bad}"
            );
        }
    }

    #[test]
    fn remainder_zero_and_one_edge_cases() {
        // sum % 11 == 0 → check digit 1; sum % 11 == 1 → check digit 0.
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 0]), 1);
        // 0000001 * weight 2 = 2 → r = 2 → 9
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 1]), 9);
        // weight 2 * 6 = 12 → r = 1 → 0
        assert_eq!(check_digit(&[0, 0, 0, 0, 0, 0, 6]), 0);
    }
}
