//! Strings that match a schema's `pattern`, for synthesized samples.
//!
//! The pattern is parsed with `regex-syntax` and walked: the first alternative, the fewest
//! repetitions (more when `minLength` asks for them), and from each class a letter or digit
//! where it has one, varied by the seed so that samples differ. The result is checked with
//! the `regex` crate; a pattern it cannot parse (ECMA look-arounds) gives `None`.

use regex_syntax::hir::{Class, Hir, HirKind};

/// Characters preferred from a class, in order.
const PREFERRED: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/// A string that `pattern` matches, at least `min_len` characters long where the
/// pattern's repetitions allow it, varied by `seed`.
pub fn matching(pattern: &str, seed: &str, min_len: usize) -> Option<String> {
    let hir = regex_syntax::ParserBuilder::new()
        .build()
        .parse(pattern)
        .ok()?;
    let check = regex::Regex::new(pattern).ok()?;
    let mut variation = fnv(seed);
    // The plain walk first; then with more repetitions when it is too short.
    let mut out = String::new();
    walk(&hir, &mut out, &mut 0, &mut variation);
    if out.chars().count() < min_len {
        let mut budget = min_len - out.chars().count();
        let mut longer = String::new();
        let mut v = fnv(seed);
        walk(&hir, &mut longer, &mut budget, &mut v);
        if check.is_match(&longer) {
            out = longer;
        }
    }
    if check.is_match(&out) {
        return Some(out);
    }
    // The seed's variation can pick characters a look-alike class refuses: try without it.
    let mut plain = String::new();
    let mut budget = min_len;
    walk(&hir, &mut plain, &mut budget, &mut 0);
    check.is_match(&plain).then_some(plain)
}

fn fnv(seed: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in seed.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// Append a string `hir` matches; repetitions use up `budget` extra characters.
fn walk(hir: &Hir, out: &mut String, budget: &mut usize, variation: &mut u64) {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => {}
        HirKind::Literal(lit) => out.push_str(&String::from_utf8_lossy(&lit.0)),
        HirKind::Class(class) => {
            if let Some(c) = pick(class, variation) {
                out.push(c);
            }
        }
        HirKind::Repetition(rep) => {
            let mut count = rep.min;
            let room = rep.max.map_or(u32::MAX, |max| max - rep.min);
            let mut extra = 0;
            while *budget > 0 && extra < room.min(256) {
                let before = out.chars().count();
                walk(&rep.sub, out, budget, variation);
                let added = out.chars().count() - before;
                if added == 0 {
                    break;
                }
                *budget = budget.saturating_sub(added);
                extra += 1;
            }
            // A fixed count must be met (`[0-9a-f]{128}`); beyond a few thousand, give up.
            count = count.min(4096);
            for _ in 0..count {
                walk(&rep.sub, out, budget, variation);
            }
        }
        HirKind::Capture(cap) => walk(&cap.sub, out, budget, variation),
        HirKind::Concat(parts) => {
            for p in parts {
                walk(p, out, budget, variation);
            }
        }
        HirKind::Alternation(alts) => {
            if let Some(first) = alts.first() {
                walk(first, out, budget, variation);
            }
        }
    }
}

/// A character of `class`: a letter or digit where it has one (chosen by `variation`),
/// else its first printable character.
fn pick(class: &Class, variation: &mut u64) -> Option<char> {
    let contains = |c: char| match class {
        Class::Unicode(u) => u.ranges().iter().any(|r| r.start() <= c && c <= r.end()),
        Class::Bytes(b) => b
            .ranges()
            .iter()
            .any(|r| (r.start() as char) <= c && c <= (r.end() as char)),
    };
    let preferred: Vec<char> = PREFERRED.chars().filter(|c| contains(*c)).collect();
    if !preferred.is_empty() {
        let c = preferred[(*variation % preferred.len() as u64) as usize];
        *variation = variation.rotate_right(7) ^ 0x9e37_79b9;
        return Some(c);
    }
    let first = match class {
        Class::Unicode(u) => u.ranges().first().map(|r| r.start()),
        Class::Bytes(b) => b.ranges().first().map(|r| r.start() as char),
    }?;
    if first.is_control() || first == ' ' {
        // Prefer a visible character when the class has one.
        for c in '!'..='~' {
            if contains(c) {
                return Some(c);
            }
        }
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::matching;

    fn ok(pattern: &str, seed: &str, min: usize) -> String {
        let s = matching(pattern, seed, min).unwrap_or_else(|| panic!("no match for {pattern}"));
        assert!(
            regex::Regex::new(pattern).unwrap().is_match(&s),
            "{pattern}: {s}"
        );
        assert!(
            s.chars().count() >= min || min == 0,
            "{pattern}: {s} shorter than {min}"
        );
        s
    }

    #[test]
    fn strings_match_their_patterns() {
        assert_eq!(ok("^[0-9]{4}$", "a", 0).len(), 4);
        assert!(ok("^cus_[a-zA-Z0-9]+$", "customer", 0).starts_with("cus_"));
        ok(r"^\d{3}-\d{2}$", "x", 0);
        ok(r"^[A-Z]{2}$", "x", 0);
        ok(r"^(GET|POST)$", "x", 0);
        ok(r"^\+?[1-9]\d{1,14}$", "phone", 0);
        ok(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", "email", 0);
        ok(r"^[a-z]+$", "long", 12);
        ok(r"[0-9a-f]{24}", "oid", 0);
        ok(r"^\/v1\/[a-z]+$", "path", 0);
        ok(r"^(?<year>[0-9]{4})-[0-9]{2}$", "named", 0);
    }

    #[test]
    fn seeds_vary_the_string() {
        assert_ne!(ok("^[a-z]{8}$", "one", 0), ok("^[a-z]{8}$", "two", 0));
    }

    #[test]
    fn unsupported_syntax_is_none() {
        assert_eq!(matching("^(?=.*[A-Z]).{8,}$", "x", 0), None);
    }
}
