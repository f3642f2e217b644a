//! A large JSON document parsed on all cores.
//!
//! Parsing GitHub's 13 MB spec was the largest serial step of its generation. The document
//! is first cut, by a scan that only follows nesting and skips strings, into the members
//! of its large objects (the root, `paths`, `components`, `components/schemas`, ...); the
//! pieces are parsed by serde_json side by side and put back in document order, with
//! `Map::insert` as serde_json itself builds a map (a repeated key keeps its first place
//! and takes its last value). Anything the scan does not expect, and any piece serde_json
//! rejects, sends the whole document to serde_json alone, so errors (and their line and
//! column) are exactly serde_json's.

use rayon::prelude::*;
use serde_json::{Map, Value};
use std::ops::Range;

/// Objects at least this large are cut into their members.
const SPLIT: usize = 64 * 1024;
/// How deep objects are cut at most: the root, `components`, `schemas` and a schema are
/// enough pieces for two cores; deeper objects are only skipped over.
const MAX_DEPTH: usize = 4;
/// Values nested deeper than this are left to serde_json with the whole document (its own
/// limit is 128).
const NESTING: usize = 100;
/// Documents smaller than this are parsed whole: cutting them gains nothing.
const WORTH_IT: usize = 1 << 20;

/// `bytes` parsed as one JSON document: the same value as `serde_json::from_slice`, and
/// the same error.
pub fn parse(bytes: &[u8]) -> serde_json::Result<Value> {
    if bytes.len() >= WORTH_IT {
        if let Some(value) = parse_in_pieces(bytes) {
            return Ok(value);
        }
    }
    serde_json::from_slice(bytes)
}

/// A value of the document: parsed whole, or an object cut into members.
enum Piece {
    Whole(Range<usize>),
    Object(Vec<(Range<usize>, Piece)>),
}

fn parse_in_pieces(bytes: &[u8]) -> Option<Value> {
    let start = skip_ws(bytes, 0);
    let (root, end) = cut(bytes, start, 0)?;
    if skip_ws(bytes, end) != bytes.len() {
        return None;
    }
    let mut wholes = Vec::new();
    collect(&root, &mut wholes);
    let parsed: Vec<Value> = wholes
        .par_iter()
        .map(|r| serde_json::from_slice(&bytes[r.clone()]).ok())
        .collect::<Option<_>>()?;
    let mut parsed = parsed.into_iter();
    assemble(bytes, root, &mut parsed)
}

/// The value starting at `start` as a piece, and where it ends: an object at least
/// [`SPLIT`] bytes long is cut into its members, each cut the same way (one scan of the
/// document in all). Objects below [`MAX_DEPTH`] are walked member by member; anything else
/// is only skipped.
fn cut(bytes: &[u8], start: usize, depth: usize) -> Option<(Piece, usize)> {
    if bytes.get(start) != Some(&b'{') || depth >= MAX_DEPTH {
        let end = value_end(bytes, start, depth)?;
        return Some((Piece::Whole(start..end), end));
    }
    let mut members = Vec::new();
    let mut at = skip_ws(bytes, start + 1);
    if bytes.get(at) == Some(&b'}') {
        return Some((Piece::Whole(start..at + 1), at + 1));
    }
    loop {
        if bytes.get(at) != Some(&b'"') {
            return None;
        }
        let key_end = string_end(bytes, at)?;
        let key = at..key_end;
        at = skip_ws(bytes, key_end);
        if bytes.get(at) != Some(&b':') {
            return None;
        }
        let (member, end) = cut(bytes, skip_ws(bytes, at + 1), depth + 1)?;
        members.push((key, member));
        at = skip_ws(bytes, end);
        match bytes.get(at) {
            Some(b',') => at = skip_ws(bytes, at + 1),
            Some(b'}') => {
                let end = at + 1;
                let piece = if end - start < SPLIT {
                    Piece::Whole(start..end)
                } else {
                    Piece::Object(members)
                };
                return Some((piece, end));
            }
            _ => return None,
        }
    }
}

fn collect(piece: &Piece, out: &mut Vec<Range<usize>>) {
    match piece {
        Piece::Whole(r) => out.push(r.clone()),
        Piece::Object(members) => members.iter().for_each(|(_, p)| collect(p, out)),
    }
}

fn assemble(bytes: &[u8], piece: Piece, parsed: &mut impl Iterator<Item = Value>) -> Option<Value> {
    match piece {
        Piece::Whole(_) => parsed.next(),
        Piece::Object(members) => {
            let mut map = Map::new();
            for (key, member) in members {
                let key: String = serde_json::from_slice(&bytes[key]).ok()?;
                map.insert(key, assemble(bytes, member, parsed)?);
            }
            Some(Value::Object(map))
        }
    }
}

fn skip_ws(bytes: &[u8], mut at: usize) -> usize {
    while matches!(bytes.get(at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        at += 1;
    }
    at
}

/// Where the string opening at `start` ends (after its closing quote).
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut at = start + 1;
    loop {
        at += memchr::memchr2(b'"', b'\\', &bytes[at..])?;
        if bytes[at] == b'"' {
            return Some(at + 1);
        }
        at += 2;
        if at > bytes.len() {
            return None;
        }
    }
}

/// Where the value starting at `start`, inside `enclosing` objects, ends: its nesting
/// followed, its strings skipped. What it holds is left to serde_json. `None` for a value
/// nested anywhere near serde_json's limit of depth: parsed apart, it would be nested less
/// deep than in the document, so it goes with the whole document to serde_json, which
/// decides.
fn value_end(bytes: &[u8], start: usize, enclosing: usize) -> Option<usize> {
    match bytes.get(start)? {
        b'"' => string_end(bytes, start),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut at = start;
            while at < bytes.len() {
                match bytes[at] {
                    b'"' => {
                        at = string_end(bytes, at)?;
                        continue;
                    }
                    b'{' | b'[' => {
                        depth += 1;
                        if enclosing + depth > NESTING {
                            return None;
                        }
                    }
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(at + 1);
                        }
                    }
                    _ => {}
                }
                at += 1;
            }
            None
        }
        _ => {
            let len = bytes[start..]
                .iter()
                .position(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
                .unwrap_or(bytes.len() - start);
            Some(start + len)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document large enough to be cut, at every level, with what a scan could trip on:
    /// escaped quotes and backslashes, brackets inside strings, unicode escapes in keys,
    /// repeated keys, empty objects and arrays, numbers of every form, nesting.
    fn document() -> String {
        let mut members = Vec::new();
        for i in 0..400 {
            members.push(format!(
                r#""k{i}\"\\\u00e9}}]": {{"a": "x \"}} ] {{ [ \\", "n": [-1.5e3, 0, 12345678901234567890, true, false, null], "o": {{}}, "l": [], "deep": {{"b": {{"c": [{{"d": "{pad}"}}]}}}}}}"#,
                pad = "p".repeat(300)
            ));
        }
        members.push(r#""k1\"\\\u00e9}]": "repeated, last wins, first place kept""#.into());
        format!(
            "\n {{ \"paths\" : {{ {} }} , \"info\": {{\"title\": \"t\"}}, \"x\": 1 }} \n",
            members.join(",\n")
        )
    }

    #[test]
    fn pieces_make_the_value_serde_json_makes() {
        let text = document();
        assert!(text.len() >= WORTH_IT / 8);
        let bytes = text.as_bytes();
        let whole: Value = serde_json::from_slice(bytes).unwrap();
        // Below the size where it is used, called directly.
        let pieces = parse_in_pieces(bytes).expect("the document is cut");
        assert_eq!(pieces, whole);
        // Same order of keys too (`==` on maps ignores it).
        assert_eq!(
            serde_json::to_string(&pieces).unwrap(),
            serde_json::to_string(&whole).unwrap()
        );
        let paths = pieces["paths"].as_object().unwrap();
        assert_eq!(paths.len(), 400);
        assert_eq!(
            paths["k1\"\\é}]"],
            Value::from("repeated, last wins, first place kept")
        );
    }

    #[test]
    fn a_broken_document_gets_serde_json_s_own_error() {
        let mut padded = document();
        padded.push_str(&" ".repeat(WORTH_IT));
        for broken in [
            padded.replacen("\"a\": \"x", "\"a\" \"x", 1),
            padded.replacen("[-1.5e3", "[-1.5e", 1),
            padded.replacen("\"x\": 1", "\"x\": 1,", 1),
            format!("{padded}}}"),
            padded.replacen("null]", "nul]", 7),
            padded.replacen(&"p".repeat(300), &format!("{}\u{1}", "p".repeat(299)), 1),
            // Nested past serde_json's limit only when counting the objects it was cut from.
            padded.replacen("\"o\": {}", &nested(126), 1),
        ] {
            let ours = parse(broken.as_bytes()).unwrap_err();
            let theirs = serde_json::from_slice::<Value>(broken.as_bytes()).unwrap_err();
            assert_eq!(ours.to_string(), theirs.to_string());
        }
        assert!(parse(padded.as_bytes()).is_ok());
        // Nested deep, but within the limit: the same value either way.
        let deep = padded.replacen("\"o\": {}", &nested(120), 1);
        assert_eq!(
            parse(deep.as_bytes()).unwrap(),
            serde_json::from_slice::<Value>(deep.as_bytes()).unwrap()
        );
    }

    /// `"o": ` and arrays `depth` deep.
    fn nested(depth: usize) -> String {
        format!("\"o\": {}{}", "[".repeat(depth), "]".repeat(depth))
    }
}
