//! JSON pointers (RFC 6901) and `$ref` fragments.

use serde_json::Value;

/// Escape one reference token.
pub fn escape(key: &str) -> std::borrow::Cow<'_, str> {
    if key.contains(['~', '/']) {
        key.replace('~', "~0").replace('/', "~1").into()
    } else {
        key.into()
    }
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Decode a URI fragment (`/components/schemas/A%20B`) into a JSON pointer.
pub fn decode_fragment(fragment: &str) -> String {
    if !fragment.contains('%') {
        return fragment.to_string();
    }
    let bytes = fragment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((h * 16 + l) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value at `pointer` inside `root`.
pub fn get<'a>(root: &'a Value, pointer: &str) -> Option<&'a Value> {
    if pointer.is_empty() {
        return Some(root);
    }
    let rest = pointer.strip_prefix('/')?;
    let mut current = root;
    for token in rest.split('/') {
        // Most tokens have nothing escaped: looked up as they are, without a copy (every
        // reference and schema the IR reads goes through here).
        let token = if token.contains('~') {
            std::borrow::Cow::Owned(unescape(token))
        } else {
            std::borrow::Cow::Borrowed(token)
        };
        current = match current {
            Value::Object(map) => map.get(token.as_ref())?,
            Value::Array(items) => items.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(current)
}

/// The last token of a pointer, unescaped (`/components/schemas/Pet` → `Pet`).
pub fn last_token(pointer: &str) -> Option<String> {
    pointer
        .rsplit('/')
        .next()
        .filter(|t| !t.is_empty())
        .map(unescape)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn gets_escaped_and_indexed_paths() {
        let v = json!({"a/b": {"c~d": [1, 2]}});
        assert_eq!(get(&v, "/a~1b/c~0d/1"), Some(&json!(2)));
        assert_eq!(get(&v, ""), Some(&v));
        assert_eq!(get(&v, "/missing"), None);
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(decode_fragment("/a%20b"), "/a b");
        assert_eq!(decode_fragment("/x%"), "/x%");
    }
}
