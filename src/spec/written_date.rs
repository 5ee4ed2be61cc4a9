//! Dates written the ways UK papers write them ("1 April 2025", "01/04/2025", "April 2005"),
//! read only to tell the officer the exact form to write: the spec itself takes ISO dates only
//! (YYYY-MM-DD, or YYYY-MM and YYYY where the source gives no more), so that every date field
//! reads one way.

use crate::law::dates::MONTHS;

/// A date written another way than YYYY-MM-DD, as jointly understands it.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum WrittenDate {
    /// One reading only: `1 April 2025`, `1st April 2025`, `April 1, 2025`, `2025-4-1`,
    /// `31/03/2025`.
    Clear(String),
    /// `01/04/2025`: read day first, as in the UK, with the date in words.
    DayFirst(String, String),
    /// A month without a day: `April 2005`, `Apr. 2005`, `04/2005`, `2005-4`, as `2005-04`.
    Month(String),
}

/// The message and help for a date not written in a form its key takes. `day_only` for a key
/// that takes only a full day (a waiver's `expires`); the others also take a month or a year.
pub(super) fn date_problem(text: &str, name: &str, day_only: bool) -> (String, String) {
    let shaped = |len: usize| text.len() == len && text.as_bytes().get(4) == Some(&b'-');
    let message = match jiff::civil::Date::strptime("%Y-%m-%d", text) {
        Err(_) if shaped(10) => format!("`{text}` in `{name}` is not a real date"),
        Err(_)
            if !day_only && shaped(7) && text.bytes().filter(u8::is_ascii_digit).count() == 6 =>
        {
            format!("`{text}` in `{name}` is not a real month")
        }
        _ => format!("`{text}` in `{name}` is not a date"),
    };
    let help = match written_date(text) {
        Some(WrittenDate::Clear(iso)) => format!("write {iso} (dates are written YYYY-MM-DD)"),
        Some(WrittenDate::DayFirst(iso, words)) => format!(
            "write dates as YYYY-MM-DD: {iso} if this is {words} (day first, as UK papers write dates)"
        ),
        Some(WrittenDate::Month(month)) if !day_only => format!(
            "write {month} (a month the source gives without a day is written YYYY-MM)"
        ),
        Some(WrittenDate::Month(_)) | None if day_only => {
            "write the day as YYYY-MM-DD, e.g. 2024-04-01: a waiver's last day is a full day".into()
        }
        _ => "write dates as YYYY-MM-DD, e.g. 2024-04-01; where the source gives only the month or the year, write YYYY-MM (2005-04) or YYYY (2011)".into(),
    };
    (message, help)
}

/// The ISO form of a date written in words or with slashes, when it is a real day.
pub(super) fn written_date(text: &str) -> Option<WrittenDate> {
    if let Some(month) = written_month(text) {
        return Some(month);
    }
    let iso = |year: i16, month: usize, day: i8| {
        let date = jiff::civil::Date::new(year, i8::try_from(month).ok()?, day).ok()?;
        Some(date.strftime("%Y-%m-%d").to_string())
    };
    let day = |word: &str| {
        let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let suffix = &word[digits.len()..].to_lowercase();
        let day = number(digits).filter(|d| (1..=31).contains(d))?;
        ["", "st", "nd", "rd", "th"]
            .contains(&suffix.as_str())
            .then_some(i8::try_from(day).ok())
            .flatten()
    };
    let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    if let [a, b, c] = words.as_slice() {
        let in_words = match (day(a), month(b), month(a), day(b)) {
            (Some(d), Some(m), _, _) | (_, _, Some(m), Some(d)) => iso(year(c)?, m, d),
            _ => None,
        };
        return in_words.map(WrittenDate::Clear);
    }
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    if a.len() == 4 {
        // `2025-4-1`: year first, month and day not padded.
        let (m, d) = (number(b)? as usize, i8::try_from(number(c)?).ok()?);
        return iso(year(a)?, m, d).map(WrittenDate::Clear);
    }
    let (first, second, y) = (number(a)?, number(b)?, year(c)?);
    let date = iso(y, second as usize, i8::try_from(first).ok()?)?;
    if first > 12 || first == second {
        Some(WrittenDate::Clear(date))
    } else {
        let words = format!("{first} {} {y}", MONTHS[second as usize - 1]);
        Some(WrittenDate::DayFirst(date, words))
    }
}

/// A month written without a day: `April 2005`, `Apr. 2005`, `04/2005` or `2005-4`.
fn written_month(text: &str) -> Option<WrittenDate> {
    let iso_month = |year: i16, month: usize| {
        (1..=12)
            .contains(&month)
            .then(|| WrittenDate::Month(format!("{year:04}-{month:02}")))
    };
    let words: Vec<&str> = text.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    if let [a, b] = words.as_slice() {
        return iso_month(year(b)?, month(a)?);
    }
    let parts: Vec<&str> = text.trim().split(['/', '-', '.']).collect();
    match parts.as_slice() {
        // `2005-4`: year first, month not padded.
        [a, b] if a.len() == 4 => iso_month(year(a)?, number(b)? as usize),
        // `04/2005`: month first, as UK papers write a month.
        [a, b] if b.len() == 4 => iso_month(year(b)?, number(a)? as usize),
        _ => None,
    }
}

/// Up to four digits as a number.
fn number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.parse().ok())
        .flatten()
}

/// A month's name or its abbreviation (`Apr`, `Sept.`), as its number from 1.
fn month(word: &str) -> Option<usize> {
    let word = word.trim_end_matches('.').to_lowercase();
    let word = if word == "sept" {
        "sep".to_owned()
    } else {
        word
    };
    (word.len() >= 3)
        .then(|| {
            MONTHS
                .iter()
                .position(|m| m.to_lowercase().starts_with(&word))
        })
        .flatten()
        .map(|i| i + 1)
}

/// A four-digit year.
fn year(word: &str) -> Option<i16> {
    (word.len() == 4)
        .then(|| number(word).and_then(|y| i16::try_from(y).ok()))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_written_other_ways_are_suggested_in_iso_form() {
        let clear = |iso: &str| Some(WrittenDate::Clear(iso.to_owned()));
        for written in [
            "1 April 2025",
            "1st April 2025",
            "01 Apr 2025",
            "April 1, 2025",
            "1 april, 2025",
            "2025-4-1",
        ] {
            assert_eq!(written_date(written), clear("2025-04-01"), "{written}");
        }
        assert_eq!(written_date("31/03/2027"), clear("2027-03-31"));
        assert_eq!(
            written_date("01/04/2025"),
            Some(WrittenDate::DayFirst(
                "2025-04-01".to_owned(),
                "1 April 2025".to_owned()
            ))
        );
        let month = || Some(WrittenDate::Month("2005-04".to_owned()));
        for written in [
            "April 2005",
            "Apr. 2005",
            "april, 2005",
            "04/2005",
            "4/2005",
            "2005-4",
        ] {
            assert_eq!(written_date(written), month(), "{written}");
        }
        for nothing in [
            "13/2005",
            "Smarch 2005",
            "April 05",
            "31 February 2025",
            "soon",
            "1 Smarch 2025",
            "13/13/2025",
            "1st",
        ] {
            assert_eq!(written_date(nothing), None, "{nothing}");
        }
    }
}
