//! Untagged unions (`oneOf`/`anyOf` without a discriminator) decoded as the branch that keeps
//! the most of the value.
//!
//! serde's `#[serde(untagged)]` takes the first branch that decodes. With generated types that
//! loses data: a string enum takes any string (its `Unknown` variant), and a struct skips keys
//! it does not declare, so an earlier branch with no required fields decodes any object of a
//! later one and drops what only the later one declares (PagerDuty's alert grouping settings
//! reference, decoded as alert grouping parameters, lost its `id`). [`decode_untagged`] tries
//! the branches in order and weighs, while each is tried, its *misfits*: a key a struct
//! skipped ([`dropped`], called by [`crate::codegen::skip_value`]) weighs more than any
//! number of values kept as unknown ([`misfit`]: a string enum's or a discriminated union's
//! `Unknown`), since the skipped key is lost and the unknown value is kept. The first branch
//! without misfits wins; else the lightest (the earliest on a tie). A union inside a branch
//! adds its own chosen branch's weight. Branches of no declared type (any JSON value, a map
//! of them) take everything: they are tried only when no typed branch decodes the value.
//!
//! Trying further branches decodes the value again, and unions nest (a recursive tree of
//! them would cost exponential time), so one outermost decoding makes at most
//! [`EXTRA_TRIALS`] extra tries in all; past that, a union takes the first branch that
//! decodes, as serde did.

use std::cell::Cell;

use serde::de::{Deserialize, Deserializer, Error as _};
use serde_json::Value;

/// The weight of a skipped key: more than any count of unknown values in one decoding.
const DROPPED: u32 = 1 << 16;
/// Tries of further branches, after one decoded, that one outermost union decoding makes.
pub const EXTRA_TRIALS: u32 = 64;

thread_local! {
    /// Misfits weighed since the innermost [`decode_untagged`] began trying a branch.
    static MISFITS: Cell<u32> = const { Cell::new(0) };
    /// Extra tries left to the outermost [`decode_untagged`] in progress.
    static TRIALS: Cell<u32> = const { Cell::new(0) };
    /// How many [`decode_untagged`] calls are in progress on this thread.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Notes a value kept as `Unknown` (a string enum's, a discriminated union's). Outside an
/// untagged union's decoding it has no effect.
pub fn misfit() {
    MISFITS.with(|m| m.set(m.get().saturating_add(1)));
}

/// Notes a key a struct skipped: its value is lost.
pub fn dropped() {
    MISFITS.with(|m| m.set(m.get().saturating_add(DROPPED)));
}

/// A branch of an untagged union: the value decoded as that branch's type.
pub type Branch<T> = fn(&Value) -> Result<T, serde_json::Error>;

/// Leaves the depth as it found it, also when a branch panics.
struct Nested;

impl Nested {
    fn enter() -> Nested {
        let depth = DEPTH.with(Cell::get);
        if depth == 0 {
            TRIALS.with(|t| t.set(EXTRA_TRIALS));
        }
        DEPTH.with(|d| d.set(depth + 1));
        Nested
    }
}

impl Drop for Nested {
    fn drop(&mut self) {
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

/// The value `deserializer` holds, as the first of `typed` that decodes it without misfits,
/// else the one with the lightest (the earliest on a tie); where none of them decodes it, as
/// the first of `untyped` (branches of any JSON value) that does. `name` is the union's, for
/// the error when no branch decodes it.
pub fn decode_untagged<'de, D, T>(
    deserializer: D,
    name: &str,
    typed: &[Branch<T>],
    untyped: &[Branch<T>],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let value = Value::deserialize(deserializer)?;
    let outer = MISFITS.with(Cell::get);
    let found = {
        let _nested = Nested::enter();
        best_branch(&value, typed).or_else(|| {
            MISFITS.with(|m| m.set(0));
            untyped
                .iter()
                .find_map(|branch| branch(&value).ok())
                .map(|decoded| (0, decoded))
        })
    };
    match found {
        Some((misfits, decoded)) => {
            MISFITS.with(|m| m.set(outer.saturating_add(misfits)));
            Ok(decoded)
        }
        None => {
            MISFITS.with(|m| m.set(outer));
            Err(D::Error::custom(format!(
                "data did not match any variant of untagged enum {name}"
            )))
        }
    }
}

/// The first of `branches` that decodes `value` without misfits, else the lightest, with its
/// weight; once the extra tries are spent, the first that decodes.
fn best_branch<T>(value: &Value, branches: &[Branch<T>]) -> Option<(u32, T)> {
    let mut best: Option<(u32, T)> = None;
    for branch in branches {
        if best.is_some() {
            let left = TRIALS.with(Cell::get);
            if left == 0 {
                break;
            }
            TRIALS.with(|t| t.set(left - 1));
        }
        MISFITS.with(|m| m.set(0));
        let Ok(decoded) = branch(value) else {
            continue;
        };
        let misfits = MISFITS.with(Cell::get);
        if misfits == 0 {
            return Some((0, decoded));
        }
        if best
            .as_ref()
            .is_none_or(|(lightest, _)| misfits < *lightest)
        {
            best = Some((misfits, decoded));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::{decode_object, skip_value, DecodeObject, Key};
    use serde::de::MapAccess;
    use serde_json::json;

    /// A string enum as generated: any other string is `Unknown`, a misfit.
    #[derive(Debug, PartialEq)]
    enum Kind {
        Time,
        Unknown(String),
    }

    impl<'de> Deserialize<'de> for Kind {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            let text = String::deserialize(deserializer)?;
            Ok(if text == "time" {
                Kind::Time
            } else {
                misfit();
                Kind::Unknown(text)
            })
        }
    }

    /// Nothing required, a `type` enum: any object decodes as it.
    #[derive(Debug, PartialEq)]
    struct Parameters {
        kind: Option<Kind>,
    }

    impl<'de> DecodeObject<'de> for Parameters {
        const NAME: &'static str = "Parameters";
        fn decode<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut out = Parameters { kind: None };
            while let Some(key) = map.next_key::<Key>()? {
                match key.as_str() {
                    "type" => out.kind = map.next_value()?,
                    _ => skip_value(&mut map)?,
                }
            }
            Ok(out)
        }
    }

    impl<'de> Deserialize<'de> for Parameters {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    /// A reference: an id and any `type`.
    #[derive(Debug, PartialEq)]
    struct Reference {
        id: Option<String>,
        kind: Option<String>,
    }

    impl<'de> DecodeObject<'de> for Reference {
        const NAME: &'static str = "Reference";
        fn decode<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut out = Reference {
                id: None,
                kind: None,
            };
            while let Some(key) = map.next_key::<Key>()? {
                match key.as_str() {
                    "id" => out.id = map.next_value()?,
                    "type" => out.kind = map.next_value()?,
                    _ => skip_value(&mut map)?,
                }
            }
            Ok(out)
        }
    }

    impl<'de> Deserialize<'de> for Reference {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    #[derive(Debug, PartialEq)]
    enum Grouping {
        Parameters(Parameters),
        Reference(Reference),
    }

    impl<'de> Deserialize<'de> for Grouping {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_untagged(
                deserializer,
                "Grouping",
                &[
                    |v| Deserialize::deserialize(v).map(Self::Parameters),
                    |v| Deserialize::deserialize(v).map(Self::Reference),
                ],
                &[],
            )
        }
    }

    #[test]
    fn the_branch_that_keeps_the_most() {
        // Fits the first branch: taken, as serde would.
        let g: Grouping = serde_json::from_value(json!({"type": "time"})).unwrap();
        assert_eq!(
            g,
            Grouping::Parameters(Parameters {
                kind: Some(Kind::Time)
            })
        );
        // Decodes as either; the first would skip `id` and keep `type` as unknown.
        let g: Grouping =
            serde_json::from_value(json!({"type": "setting_reference", "id": "P1"})).unwrap();
        assert_eq!(
            g,
            Grouping::Reference(Reference {
                id: Some("P1".into()),
                kind: Some("setting_reference".into()),
            })
        );
        // Neither fits whole: the lightest (the first skips 2 keys, the second 1).
        let g: Grouping =
            serde_json::from_value(json!({"type": "time", "id": "P1", "extra": 1})).unwrap();
        assert!(matches!(g, Grouping::Reference(_)), "{g:?}");
        // A tie goes to the earlier branch.
        let g: Grouping = serde_json::from_value(json!({"other": 1})).unwrap();
        assert!(matches!(g, Grouping::Parameters(_)), "{g:?}");
    }

    #[test]
    fn nested_unions_add_their_misfits_and_leave_the_count_as_found() {
        #[derive(Debug)]
        struct Holder(#[allow(dead_code)] Grouping);
        impl<'de> Deserialize<'de> for Holder {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                decode_untagged(
                    deserializer,
                    "Holder",
                    &[|v| Deserialize::deserialize(v).map(Holder)],
                    &[],
                )
            }
        }
        MISFITS.with(|m| m.set(7));
        let _: Holder = serde_json::from_value(json!({"type": "x", "id": "P1"})).unwrap();
        assert_eq!(MISFITS.with(Cell::get), 7, "a clean fit adds nothing");
        let _: Holder = serde_json::from_value(json!({"other": 1})).unwrap();
        assert_eq!(
            MISFITS.with(Cell::get),
            7 + DROPPED,
            "the inner union's best skipped one key"
        );
        MISFITS.with(|m| m.set(0));
    }

    /// Declares nothing: skips every key.
    #[derive(Debug)]
    struct Empty;

    impl<'de> DecodeObject<'de> for Empty {
        const NAME: &'static str = "Empty";
        fn decode<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            while map.next_key::<Key>()?.is_some() {
                skip_value(&mut map)?;
            }
            Ok(Empty)
        }
    }

    impl<'de> Deserialize<'de> for Empty {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    #[derive(Debug)]
    enum Loose {
        Empty(#[allow(dead_code)] Empty),
        Parameters(#[allow(dead_code)] Parameters),
        Any(#[allow(dead_code)] Value),
    }

    impl<'de> Deserialize<'de> for Loose {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_untagged(
                deserializer,
                "Loose",
                &[
                    |v| Deserialize::deserialize(v).map(Self::Empty),
                    |v| Deserialize::deserialize(v).map(Self::Parameters),
                ],
                &[|v| Deserialize::deserialize(v).map(Self::Any)],
            )
        }
    }

    #[test]
    fn a_lost_key_weighs_more_than_a_kept_unknown_value() {
        // The first branch would drop `type`; the second keeps it as an unknown value.
        let l: Loose = serde_json::from_value(json!({"type": "weird"})).unwrap();
        assert!(matches!(l, Loose::Parameters(_)), "{l:?}");
    }

    #[test]
    fn a_branch_of_any_value_only_when_no_typed_branch_decodes() {
        // Typed branches that drop keys still win over the branch that would keep it all.
        let l: Loose = serde_json::from_value(json!({"type": "time", "new": 1})).unwrap();
        assert!(matches!(l, Loose::Parameters(_)), "{l:?}");
        let l: Loose = serde_json::from_value(json!([1, 2])).unwrap();
        assert!(matches!(l, Loose::Any(_)), "{l:?}");
    }

    static BRANCH_CALLS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

    /// A node of a recursive tree: its children, other keys skipped.
    #[derive(Debug)]
    struct Node {
        kids: Vec<Tree>,
    }

    impl<'de> DecodeObject<'de> for Node {
        const NAME: &'static str = "Node";
        fn decode<A: MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
            let mut kids = Vec::new();
            while let Some(key) = map.next_key::<Key>()? {
                match key.as_str() {
                    "kids" => kids = map.next_value()?,
                    _ => skip_value(&mut map)?,
                }
            }
            Ok(Node { kids })
        }
    }

    impl<'de> Deserialize<'de> for Node {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            decode_object(deserializer)
        }
    }

    /// Two branches that both take any node: a misfit deep down makes every level try both.
    #[derive(Debug)]
    enum Tree {
        A(Node),
        B(Node),
    }

    impl<'de> Deserialize<'de> for Tree {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
            use std::sync::atomic::Ordering::Relaxed;
            decode_untagged(
                deserializer,
                "Tree",
                &[
                    |v| {
                        BRANCH_CALLS.fetch_add(1, Relaxed);
                        Deserialize::deserialize(v).map(Self::A)
                    },
                    |v| {
                        BRANCH_CALLS.fetch_add(1, Relaxed);
                        Deserialize::deserialize(v).map(Self::B)
                    },
                ],
                &[],
            )
        }
    }

    #[test]
    fn nested_unions_make_a_bounded_number_of_extra_tries() {
        use std::sync::atomic::Ordering::Relaxed;
        // 24 levels, an undeclared key at the bottom: trying both branches at every level
        // would decode the bottom 2^24 times.
        let mut value = json!({"new": 1});
        for _ in 0..24 {
            value = json!({"kids": [value]});
        }
        BRANCH_CALLS.store(0, Relaxed);
        let mut tree: Tree = serde_json::from_value(value).unwrap();
        let calls = BRANCH_CALLS.load(Relaxed);
        assert!(calls < 20_000, "{calls} branch decodings");
        // Whole: every level is there.
        let mut depth = 0;
        loop {
            let (Tree::A(Node { kids }) | Tree::B(Node { kids })) = tree;
            let Some(next) = kids.into_iter().next() else {
                break;
            };
            tree = next;
            depth += 1;
        }
        assert_eq!(depth, 24);
        assert_eq!(
            DEPTH.with(Cell::get),
            0,
            "every decoding left as it entered"
        );
    }

    #[test]
    fn no_branch_is_serdes_error() {
        let err = serde_json::from_value::<Grouping>(json!([1])).unwrap_err();
        assert_eq!(
            err.to_string(),
            "data did not match any variant of untagged enum Grouping"
        );
        let err = serde_json::from_str::<Grouping>("[1]").unwrap_err();
        assert!(err.to_string().contains("untagged enum Grouping"), "{err}");
    }
}
