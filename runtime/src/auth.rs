//! Applying credentials to requests: picking the operation's security alternative, turning
//! each scheme's credential into headers, query pairs or cookies, and driving OAuth2 token
//! endpoints (fetch, cache, refresh before expiry, re-fetch after a 401).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use reqwest::header::{HeaderName, HeaderValue, ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use reqwest::Url;
use tokio::time::Instant;

use crate::config::{Config, ConfigError, Credential, Secret};
use crate::encode;
use crate::error::snippet;
use crate::spec::{ApiKeyLocation, ApiSpec, SchemeKind};

/// Refresh tokens this long before they expire, so a request never carries a token that
/// expires in flight.
const REFRESH_MARGIN: Duration = Duration::from_secs(60);

/// How one configured scheme authenticates a request.
#[derive(Debug)]
enum Applier {
    ApiKey {
        location: ApiKeyLocation,
        name: &'static str,
        key: Secret,
    },
    Basic {
        username: Secret,
        password: Secret,
    },
    Bearer(Secret),
    OAuth(Arc<TokenSource>),
}

/// Credentials resolved for one attempt.
#[derive(Default)]
pub(crate) struct Applied {
    pub(crate) headers: Vec<(HeaderName, HeaderValue)>,
    pub(crate) query: Vec<(String, String)>,
    pub(crate) cookies: Vec<(String, String)>,
    /// OAuth2 tokens used, so a 401 can invalidate exactly them.
    pub(crate) tokens: Vec<(Arc<TokenSource>, Secret)>,
}

/// A failure to authenticate: which scheme, the token endpoint's status, and a safe message.
#[derive(Debug)]
pub(crate) struct AuthFailure {
    pub(crate) scheme: String,
    pub(crate) status: Option<u16>,
    pub(crate) message: String,
}

/// All configured schemes of a client.
#[derive(Debug)]
pub(crate) struct Auth {
    appliers: HashMap<&'static str, Applier>,
}

impl Auth {
    /// Matches configured credentials to the API's schemes, rejecting unknown names and
    /// credentials of the wrong kind.
    pub(crate) fn new(
        api: &'static ApiSpec,
        config: &Config,
        base_url: &Url,
    ) -> Result<Self, ConfigError> {
        let mut appliers = HashMap::new();
        for name in config.credential_schemes() {
            let Some(scheme) = api.scheme(name) else {
                let declared = api
                    .security_schemes
                    .iter()
                    .map(|s| s.name)
                    .collect::<Vec<_>>()
                    .join(", ");
                return Err(ConfigError::UnknownScheme {
                    scheme: name.to_string(),
                    declared,
                });
            };
            let Some(cred) = config.get_credential(name) else {
                continue;
            };
            let applier = applier_for(scheme.name, scheme.kind, cred.clone(), config, base_url)?;
            appliers.insert(scheme.name, applier);
        }
        Ok(Auth { appliers })
    }

    /// The schemes to apply: the first alternative whose schemes all have credentials; none
    /// when the operation allows anonymous access, declares nothing, or nothing fits (the
    /// server will then answer 401, which is the clearest error).
    pub(crate) fn select(
        &self,
        alternatives: &'static [&'static [&'static str]],
    ) -> &'static [&'static str] {
        alternatives
            .iter()
            .find(|alt| !alt.is_empty() && alt.iter().all(|s| self.appliers.contains_key(s)))
            .copied()
            .unwrap_or(&[])
    }

    /// Resolves credentials for `schemes`, fetching OAuth2 tokens when needed.
    pub(crate) async fn apply(
        &self,
        schemes: &[&'static str],
        http: &reqwest::Client,
        timeout: Duration,
    ) -> Result<Applied, AuthFailure> {
        let mut out = Applied::default();
        for scheme in schemes {
            let Some(applier) = self.appliers.get(scheme) else {
                continue;
            };
            let invalid = || AuthFailure {
                scheme: scheme.to_string(),
                status: None,
                message: "the credential is not a valid header value".to_string(),
            };
            match applier {
                Applier::ApiKey {
                    location,
                    name,
                    key,
                } => match location {
                    ApiKeyLocation::Header => {
                        let value = sensitive(key.expose_secret()).ok_or_else(invalid)?;
                        let name =
                            HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
                        out.headers.push((name, value));
                    }
                    ApiKeyLocation::Query => out
                        .query
                        .push((name.to_string(), key.expose_secret().to_string())),
                    ApiKeyLocation::Cookie => {
                        out.cookies
                            .push((name.to_string(), encode::cookie_value(key.expose_secret())));
                    }
                },
                Applier::Basic { username, password } => {
                    let raw = format!("{}:{}", username.expose_secret(), password.expose_secret());
                    let value = basic_value(&raw).ok_or_else(invalid)?;
                    out.headers.push((AUTHORIZATION, value));
                }
                Applier::Bearer(token) => out
                    .headers
                    .push((AUTHORIZATION, bearer_value(token).ok_or_else(invalid)?)),
                Applier::OAuth(source) => {
                    let token = source.token(http, timeout).await?;
                    out.headers
                        .push((AUTHORIZATION, bearer_value(&token).ok_or_else(invalid)?));
                    out.tokens.push((source.clone(), token));
                }
            }
        }
        Ok(out)
    }
}

fn sensitive(value: &str) -> Option<HeaderValue> {
    let mut v = HeaderValue::from_str(value).ok()?;
    v.set_sensitive(true);
    Some(v)
}

fn basic_value(user_colon_pass: &str) -> Option<HeaderValue> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(user_colon_pass);
    sensitive(&format!("Basic {encoded}"))
}

fn bearer_value(token: &Secret) -> Option<HeaderValue> {
    sensitive(&format!("Bearer {}", token.expose_secret()))
}

fn applier_for(
    scheme: &'static str,
    kind: SchemeKind,
    cred: Credential,
    config: &Config,
    base_url: &Url,
) -> Result<Applier, ConfigError> {
    let mismatch = |expected: &'static str, got: &Credential| ConfigError::CredentialMismatch {
        scheme: scheme.to_string(),
        expected,
        got: got.kind_name(),
    };
    let oauth = |token_url: &str,
                 scopes: &'static [&'static str],
                 grant: Grant|
     -> Result<Applier, ConfigError> {
        let url = config.get_token_url(scheme).unwrap_or(token_url);
        let token_url = base_url
            .join(url)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https"))
            .ok_or_else(|| ConfigError::InvalidUrl {
                what: format!("token URL of security scheme `{scheme}`"),
                reason: "not an http(s) URL, even relative to the base URL".to_string(),
            })?;
        Ok(Applier::OAuth(Arc::new(TokenSource::new(
            scheme, token_url, scopes, grant,
        ))))
    };
    match kind {
        SchemeKind::ApiKey {
            location,
            param_name,
            ..
        } => {
            if HeaderName::from_bytes(param_name.as_bytes()).is_err()
                && location == ApiKeyLocation::Header
            {
                return Err(ConfigError::InvalidSetting {
                    setting: "api key header name",
                    reason: format!("`{param_name}` is not a valid header name"),
                });
            }
            match cred {
                Credential::ApiKey(key) | Credential::Bearer(key) => Ok(Applier::ApiKey {
                    location,
                    name: param_name,
                    key,
                }),
                other => Err(mismatch("api_key", &other)),
            }
        }
        SchemeKind::Basic { .. } => match cred {
            Credential::Basic { username, password } => Ok(Applier::Basic { username, password }),
            other => Err(mismatch("basic", &other)),
        },
        SchemeKind::Bearer { .. } => match cred {
            Credential::Bearer(t) | Credential::ApiKey(t) => Ok(Applier::Bearer(t)),
            other => Err(mismatch("bearer", &other)),
        },
        SchemeKind::OAuth2ClientCredentials {
            token_url, scopes, ..
        } => oauth_applier(cred, token_url, scopes, oauth, mismatch),
        SchemeKind::OAuth2RefreshToken { token_url, .. } => {
            oauth_applier(cred, token_url, &[], oauth, mismatch)
        }
    }
}

/// OAuth2 schemes take a ready token, client credentials or a refresh token.
fn oauth_applier(
    cred: Credential,
    token_url: &str,
    scopes: &'static [&'static str],
    oauth: impl Fn(&str, &'static [&'static str], Grant) -> Result<Applier, ConfigError>,
    mismatch: impl Fn(&'static str, &Credential) -> ConfigError,
) -> Result<Applier, ConfigError> {
    match cred {
        Credential::Bearer(t) | Credential::ApiKey(t) => Ok(Applier::Bearer(t)),
        Credential::ClientCredentials {
            client_id,
            client_secret,
        } => oauth(
            token_url,
            scopes,
            Grant::ClientCredentials {
                client_id,
                client_secret,
            },
        ),
        Credential::RefreshToken {
            client_id,
            client_secret,
            refresh_token,
        } => oauth(
            token_url,
            scopes,
            Grant::RefreshToken {
                client_id,
                client_secret,
                refresh_token,
            },
        ),
        other => Err(mismatch(
            "oauth2 (bearer, client_credentials or refresh_token)",
            &other,
        )),
    }
}

/// Which OAuth2 grant a token source uses, with its client credentials.
#[derive(Debug)]
pub(crate) enum Grant {
    ClientCredentials {
        client_id: String,
        client_secret: Secret,
    },
    RefreshToken {
        client_id: String,
        client_secret: Secret,
        refresh_token: Secret,
    },
}

#[derive(Debug)]
struct CachedToken {
    access: Secret,
    /// When to fetch a new one; `None` when the server gave no lifetime (refresh on 401).
    refresh_at: Option<Instant>,
}

#[derive(Debug)]
struct TokenState {
    cached: Option<CachedToken>,
    /// Current refresh token; replaced when the server rotates it.
    refresh_token: Option<Secret>,
}

/// Fetches and caches access tokens for one OAuth2 scheme. The async mutex makes concurrent
/// requests share a single fetch.
#[derive(Debug)]
pub(crate) struct TokenSource {
    scheme: &'static str,
    token_url: Url,
    scopes: &'static [&'static str],
    client_id: String,
    client_secret: Secret,
    grant_type: &'static str,
    state: tokio::sync::Mutex<TokenState>,
}

impl TokenSource {
    fn new(
        scheme: &'static str,
        token_url: Url,
        scopes: &'static [&'static str],
        grant: Grant,
    ) -> Self {
        let (client_id, client_secret, refresh_token, grant_type) = match grant {
            Grant::ClientCredentials {
                client_id,
                client_secret,
            } => (client_id, client_secret, None, "client_credentials"),
            Grant::RefreshToken {
                client_id,
                client_secret,
                refresh_token,
            } => (
                client_id,
                client_secret,
                Some(refresh_token),
                "refresh_token",
            ),
        };
        TokenSource {
            scheme,
            token_url,
            scopes,
            client_id,
            client_secret,
            grant_type,
            state: tokio::sync::Mutex::new(TokenState {
                cached: None,
                refresh_token,
            }),
        }
    }

    /// A valid access token, from the cache or freshly fetched.
    pub(crate) async fn token(
        &self,
        http: &reqwest::Client,
        timeout: Duration,
    ) -> Result<Secret, AuthFailure> {
        let mut state = self.state.lock().await;
        if let Some(c) = &state.cached {
            let fresh = match c.refresh_at {
                None => true,
                Some(at) => Instant::now() < at,
            };
            if fresh {
                return Ok(c.access.clone());
            }
        }
        let fetched = self
            .fetch(http, timeout, state.refresh_token.as_ref())
            .await?;
        let access = fetched.access.clone();
        let (cached, rotated) = fetched.into_cached();
        if let Some(rotated) = rotated {
            state.refresh_token = Some(rotated);
        }
        state.cached = Some(cached);
        Ok(access)
    }

    /// Drops the cached token if it is the one the server just rejected (another request
    /// may already have replaced it).
    pub(crate) async fn invalidate(&self, rejected: &Secret) {
        let mut state = self.state.lock().await;
        if state.cached.as_ref().is_some_and(|c| &c.access == rejected) {
            state.cached = None;
        }
    }

    /// POSTs the grant to the token endpoint. The client authenticates with HTTP basic
    /// (`client_secret_basic`, the method RFC 6749 requires servers to support); a client
    /// with an empty secret is public and sends only `client_id` in the form.
    async fn fetch(
        &self,
        http: &reqwest::Client,
        timeout: Duration,
        refresh_token: Option<&Secret>,
    ) -> Result<Fetched, AuthFailure> {
        let fail = |status: Option<u16>, message: String| AuthFailure {
            scheme: self.scheme.to_string(),
            status,
            message,
        };
        let mut form = vec![("grant_type".to_string(), self.grant_type.to_string())];
        match refresh_token {
            Some(rt) => form.push(("refresh_token".to_string(), rt.expose_secret().to_string())),
            None if !self.scopes.is_empty() => {
                form.push(("scope".to_string(), self.scopes.join(" ")))
            }
            None => {}
        }
        let mut rb = http
            .post(self.token_url.clone())
            .header(ACCEPT, "application/json")
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded");
        if self.client_secret.expose_secret().is_empty() {
            form.push(("client_id".to_string(), self.client_id.clone()));
        } else {
            rb = rb.basic_auth(&self.client_id, Some(self.client_secret.expose_secret()));
        }
        let exchange = async {
            let resp = rb.body(encode::urlencode(&form)).send().await?;
            let status = resp.status().as_u16();
            Ok::<_, reqwest::Error>((status, resp.bytes().await?))
        };
        let (status, body) = match with_timeout(timeout, exchange).await {
            Some(Ok(r)) => r,
            Some(Err(e)) => {
                return Err(fail(
                    None,
                    format!(
                        "token request failed: {}",
                        crate::error::Error::<()>::transport(e)
                    ),
                ))
            }
            None => return Err(fail(None, "token request timed out".to_string())),
        };
        if !(200..300).contains(&status) {
            return Err(fail(
                Some(status),
                format!(
                    "token endpoint returned HTTP {status}{}",
                    oauth_error(&body)
                ),
            ));
        }
        parse_token(&body).ok_or_else(|| {
            fail(
                Some(status),
                "token endpoint response has no `access_token` string".to_string(),
            )
        })
    }
}

/// Runs `fut` with an optional time limit (`ZERO` = none); `None` on timeout.
pub(crate) async fn with_timeout<F: std::future::Future>(
    limit: Duration,
    fut: F,
) -> Option<F::Output> {
    if limit.is_zero() {
        Some(fut.await)
    } else {
        tokio::time::timeout(limit, fut).await.ok()
    }
}

/// A successful token response.
struct Fetched {
    access: Secret,
    expires_in: Option<Duration>,
    refresh_token: Option<Secret>,
}

impl Fetched {
    /// Schedules the refresh 60 s before expiry, or halfway for tokens living under 2 min.
    /// Also hands back a rotated refresh token, if the server sent one.
    fn into_cached(self) -> (CachedToken, Option<Secret>) {
        let refresh_at = self
            .expires_in
            .map(|life| Instant::now() + life - REFRESH_MARGIN.min(life / 2));
        (
            CachedToken {
                access: self.access,
                refresh_at,
            },
            self.refresh_token,
        )
    }
}

fn parse_token(body: &[u8]) -> Option<Fetched> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let access = v.get("access_token")?.as_str()?.to_string();
    let expires_in = v.get("expires_in").and_then(|e| match e {
        serde_json::Value::Number(n) => n.as_f64(),
        serde_json::Value::String(s) => s.trim().parse::<f64>().ok(),
        _ => None,
    });
    let expires_in = expires_in
        .filter(|s| s.is_finite() && *s > 0.0)
        .map(|s| Duration::from_secs_f64(s.min(10.0 * 365.0 * 86_400.0)));
    let refresh_token = v
        .get("refresh_token")
        .and_then(|r| r.as_str())
        .map(Secret::new);
    Some(Fetched {
        access: Secret::new(access),
        expires_in,
        refresh_token,
    })
}

/// `: error (description)` from an RFC 6749 error body; only these two fields are shown,
/// never the rest of the body.
fn oauth_error(body: &[u8]) -> String {
    let Ok(v) = serde_json::from_slice::<serde_json::Value>(body) else {
        return String::new();
    };
    let field = |k: &str| {
        v.get(k)
            .and_then(|x| x.as_str())
            .map(|s| snippet(s.as_bytes(), 200))
    };
    match (field("error"), field("error_description")) {
        (Some(e), Some(d)) => format!(": {e} ({d})"),
        (Some(e), None) => format!(": {e}"),
        (None, Some(d)) => format!(": {d}"),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_token_responses() {
        let t = parse_token(br#"{"access_token":"a","expires_in":"3600","refresh_token":"r"}"#)
            .unwrap();
        assert_eq!(t.access.expose_secret(), "a");
        assert_eq!(t.expires_in, Some(Duration::from_secs(3600)));
        assert_eq!(t.refresh_token.unwrap().expose_secret(), "r");
        let t = parse_token(br#"{"access_token":"a","expires_in":0}"#).unwrap();
        assert_eq!(t.expires_in, None);
        assert!(parse_token(br#"{"token":"a"}"#).is_none());
        assert!(parse_token(b"not json").is_none());
    }

    #[test]
    fn oauth_error_shows_only_standard_fields() {
        let body = br#"{"error":"invalid_client","error_description":"bad","echo":"s3cr3t"}"#;
        assert_eq!(oauth_error(body), ": invalid_client (bad)");
        assert_eq!(oauth_error(b"<html>s3cr3t</html>"), "");
    }
}
