//! The statements of the request, error and pagination tests as text, in the shapes
//! prettyplease gives them (as `operations` prints builders): formatting every test through
//! `syn` and prettyplease was most of the test suite's generation time. A statement with a line this
//! printer does not break goes through prettyplease alone ([`statement`]).
//!
//! A lone string literal (a served body, a path, a sample's JSON) never breaks: its line may
//! pass the margin, as prettyplease leaves it.

use super::requests::{Call, Expect};
use crate::diag::Result;
use crate::emit::rust::{string_literal, TextItem, MARGIN};

/// A statement of a test function (four spaces in) as prettyplease prints it: as printed
/// when every line is modeled, else formatted inside a function whose first and last lines
/// are dropped (a statement ending in `;` prints the same in any block).
pub(super) fn statement(item: TextItem) -> Result<String> {
    item.finish_inside("a test statement", "fn f() {")
}

/// `common::expect(&server, method, path, query, headers, status, type, body).await;`.
pub(super) fn expect(e: &Expect) -> TextItem {
    awaited_call(
        "common::expect",
        &[
            ("&server".to_string(), false),
            (string_literal(e.method), true),
            (string_literal(e.path), true),
            (e.query.clone(), false),
            (e.headers.clone(), false),
            (format!("{}u16", e.status), false),
            (string_literal(e.content_type), true),
            (string_literal(e.body), true),
        ],
    )
}

/// `function(args).await;` where each argument says whether it is a lone literal: on one
/// line; else `.await` on the next; else one argument per line, which the chain's indent
/// puts eight columns in.
pub(super) fn awaited_call(function: &str, args: &[(String, bool)]) -> TextItem {
    let mut item = TextItem::new();
    let joined: Vec<&str> = args.iter().map(|(a, _)| a.as_str()).collect();
    let call = format!("    {function}({})", joined.join(", "));
    if call.len() + ".await;".len() <= MARGIN {
        item.var(format!("{call}.await;"));
    } else if call.len() <= MARGIN {
        item.var(call);
        item.text.push_str("        .await;\n");
    } else {
        item.text.push_str(&format!("    {function}(\n"));
        for (a, literal) in args {
            let line = format!("            {a},");
            if *literal {
                item.unbreakable(line);
            } else {
                item.var(line);
            }
        }
        item.text.push_str("        )\n        .await;\n");
    }
    item
}

/// `let items: Vec<_> = futures::TryStreamExt::try_collect(client.op(args).items())`, then
/// `.await` and `.expect(..)` on lines of their own (the whole never fits on one line): the
/// call on the first line; else its argument on a line of its own; else that argument's
/// chain broken too.
pub(super) fn collect_items(c: &Call) -> TextItem {
    let mut item = TextItem::new();
    let head = "    let items: Vec<_> = futures::TryStreamExt::try_collect(";
    let chain = format!("{}.items()", builder_one_line(c));
    let one = format!("{head}{chain})");
    if one.len() <= MARGIN {
        item.var(one);
    } else {
        item.text.push_str(head);
        item.text.push('\n');
        // The only argument: its trailing comma is not counted against the margin.
        let arg = format!("            {chain},");
        if arg.len() - 1 <= MARGIN {
            // Where the comma alone passes the margin, `var` leaves it to prettyplease.
            item.var(arg);
        } else {
            item.text.push_str("            client\n");
            method_link(&mut item, "                ", c);
            item.text.push_str("                .items(),\n");
        }
        item.text.push_str("        )\n");
    }
    item.text
        .push_str("        .await\n        .expect(\"every page\");\n");
    item
}

/// `common::sent("METHOD /path", client.op(args).send().await);`.
pub(super) fn sent(label: &str, c: &Call) -> TextItem {
    let mut item = TextItem::new();
    let label = string_literal(label);
    let chain = format!("{}.send().await", builder_one_line(c));
    let one = format!("    common::sent({label}, {chain});");
    if one.len() <= MARGIN {
        item.var(one);
        return item;
    }
    item.text.push_str("    common::sent(\n");
    item.unbreakable(format!("        {label},"));
    // The last argument: its trailing comma is not counted against the margin.
    let last = format!("        {chain},");
    if last.len() - 1 <= MARGIN {
        // Where the comma alone passes the margin, `var` leaves it to prettyplease.
        item.var(last);
    } else {
        item.text.push_str("        client\n");
        method_link(&mut item, "            ", c);
        item.text
            .push_str("            .send()\n            .await,\n");
    }
    item.text.push_str("    );\n");
    item
}

/// `let err = client.op(args).send().await.expect_err("...");`.
pub(super) fn expect_err(c: &Call) -> TextItem {
    let mut item = TextItem::new();
    let tail = ".expect_err(\"the documented error status\");";
    let one = format!("    let err = {}.send().await{tail}", builder_one_line(c));
    if one.len() <= MARGIN {
        item.var(one);
        return item;
    }
    item.text.push_str("    let err = client\n");
    method_link(&mut item, "        ", c);
    item.text
        .push_str("        .send()\n        .await\n        ");
    item.text.push_str(tail);
    item.text.push('\n');
    item
}

/// `assert!(matches!(err.api_error(), Some(pattern)), "{err:?}");`: on one line, else its
/// arguments eight columns in, filled as prettyplease fills a macro's tokens: a piece after
/// a comma goes on the next line only when it does not fit on the current one (a long
/// pattern passes the margin).
pub(super) fn assert_matches(pattern: &str) -> TextItem {
    let mut item = TextItem::new();
    let one = format!("    assert!(matches!(err.api_error(), Some({pattern})), \"{{err:?}}\");");
    if one.len() <= MARGIN {
        item.var(one);
        return item;
    }
    item.text.push_str("    assert!(\n");
    let mut line = String::from("        matches!(err.api_error(),");
    for piece in [format!(" Some({pattern})),"), " \"{err:?}\"".to_string()] {
        if line.len() + piece.len() <= MARGIN {
            line.push_str(&piece);
        } else {
            item.unbreakable(line);
            line = format!("        {}", &piece[1..]);
        }
    }
    item.unbreakable(line);
    item.text.push_str("    );\n");
    item
}

/// `client.op(args)` on one line.
fn builder_one_line(c: &Call) -> String {
    let args: Vec<String> = c.args.iter().map(|a| a.text()).collect();
    format!("client.{}({})", c.method, args.join(", "))
}

/// `.op(args)` of a broken chain at `indent`: on one line, else one argument per line.
fn method_link(item: &mut TextItem, indent: &str, c: &Call) {
    let args: Vec<String> = c.args.iter().map(|a| a.text()).collect();
    let one = format!("{indent}.{}({})", c.method, args.join(", "));
    if one.len() <= MARGIN {
        item.var(one);
        return;
    }
    if args.is_empty() {
        // Empty parentheses do not break: a long method name passes the margin.
        item.unbreakable(one);
        return;
    }
    item.var(format!("{indent}.{}(", c.method));
    let inner = format!("{indent}    ");
    for (i, a) in c.args.iter().enumerate() {
        let last = i + 1 == c.args.len();
        match &a.sample {
            Some((ty, lit)) => sample_arg(item, &inner, ty, lit, last),
            None => item.var(format!("{inner}{},", a.text())),
        }
    }
    item.var(format!("{indent})"));
}

/// `common::sample::<T>("json"),` as an argument at `indent`: on one line; else the type
/// on its own line; else the JSON too.
fn sample_arg(item: &mut TextItem, indent: &str, ty: &str, lit: &str, last: bool) {
    let one = format!("{indent}common::sample::<{ty}>({lit}),");
    // A last argument's comma is not counted against the margin: where it alone passes the
    // margin, the line is kept whole and `var` leaves the statement to prettyplease.
    let whole = |line: &str| line.len() - usize::from(last) <= MARGIN;
    if whole(&one) {
        item.var(one);
        return;
    }
    item.var(format!("{indent}common::sample::<"));
    if ty.contains('<') {
        // A generic type could break in its own arguments.
        item.var(format!("{indent}    {ty},"));
    } else {
        item.unbreakable(format!("{indent}    {ty},"));
    }
    let closing = format!("{indent}>({lit}),");
    if whole(&closing) {
        item.var(closing);
    } else {
        item.var(format!("{indent}>("));
        item.unbreakable(format!("{indent}    {lit},"));
        item.var(format!("{indent}),"));
    }
}
