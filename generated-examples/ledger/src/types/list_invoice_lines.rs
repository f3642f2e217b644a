/// Schema: `ledger.yaml#/paths/~1customers~1{customer}~1invoices~1{invoice}~1lines/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListInvoiceLinesResponse {
    pub lines: Vec<super::Line>,
    pub next: Option<String>,
}
impl serde::Serialize for ListInvoiceLinesResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = apitap_runtime::codegen::ObjectWriter::start(serializer)?;
        out.field("lines", &self.lines)?;
        out.optional("next", &self.next)?;
        out.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListInvoiceLinesResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        apitap_runtime::codegen::decode_object(deserializer)
    }
}
impl<'de> apitap_runtime::codegen::DecodeObject<'de> for ListInvoiceLinesResponse {
    const NAME: &'static str = "ListInvoiceLinesResponse";
    fn decode<A: serde::de::MapAccess<'de>>(mut map: A) -> Result<Self, A::Error> {
        let mut __lines = None;
        let mut __next = None;
        while let Some(key) = map.next_key::<apitap_runtime::codegen::Key<'de>>()? {
            match key.as_str() {
                "lines" => __lines = Some(map.next_value()?),
                "next" => __next = map.next_value()?,
                _ => apitap_runtime::codegen::skip_value(&mut map)?,
            }
        }
        let Some(lines) = __lines else {
            return Err(serde::de::Error::missing_field("lines"));
        };
        Ok(Self { lines, next: __next })
    }
}
