//! Untagged unions (`oneOf`/`anyOf` without a discriminator) decoded as the branch that keeps
//! the most of the value.
//!
//! serde's `#[serde(untagged)]` takes the first branch that decodes. With generated types that
//! loses data: a string enum takes any string (its `Unknown` variant), and a struct skips keys
//! it does not declare, so an earlier branch with no required fields decodes any object of a
//! later one and drops what only the later one declares (PagerDuty's alert grouping settings
//! reference, decoded as alert grouping parameters, lost its `id`). [`decode_untagged`] tries
//! the branches in order and counts, while each is tried, its *misfits*: keys a struct
//! skipped ([`crate::codegen::skip_value`]) and values a string enum or a discriminated union
//! did not list ([`misfit`]). The first branch without misfits wins; else the one with the
//! fewest. A union inside a branch adds its own chosen branch's misfits to the count.

use std::cell::Cell;

use serde::de::{Deserialize, Deserializer, Error as _};
use serde_json::Value;

thread_local! {
    /// Misfits counted since the innermost [`decode_untagged`] began trying a branch.
    static MISFITS: Cell<u32> = const { Cell::new(0) };
}

/// Notes that the value being decoded does not quite fit its type: a key skipped, a value
/// kept as `Unknown`. Outside an untagged union's decoding it has no effect.
pub fn misfit() {
    MISFITS.with(|m| m.set(m.get().saturating_add(1)));
}

/// A branch of an untagged union: the value decoded as that branch's type.
pub type Branch<T> = fn(&Value) -> Result<T, serde_json::Error>;

/// The value `deserializer` holds, as the first of `branches` that decodes it without
/// misfits, else the one with the fewest (the earliest on a tie). `name` is the union's, for
/// the error when no branch decodes it.
pub fn decode_untagged<'de, D, T>(
    deserializer: D,
    name: &str,
    branches: &[Branch<T>],
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
{
    let value = Value::deserialize(deserializer)?;
    let outer = MISFITS.with(Cell::get);
    let mut best: Option<(u32, T)> = None;
    for branch in branches {
        MISFITS.with(|m| m.set(0));
        let Ok(decoded) = branch(&value) else {
            continue;
        };
        let misfits = MISFITS.with(Cell::get);
        if misfits == 0 {
            best = Some((0, decoded));
            break;
        }
        if best.as_ref().is_none_or(|(fewest, _)| misfits < *fewest) {
            best = Some((misfits, decoded));
        }
    }
    let (misfits, decoded) = match best {
        Some(found) => found,
        None => {
            MISFITS.with(|m| m.set(outer));
            return Err(D::Error::custom(format!(
                "data did not match any variant of untagged enum {name}"
            )));
        }
    };
    MISFITS.with(|m| m.set(outer.saturating_add(misfits)));
    Ok(decoded)
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
        // Neither fits whole: the fewest misfits (the first skips 2 keys, the second 1).
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
                )
            }
        }
        MISFITS.with(|m| m.set(7));
        let _: Holder = serde_json::from_value(json!({"type": "x", "id": "P1"})).unwrap();
        assert_eq!(MISFITS.with(Cell::get), 7, "a clean fit adds nothing");
        let _: Holder = serde_json::from_value(json!({"other": 1})).unwrap();
        assert_eq!(
            MISFITS.with(Cell::get),
            8,
            "the inner union's best has one misfit"
        );
        MISFITS.with(|m| m.set(0));
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
