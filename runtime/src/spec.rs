//! Static description of an API, emitted by the generator as a `static`.
//!
//! Everything here is `&'static` so a generated crate can describe its API without
//! allocating; nothing here is secret (only the *names* of environment variables).

/// What the runtime needs to know about an API to talk to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ApiSpec {
    /// Human-readable API name, used in the default `User-Agent` and in error messages.
    pub name: &'static str,
    /// Base URL from the spec's first server; used when neither code nor environment sets one.
    pub default_base_url: &'static str,
    /// Environment variable that overrides the base URL (empty: none).
    pub base_url_env: &'static str,
    /// Every security scheme the spec declares, by the name operations refer to.
    pub security_schemes: &'static [SecurityScheme],
}

impl ApiSpec {
    /// Looks up a declared security scheme by name.
    pub fn scheme(&self, name: &str) -> Option<&'static SecurityScheme> {
        self.security_schemes.iter().find(|s| s.name == name)
    }
}

/// One entry of the spec's `securitySchemes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecurityScheme {
    /// The key under `components.securitySchemes`; operations' `security` refers to it.
    pub name: &'static str,
    /// How credentials for this scheme are sent.
    pub kind: SchemeKind,
}

/// Where an API key travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApiKeyLocation {
    /// As a request header named `param_name`.
    Header,
    /// As a query parameter named `param_name`.
    Query,
    /// As a cookie named `param_name`.
    Cookie,
}

/// How a security scheme authenticates, plus the environment variables that configure it.
///
/// An empty variable name means "no variable": the credential can only be set from code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SchemeKind {
    /// A static key in a header, query parameter or cookie.
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// Header, query or cookie name.
        param_name: &'static str,
        /// Variable holding the key.
        env: &'static str,
    },
    /// HTTP basic authentication.
    Basic {
        /// Variable holding the user name.
        username_env: &'static str,
        /// Variable holding the password.
        password_env: &'static str,
    },
    /// `Authorization: Bearer <token>`; also used for OpenID Connect and for OAuth2 flows
    /// the runtime cannot drive itself.
    Bearer {
        /// Variable holding the token.
        env: &'static str,
    },
    /// OAuth2 client-credentials grant: the runtime fetches, caches and refreshes the token.
    OAuth2ClientCredentials {
        /// Token endpoint; a relative URL is resolved against the base URL.
        token_url: &'static str,
        /// Scopes requested (space-joined in the `scope` field).
        scopes: &'static [&'static str],
        /// Variable holding the client id.
        client_id_env: &'static str,
        /// Variable holding the client secret.
        client_secret_env: &'static str,
        /// Variable holding a ready access token; when set it is used as a plain bearer token.
        access_token_env: &'static str,
    },
    /// OAuth2 refresh-token grant: the runtime exchanges the refresh token for access tokens.
    OAuth2RefreshToken {
        /// Token endpoint; a relative URL is resolved against the base URL.
        token_url: &'static str,
        /// Variable holding the client id.
        client_id_env: &'static str,
        /// Variable holding the client secret (may be set to an empty value for public clients).
        client_secret_env: &'static str,
        /// Variable holding the refresh token.
        refresh_token_env: &'static str,
        /// Variable holding a ready access token; when set it is used as a plain bearer token.
        access_token_env: &'static str,
    },
}
