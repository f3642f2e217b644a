//! `[sync]` and `[notify]` of `apitap.toml`, as read.

use super::*;

/// The default page size never goes above this, whatever the spec's `maximum` (some say
/// `2147483647`): pages that large risk timeouts. `--page-size` can ask for more.
pub(super) const MAX_DEFAULT_PAGE_SIZE: u64 = 1000;

/// `[sync]` in `apitap.toml`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncConfig {
    /// The streams `sync` runs by default: a list of names, or a table of per-stream
    /// settings (`[sync.streams.NAME]`, `selected = true` to select).
    pub streams: Option<StreamsConfig>,
    /// Records per page for every stream (default: the spec's maximum).
    pub page_size: Option<u64>,
    /// What every stream does with fields the spec does not declare (default `evolve`).
    pub contract: Option<Contract>,
    /// Data-quality checks of every stream (a stream's own keys win).
    #[serde(default)]
    pub checks: ChecksConfig,
}

/// `[notify]` in `apitap.toml`: where `sync` POSTs its alert. The URL is compiled into the
/// crate; `--notify URL` (from a secret store) overrides it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifyConfig {
    /// The webhook (Slack, Teams, any JSON receiver).
    pub url: Option<String>,
    /// After every run, not only failed ones.
    #[serde(default)]
    pub always: bool,
}

/// What a stream does with fields its spec does not declare (`contract` in `apitap.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Contract {
    /// Keep them in `_extra` columns and list them in the run summary.
    #[default]
    Evolve,
    /// As `evolve`, and log a warning the first time each one is seen in a run.
    Warn,
    /// Fail the stream before loading a page that has any, naming them.
    Freeze,
}

impl Contract {
    pub fn as_str(self) -> &'static str {
        match self {
            Contract::Evolve => "evolve",
            Contract::Warn => "warn",
            Contract::Freeze => "freeze",
        }
    }

    /// The variant's name in `rt::Contract`.
    pub fn variant(self) -> &'static str {
        match self {
            Contract::Evolve => "Evolve",
            Contract::Warn => "Warn",
            Contract::Freeze => "Freeze",
        }
    }
}

/// How far behind its saved state a stream starts again, for records that arrive late.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lookback {
    /// Seconds: for time cursors.
    Seconds(u64),
    /// A count: for integer cursors that are not times (sequence numbers).
    Count(u64),
}

/// `lookback` as written: a duration (`"10m"`) or a count (`50`).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum LookbackConfig {
    Count(u64),
    Text(String),
}

impl LookbackConfig {
    pub(super) fn parse(&self, stream: &str) -> Result<Lookback, ConfigError> {
        match self {
            LookbackConfig::Count(n) => Ok(Lookback::Count(*n)),
            LookbackConfig::Text(t) => match t.trim().parse::<u64>() {
                Ok(n) => Ok(Lookback::Count(n)),
                Err(_) => crate::analyze::durations::parse_duration(t)
                    .map(Lookback::Seconds)
                    .map_err(|e| {
                        ConfigError::new(
                            format!("[sync.streams.{stream}] lookback"),
                            format!("{e}, or a count"),
                        )
                    }),
            },
        }
    }
}

/// `[sync] streams`: a selection, or settings per stream.
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "toml::Value")]
pub enum StreamsConfig {
    Selection(Vec<String>),
    Settings(BTreeMap<String, StreamConfig>),
}

impl TryFrom<toml::Value> for StreamsConfig {
    type Error = String;

    /// By hand rather than `untagged`, so a mistake inside a stream's table is reported as
    /// itself (`unknown field ...`), not as "did not match any variant".
    fn try_from(value: toml::Value) -> Result<Self, String> {
        match value {
            toml::Value::Array(_) => value
                .try_into()
                .map(StreamsConfig::Selection)
                .map_err(|e| format!("[sync] streams: {}", e.message())),
            toml::Value::Table(table) => table
                .into_iter()
                .map(|(name, v)| {
                    v.try_into::<StreamConfig>()
                        .map(|c| (name.clone(), c))
                        .map_err(|e| format!("[sync.streams.{name}]: {}", e.message()))
                })
                .collect::<Result<_, _>>()
                .map(StreamsConfig::Settings),
            other => Err(format!(
                "[sync] streams: expected a list of stream names or tables of settings, found a {}",
                other.type_str()
            )),
        }
    }
}

/// `[sync.streams.NAME]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StreamConfig {
    /// Run by default.
    #[serde(default)]
    pub selected: bool,
    /// The parent stream, or `"none"` to run this one on its own.
    pub parent: Option<String>,
    /// Parameter values: a dotted field path in the parent's records, or a list of values.
    #[serde(default)]
    pub params: BTreeMap<String, ParamConfig>,
    /// Records per page.
    pub page_size: Option<u64>,
    /// The incremental cursor field (spec name), or `"none"`.
    pub cursor: Option<String>,
    /// `"all"` (default): child streams are pulled for every record of this stream, each
    /// run; `"changed"`: only for records changed since its state (right when its cursor
    /// moves whenever a child changes; far fewer requests).
    pub children: Option<String>,
    /// `merge` (default), `append` or `replace`.
    pub write: Option<WriteMode>,
    /// Fields beyond the spec: `evolve`, `warn` or `freeze` (default: `[sync] contract`).
    pub contract: Option<Contract>,
    /// Re-read a window behind the saved state: a duration (`"10m"`) or a count.
    pub lookback: Option<LookbackConfig>,
    /// Data-quality checks at the end of each run.
    #[serde(default)]
    pub checks: ChecksConfig,
}

impl StreamConfig {
    /// `lookback`, checked: it needs a cursor, and an `append` stream would store the
    /// window again on each run.
    pub fn lookback_of(
        &self,
        name: &str,
        has_cursor: bool,
    ) -> Result<Option<Lookback>, ConfigError> {
        match &self.lookback {
            Some(_) if !has_cursor => Err(ConfigError::new(
                format!("[sync.streams.{name}] lookback"),
                "the stream has no cursor to look back from; set `cursor = \"FIELD\"` too",
            )),
            Some(_) if self.write == Some(WriteMode::Append) => Err(ConfigError::new(
                format!("[sync.streams.{name}] lookback"),
                "an `append` stream would store every record of the window again on each run; use `write = \"merge\"` with a lookback, or drop it",
            )),
            Some(l) => Ok(Some(l.parse(name)?)),
            None => Ok(None),
        }
    }

    /// `children = "changed"`: child streams run only for changed records.
    pub fn children_of_changed(&self, name: &str) -> Result<bool, ConfigError> {
        match self.children.as_deref() {
            None | Some("all") => Ok(false),
            Some("changed") => Ok(true),
            Some(other) => Err(ConfigError::new(
                format!("[sync.streams.{name}] children"),
                format!("expected `all` or `changed`, found `{other}`"),
            )),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum ParamConfig {
    Field(String),
    Values(Vec<String>),
}
