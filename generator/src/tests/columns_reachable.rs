//! Every column and child table that flattening plans is reachable by the typed field access
//! `src/tables.rs` is printed with. The printer writes a NULL cell (or no child rows) where
//! it is not, which would lose data without a word: this holds that it never happens, on
//! the project's specs and every spec of ../shared/specs.

use super::common;
use crate::analyze::flatten::Read;
use crate::emit::access::field_access;

#[test]
fn every_planned_column_and_child_table_is_reachable() {
    let specs = common::project_and_vendor_specs();
    let mut unreachable = Vec::new();
    let mut columns = 0;
    for spec in &specs {
        let Ok(a) = crate::analyze_spec(spec, &crate::Options::default()) else {
            continue;
        };
        let plan = crate::plan::CratePlan::new(&a.api, &a.analysis);
        let tables = &plan.tables.tables;
        for t in tables {
            for c in &t.columns {
                if matches!(c.read, Read::Loader | Read::Extra | Read::RunId) {
                    continue;
                }
                columns += 1;
                if field_access(&plan, &t.row_type, &c.path, "row").is_none() {
                    unreachable.push(format!("{}: {}.{}", spec.display(), t.name, c.name));
                }
            }
            if let Some(p) = t.parent {
                if field_access(&plan, &tables[p].row_type, &t.rel_path, "row").is_none() {
                    unreachable.push(format!("{}: child table {}", spec.display(), t.name));
                }
            }
        }
    }
    assert!(columns > 1000, "only {columns} columns checked");
    assert!(unreachable.is_empty(), "{}", unreachable.join("\n"));
}
