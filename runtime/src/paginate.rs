//! Pagination streams behind the generated `.pages()` and `.items()` methods.
//!
//! The generator decides, per list operation, how the API pages ([`PagePlan`]) and emits a
//! small function that reads the next cursor, URL, totals and flags from a decoded page with
//! typed field access ([`PageInfo`]). This module owns the loop: it moves the page parameter
//! on the same [`Request`] (so every other parameter the caller set is kept), sends each page
//! through [`Client::send`] (auth, retries and rate limits apply), and decides when to stop.
//!
//! Stopping is where connectors silently lose data or hang, so the rules are explicit: stop
//! when the API says it is done (no cursor, `has_more: false`, total or page count reached)
//! or after an empty page; never stop on a short page (APIs cap page sizes); a repeated
//! cursor or URL is an error, never a silent stop and never an endless loop; the configured
//! page cap stops with a warning so users know why the data ends there.

use std::collections::HashSet;
use std::hash::{DefaultHasher, Hash, Hasher};

use futures::stream::{self, Stream, StreamExt};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::client::Client;
use crate::error::{Error, ErrorBody};
use crate::request::Request;
use crate::response::Response;

/// How an operation moves from one page to the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    /// An opaque cursor from the response is sent back as the page parameter.
    Cursor,
    /// The last item's id is sent back (Stripe `starting_after` with `has_more`).
    LastItemId,
    /// The response body holds the URL of the next page.
    NextUrl,
    /// The `Link` response header holds the URL of the next page (GitHub).
    LinkHeader,
    /// An item offset advanced by the number of items received.
    Offset,
    /// A page number advanced by one.
    PageNumber,
}

/// Where a pagination parameter is sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamIn {
    /// In the query string.
    Query,
    /// In the JSON request body (POST searches).
    Body,
}

/// Static description of one operation's pagination, emitted by the generator.
#[derive(Debug)]
pub struct PagePlan {
    /// How pages follow each other.
    pub kind: PageKind,
    /// Wire name of the cursor/offset/page parameter (query key like `starting_after` or
    /// `page[number]`, or for [`ParamIn::Body`] the top-level JSON field name).
    pub param: Option<&'static str>,
    /// Where `param` is sent.
    pub param_in: ParamIn,
    /// For [`ParamIn::Body`]: JSON path of the field inside the body (e.g.
    /// `["pagination", "starting_after"]`); empty means `[param]`. Empty for query parameters.
    pub param_path: &'static [&'static str],
    /// Wire name of the page size parameter (`limit`, `per_page`, `page[size]`, ...).
    pub size_param: Option<&'static str>,
    /// Where `size_param` is sent.
    pub size_in: ParamIn,
    /// For [`ParamIn::Body`]: JSON path of the page size field; empty means `[size_param]`.
    pub size_path: &'static [&'static str],
    /// [`PageKind::PageNumber`]: the number of the first page (usually 1; 0 for zero-based
    /// APIs).
    pub first_page: u64,
}

/// What the generated code read from one decoded page (typed field access, no extra parsing).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageInfo {
    /// Records on this page.
    pub item_count: usize,
    /// Cursor for the next page ([`PageKind::Cursor`]) or the last item's id
    /// ([`PageKind::LastItemId`]).
    pub next_token: Option<String>,
    /// URL of the next page, possibly relative ([`PageKind::NextUrl`],
    /// [`PageKind::LinkHeader`]).
    pub next_url: Option<String>,
    /// The API's own "more pages follow" flag, when it has one.
    pub has_more: Option<bool>,
    /// Total number of records ([`PageKind::Offset`]).
    pub total: Option<u64>,
    /// Total number of pages ([`PageKind::PageNumber`]).
    pub page_count: Option<u64>,
}

/// A stream of pages or records; it ends after the last page or after the first error.
pub type PageStream<T, E> = std::pin::Pin<Box<dyn Stream<Item = Result<T, Error<E>>> + Send>>;

/// Every page of a paginated operation, in order, starting with `first` as the caller built
/// it. `extract` reads what the loop needs from each decoded page. See the module docs for
/// when the stream stops. Records are added to the client's `records` counter.
pub fn paginate<T, E>(
    client: Client,
    first: Request,
    plan: &'static PagePlan,
    extract: fn(&T, &Response) -> PageInfo,
) -> PageStream<T, E>
where
    T: DeserializeOwned + Send + 'static,
    E: ErrorBody + Send + 'static,
{
    paginate_from(client, first, plan, extract, PageStart::default())
        .map(|page| page.map(|(page, _)| page))
        .boxed()
}

/// Where the page after a page is: what a connector saves with the rows of the pages it has
/// loaded, so a run that stops part-way can go on from there ([`PageStart::resume`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PagePosition {
    /// The cursor or last item id to send as the page parameter.
    Token(String),
    /// The next page's absolute URL (without query API keys).
    Url(String),
    /// The offset or page number to send.
    Number(u64),
}

/// How [`paginate_from`] starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageStart {
    /// Records per page, unless the request already sets the size parameter (falls back to
    /// [`Config::page_size`](crate::Config::page_size)).
    pub page_size: Option<u64>,
    /// Continue at this position instead of the first page.
    pub resume: Option<PagePosition>,
}

/// [`paginate`], starting at `start`, yielding each page with the position of the page after
/// it: `None` after the last page; `Some` on the last page yielded means the stream stopped
/// early (the page cap) and the API has more.
pub fn paginate_from<T, E>(
    client: Client,
    first: Request,
    plan: &'static PagePlan,
    extract: fn(&T, &Response) -> PageInfo,
    start: PageStart,
) -> PageStream<(T, Option<PagePosition>), E>
where
    T: DeserializeOwned + Send + 'static,
    E: ErrorBody + Send + 'static,
{
    let mut walk = Walk {
        client,
        plan,
        extract,
        next: Next::Done,
        pages: 0,
        seen: HashSet::new(),
        position: 0,
        last_body: None,
    };
    walk.next = walk.start(first, start);
    Box::pin(stream::unfold(walk, |mut walk| async move {
        match std::mem::replace(&mut walk.next, Next::Done) {
            Next::Done => None,
            Next::Fail(error) => Some((Err(error), walk)),
            Next::Fetch(req) => {
                let page = walk.fetch(req).await;
                Some((page, walk))
            }
        }
    }))
}

/// The records of every page, in order: `into_items` moves them out of each page.
pub fn items<T, I, E>(pages: PageStream<T, E>, into_items: fn(T) -> Vec<I>) -> PageStream<I, E>
where
    T: Send + 'static,
    I: Send + 'static,
    E: Send + 'static,
{
    pages
        .flat_map(move |page| {
            let batch: Vec<Result<I, Error<E>>> = match page {
                Ok(page) => into_items(page).into_iter().map(Ok).collect(),
                Err(error) => vec![Err(error)],
            };
            stream::iter(batch)
        })
        .boxed()
}

/// What the stream does when polled next.
enum Next<E> {
    Fetch(Request),
    /// Yield this error, then end (the pages before it were already yielded).
    Fail(Error<E>),
    Done,
}

/// State of one pagination stream.
struct Walk<T, E> {
    client: Client,
    plan: &'static PagePlan,
    extract: fn(&T, &Response) -> PageInfo,
    next: Next<E>,
    /// Pages fetched so far, for the page cap.
    pages: u64,
    /// Cursors, ids or absolute URLs already requested: seeing one again means the API is
    /// sending us in a circle.
    seen: HashSet<String>,
    /// Offset or page number of the page last requested.
    position: u64,
    /// Hash of the previous page's body: an offset/page API that ignores the page parameter
    /// returns the same page forever and has no cursor to catch that with.
    last_body: Option<u64>,
}

impl<T, E> Walk<T, E>
where
    T: DeserializeOwned,
    E: ErrorBody,
{
    /// Prepares the first request and remembers where the caller started.
    fn start(&mut self, mut req: Request, start: PageStart) -> Next<E> {
        let plan = self.plan;
        let size = start.page_size.or(self.client.config().get_page_size());
        if let (Some(size), Some(n)) = (plan.size_param, size) {
            let path = body_path(size, plan.size_path);
            if read_param(&req, size, plan.size_in, &path).is_none() {
                write_param(&mut req, size, plan.size_in, &path, Value::from(n));
            }
        }
        let current = plan
            .param
            .and_then(|p| read_param(&req, p, plan.param_in, &body_path(p, plan.param_path)));
        match plan.kind {
            PageKind::Cursor | PageKind::LastItemId => {
                if let Some(token) = current.as_ref().and_then(ToCursor::to_cursor) {
                    self.seen.insert(token);
                }
            }
            PageKind::NextUrl | PageKind::LinkHeader => {
                if let Ok(url) = self.client.current_url(&req) {
                    self.seen.insert(url.to_string());
                }
            }
            PageKind::Offset => self.position = current.and_then(|v| v.to_count()).unwrap_or(0),
            PageKind::PageNumber => {
                self.position = current
                    .and_then(|v| v.to_count())
                    .unwrap_or(plan.first_page)
            }
        }
        if let Some(position) = start.resume {
            if let Err(message) = self.resume(&mut req, position) {
                return Next::Fail(Error::Pagination {
                    message: format!("{}, resuming: {message}", req.operation_id()),
                });
            }
        }
        if self.client.config().get_max_pages() == Some(0) {
            self.warn_cap(&req);
            return Next::Done;
        }
        Next::Fetch(req)
    }

    /// Moves the first request to a saved position.
    fn resume(&mut self, req: &mut Request, position: PagePosition) -> Result<(), String> {
        match (self.plan.kind, position) {
            (PageKind::Cursor | PageKind::LastItemId, PagePosition::Token(token)) => {
                self.move_token(req, &token)
            }
            (PageKind::NextUrl | PageKind::LinkHeader, PagePosition::Url(url)) => {
                let parsed = reqwest::Url::parse(&url)
                    .map_err(|_| "the saved next-page URL is not a valid URL".to_string())?;
                self.client.check_origin(&parsed)?;
                self.seen.insert(parsed.to_string());
                req.set_next_url(parsed.as_str());
                Ok(())
            }
            (PageKind::Offset | PageKind::PageNumber, PagePosition::Number(n)) => {
                self.move_position(req, n)
            }
            (kind, position) => Err(format!(
                "the saved position {position:?} does not fit {kind:?} pagination"
            )),
        }
    }

    /// Fetches and decodes one page, then decides what comes after it.
    async fn fetch(&mut self, req: Request) -> Result<(T, Option<PagePosition>), Error<E>> {
        let resp = self.client.send::<E>(req.clone()).await?;
        let page: T = resp.json()?;
        self.pages += 1;
        self.client.count_page();
        let info = (self.extract)(&page, &resp);
        self.client.count_records(info.item_count as u64);
        let operation = req.operation_id();
        let cap = self.client.config().get_max_pages();
        let mut after = None;
        self.next = match self.advance(req, &info, &resp) {
            Ok(Some((next, position))) if cap.is_some_and(|max| self.pages >= max) => {
                self.warn_cap(&next);
                after = Some(position);
                Next::Done
            }
            Ok(Some((next, position))) => {
                after = Some(position);
                Next::Fetch(next)
            }
            Ok(None) => Next::Done,
            Err(message) => Next::Fail(Error::Pagination {
                message: format!("{operation}, page {}: {message}", self.pages),
            }),
        };
        Ok((page, after))
    }

    /// The request for the page after this one and its position, `None` when this was the
    /// last page, or why going on is unsafe.
    fn advance(
        &mut self,
        mut req: Request,
        info: &PageInfo,
        resp: &Response,
    ) -> Result<Option<(Request, PagePosition)>, String> {
        let plan = self.plan;
        // An empty page ends every kind: nothing suggests a later page would have data.
        if info.item_count == 0 || info.has_more == Some(false) {
            return Ok(None);
        }
        let token = info.next_token.as_deref().filter(|t| !t.is_empty());
        let position = match plan.kind {
            PageKind::Cursor => {
                let Some(token) = token else {
                    if info.has_more == Some(true) {
                        tracing::warn!(
                            operation_id = req.operation_id(),
                            "the API says more pages follow but sent no cursor; stopping"
                        );
                    }
                    return Ok(None);
                };
                self.move_token(&mut req, token)?;
                PagePosition::Token(token.to_string())
            }
            PageKind::LastItemId => {
                let more = info.has_more.unwrap_or(token.is_some());
                if !more {
                    return Ok(None);
                }
                let Some(token) = token else {
                    return Err("the API says more pages follow but the last item has no id to continue from".into());
                };
                self.move_token(&mut req, token)?;
                PagePosition::Token(token.to_string())
            }
            PageKind::NextUrl | PageKind::LinkHeader => {
                let Some(link) = info.next_url.as_deref().filter(|u| !u.is_empty()) else {
                    return Ok(None);
                };
                let url = self
                    .client
                    .current_url(&req)?
                    .join(link)
                    .map_err(|_| "the next-page URL is not a valid URL".to_string())?;
                self.client.check_origin(&url)?;
                if !self.seen.insert(url.to_string()) {
                    return Err("the API sent a next-page URL already requested in this stream; stopping instead of looping".into());
                }
                req.set_next_url(url.as_str());
                PagePosition::Url(self.client.without_query_keys(&url))
            }
            PageKind::Offset => {
                let next = self.position + info.item_count as u64;
                if info.total.is_some_and(|total| next >= total) {
                    return Ok(None);
                }
                self.check_new_body(resp)?;
                self.move_position(&mut req, next)?;
                PagePosition::Number(next)
            }
            PageKind::PageNumber => {
                let next = self.position + 1;
                // Pages are numbered first_page ..= first_page + page_count - 1.
                if info
                    .page_count
                    .is_some_and(|count| next.saturating_sub(plan.first_page) >= count)
                {
                    return Ok(None);
                }
                self.check_new_body(resp)?;
                self.move_position(&mut req, next)?;
                PagePosition::Number(next)
            }
        };
        Ok(Some((req, position)))
    }

    /// Sets the next cursor or id, refusing one already used (the API would repeat itself).
    fn move_token(&mut self, req: &mut Request, token: &str) -> Result<(), String> {
        if !self.seen.insert(token.to_string()) {
            return Err(format!(
                "the API returned a value for `{}` already used in this stream; stopping instead of looping",
                self.plan.param.unwrap_or("cursor")
            ));
        }
        self.set_page_param(req, Value::String(token.to_string()))
    }

    fn move_position(&mut self, req: &mut Request, next: u64) -> Result<(), String> {
        self.position = next;
        self.set_page_param(req, Value::from(next))
    }

    fn set_page_param(&self, req: &mut Request, value: Value) -> Result<(), String> {
        let plan = self.plan;
        let Some(param) = plan.param else {
            return Err("the pagination plan names no page parameter to send".into());
        };
        let path = body_path(param, plan.param_path);
        write_param(req, param, plan.param_in, &path, value);
        Ok(())
    }

    /// Errors when this page's body is byte-identical to the previous one.
    fn check_new_body(&mut self, resp: &Response) -> Result<(), String> {
        let mut hasher = DefaultHasher::new();
        resp.body.hash(&mut hasher);
        let hash = hasher.finish();
        if self.last_body.replace(hash) == Some(hash) {
            return Err(format!(
                "the API returned the same page twice; it seems to ignore `{}`, stopping instead of looping",
                self.plan.param.unwrap_or("the page parameter")
            ));
        }
        Ok(())
    }

    fn warn_cap(&self, next: &Request) {
        tracing::warn!(
            operation_id = next.operation_id(),
            max_pages = self.client.config().get_max_pages(),
            "page cap reached: stopping although the API has more pages (raise Config::max_pages to get them)"
        );
    }
}

/// The JSON path of a body parameter: its declared path, else its name at the top level.
fn body_path(name: &'static str, path: &'static [&'static str]) -> Vec<&'static str> {
    if path.is_empty() {
        vec![name]
    } else {
        path.to_vec()
    }
}

fn read_param(req: &Request, name: &str, at: ParamIn, path: &[&str]) -> Option<Value> {
    match at {
        ParamIn::Query => req.query_value(name).map(|v| Value::String(v.to_string())),
        ParamIn::Body => req.body_field(path).filter(|v| !v.is_null()),
    }
}

fn write_param(req: &mut Request, name: &str, at: ParamIn, path: &[&str], value: Value) {
    match at {
        ParamIn::Query => req.set_query(name, crate::encode::scalar_text(&value)),
        ParamIn::Body => req.set_body_field(path, value),
    }
}

/// A value usable as the next cursor. Generated `extract` functions call it on whatever type
/// the spec gives the cursor field, so one call covers strings, integer ids, optional and
/// boxed fields and untyped JSON. An empty string is no cursor.
pub trait ToCursor {
    /// The cursor as sent on the wire, or `None` when there is none.
    fn to_cursor(&self) -> Option<String>;
}

/// A count (totals, page counts). Negative or fractional values are no count.
pub trait ToCount {
    /// The count, or `None` when the value is not a non-negative integer.
    fn to_count(&self) -> Option<u64>;
}

/// A "more pages follow" flag.
pub trait ToFlag {
    /// The flag, or `None` when the value is not a boolean.
    fn to_flag(&self) -> Option<bool>;
}

/// Integral floats as integers: cursors and counts typed `number` in a spec arrive as
/// `f64` but must go back on the wire as `42`, not `42.0`.
fn integral(f: f64) -> Option<i128> {
    (f.is_finite() && f.fract() == 0.0 && f.abs() < 1e38).then_some(f as i128)
}

impl ToCursor for str {
    fn to_cursor(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.to_string())
    }
}

impl ToCursor for String {
    fn to_cursor(&self) -> Option<String> {
        self.as_str().to_cursor()
    }
}

impl ToCursor for f64 {
    fn to_cursor(&self) -> Option<String> {
        if !self.is_finite() {
            return None;
        }
        Some(integral(*self).map_or_else(|| self.to_string(), |i| i.to_string()))
    }
}

impl ToCursor for f32 {
    fn to_cursor(&self) -> Option<String> {
        f64::from(*self).to_cursor()
    }
}

impl ToCursor for Value {
    fn to_cursor(&self) -> Option<String> {
        match self {
            Value::String(s) => s.to_cursor(),
            Value::Number(n) => match n.as_f64() {
                Some(_) if n.is_i64() || n.is_u64() => Some(n.to_string()),
                Some(f) => f.to_cursor(),
                None => Some(n.to_string()),
            },
            _ => None,
        }
    }
}

impl ToCount for f64 {
    fn to_count(&self) -> Option<u64> {
        integral(*self).and_then(|i| u64::try_from(i).ok())
    }
}

impl ToCount for f32 {
    fn to_count(&self) -> Option<u64> {
        f64::from(*self).to_count()
    }
}

impl ToCount for str {
    fn to_count(&self) -> Option<u64> {
        let s = self.trim();
        s.parse::<u64>()
            .ok()
            .or_else(|| s.parse::<f64>().ok().and_then(|f| f.to_count()))
    }
}

impl ToCount for String {
    fn to_count(&self) -> Option<u64> {
        self.as_str().to_count()
    }
}

impl ToCount for Value {
    fn to_count(&self) -> Option<u64> {
        match self {
            Value::Number(n) => n.as_u64().or_else(|| n.as_f64().and_then(|f| f.to_count())),
            Value::String(s) => s.to_count(),
            _ => None,
        }
    }
}

impl ToFlag for bool {
    fn to_flag(&self) -> Option<bool> {
        Some(*self)
    }
}

impl ToFlag for str {
    fn to_flag(&self) -> Option<bool> {
        match self.trim() {
            t if t.eq_ignore_ascii_case("true") => Some(true),
            t if t.eq_ignore_ascii_case("false") => Some(false),
            _ => None,
        }
    }
}

impl ToFlag for String {
    fn to_flag(&self) -> Option<bool> {
        self.as_str().to_flag()
    }
}

impl ToFlag for Value {
    fn to_flag(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            Value::String(s) => s.to_flag(),
            _ => None,
        }
    }
}

/// Integers are cursors as written and counts when non-negative.
macro_rules! integers {
    ($($t:ty),*) => {$(
        impl ToCursor for $t {
            fn to_cursor(&self) -> Option<String> {
                Some(self.to_string())
            }
        }
        impl ToCount for $t {
            fn to_count(&self) -> Option<u64> {
                u64::try_from(*self).ok()
            }
        }
    )*};
}
integers!(i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize);

/// `Option`, `Box` and references delegate, so optional and recursive fields need no
/// special casing in generated code.
macro_rules! wrappers {
    ($($tr:ident :: $m:ident -> $out:ty),*) => {$(
        impl<T: $tr + ?Sized> $tr for &T {
            fn $m(&self) -> Option<$out> {
                (**self).$m()
            }
        }
        impl<T: $tr + ?Sized> $tr for Box<T> {
            fn $m(&self) -> Option<$out> {
                (**self).$m()
            }
        }
        impl<T: $tr> $tr for Option<T> {
            fn $m(&self) -> Option<$out> {
                self.as_ref().and_then(|v| v.$m())
            }
        }
    )*};
}
wrappers!(ToCursor::to_cursor -> String, ToCount::to_count -> u64, ToFlag::to_flag -> bool);

/// The `rel="next"` target of the response's `Link` headers (RFC 8288), as written (it may
/// be relative; the stream resolves it against the request URL). Handles several headers,
/// several links per header, commas and semicolons inside `<...>` and quoted values,
/// unquoted `rel=next`, and relation lists like `rel="next last"`.
pub fn link_next(resp: &Response) -> Option<String> {
    resp.headers
        .get_all(reqwest::header::LINK)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|value| {
            parse_links(value)
                .into_iter()
                .find(|(_, rels)| {
                    rels.split_ascii_whitespace()
                        .any(|r| r.eq_ignore_ascii_case("next"))
                })
                .map(|(target, _)| target)
        })
}

/// `(target, rel)` of each link in one `Link` header value.
fn parse_links(value: &str) -> Vec<(String, String)> {
    let mut links = Vec::new();
    let mut rest = value;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('>') else { break };
        let target = after[..close].trim().to_string();
        rest = &after[close + 1..];
        // Parameters run until a comma outside quotes (the next link) or the end.
        let mut rel = String::new();
        loop {
            rest = rest.trim_start();
            let Some(params) = rest.strip_prefix(';') else {
                break;
            };
            let (name, value, remaining) = parse_param(params);
            // Only the first `rel` counts (RFC 8288 section 3).
            if name.eq_ignore_ascii_case("rel") && rel.is_empty() {
                rel = value;
            }
            rest = remaining;
        }
        links.push((target, rel));
        match rest.trim_start().strip_prefix(',') {
            Some(r) => rest = r,
            None if rest.trim().is_empty() => break,
            // Junk after a link: skip to the next `,` that precedes a `<`.
            None => rest = rest.find(',').map_or("", |i| &rest[i + 1..]),
        }
    }
    links
}

/// One `; name=value` parameter (the `;` already consumed): name, unquoted value, and the
/// input after it.
fn parse_param(input: &str) -> (String, String, &str) {
    let input = input.trim_start();
    let name_end = input.find(['=', ';', ',']).unwrap_or(input.len());
    let name = input[..name_end].trim().to_string();
    let Some(after) = input[name_end..].strip_prefix('=') else {
        return (name, String::new(), &input[name_end..]);
    };
    let after = after.trim_start();
    if let Some(quoted) = after.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = quoted.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '"' => return (name, value, &quoted[i + 1..]),
                c => value.push(c),
            }
        }
        return (name, value, "");
    }
    let end = after.find([';', ',']).unwrap_or(after.len());
    (name, after[..end].trim().to_string(), &after[end..])
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue, LINK};
    use serde_json::json;

    fn with_links(values: &[&str]) -> Response {
        let mut headers = HeaderMap::new();
        for v in values {
            headers.append(LINK, HeaderValue::from_str(v).unwrap());
        }
        Response::new(200, headers, bytes::Bytes::new())
    }

    #[test]
    fn link_next_finds_next_among_several_links() {
        let r = with_links(&[
            r#"<https://api.github.com/repos/o/r/issues?page=1>; rel="prev", <https://api.github.com/repos/o/r/issues?page=3>; rel="next", <https://api.github.com/repos/o/r/issues?page=9>; rel="last""#,
        ]);
        assert_eq!(
            link_next(&r).as_deref(),
            Some("https://api.github.com/repos/o/r/issues?page=3")
        );
    }

    #[test]
    fn link_next_across_headers_rel_lists_and_unquoted() {
        let r = with_links(&[r#"</a?p=1>; rel="first""#, r#"</a?p=2>; rel="next last""#]);
        assert_eq!(link_next(&r).as_deref(), Some("/a?p=2"));
        let r = with_links(&["</b?p=2>; rel=next"]);
        assert_eq!(link_next(&r).as_deref(), Some("/b?p=2"));
        let r = with_links(&[r#"</c>; title="a, b; c"; REL="Next""#]);
        assert_eq!(link_next(&r).as_deref(), Some("/c"));
        let r = with_links(&[r#"</d?x=a,b;c>; rel="next""#]);
        assert_eq!(link_next(&r).as_deref(), Some("/d?x=a,b;c"));
    }

    #[test]
    fn link_next_absent_or_not_next() {
        assert_eq!(link_next(&with_links(&[])), None);
        let r = with_links(&[r#"</a>; rel="prev", </b>; rel="nextish", </c>; rel="last""#]);
        assert_eq!(link_next(&r), None);
        // only the first rel parameter counts
        let r = with_links(&[r#"</a>; rel="prev"; rel="next""#]);
        assert_eq!(link_next(&r), None);
        assert_eq!(link_next(&with_links(&["garbage"])), None);
    }

    #[test]
    fn to_cursor() {
        assert_eq!("abc".to_cursor().as_deref(), Some("abc"));
        assert_eq!(String::new().to_cursor(), None);
        assert_eq!(42i32.to_cursor().as_deref(), Some("42"));
        assert_eq!((-7i64).to_cursor().as_deref(), Some("-7"));
        assert_eq!(u64::MAX.to_cursor(), Some(u64::MAX.to_string()));
        assert_eq!(42.0f64.to_cursor().as_deref(), Some("42"));
        assert_eq!(1.5f64.to_cursor().as_deref(), Some("1.5"));
        assert_eq!(f64::NAN.to_cursor(), None);
        assert_eq!(Some("x".to_string()).to_cursor().as_deref(), Some("x"));
        assert_eq!(Option::<String>::None.to_cursor(), None);
        assert_eq!(Box::new(5u64).to_cursor().as_deref(), Some("5"));
        assert_eq!((&&"y").to_cursor().as_deref(), Some("y"));
        assert_eq!(json!("c1").to_cursor().as_deref(), Some("c1"));
        assert_eq!(json!("").to_cursor(), None);
        assert_eq!(json!(17).to_cursor().as_deref(), Some("17"));
        assert_eq!(json!(17.0).to_cursor().as_deref(), Some("17"));
        assert_eq!(json!(null).to_cursor(), None);
        assert_eq!(json!(true).to_cursor(), None);
        assert_eq!(json!({"a": 1}).to_cursor(), None);
    }

    #[test]
    fn to_count() {
        assert_eq!(3u32.to_count(), Some(3));
        assert_eq!((-1i64).to_count(), None);
        assert_eq!(10.0f64.to_count(), Some(10));
        assert_eq!(10.5f64.to_count(), None);
        assert_eq!((-2.0f32).to_count(), None);
        assert_eq!(f64::INFINITY.to_count(), None);
        assert_eq!(Some(4i32).to_count(), Some(4));
        assert_eq!(Box::new(Some(5u8)).to_count(), Some(5));
        assert_eq!("12".to_count(), Some(12));
        assert_eq!(" 12 ".to_string().to_count(), Some(12));
        assert_eq!("x".to_count(), None);
        assert_eq!(json!(9).to_count(), Some(9));
        assert_eq!(json!(9.0).to_count(), Some(9));
        assert_eq!(json!(-9).to_count(), None);
        assert_eq!(json!("9").to_count(), Some(9));
        assert_eq!(json!(null).to_count(), None);
    }

    #[test]
    fn to_flag() {
        assert_eq!(true.to_flag(), Some(true));
        assert_eq!(Some(false).to_flag(), Some(false));
        assert_eq!(Option::<bool>::None.to_flag(), None);
        assert_eq!(Box::new(true).to_flag(), Some(true));
        let by_ref = &false;
        assert_eq!(<&bool as ToFlag>::to_flag(&by_ref), Some(false));
        assert_eq!("true".to_flag(), Some(true));
        assert_eq!("False".to_string().to_flag(), Some(false));
        assert_eq!("yes".to_flag(), None);
        assert_eq!(json!(true).to_flag(), Some(true));
        assert_eq!(json!("false").to_flag(), Some(false));
        assert_eq!(json!(1).to_flag(), None);
    }
}
