//! Parse one file (JSON or YAML) into a `serde_json::Value`.
//!
//! JSON files go through serde_json (YAML parsers reject some valid JSON, such as
//! surrogate-pair escapes). YAML mapping keys that are not strings (`200:`) become strings.

use crate::diag::{Error, Result};
use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use std::path::Path;

pub fn parse(path: &Path, bytes: &[u8]) -> Result<Value> {
    let is_json = match path.extension().and_then(|e| e.to_str()) {
        Some(ext) if ext.eq_ignore_ascii_case("json") => true,
        Some(ext) if ext.eq_ignore_ascii_case("yaml") || ext.eq_ignore_ascii_case("yml") => false,
        _ => bytes
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .is_some_and(|b| *b == b'{'),
    };
    if is_json {
        super::json::parse(bytes).map_err(|e| Error::Syntax {
            path: path.to_path_buf(),
            format: "JSON",
            line: e.line(),
            column: e.column(),
            message: strip_position(&e.to_string()),
        })
    } else {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::Syntax {
            path: path.to_path_buf(),
            format: "YAML",
            line: line_of(bytes, e.valid_up_to()),
            column: 0,
            message: "file is not valid UTF-8".into(),
        })?;
        let yaml: Yaml = serde_yaml::from_str(text).map_err(|e| {
            let (line, column) = e
                .location()
                .map(|l| (l.line(), l.column()))
                .unwrap_or((0, 0));
            Error::Syntax {
                path: path.to_path_buf(),
                format: "YAML",
                line,
                column,
                message: strip_position(&e.to_string()),
            }
        })?;
        Ok(yaml.0)
    }
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// Parser messages end with "at line X column Y", which we already print in front.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// A YAML document read straight into a JSON value: mapping keys of any scalar type become
/// strings, integers beyond 64 bits become floats, and `<<` merge keys are applied.
struct Yaml(Value);

impl<'de> Deserialize<'de> for Yaml {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        d.deserialize_any(YamlVisitor).map(Yaml)
    }
}

struct YamlVisitor;

impl<'de> Visitor<'de> for YamlVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, v: bool) -> std::result::Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> std::result::Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_i128<E>(self, v: i128) -> std::result::Result<Value, E> {
        Ok(float(v as f64))
    }
    fn visit_u128<E>(self, v: u128) -> std::result::Result<Value, E> {
        Ok(float(v as f64))
    }
    fn visit_f64<E>(self, v: f64) -> std::result::Result<Value, E> {
        Ok(float(v))
    }
    fn visit_str<E>(self, v: &str) -> std::result::Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }
    fn visit_string<E>(self, v: String) -> std::result::Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> std::result::Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> std::result::Result<Value, D::Error> {
        d.deserialize_any(YamlVisitor)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> std::result::Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(Yaml(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> std::result::Result<Value, A::Error> {
        let mut out = serde_json::Map::new();
        let mut merges = Vec::new();
        while let Some(Yaml(key)) = map.next_key()? {
            let Yaml(value) = map.next_value()?;
            let key = match key {
                Value::String(s) => s,
                Value::Null => "null".into(),
                other => other.to_string(),
            };
            if key == "<<" {
                merges.push(value);
            } else {
                out.insert(key, value);
            }
        }
        // Merge keys: entries of the merged mappings that the mapping does not set itself.
        for merged in merges {
            let sources = match merged {
                Value::Array(list) => list,
                other => vec![other],
            };
            for source in sources {
                if let Value::Object(m) = source {
                    for (k, v) in m {
                        out.entry(k).or_insert(v);
                    }
                }
            }
        }
        Ok(Value::Object(out))
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(
        self,
        data: A,
    ) -> std::result::Result<Value, A::Error> {
        // A tagged value (`!tag value`): keep the value.
        use serde::de::VariantAccess;
        let (_, variant): (serde::de::IgnoredAny, _) = data.variant()?;
        variant.newtype_variant::<Yaml>().map(|y| y.0)
    }
}

fn float(v: f64) -> Value {
    serde_json::Number::from_f64(v)
        .map(Value::Number)
        .unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_integer_keys_become_strings() {
        let v = parse(
            Path::new("a.yaml"),
            b"responses:\n  200:\n    description: ok\n",
        )
        .unwrap();
        assert_eq!(v["responses"]["200"]["description"], "ok");
    }

    #[test]
    fn json_errors_carry_line_and_column() {
        let err = parse(Path::new("a.json"), b"{\n  \"a\": ,\n}").unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("a.json:2:8: invalid JSON"), "{msg}");
    }

    #[test]
    fn yaml_big_integers_merge_keys_and_tags() {
        let v = parse(
            Path::new("a.yaml"),
            b"max: 18446744073709552000\nbase: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3\nt: !foo bar\n",
        )
        .unwrap();
        assert!(v["max"].as_f64().unwrap() > 1e19);
        assert_eq!(v["d"]["x"], 1);
        assert_eq!(v["d"]["y"], 3);
        assert_eq!(v["t"], "bar");
    }

    #[test]
    fn yaml_errors_carry_line() {
        let err = parse(Path::new("a.yaml"), b"a: 1\nb: [\n").unwrap_err();
        assert!(err.to_string().contains("a.yaml:"), "{err}");
        assert!(err.to_string().contains("invalid YAML"), "{err}");
    }
}
