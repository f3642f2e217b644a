//! Identifier rules: the one place where spec strings become Rust identifiers.
//!
//! Every name in generated code comes from here: it is valid, not a keyword, not a
//! prelude name the generated code relies on, and unique in its scope ([`Scope`]).

use heck::{ToSnakeCase, ToUpperCamelCase};
use std::collections::HashSet;

/// Strict and reserved keywords of Rust 2015–2024.
const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "typeof", "unsized", "virtual", "yield", "try", "gen", "union",
];

/// Type names the generated code uses unqualified; a spec type may not shadow them.
const RESERVED_TYPES: &[&str] = &[
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "Some",
    "None",
    "Ok",
    "Err",
    "Default",
    "ToString",
    "ToOwned",
    "From",
    "Into",
    "Iterator",
    "Send",
    "Sync",
    "Sized",
    "Copy",
    "Clone",
    "PartialEq",
    "Eq",
    "Hash",
    "Debug",
    "Fn",
    "FnMut",
    "FnOnce",
    "Drop",
    "AsRef",
    "AsMut",
    "Self",
];

/// Split a spec string into words: anything not alphanumeric separates words;
/// `+1`/`-1` (GitHub reactions) keep their sign as a word.
fn words(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if (c == '+' || c == '-')
            && out.is_empty()
            && chars.peek().is_some_and(|n| n.is_ascii_digit())
        {
            out.push_str(if c == '+' { "plus_" } else { "minus_" });
        } else {
            out.push('_');
        }
    }
    out
}

/// Whether heck's case conversion would give `w` back as it is: lowercase ASCII words of
/// letters and digits joined by single underscores (most names of most specs). Checking is
/// much cheaper than converting, which names every field of every type.
fn already_snake(w: &str) -> bool {
    !w.is_empty()
        && !w.starts_with('_')
        && !w.ends_with('_')
        && !w.contains("__")
        && w.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// heck's `snake_case` of `w`.
fn snake_case(w: String) -> String {
    if already_snake(&w) {
        w
    } else {
        w.to_snake_case()
    }
}

/// heck's `UpperCamelCase` of `w`, appended to `out`.
fn upper_camel_case(w: &str, out: &mut String) {
    if already_snake(w) {
        // heck capitalizes each word and joins them: the same, without its formatting.
        for word in w.split('_') {
            let (first, rest) = word.split_at(1);
            out.push_str(&first.to_ascii_uppercase());
            out.push_str(rest);
        }
    } else {
        out.push_str(&w.to_upper_camel_case());
    }
}

/// `snake_case` identifier for a field, parameter, method or module.
pub fn snake(raw: &str) -> String {
    let mut s = snake_case(words(raw));
    if s.is_empty() {
        s = "value".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("n{s}");
    }
    if KEYWORDS.contains(&s.as_str()) {
        s.push('_');
    }
    s
}

/// Names Cargo refuses for a package or that clash with a crate every program can name
/// (`use core::...`), and Windows device names that cannot be files.
const RESERVED_CRATES: &[&str] = &[
    "std",
    "core",
    "alloc",
    "proc_macro",
    "test",
    "serde",
    "serde_json",
    "tokio",
    "futures",
    "wiremock",
    "reqwest",
    "bytes",
    "apitap_runtime",
    "con",
    "prn",
    "aux",
    "nul",
    "com1",
    "com2",
    "com3",
    "com4",
    "com5",
    "com6",
    "com7",
    "com8",
    "com9",
    "lpt1",
    "lpt2",
    "lpt3",
    "lpt4",
    "lpt5",
    "lpt6",
    "lpt7",
    "lpt8",
    "lpt9",
];

/// A crate name Cargo and Rust accept, made from `raw` (`--name`, the config's `name` or the
/// API's title): `snake_case` ASCII, not starting with a digit, not a keyword or reserved
/// name. Returns the name and, when it had to change more than its case and separators,
/// why (for a warning).
pub fn crate_name(raw: &str) -> (String, Option<String>) {
    let plain = words(raw).to_snake_case().trim_matches('_').to_string();
    let (name, why) = if plain.is_empty() {
        ("api".to_string(), Some("has no ASCII letters or digits"))
    } else if plain.starts_with(|c: char| c.is_ascii_digit()) {
        // `n` as for every other identifier (and as earlier generations named such crates).
        (format!("n{plain}"), Some("starts with a digit"))
    } else if KEYWORDS.contains(&plain.as_str()) {
        (format!("{plain}_api"), Some("is a Rust keyword"))
    } else if RESERVED_CRATES.contains(&plain.as_str()) {
        (
            format!("{plain}_api"),
            Some("is reserved by Cargo, Rust or Windows, or names a dependency of the crate"),
        )
    } else if raw.chars().any(|c| c.is_alphanumeric() && !c.is_ascii()) {
        (
            plain,
            Some("has letters outside ASCII, which were left out"),
        )
    } else {
        (plain, None)
    };
    let why = why.map(|why| {
        format!(
            "crate name `{raw}` {why}; using `{name}` (a crate name is lowercase ASCII letters, \
             digits and `_`, starts with a letter, and is not a Rust keyword, `std`, `core`, \
             `alloc`, `proc_macro`, `test` or a dependency such as `serde` or `tokio`)"
        )
    });
    (name, why)
}

/// `UpperCamelCase` identifier for a type or variant, from one or more spec names.
pub fn pascal(parts: &[impl AsRef<str>]) -> String {
    let mut s = camel(parts);
    if KEYWORDS.contains(&s.as_str()) || RESERVED_TYPES.contains(&s.as_str()) {
        s.push_str("Model");
    }
    s
}

/// `UpperCamelCase` identifier for an enum variant: only keywords are avoided, since
/// variants live in their enum's namespace (`String(String)` is fine).
pub fn variant(raw: &str) -> String {
    let mut s = camel(&[raw]);
    if KEYWORDS.contains(&s.as_str()) {
        s.push_str("Model");
    }
    s
}

fn camel(parts: &[impl AsRef<str>]) -> String {
    let mut s = String::new();
    for p in parts {
        upper_camel_case(&words(p.as_ref()), &mut s);
    }
    if s.is_empty() {
        s = "Value".into();
    }
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        s = format!("N{s}");
    }
    s
}

/// `SCREAMING_SNAKE_CASE` for environment variable names.
pub fn screaming(raw: &str) -> String {
    snake(raw).trim_end_matches('_').to_ascii_uppercase()
}

/// Names the previous generation gave, so that regeneration keeps them when new items
/// would otherwise take them first (a new schema colliding with an existing inline type).
#[derive(Debug, Clone, Default)]
pub struct Pins {
    /// Schema location (`file#/pointer`) → type name.
    pub types: std::collections::HashMap<String, String>,
    /// operationId → client method name.
    pub methods: std::collections::HashMap<String, String>,
}

/// Names already taken in one scope (a module, a struct's fields, an enum's variants).
#[derive(Debug, Default)]
pub struct Scope {
    used: HashSet<String>,
}

impl Scope {
    pub fn new() -> Self {
        Scope::default()
    }

    /// A scope where `reserved` are already taken.
    pub fn with_reserved(reserved: &[&str]) -> Self {
        Scope {
            used: reserved.iter().map(|s| s.to_string()).collect(),
        }
    }

    /// Take `pinned` if it is free and is a name [`Scope::claim`] could have given for `base`
    /// (`base` or `base` + number): the name an item had in the previous generation.
    pub fn claim_pinned(&mut self, base: &str, pinned: &str) -> Option<String> {
        let rest = pinned.strip_prefix(base)?;
        let rest = rest.strip_prefix('_').unwrap_or(rest);
        let numbered =
            rest.is_empty() || (rest.chars().all(|c| c.is_ascii_digit()) && !rest.starts_with('0'));
        (numbered && self.used.insert(pinned.to_string())).then(|| pinned.to_string())
    }

    /// `base`, or `base2`, `base3`, ... : the first that is free, now taken.
    pub fn claim(&mut self, base: &str) -> String {
        if self.used.insert(base.to_string()) {
            return base.to_string();
        }
        let sep = if base.ends_with(|c: char| c.is_ascii_digit()) {
            "_"
        } else {
            ""
        };
        for n in 2.. {
            let candidate = format!("{base}{sep}{n}");
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
        unreachable!("an unbounded counter always finds a free name")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shortcuts for names already in snake case give what heck gives, on every string
    /// of up to five characters from letters of both cases, digits and separators.
    #[test]
    fn case_shortcuts_agree_with_heck() {
        let alphabet = ['a', 'b', 'B', '1', '_', '-'];
        let mut all = vec![String::new()];
        let mut checked = 0;
        for _ in 0..5 {
            all = all
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for raw in &all {
                let w = words(raw);
                assert_eq!(snake_case(w.clone()), w.to_snake_case(), "{raw:?}");
                let mut camel = String::new();
                upper_camel_case(&w, &mut camel);
                assert_eq!(camel, w.to_upper_camel_case(), "{raw:?}");
                checked += usize::from(already_snake(&w));
            }
        }
        assert!(checked > 1000, "the shortcut was taken {checked} times");
    }

    #[test]
    fn snake_names() {
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("Stripe-Version"), "stripe_version");
        assert_eq!(snake("@odata.nextLink"), "odata_next_link");
        assert_eq!(snake("+1"), "plus_1");
        assert_eq!(snake("-1"), "minus_1");
        assert_eq!(snake("2fa"), "n2fa");
        assert_eq!(snake("$ref"), "ref_");
        assert_eq!(snake(""), "value");
        assert_eq!(snake("名前"), "value");
        assert_eq!(snake("self"), "self_");
    }

    #[test]
    fn crate_names_cargo_accepts() {
        let name = |raw| crate_name(raw).0;
        assert_eq!(name("Stripe API"), "stripe_api");
        assert_eq!(name("my-connector"), "my_connector");
        assert_eq!(name("__Box__"), "box_api");
        for keyword in [
            "box", "type", "async", "self", "crate", "super", "Self", "gen",
        ] {
            let (n, why) = crate_name(keyword);
            assert_eq!(n, format!("{}_api", keyword.to_ascii_lowercase()));
            assert!(why.unwrap().contains("is a Rust keyword"));
        }
        assert_eq!(name("std"), "std_api");
        assert_eq!(name("test"), "test_api");
        assert_eq!(name("CON"), "con_api");
        assert_eq!(name("1password"), "n1password");
        assert_eq!(name("serde"), "serde_api");
        assert_eq!(crate_name("Café API").0, "caf_api");
        assert!(crate_name("Café API").1.unwrap().contains("outside ASCII"));
        assert_eq!(name("名前"), "api");
        assert!(crate_name("名前").1.unwrap().contains("no ASCII letters"));
        assert_eq!(crate_name("shop"), ("shop".to_string(), None));
        assert_eq!(crate_name("Shop API"), ("shop_api".to_string(), None));
    }

    #[test]
    fn pascal_names() {
        assert_eq!(pascal(&["customer", "address"]), "CustomerAddress");
        assert_eq!(
            pascal(&["account_business_profile"]),
            "AccountBusinessProfile"
        );
        assert_eq!(pascal(&["Option"]), "OptionModel");
        assert_eq!(pascal(&["Self"]), "SelfModel");
        assert_eq!(pascal(&["3d_secure"]), "N3dSecure");
        assert_eq!(pascal(&["*/}"]), "Value");
        assert_eq!(variant("String"), "String");
        assert_eq!(variant("Self"), "SelfModel");
        assert_eq!(variant("OptionModel"), "OptionModel");
    }

    #[test]
    fn scopes_number_collisions() {
        let mut s = Scope::with_reserved(&["client"]);
        assert_eq!(s.claim("client"), "client2");
        assert_eq!(s.claim("a"), "a");
        assert_eq!(s.claim("a"), "a2");
        assert_eq!(s.claim("v1"), "v1");
        assert_eq!(s.claim("v1"), "v1_2");
    }
}
