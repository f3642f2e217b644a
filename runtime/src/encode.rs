//! Turning serializable parameter values into text: path segments, query pairs in the
//! OpenAPI styles, nested form bodies and cookie values.

use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use serde::Serialize;
use serde_json::Value;

/// Everything except RFC 3986 unreserved characters, so a value stays one path segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Characters not allowed in a cookie value (RFC 6265 cookie-octet), plus `%` itself.
const COOKIE_VALUE: &AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b',')
    .add(b';')
    .add(b'\\')
    .add(b'%');

/// How a query parameter is serialized (OpenAPI `style` + `explode`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryStyle {
    /// `form`: arrays repeated (`explode`) or comma-joined; exploded objects spread their keys.
    Form {
        /// OpenAPI `explode`.
        explode: bool,
    },
    /// `deepObject`: `name[key]=v`, recursively; arrays as `name[key][0]=v`.
    DeepObject,
    /// `spaceDelimited`: array items joined by spaces.
    SpaceDelimited,
    /// `pipeDelimited`: array items joined by `|`.
    PipeDelimited,
}

/// Serializes any value to JSON, keeping the error as text for `Error::Encode`.
pub(crate) fn to_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, String> {
    serde_json::to_value(value).map_err(|e| e.to_string())
}

/// Text of a single value: strings as-is, numbers and bools via `to_string`, null empty,
/// and nested values (which have no defined style here) as JSON text.
pub(crate) fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(_) | Value::Object(_) => value.to_string(),
    }
}

/// OpenAPI `simple` style (path and header parameters): arrays comma-joined, objects as
/// `k,v,k,v`.
pub(crate) fn simple_text(value: &Value) -> String {
    simple_parts(value).join(",")
}

fn simple_parts(value: &Value) -> Vec<String> {
    match value {
        Value::Array(items) => items
            .iter()
            .filter(|v| !v.is_null())
            .map(scalar_text)
            .collect(),
        Value::Object(map) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .flat_map(|(k, v)| [k.clone(), scalar_text(v)])
            .collect(),
        other => vec![scalar_text(other)],
    }
}

/// Encodes a path parameter as exactly one path segment (items of arrays are encoded one by
/// one and joined with a literal comma). `.` and `..` are refused: URL parsers would treat
/// them as navigation, even percent-encoded.
pub(crate) fn path_segment(value: &Value) -> Result<String, String> {
    let parts = simple_parts(value);
    let joined = parts.join(",");
    if joined == "." || joined == ".." {
        return Err(format!("path parameter value `{joined}` is not allowed"));
    }
    Ok(parts
        .iter()
        .map(|p| utf8_percent_encode(p, PATH_SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join(","))
}

/// Query pairs for one parameter in the given style. Null produces nothing.
pub(crate) fn query_pairs(name: &str, value: &Value, style: QueryStyle) -> Vec<(String, String)> {
    let scalars = |items: &[Value]| -> Vec<String> {
        items
            .iter()
            .filter(|v| !v.is_null())
            .map(scalar_text)
            .collect()
    };
    match (value, style) {
        (Value::Null, _) => Vec::new(),
        (_, QueryStyle::DeepObject) => {
            let mut out = Vec::new();
            flatten_nested(name, value, ScalarLists::Indexed, &mut out);
            out
        }
        (Value::Array(items), QueryStyle::Form { explode: true }) => scalars(items)
            .into_iter()
            .map(|v| (name.to_string(), v))
            .collect(),
        (Value::Object(map), QueryStyle::Form { explode: true }) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.clone(), scalar_text(v)))
            .collect(),
        (Value::Array(_) | Value::Object(_), style) => {
            let sep = match style {
                QueryStyle::SpaceDelimited => " ",
                QueryStyle::PipeDelimited => "|",
                _ => ",",
            };
            vec![(name.to_string(), simple_parts(value).join(sep))]
        }
        (scalar, _) => vec![(name.to_string(), scalar_text(scalar))],
    }
}

/// How [`flatten_nested`] names the items of a list of scalars.
#[derive(Clone, Copy, PartialEq, Eq)]
enum ScalarLists {
    /// `a[0]=v`, `a[1]=w` (Stripe's form bodies, deepObject queries).
    Indexed,
    /// `a[]=v`, `a[]=w` (multipart fields).
    Repeated,
}

/// Flattens nested values into bracketed keys: `a[b]=v`, `a[0]=v` (or `a[]=v`, see
/// [`ScalarLists`]), `a[0][c]=v`. Nulls and empty containers produce nothing.
fn flatten_nested(
    prefix: &str,
    value: &Value,
    lists: ScalarLists,
    out: &mut Vec<(String, String)>,
) {
    match value {
        Value::Null => {}
        Value::Object(map) => {
            for (k, v) in map {
                flatten_nested(&format!("{prefix}[{k}]"), v, lists, out);
            }
        }
        Value::Array(items)
            if lists == ScalarLists::Repeated
                && items.iter().all(|v| !v.is_object() && !v.is_array()) =>
        {
            let key = format!("{prefix}[]");
            for v in items.iter().filter(|v| !v.is_null()) {
                out.push((key.clone(), scalar_text(v)));
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                flatten_nested(&format!("{prefix}[{i}]"), v, lists, out);
            }
        }
        scalar => out.push((prefix.to_string(), scalar_text(scalar))),
    }
}

/// The text fields of a multipart property holding an object or an array, with bracketed
/// names as form-data servers parse them (Rails, PHP, Express; Stripe declares its fields
/// `deepObject`, OpenAI documents `timestamp_granularities[]`; Prism validates them so):
/// `a[k]=v`, `a[]=v` for each scalar of an array, `a[0][k]=v` for an array of objects.
/// Nulls produce nothing.
pub(crate) fn multipart_fields(name: &str, value: &Value, out: &mut Vec<(String, String)>) {
    flatten_nested(name, value, ScalarLists::Repeated, out);
}

/// Pairs of an `application/x-www-form-urlencoded` body with Stripe-style nested keys:
/// `{"metadata":{"k":"v"},"expand":["a"]}` gives `metadata[k]=v`, `expand[0]=a`.
pub(crate) fn form_pairs(value: &Value) -> Result<Vec<(String, String)>, String> {
    form_pairs_styled(value, &[], QueryStyle::DeepObject)
}

/// Pairs of an `application/x-www-form-urlencoded` body, each property in the style its
/// `encoding` gives it in `styles`, else in `default`, as a query parameter of that style is
/// written: `form` with `explode` (OpenAPI's default) repeats an array's key
/// (`tags=a&tags=b`, as Twilio reads it), `deepObject` nests (`metadata[k]=v`).
pub(crate) fn form_pairs_styled(
    value: &Value,
    styles: &[(&str, QueryStyle)],
    default: QueryStyle,
) -> Result<Vec<(String, String)>, String> {
    let Value::Object(map) = value else {
        return Err("a form body must serialize to an object".to_string());
    };
    let mut out = Vec::new();
    for (k, v) in map {
        let style = styles
            .iter()
            .find(|(name, _)| name == k)
            .map_or(default, |(_, style)| *style);
        out.extend(query_pairs(k, v, style));
    }
    Ok(out)
}

/// Encodes pairs as `application/x-www-form-urlencoded`.
pub(crate) fn urlencode(pairs: &[(String, String)]) -> String {
    let mut ser = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        ser.append_pair(k, v);
    }
    ser.finish()
}

/// Percent-encodes characters a cookie value cannot carry.
pub(crate) fn cookie_value(value: &str) -> String {
    utf8_percent_encode(value, COOKIE_VALUE).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// Encoded form body with pairs sorted, so tests do not depend on whether serde_json
    /// preserves key order (a feature another crate in the build may switch on).
    fn form(v: Value) -> String {
        let mut pairs = form_pairs(&v).unwrap();
        pairs.sort();
        urlencode(&pairs)
    }

    #[test]
    fn form_nested_keys_arrays_and_objects_in_arrays() {
        let body = json!({
            "metadata": {"k": "v"},
            "expand": ["a", "b"],
            "items": [{"price": "p"}],
        });
        assert_eq!(
            form(body),
            "expand%5B0%5D=a&expand%5B1%5D=b&items%5B0%5D%5Bprice%5D=p&metadata%5Bk%5D=v"
        );
        let pairs = form_pairs(&json!({"items": [{"price": "p"}, {"price": "q"}]})).unwrap();
        assert_eq!(
            pairs,
            vec![
                ("items[0][price]".to_string(), "p".to_string()),
                ("items[1][price]".to_string(), "q".to_string())
            ]
        );
    }

    #[test]
    fn form_skips_none_and_writes_bools_and_numbers() {
        #[derive(Serialize)]
        struct Body {
            name: Option<String>,
            email: Option<String>,
            active: bool,
            limit: u32,
            ratio: f64,
            nested: Option<Inner>,
        }
        #[derive(Serialize)]
        struct Inner {
            gone: Option<u8>,
            kept: &'static str,
        }
        let body = Body {
            name: None,
            email: Some("a b&c@x.io".into()),
            active: false,
            limit: 10,
            ratio: 0.5,
            nested: Some(Inner {
                gone: None,
                kept: "yes",
            }),
        };
        assert_eq!(
            form(to_value(&body).unwrap()),
            "active=false&email=a+b%26c%40x.io&limit=10&nested%5Bkept%5D=yes&ratio=0.5"
        );
    }

    #[test]
    fn form_properties_in_their_declared_styles() {
        let body = json!({
            "StatusCallbackEvent": ["initiated", "ringing"],
            "metadata": {"k": "v"},
            "ids": [1, 2],
            "To": "+15551234567",
            "gone": null,
        });
        // Sorted: the body's key order depends on serde_json's `preserve_order`.
        let styled = |styles: &[(&str, QueryStyle)]| {
            let mut pairs =
                form_pairs_styled(&body, styles, QueryStyle::Form { explode: true }).unwrap();
            pairs.sort();
            urlencode(&pairs)
        };
        // OpenAPI's default, `form` exploded: an array repeats its key, an object spreads.
        assert_eq!(
            styled(&[]),
            "StatusCallbackEvent=initiated&StatusCallbackEvent=ringing&To=%2B15551234567\
             &ids=1&ids=2&k=v"
        );
        // Declared styles: nested keys (Stripe's), comma-joined, pipes.
        assert_eq!(
            styled(&[
                ("metadata", QueryStyle::DeepObject),
                ("StatusCallbackEvent", QueryStyle::Form { explode: false }),
                ("ids", QueryStyle::PipeDelimited),
            ]),
            "StatusCallbackEvent=initiated%2Cringing&To=%2B15551234567&ids=1%7C2\
             &metadata%5Bk%5D=v"
        );
        assert!(form_pairs_styled(&json!([1]), &[], QueryStyle::DeepObject).is_err());
    }

    #[test]
    fn form_rejects_non_objects() {
        assert!(form_pairs(&json!([1, 2])).is_err());
        assert!(form_pairs(&json!("x")).is_err());
    }

    fn pairs(name: &str, v: Value, style: QueryStyle) -> Vec<(String, String)> {
        query_pairs(name, &v, style)
    }

    fn p(k: &str, v: &str) -> (String, String) {
        (k.to_string(), v.to_string())
    }

    #[test]
    fn query_form_styles() {
        let explode = QueryStyle::Form { explode: true };
        let flat = QueryStyle::Form { explode: false };
        assert_eq!(
            pairs("id", json!(["a", "b"]), explode),
            vec![p("id", "a"), p("id", "b")]
        );
        assert_eq!(pairs("id", json!(["a", "b"]), flat), vec![p("id", "a,b")]);
        assert_eq!(pairs("id", json!([1, true]), flat), vec![p("id", "1,true")]);
        // keys already sorted, so the order is the same with or without preserve_order
        assert_eq!(
            pairs("f", json!({"x": 1, "y": "z"}), explode),
            vec![p("x", "1"), p("y", "z")]
        );
        assert_eq!(
            pairs("f", json!({"x": 1, "y": "z"}), flat),
            vec![p("f", "x,1,y,z")]
        );
        assert_eq!(pairs("n", json!(5), explode), vec![p("n", "5")]);
        assert_eq!(pairs("n", json!(null), explode), vec![]);
        assert_eq!(pairs("n", json!("a b"), flat), vec![p("n", "a b")]);
    }

    #[test]
    fn query_delimited_styles() {
        assert_eq!(
            pairs("t", json!(["a", "b"]), QueryStyle::SpaceDelimited),
            vec![p("t", "a b")]
        );
        assert_eq!(
            pairs("t", json!(["a", "b"]), QueryStyle::PipeDelimited),
            vec![p("t", "a|b")]
        );
    }

    #[test]
    fn query_deep_object() {
        let v = json!({"gte": 10, "tags": ["x", "y"], "sub": {"k": "v"}, "none": null});
        let mut got = pairs("created", v, QueryStyle::DeepObject);
        got.sort();
        assert_eq!(
            got,
            vec![
                p("created[gte]", "10"),
                p("created[sub][k]", "v"),
                p("created[tags][0]", "x"),
                p("created[tags][1]", "y"),
            ]
        );
    }

    #[test]
    fn nested_values_without_style_become_json() {
        let v = json!([{"a": 1}]);
        assert_eq!(
            pairs("q", v, QueryStyle::Form { explode: true }),
            vec![p("q", r#"{"a":1}"#)]
        );
    }

    #[test]
    fn path_segments_are_single_segments() {
        assert_eq!(
            path_segment(&json!("a/b c?d#e%")).unwrap(),
            "a%2Fb%20c%3Fd%23e%25"
        );
        assert_eq!(path_segment(&json!("cus_1-x.y~z")).unwrap(), "cus_1-x.y~z");
        assert_eq!(path_segment(&json!(42)).unwrap(), "42");
        assert_eq!(path_segment(&json!(true)).unwrap(), "true");
        assert_eq!(path_segment(&json!(["a,b", "c"])).unwrap(), "a%2Cb,c");
        assert_eq!(path_segment(&json!("é")).unwrap(), "%C3%A9");
        assert!(path_segment(&json!("..")).is_err());
        assert!(path_segment(&json!(".")).is_err());
    }

    #[test]
    fn cookie_values_are_escaped() {
        assert_eq!(cookie_value("a b;c"), "a%20b%3Bc");
        assert_eq!(cookie_value("plain-value_1"), "plain-value_1");
    }
}
