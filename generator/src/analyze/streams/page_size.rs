//! The page size a stream sends by default: the one in `apitap.toml` (held to the spec's
//! maximum), else the spec's maximum (also read from the parameter's description) capped at
//! 1,000, else the API's own default.

use super::*;

/// The page size a stream sends by default.
pub(super) fn page_size(
    op: &crate::ir::Operation,
    plan: &crate::analyze::pagination::Plan,
    configured: Option<u64>,
    stream: &str,
    warnings: &mut Vec<crate::diag::Warning>,
) -> Option<PageSize> {
    let size = plan.size_param.as_ref()?;
    let param = op
        .params
        .iter()
        .find(|p| p.name == size.name && p.location == ParamLocation::Query);
    let schema_max = param
        .and_then(|p| p.constraints.as_ref()?.maximum.as_ref())
        .and_then(|b| {
            let v = if b.exclusive { b.value - 1.0 } else { b.value };
            (v >= 1.0 && v.is_finite()).then_some(v.floor() as u64)
        });
    // Many specs say the limit only in words ("can range between 1 and 100", "max 100").
    let described_max = || param.and_then(|p| described_maximum(p.doc.as_deref()?));
    let (max, from_words) = match schema_max {
        Some(m) => (Some(m), false),
        None => match described_max() {
            Some(m) => (Some(m), true),
            None => (None, false),
        },
    };
    let (default, mut reason) = match (configured, max) {
        (Some(n), Some(m)) if n > m => {
            warnings.push(crate::diag::Warning {
                code: crate::diag::WarningCode::Sync,
                location: format!("apitap.toml: [sync] page_size ({stream})"),
                message: format!("{n} is above the maximum {m} of `{}`; using {m}", size.name),
            });
            (
                Some(m),
                format!("apitap.toml asks for {n}, the spec's maximum is {m}"),
            )
        }
        (Some(n), _) => (Some(n), "set in apitap.toml".to_string()),
        (None, Some(m)) if m > MAX_DEFAULT_PAGE_SIZE => (
            Some(MAX_DEFAULT_PAGE_SIZE),
            format!(
                "the spec allows up to {m}; {MAX_DEFAULT_PAGE_SIZE} keeps pages from timing out"
            ),
        ),
        (None, Some(m)) => (Some(m), "the largest the spec allows".to_string()),
        (None, None) => (
            None,
            "the spec gives no maximum: the API's default".to_string(),
        ),
    };
    if from_words && configured.is_none() {
        reason.push_str(" (the maximum is in the parameter's description, not its schema)");
    }
    Some(PageSize {
        param: size.name.clone(),
        default,
        max,
        reason,
    })
}

/// A maximum stated in a page size parameter's description: "between 1 and 100", "max
/// 100", "maximum of 100", "up to 100", "at most 100", "no more than 100", "cannot exceed 100".
pub(super) fn described_maximum(doc: &str) -> Option<u64> {
    static WORDS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let re = WORDS.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\b(?:between\s+\d+\s+and|max(?:imum)?(?:\s+(?:of|is|value\s+is))?:?|up\s+to(?:\s+a\s+maximum\s+of)?|at\s+most|no\s+more\s+than|(?:cannot|can't|may\s+not)\s+exceed|less\s+than\s+or\s+equal\s+to)\s*\(?\s*([0-9][0-9,]*)\b",
        )
        .expect("a valid regex")
    });
    re.captures_iter(doc)
        .filter_map(|c| c[1].replace(',', "").parse::<u64>().ok())
        .filter(|n| *n >= 1)
        .max()
}
