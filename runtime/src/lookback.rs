//! Re-reading a window behind the saved state, for records that arrive late.
//!
//! Many APIs make a record visible some time after its `updated_at` (replication lag,
//! batch jobs): a run that saved `10:00` would never see a record stamped `09:58` that
//! appears at `10:05`. A lookback moves the filter back by a duration (timestamps: ISO-8601
//! text or Unix seconds) or a count (sequence numbers); upserts make the re-read rows
//! harmless.

/// How far behind the saved state a run starts (`lookback` in `apitap.toml`, read by the
/// generator).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookback {
    /// A duration, in seconds: for timestamps.
    Seconds(u64),
    /// A count: for integer cursors that are not times (sequence numbers, versions).
    Count(u64),
}

impl std::fmt::Display for Lookback {
    /// `10m behind the saved state`, `50 behind the saved state`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match *self {
            Lookback::Seconds(s) => {
                let (n, unit) = [(604_800, "w"), (86_400, "d"), (3600, "h"), (60, "m")]
                    .into_iter()
                    .find(|(u, _)| s > 0 && s.is_multiple_of(*u))
                    .map_or((s, "s"), |(u, name)| (s / u, name));
                write!(f, "{n}{unit} behind the saved state")
            }
            Lookback::Count(n) => write!(f, "{n} behind the saved state"),
        }
    }
}

impl Lookback {
    /// `state` moved back by this lookback; `None` when the state has a shape it cannot
    /// move (then the state is used as it is).
    pub fn apply(self, state: &str) -> Option<String> {
        let text = state.trim();
        if let Ok(n) = text.parse::<i64>() {
            let back = match self {
                Lookback::Seconds(s) | Lookback::Count(s) => i64::try_from(s).ok()?,
            };
            return Some(n.saturating_sub(back).to_string());
        }
        let Lookback::Seconds(secs) = self else {
            return None;
        };
        let time = Rfc3339::parse(text)?;
        Some(time.minus(i64::try_from(secs).ok()?))
    }
}

/// Seconds east of UTC of an offset as APIs write them: `Z`, `+02:00`, `+0200`, `+02`;
/// none (a time without offset) counts as UTC.
fn offset_seconds(offset: &str) -> Option<i64> {
    if matches!(offset, "" | "Z" | "z") {
        return Some(0);
    }
    let sign = match offset.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let rest = &offset[1..];
    let digits: String = match rest.len() {
        2 | 4 => rest.to_string(),
        5 if rest.as_bytes()[2] == b':' => rest.replace(':', ""),
        _ => return None,
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let h: i64 = digits[..2].parse().ok()?;
    let m: i64 = digits.get(2..4).map_or(Some(0), |m| m.parse().ok())?;
    (h <= 23 && m <= 59).then_some(sign * (h * 3600 + m * 60))
}

/// Seconds since the epoch of an RFC 3339 time (`2024-03-01T10:00:00+02:00`; `+0200`, `+02`
/// and no offset, read as UTC, are accepted too).
pub(crate) fn epoch_seconds(text: &str) -> Option<i64> {
    let time = Rfc3339::parse(text.trim())?;
    Some(time.local - offset_seconds(time.offset)?)
}

/// Microseconds since the epoch of an RFC 3339 time (`2024-03-01T10:00:00.25Z`).
#[cfg_attr(not(feature = "parquet"), allow(dead_code))]
pub(crate) fn epoch_micros(text: &str) -> Option<i64> {
    let text = text.trim();
    // A date alone: its midnight, UTC.
    if text.len() == 10 {
        return epoch_micros(&format!("{text}T00:00:00Z"));
    }
    let time = Rfc3339::parse(text)?;
    let secs = time.local - offset_seconds(time.offset)?;
    let digits = time.fraction.trim_start_matches('.');
    let micros: i64 = if digits.is_empty() {
        0
    } else {
        let six: String = digits
            .chars()
            .chain(std::iter::repeat('0'))
            .take(6)
            .collect();
        six.parse().ok()?
    };
    secs.checked_mul(1_000_000)?.checked_add(micros)
}

/// An RFC 3339 timestamp, kept in its own shape (fraction, offset) so the moved value
/// orders against the others as text.
struct Rfc3339<'a> {
    /// Seconds since the epoch, local to `offset`.
    local: i64,
    /// The date/time separator as written (`T`, `t` or a space).
    separator: char,
    /// `.123` or empty.
    fraction: &'a str,
    /// `Z`, `+02:00`...
    offset: &'a str,
}

impl<'a> Rfc3339<'a> {
    fn parse(text: &'a str) -> Option<Rfc3339<'a>> {
        let b = text.as_bytes();
        if b.len() < 19 || b[4] != b'-' || b[7] != b'-' || b[13] != b':' || b[16] != b':' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| text.get(r)?.parse::<i64>().ok();
        let (y, mo, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (h, mi, s) = (num(11..13)?, num(14..16)?, num(17..19)?);
        let separator = char::from(b[10]);
        if !matches!(separator, 'T' | 't' | ' ')
            || !(1..=12).contains(&mo)
            || !(1..=31).contains(&d)
            || h > 23
            || mi > 59
            || s > 60
        {
            return None;
        }
        let rest = &text[19..];
        let frac_len = match rest.strip_prefix('.') {
            Some(digits) => 1 + digits.bytes().take_while(u8::is_ascii_digit).count(),
            None => 0,
        };
        let (fraction, offset) = rest.split_at(frac_len);
        offset_seconds(offset)?;
        let local = days_from_civil(y, mo, d) * 86_400 + h * 3600 + mi * 60 + s;
        Some(Rfc3339 {
            local,
            separator,
            fraction,
            offset,
        })
    }

    /// The same shape, `secs` earlier.
    fn minus(&self, secs: i64) -> String {
        let iso = crate::rows::iso_utc(self.local.saturating_sub(secs));
        // `iso_utc` writes `YYYY-MM-DDTHH:MM:SSZ`; put back this value's own pieces.
        let (date, time) = iso.trim_end_matches('Z').split_at(10);
        format!(
            "{date}{}{}{}{}",
            self.separator,
            &time[1..],
            self.fraction,
            self.offset
        )
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_each_shape_back() {
        let ten = Lookback::Seconds(600);
        assert_eq!(ten.apply("1700000600").as_deref(), Some("1700000000"));
        assert_eq!(
            ten.apply("2024-03-01T00:05:00Z").as_deref(),
            Some("2024-02-29T23:55:00Z")
        );
        assert_eq!(
            ten.apply("2024-03-01T00:05:00.250+02:00").as_deref(),
            Some("2024-02-29T23:55:00.250+02:00")
        );
        assert_eq!(Lookback::Count(5).apply("100").as_deref(), Some("95"));
        assert_eq!(Lookback::Count(5).apply("2024-03-01T00:05:00Z"), None);
        assert_eq!(ten.apply("not a time"), None);
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(epoch_seconds("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(epoch_seconds("2024-03-01T10:00:00Z"), Some(1_709_287_200));
        assert_eq!(epoch_micros("1970-01-01T00:00:01.5Z"), Some(1_500_000));
        assert_eq!(epoch_seconds("1970-01-01T01:00:00.000+0100"), Some(0));
        assert_eq!(epoch_seconds("1970-01-01T01:00:00+01"), Some(0));
        assert_eq!(epoch_seconds("1970-01-01 00:00:05"), Some(5));
        assert_eq!(epoch_micros("1970-01-02"), Some(86_400_000_000));
        assert_eq!(epoch_seconds("1970-01-01T00:00:00+1"), None);
        assert_eq!(epoch_seconds("1970-01-01T00:00:00 UTC"), None);
        assert_eq!(
            epoch_micros("1970-01-01T00:00:01.1234567Z"),
            Some(1_123_456)
        );
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
    }
}
