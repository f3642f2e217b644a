//! Durations written in `apitap.toml` (`lookback = "10m"`), read once at generation time so
//! a mistake is reported there, naming its key, and generated code holds plain numbers.

/// Seconds in `10m`, `2h`, `1d`, `90s`, `1w`, `1h30m`.
pub fn parse_duration(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let bad = || format!("`{text}`: expected a duration such as 90s, 10m, 2h, 1d, 1w or 1h30m");
    if text.is_empty() {
        return Err(bad());
    }
    let mut total: u64 = 0;
    let mut digits = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            continue;
        }
        let unit: u64 = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad()),
        };
        let n: u64 = digits.parse().map_err(|_| bad())?;
        total = n
            .checked_mul(unit)
            .and_then(|v| total.checked_add(v))
            .ok_or_else(bad)?;
        digits.clear();
    }
    if !digits.is_empty() {
        return Err(bad());
    }
    Ok(total)
}

/// `secs` in the largest unit that divides it: `10m`, `2h`, `90s`.
pub fn format_duration(secs: u64) -> String {
    [(604_800, "w"), (86_400, "d"), (3600, "h"), (60, "m")]
        .into_iter()
        .find(|(unit, _)| secs > 0 && secs.is_multiple_of(*unit))
        .map_or(format!("{secs}s"), |(unit, name)| {
            format!("{}{name}", secs / unit)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations() {
        assert_eq!(parse_duration("10m"), Ok(600));
        assert_eq!(parse_duration("1h30m"), Ok(5400));
        assert_eq!(parse_duration("2d"), Ok(172_800));
        assert_eq!(parse_duration(" 90s "), Ok(90));
        assert_eq!(format_duration(600), "10m");
        assert_eq!(format_duration(5400), "90m");
        assert_eq!(format_duration(45), "45s");
        for bad in ["", "m", "10", "10x", "1h3", "-5m", "99999999999999999999w"] {
            assert!(parse_duration(bad).is_err(), "{bad}");
        }
    }
}
