/// Schema: `legacy.json#/paths/~1login/post`.
#[derive(Debug, Clone, PartialEq)]
pub struct LoginBody {
    pub user: String,
    pub remember: Option<bool>,
    pub scopes: Option<Vec<String>>,
    pub devices: Option<Vec<String>>,
}
impl serde::Serialize for LoginBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("user", &self.user)?;
        out.optional("remember", &self.remember)?;
        out.optional("scopes", &self.scopes)?;
        out.optional("devices", &self.devices)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for LoginBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for LoginBody {
    const NAME: &'static str = "LoginBody";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __user = None;
        let mut __remember = None;
        let mut __scopes = None;
        let mut __devices = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "user" => __user = Some(map.next_value()?),
                "remember" => __remember = map.next_value()?,
                "scopes" => __scopes = map.next_value()?,
                "devices" => __devices = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(user) = __user else {
            return Err(serde::de::Error::missing_field("user"));
        };
        Ok(Self {
            user,
            remember: __remember,
            scopes: __scopes,
            devices: __devices,
        })
    }
}
/// Schema: `legacy.json#/paths/~1login/post/responses/200/schema`.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct LoginResponse {
    pub token: Option<String>,
}
impl serde::Serialize for LoginResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.optional("token", &self.token)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for LoginResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for LoginResponse {
    const NAME: &'static str = "LoginResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut out = Self::default();
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "token" => out.token = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        Ok(out)
    }
}
