"""Reads the Parquet files a `sync` wrote, with DuckDB (not the writer's own reader), and
prints what the test checks as one JSON object: per table, the row count over every file,
the columns with their DuckDB types (files read together by name), the files, and the rows
ordered by their first column.

usage: python3 read_parquet.py DIR TABLE [TABLE ...]
"""
import json
import sys

import duckdb


def main():
    root, tables = sys.argv[1], sys.argv[2:]
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    out = {}
    for table in tables:
        glob = f"{root}/{table}/*.parquet"
        source = f"read_parquet('{glob}', union_by_name = true, filename = true)"
        columns = con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()
        names = [c[0] for c in columns if c[0] != "filename"]
        rows = con.execute(
            f"SELECT {', '.join(json.dumps(n) for n in names)} FROM {source} ORDER BY 1, 2"
        ).fetchall()
        files = con.execute(f"SELECT DISTINCT filename FROM {source} ORDER BY 1").fetchall()
        out[table] = {
            "count": len(rows),
            "columns": {c[0]: c[1] for c in columns if c[0] != "filename"},
            "names": names,
            "files": [f[0].rsplit("/", 1)[-1] for f in files],
            "rows": [[None if v is None else str(v) for v in row] for row in rows],
        }
    print(json.dumps(out))


if __name__ == "__main__":
    main()
