//! Client configuration: credentials, retry policy, rate limit and the other knobs, set from
//! code or read from environment variables.

use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

use crate::spec::{ApiSpec, SchemeKind, SecurityScheme};

/// A secret string. `Debug` and `Display` print `[redacted]` so it can sit inside structs
/// that get logged.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The raw value; call only where it is about to be sent over the wire.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Credentials for one security scheme. Every secret is a [`Secret`], so `Debug` is safe.
///
/// A token-like credential (`api_key` or `bearer`) is accepted by API-key, bearer and OAuth2
/// schemes alike; OAuth2 schemes also take `client_credentials` or `refresh_token`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credential {
    /// A static API key.
    ApiKey(Secret),
    /// HTTP basic user name and password (the user name is often a key too, so it is secret).
    Basic {
        /// User name.
        username: Secret,
        /// Password.
        password: Secret,
    },
    /// A bearer token.
    Bearer(Secret),
    /// OAuth2 client id and secret for the client-credentials grant.
    ClientCredentials {
        /// Client id (not secret in OAuth2, shown in `Debug`).
        client_id: String,
        /// Client secret.
        client_secret: Secret,
    },
    /// OAuth2 client and refresh token for the refresh-token grant.
    RefreshToken {
        /// Client id (not secret in OAuth2, shown in `Debug`).
        client_id: String,
        /// Client secret; empty for public clients (then only `client_id` is sent).
        client_secret: Secret,
        /// Refresh token; replaced in memory when the server rotates it.
        refresh_token: Secret,
    },
}

impl Credential {
    /// A static API key.
    pub fn api_key(key: impl Into<String>) -> Self {
        Credential::ApiKey(Secret::new(key))
    }

    /// HTTP basic credentials.
    pub fn basic(username: impl Into<String>, password: impl Into<String>) -> Self {
        Credential::Basic {
            username: Secret::new(username),
            password: Secret::new(password),
        }
    }

    /// A bearer token.
    pub fn bearer(token: impl Into<String>) -> Self {
        Credential::Bearer(Secret::new(token))
    }

    /// OAuth2 client-credentials grant.
    pub fn client_credentials(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> Self {
        Credential::ClientCredentials {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
        }
    }

    /// OAuth2 refresh-token grant.
    pub fn refresh_token(
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
        refresh_token: impl Into<String>,
    ) -> Self {
        Credential::RefreshToken {
            client_id: client_id.into(),
            client_secret: Secret::new(client_secret),
            refresh_token: Secret::new(refresh_token),
        }
    }

    /// Short name of the credential kind, for error messages.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Credential::ApiKey(_) => "api_key",
            Credential::Basic { .. } => "basic",
            Credential::Bearer(_) => "bearer",
            Credential::ClientCredentials { .. } => "client_credentials",
            Credential::RefreshToken { .. } => "refresh_token",
        }
    }
}

/// When and how often failed requests are retried.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Total attempts including the first; 0 behaves like 1.
    pub max_attempts: u32,
    /// Backoff cap for the first retry; doubles each retry.
    pub initial_delay: Duration,
    /// Upper bound for the exponential backoff (not for `Retry-After`, which is capped at 5 min).
    pub max_delay: Duration,
    /// Retry POST/PATCH even without an idempotency key (risks duplicate side effects).
    pub retry_non_idempotent: bool,
}

impl RetryPolicy {
    /// Never retry (a single attempt).
    pub fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            ..RetryPolicy::default()
        }
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 4,
            initial_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
            retry_non_idempotent: false,
        }
    }
}

/// Client-side token bucket settings.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RateLimit {
    /// Sustained rate.
    pub requests_per_second: f64,
    /// Requests that may go out back to back before the rate applies.
    pub burst: u32,
}

/// Everything a [`Client`](crate::Client) can be configured with. `Debug` never shows secrets.
#[derive(Clone, Debug)]
pub struct Config {
    base_url: Option<String>,
    credentials: BTreeMap<String, Credential>,
    token_urls: BTreeMap<String, String>,
    timeout: Duration,
    retry: RetryPolicy,
    rate_limit: Option<RateLimit>,
    idempotency_key_header: Option<String>,
    user_agent: Option<String>,
    max_pages: Option<u64>,
    page_size: Option<u64>,
    pool_idle_timeout: Option<Duration>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            base_url: None,
            credentials: BTreeMap::new(),
            token_urls: BTreeMap::new(),
            timeout: Duration::from_secs(30),
            retry: RetryPolicy::default(),
            rate_limit: None,
            idempotency_key_header: None,
            user_agent: None,
            max_pages: None,
            page_size: None,
            pool_idle_timeout: Some(Duration::from_secs(90)),
        }
    }
}

impl Config {
    /// Defaults: spec's base URL, no credentials, 30 s timeout, default retries, no rate limit.
    pub fn new() -> Self {
        Config::default()
    }

    /// Overrides the base URL (e.g. a sandbox or a mock server).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = Some(url.into());
        self
    }

    /// Sets the credential for the security scheme named `scheme_name` in the spec.
    pub fn credential(mut self, scheme_name: &str, c: Credential) -> Self {
        self.credentials.insert(scheme_name.to_string(), c);
        self
    }

    /// Overrides an OAuth2 scheme's token endpoint (e.g. to point it at a mock server).
    pub fn token_url(mut self, scheme_name: &str, url: impl Into<String>) -> Self {
        self.token_urls.insert(scheme_name.to_string(), url.into());
        self
    }

    /// Time limit per attempt (request and body); `Duration::ZERO` disables it. Default 30 s.
    pub fn timeout(mut self, d: Duration) -> Self {
        self.timeout = d;
        self
    }

    /// Sets the retry policy.
    pub fn retry(mut self, p: RetryPolicy) -> Self {
        self.retry = p;
        self
    }

    /// Enables a client-side token bucket so bursts stay under the vendor's limit
    /// (`burst` 0 behaves like 1; a rate that is not positive is rejected by `Client::new`).
    pub fn rate_limit(mut self, requests_per_second: f64, burst: u32) -> Self {
        self.rate_limit = Some(RateLimit {
            requests_per_second,
            burst,
        });
        self
    }

    /// Header (e.g. `Idempotency-Key`) that carries a fresh random key on POST/PATCH; the same
    /// key is sent on every attempt, which makes those requests safe to retry.
    pub fn idempotency_key_header(mut self, header: impl Into<String>) -> Self {
        self.idempotency_key_header = Some(header.into());
        self
    }

    /// Overrides the `User-Agent` header.
    pub fn user_agent(mut self, ua: impl Into<String>) -> Self {
        self.user_agent = Some(ua.into());
        self
    }

    /// Caps how many pages a pagination stream fetches.
    pub fn max_pages(mut self, n: u64) -> Self {
        self.max_pages = Some(n);
        self
    }

    /// Page size that pagination asks for when the operation has a limit parameter.
    pub fn page_size(mut self, n: u64) -> Self {
        self.page_size = Some(n);
        self
    }

    /// How long idle pooled connections are kept (default 90 s; `None` keeps them until the
    /// server closes them, which also avoids background timers in paused-time tests).
    pub fn pool_idle_timeout(mut self, d: Option<Duration>) -> Self {
        self.pool_idle_timeout = d;
        self
    }

    /// Base URL set from code or environment, if any.
    pub fn get_base_url(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// Credential configured for a scheme.
    pub fn get_credential(&self, scheme_name: &str) -> Option<&Credential> {
        self.credentials.get(scheme_name)
    }

    /// Names of the schemes that have credentials.
    pub fn credential_schemes(&self) -> impl Iterator<Item = &str> {
        self.credentials.keys().map(String::as_str)
    }

    /// Token endpoint override for a scheme.
    pub fn get_token_url(&self, scheme_name: &str) -> Option<&str> {
        self.token_urls.get(scheme_name).map(String::as_str)
    }

    /// Per-attempt timeout (`ZERO` = none).
    pub fn get_timeout(&self) -> Duration {
        self.timeout
    }

    /// Retry policy.
    pub fn get_retry(&self) -> RetryPolicy {
        self.retry
    }

    /// Client-side rate limit, if enabled.
    pub fn get_rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    /// Idempotency key header, if configured.
    pub fn get_idempotency_key_header(&self) -> Option<&str> {
        self.idempotency_key_header.as_deref()
    }

    /// `User-Agent` override, if any.
    pub fn get_user_agent(&self) -> Option<&str> {
        self.user_agent.as_deref()
    }

    /// Page cap for pagination, if any.
    pub fn get_max_pages(&self) -> Option<u64> {
        self.max_pages
    }

    /// Page size for pagination, if any.
    pub fn get_page_size(&self) -> Option<u64> {
        self.page_size
    }

    /// Idle connection timeout of the pool.
    pub fn get_pool_idle_timeout(&self) -> Option<Duration> {
        self.pool_idle_timeout
    }

    /// Builds a configuration from environment variables named in `api`.
    ///
    /// The base URL comes from `api.base_url_env` when set. A scheme whose variables are all
    /// unset is skipped; one with only some of them set is an error naming the missing one.
    /// If the API declares schemes and none got credentials, the error lists what to set.
    /// Values never appear in errors, only variable names.
    pub fn from_env(api: &'static ApiSpec) -> Result<Config, ConfigError> {
        let mut config = Config::new();
        if let Some(url) = read_var(api.base_url_env)? {
            if !url.is_empty() {
                config = config.base_url(url);
            }
        }
        let mut options = Vec::new();
        for scheme in api.security_schemes {
            match credential_from_env(scheme)? {
                Some(c) => config = config.credential(scheme.name, c),
                None => options.extend(env_options(scheme)),
            }
        }
        if !api.security_schemes.is_empty() && config.credentials.is_empty() {
            return Err(ConfigError::MissingCredentials {
                api: api.name.to_string(),
                options,
            });
        }
        Ok(config)
    }
}

/// Reads one variable; an empty name means "no variable". Present-but-empty counts as set.
fn read_var(name: &str) -> Result<Option<String>, ConfigError> {
    if name.is_empty() {
        return Ok(None);
    }
    match std::env::var(name) {
        Ok(v) => Ok(Some(v)),
        Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(ConfigError::InvalidVariable {
            variable: name.to_string(),
        }),
    }
}

/// Reads a group of variables that must be set together: `None` if all are unset.
fn read_group(scheme: &str, names: &[&str]) -> Result<Option<Vec<String>>, ConfigError> {
    let names: Vec<&str> = names.iter().copied().filter(|n| !n.is_empty()).collect();
    let mut values = Vec::with_capacity(names.len());
    let mut missing = None;
    for name in &names {
        match read_var(name)? {
            Some(v) => values.push(v),
            None => missing = missing.or(Some(*name)),
        }
    }
    match missing {
        None if !names.is_empty() => Ok(Some(values)),
        None => Ok(None),
        Some(_) if values.is_empty() => Ok(None),
        Some(variable) => Err(ConfigError::MissingVariable {
            scheme: scheme.to_string(),
            variable: variable.to_string(),
        }),
    }
}

fn credential_from_env(scheme: &SecurityScheme) -> Result<Option<Credential>, ConfigError> {
    let name = scheme.name;
    Ok(match scheme.kind {
        SchemeKind::ApiKey { env, .. } => {
            read_group(name, &[env])?.map(|mut v| Credential::api_key(v.pop().unwrap_or_default()))
        }
        SchemeKind::Bearer { env } => {
            read_group(name, &[env])?.map(|mut v| Credential::bearer(v.pop().unwrap_or_default()))
        }
        SchemeKind::Basic {
            username_env,
            password_env,
        } => read_group(name, &[username_env, password_env])?.map(|mut v| {
            let password = v.pop().unwrap_or_default();
            let username = v.pop().unwrap_or_default();
            Credential::basic(username, password)
        }),
        SchemeKind::OAuth2ClientCredentials {
            client_id_env,
            client_secret_env,
            access_token_env,
            ..
        } => match read_var(access_token_env)? {
            Some(token) => Some(Credential::bearer(token)),
            None => read_group(name, &[client_id_env, client_secret_env])?.map(|mut v| {
                let secret = v.pop().unwrap_or_default();
                let id = v.pop().unwrap_or_default();
                Credential::client_credentials(id, secret)
            }),
        },
        SchemeKind::OAuth2RefreshToken {
            client_id_env,
            client_secret_env,
            refresh_token_env,
            access_token_env,
            ..
        } => match read_var(access_token_env)? {
            Some(token) => Some(Credential::bearer(token)),
            None => read_group(name, &[client_id_env, client_secret_env, refresh_token_env])?.map(
                |mut v| {
                    let refresh = v.pop().unwrap_or_default();
                    let secret = v.pop().unwrap_or_default();
                    let id = v.pop().unwrap_or_default();
                    Credential::refresh_token(id, secret, refresh)
                },
            ),
        },
    })
}

/// The variable sets that would configure `scheme`, for the "missing credentials" hint.
fn env_options(scheme: &SecurityScheme) -> Vec<EnvOption> {
    let groups: Vec<Vec<&str>> = match scheme.kind {
        SchemeKind::ApiKey { env, .. } | SchemeKind::Bearer { env } => vec![vec![env]],
        SchemeKind::Basic {
            username_env,
            password_env,
        } => vec![vec![username_env, password_env]],
        SchemeKind::OAuth2ClientCredentials {
            client_id_env,
            client_secret_env,
            access_token_env,
            ..
        } => vec![
            vec![client_id_env, client_secret_env],
            vec![access_token_env],
        ],
        SchemeKind::OAuth2RefreshToken {
            client_id_env,
            client_secret_env,
            refresh_token_env,
            access_token_env,
            ..
        } => vec![
            vec![client_id_env, client_secret_env, refresh_token_env],
            vec![access_token_env],
        ],
    };
    groups
        .into_iter()
        .map(|g| {
            g.into_iter()
                .filter(|n| !n.is_empty())
                .map(String::from)
                .collect::<Vec<_>>()
        })
        .filter(|g| !g.is_empty())
        .map(|variables| EnvOption {
            scheme: scheme.name.to_string(),
            variables,
        })
        .collect()
}

/// One way to configure a scheme from the environment: set all of `variables`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnvOption {
    /// Security scheme name.
    pub scheme: String,
    /// Variables that must all be set.
    pub variables: Vec<String>,
}

impl fmt::Display for EnvOption {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.scheme, self.variables.join(" + "))
    }
}

fn list_options(options: &[EnvOption]) -> String {
    options
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
}

/// A configuration that cannot work. Messages name variables and schemes, never values.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ConfigError {
    /// Some, but not all, of a scheme's variables are set.
    #[error("security scheme `{scheme}` is partly configured: environment variable {variable} is not set")]
    MissingVariable {
        /// Scheme name.
        scheme: String,
        /// The unset variable.
        variable: String,
    },
    /// The API needs credentials and none were found.
    #[error("no credentials configured for {api}; set one of: {}", list_options(.options))]
    MissingCredentials {
        /// API name.
        api: String,
        /// Ways to configure credentials.
        options: Vec<EnvOption>,
    },
    /// A variable holds bytes that are not UTF-8.
    #[error("environment variable {variable} is not valid UTF-8")]
    InvalidVariable {
        /// Variable name.
        variable: String,
    },
    /// A credential was set for a scheme the API does not declare.
    #[error("credential set for unknown security scheme `{scheme}` (declared: {declared})")]
    UnknownScheme {
        /// The name used.
        scheme: String,
        /// Comma-separated declared names.
        declared: String,
    },
    /// The credential kind does not fit the scheme.
    #[error("security scheme `{scheme}` expects {expected} credentials, got {got}")]
    CredentialMismatch {
        /// Scheme name.
        scheme: String,
        /// What the scheme accepts.
        expected: &'static str,
        /// What was given.
        got: &'static str,
    },
    /// The base URL or a token URL is not an absolute http(s) URL.
    #[error("invalid {what}: {reason}")]
    InvalidUrl {
        /// Which URL ("base URL", "token URL of scheme x").
        what: String,
        /// Why it was rejected.
        reason: String,
    },
    /// Another setting is out of range.
    #[error("invalid setting {setting}: {reason}")]
    InvalidSetting {
        /// Setting name.
        setting: &'static str,
        /// Why it was rejected.
        reason: String,
    },
    /// The HTTP client could not be built (e.g. TLS initialisation failed).
    #[error("could not build HTTP client: {message}")]
    Http {
        /// Underlying error.
        message: String,
    },
}
