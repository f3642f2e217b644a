//! Connecting to PostgreSQL as libpq would: `sslmode` and `sslrootcert` from the URL, the
//! password from the URL, `PGPASSWORD` or a named variable, TLS by rustls (no OpenSSL), and
//! errors that say which of host, TLS, authentication or database failed.
//!
//! `sslmode`: `disable` (plain TCP), `prefer` (the default: TLS when the server offers it,
//! the certificate not checked), `require` (TLS, the certificate not checked, unless
//! `sslrootcert` is given: then as `verify-ca`), `verify-ca` (the chain must lead to a
//! trusted root), `verify-full` (and the certificate must name the host). The trusted roots
//! are `sslrootcert` (a PEM file), or the system's when it is absent; `sslrootcert=system`
//! means `verify-full` against the system's roots and refuses weaker modes, as libpq 16
//! does. Unix sockets carry no TLS: `prefer` uses them plainly, stronger modes refuse them.
//! The password comes from the URL, else the variable `--to-password-env` names, else
//! `PGPASSWORD`.

use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme,
};
use tokio::task::JoinHandle;
use tokio_postgres::config::SslMode as PgSslMode;
use tokio_postgres::{Client, NoTls};

use super::SinkError;

/// libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Plain TCP.
    Disable,
    /// TLS when the server offers it; the certificate is not checked.
    Prefer,
    /// TLS; the certificate is not checked (unless a root certificate is given).
    Require,
    /// TLS; the certificate chain must lead to a trusted root.
    VerifyCa,
    /// TLS; the chain must lead to a trusted root and the certificate must name the host.
    VerifyFull,
}

impl SslMode {
    fn parse(text: &str) -> Result<SslMode, String> {
        Ok(match text {
            "disable" => SslMode::Disable,
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            other => {
                return Err(format!(
                    "sslmode `{other}`: expected disable, prefer, require, verify-ca or verify-full"
                ))
            }
        })
    }
}

/// A PostgreSQL destination, its TLS options taken out of the URL.
pub(crate) struct Target {
    /// The URL without `sslmode` and `sslrootcert`, for tokio-postgres.
    pub url: String,
    pub ssl: SslMode,
    /// `sslrootcert`: a PEM file; `None` (or `system`): the system's roots.
    pub root_cert: Option<String>,
}

impl std::fmt::Debug for Target {
    /// Without the URL, which may hold a password.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Target")
            .field("url", &super::redact(&self.url))
            .field("ssl", &self.ssl)
            .field("root_cert", &self.root_cert)
            .finish()
    }
}

impl Target {
    /// Splits the TLS options off `url`.
    pub fn parse(url: &str) -> Result<Target, String> {
        let (base, query) = match url.split_once('?') {
            Some((b, q)) => (b, q),
            None => (url, ""),
        };
        let mut ssl = None;
        let mut root_cert = None;
        let mut system = false;
        let mut kept = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let value = percent_encoding::percent_decode_str(v)
                .decode_utf8_lossy()
                .into_owned();
            match k {
                "sslmode" => ssl = Some(SslMode::parse(&value)?),
                "sslrootcert" if value == "system" => system = true,
                "sslrootcert" => root_cert = Some(value),
                _ => kept.push(pair),
            }
        }
        // `sslrootcert=system` trusts the system's roots for the host's name, or nothing.
        let mut ssl = match (system, ssl) {
            (true, None | Some(SslMode::VerifyFull)) => SslMode::VerifyFull,
            (true, Some(mode)) => {
                return Err(format!(
                    "sslrootcert=system goes with sslmode=verify-full (the default with it), not {mode:?}"
                ))
            }
            (false, mode) => mode.unwrap_or(SslMode::Prefer),
        };
        let url = if kept.is_empty() {
            base.to_string()
        } else {
            format!("{base}?{}", kept.join("&"))
        };
        // A root certificate makes `require` check the chain, as libpq does.
        if ssl == SslMode::Require && root_cert.is_some() {
            ssl = SslMode::VerifyCa;
        }
        Ok(Target {
            url,
            ssl,
            root_cert,
        })
    }
}

/// Accepts any certificate (`prefer`, `require`): the connection is encrypted, not
/// authenticated, as libpq does in these modes. Signatures are still checked.
#[derive(Debug)]
struct AnyCertificate(Arc<CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// Checks the chain but not the name (`verify-ca`).
#[derive(Debug)]
struct ChainOnly(Arc<WebPkiServerVerifier>);

impl ServerCertVerifier for ChainOnly {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        match self
            .0
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
        {
            Err(rustls::Error::InvalidCertificate(
                CertificateError::NotValidForName | CertificateError::NotValidForNameContext { .. },
            )) => Ok(ServerCertVerified::assertion()),
            other => other,
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.0.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.supported_verify_schemes()
    }
}

/// The trusted roots: the PEM file, or the system's.
fn roots(root_cert: Option<&str>) -> Result<RootCertStore, String> {
    let mut store = RootCertStore::empty();
    match root_cert {
        Some(path) => {
            let certs = CertificateDer::pem_file_iter(path)
                .map_err(|e| format!("sslrootcert `{path}`: {e}"))?;
            for cert in certs {
                let cert = cert.map_err(|e| format!("sslrootcert `{path}`: {e}"))?;
                store
                    .add(cert)
                    .map_err(|e| format!("sslrootcert `{path}`: {e}"))?;
            }
            if store.is_empty() {
                return Err(format!("sslrootcert `{path}` holds no certificate"));
            }
        }
        None => {
            let found = rustls_native_certs::load_native_certs();
            for cert in found.certs {
                let _ = store.add(cert);
            }
            if store.is_empty() {
                return Err(
                    "no system root certificate was found; give one with sslrootcert=PATH".into(),
                );
            }
        }
    }
    Ok(store)
}

/// The rustls configuration for `target`'s mode.
fn tls_config(target: &Target) -> Result<ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| e.to_string())?;
    let config = match target.ssl {
        SslMode::Disable | SslMode::Prefer | SslMode::Require => builder
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
            .with_no_client_auth(),
        SslMode::VerifyCa | SslMode::VerifyFull => {
            let roots = Arc::new(roots(target.root_cert.as_deref())?);
            let verifier = WebPkiServerVerifier::builder_with_provider(roots, provider)
                .build()
                .map_err(|e| e.to_string())?;
            if target.ssl == SslMode::VerifyCa {
                builder
                    .dangerous()
                    .with_custom_certificate_verifier(Arc::new(ChainOnly(verifier)))
                    .with_no_client_auth()
            } else {
                builder.with_webpki_verifier(verifier).with_no_client_auth()
            }
        }
    };
    Ok(config)
}

/// What failed while connecting: the part of the connection, and what to do.
fn classify(e: &tokio_postgres::Error, ssl: SslMode) -> String {
    use std::error::Error as _;
    let text = e.to_string();
    let mut causes = Vec::new();
    let mut source = e.source();
    while let Some(s) = source {
        causes.push(s.to_string());
        source = s.source();
    }
    let detail = if causes.is_empty() {
        text.clone()
    } else {
        causes.join(": ")
    };
    if let Some(db) = e.as_db_error() {
        let code = db.code().code();
        let message = db.message();
        if message.contains("no encryption") {
            return format!(
                "TLS: the server accepts this connection only over TLS ({message}); use sslmode=require or sslmode=verify-full"
            );
        }
        return match code {
            "28P01" | "28000" => format!("authentication failed ({message}); check the user and password (URL, PGPASSWORD or --to-password-env)"),
            "3D000" => format!("database: {message}; create it or fix the URL's path"),
            _ => format!("the server refused the connection: {message} (SQLSTATE {code})"),
        };
    }
    if text.contains("TLS")
        || text.contains("tls")
        || causes.iter().any(|c| c.contains("certificate"))
    {
        let hint = match ssl {
            SslMode::VerifyFull | SslMode::VerifyCa => {
                "; the server's certificate must be signed by sslrootcert (or a system root) and, with verify-full, name the host"
            }
            _ => "",
        };
        return format!("TLS: {detail}{hint}");
    }
    if text.contains("server does not support TLS")
        || causes.iter().any(|c| c.contains("does not support TLS"))
    {
        return format!("TLS: the server does not offer TLS; use sslmode=disable or prefer, or turn ssl on in the server ({detail})");
    }
    format!("host: could not reach the server ({detail}); check the host and port")
}

/// Connects to `destination`, with the password from the URL, else `PGPASSWORD`, else the
/// variable `password_env`; the connection runs on its own task. Errors never hold the
/// password.
pub(crate) async fn connect(
    destination: &str,
    label: &str,
    password_env: Option<&str>,
) -> Result<(Client, JoinHandle<Result<(), tokio_postgres::Error>>), SinkError> {
    let fail = |message: String| SinkError::Database {
        destination: label.to_string(),
        context: "connecting".into(),
        message,
    };
    let target = Target::parse(destination).map_err(fail)?;
    let mut config: tokio_postgres::Config = target
        .url
        .parse()
        .map_err(|e: tokio_postgres::Error| fail(format!("invalid URL: {e}")))?;
    // The URL's password, else the variable named by --to-password-env, else PGPASSWORD.
    if config.get_password().is_none() {
        match password_env {
            Some(name) => match std::env::var(name) {
                Ok(password) => {
                    config.password(password);
                }
                Err(_) => {
                    return Err(fail(format!(
                        "--to-password-env {name}: the variable is not set"
                    )))
                }
            },
            None => {
                if let Ok(password) = std::env::var("PGPASSWORD") {
                    config.password(password);
                }
            }
        }
    }
    // A unix socket carries no TLS: `prefer` uses it plainly, stronger modes refuse it.
    let sockets = !config.get_hosts().is_empty()
        && config
            .get_hosts()
            .iter()
            .all(|h| !matches!(h, tokio_postgres::config::Host::Tcp(_)));
    let plain = match (sockets, target.ssl) {
        (_, SslMode::Disable) | (true, SslMode::Prefer) => true,
        (true, mode) => {
            return Err(fail(format!(
                "TLS: sslmode={} asks for TLS, which a unix socket does not carry; connect by host name, or use sslmode=prefer",
                match mode {
                    SslMode::Require => "require",
                    SslMode::VerifyCa => "verify-ca",
                    _ => "verify-full",
                }
            )))
        }
        (false, _) => false,
    };
    config.ssl_mode(match target.ssl {
        _ if plain => PgSslMode::Disable,
        SslMode::Prefer => PgSslMode::Prefer,
        _ => PgSslMode::Require,
    });
    let result = if plain {
        config
            .connect(NoTls)
            .await
            .map(|(client, connection)| (client, tokio::spawn(connection)))
    } else {
        let tls = tls_config(&target).map_err(|e| fail(format!("TLS: {e}")))?;
        config
            .connect(tokio_postgres_rustls::MakeRustlsConnect::new(tls))
            .await
            .map(|(client, connection)| (client, tokio::spawn(connection)))
    };
    result.map_err(|e| fail(classify(&e, target.ssl)))
}

/// A client on the PostgreSQL server at `url`, connected as the sink connects (`sslmode`,
/// `sslrootcert`, the password from the URL, `PGPASSWORD` or the variable `password_env`),
/// for programs and tests that read what a sync loaded. The connection runs on its own
/// task, which ends when the client is dropped.
pub async fn connect_postgres(url: &str, password_env: Option<&str>) -> Result<Client, SinkError> {
    let (client, _connection) = connect(url, &super::redact(url), password_env).await?;
    Ok(client)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tls_options_come_off_the_url() {
        let t = Target::parse("postgres://u:p@h:5432/db?sslmode=verify-full&sslrootcert=%2Ftmp%2Fca.pem&application_name=x").unwrap();
        assert_eq!(t.ssl, SslMode::VerifyFull);
        assert_eq!(t.root_cert.as_deref(), Some("/tmp/ca.pem"));
        assert_eq!(t.url, "postgres://u:p@h:5432/db?application_name=x");
        let t = Target::parse("postgres://h/db").unwrap();
        assert_eq!(
            (t.ssl, t.url.as_str()),
            (SslMode::Prefer, "postgres://h/db")
        );
        let t = Target::parse("postgres://h/db?sslmode=require&sslrootcert=ca.pem").unwrap();
        assert_eq!(
            t.ssl,
            SslMode::VerifyCa,
            "a root makes require check the chain"
        );
        let t = Target::parse("postgres://h/db?sslrootcert=system").unwrap();
        assert_eq!((t.ssl, t.root_cert), (SslMode::VerifyFull, None));
        assert!(
            Target::parse("postgres://h/db?sslmode=require&sslrootcert=system")
                .unwrap_err()
                .contains("verify-full")
        );
        let t = Target::parse("postgres://u:secret@h/db").unwrap();
        assert!(!format!("{t:?}").contains("secret"));
        assert!(Target::parse("postgres://h/db?sslmode=maybe")
            .unwrap_err()
            .contains("verify-full"));
    }
}
