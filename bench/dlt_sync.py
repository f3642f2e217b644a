"""dlt's side of `apitap-bench sync-compare`, and the row counter both sides are checked with.

    dlt_sync.py run --url URL --destination sqlite|duckdb --path DB --per-page N
                    --resources orders[,returns...] --work DIR
    dlt_sync.py count --sqlite DB | --duckdb DB

`run` loads the Stripe-style lists of the bench server with dlt's `rest_api` source, as a
dlt user would configure it: one resource per path, records under `data`, an API key header,
and Stripe's pagination (the last record's `id` as `starting_after`). It prints one JSON line:
the seconds spent in `pipeline.run` (extract, normalize, load) and the rows per table.

`count` prints the rows per table of a SQLite or DuckDB database as one JSON line, leaving out
bookkeeping and staging tables (dlt's `_dlt_*` and staging dataset, apitap's `_apitap_*`), so
both tools' loads are counted by the same code.
"""

import argparse
import json
import os
import sqlite3
import sys
import time


def run(args):
    os.environ.setdefault("RUNTIME__LOG_LEVEL", "WARNING")
    os.environ.setdefault("RUNTIME__DLTHUB_TELEMETRY", "false")
    import dlt
    from dlt.sources.helpers.rest_client.paginators import BasePaginator
    from dlt.sources.rest_api import rest_api_source

    class StartingAfter(BasePaginator):
        """Stripe's pagination: `starting_after` = the last record's id. A page shorter than
        the page size is the last; this avoids parsing each page a second time for
        `has_more` (dlt's own `has_more_path` would), at the cost of one empty page at the
        end when the total is a multiple of the page size."""

        def __init__(self, per_page):
            super().__init__()
            self.per_page = per_page
            self.last_id = None

        def update_state(self, response, data=None):
            if data:
                self.last_id = data[-1]["id"]
            self._has_next_page = bool(data) and len(data) >= self.per_page

        def update_request(self, request):
            if request.params is None:
                request.params = {}
            request.params["starting_after"] = self.last_id

    resources = [
        {"name": name, "endpoint": {"path": name, "paginator": StartingAfter(args.per_page)}}
        for name in args.resources.split(",")
    ]
    source = rest_api_source(
        {
            "client": {
                "base_url": args.url + "/",
                "auth": {"type": "api_key", "name": "X-Key", "api_key": "k", "location": "header"},
            },
            "resource_defaults": {
                "endpoint": {"params": {"limit": args.per_page}, "data_selector": "data"},
                "parallelized": args.parallel,
            },
            "resources": resources,
        }
    )
    if args.destination == "sqlite":
        destination = dlt.destinations.sqlalchemy(credentials=f"sqlite:///{args.path}")
    else:
        destination = dlt.destinations.duckdb(args.path)
    pipeline = dlt.pipeline(
        pipeline_name="sync_compare",
        pipelines_dir=args.work,
        destination=destination,
        dataset_name="bench",
    )
    started = time.perf_counter()
    pipeline.run(source)
    seconds = time.perf_counter() - started
    print(json.dumps({"seconds": seconds}))


def count(args):
    tables = {}

    def add(name, rows):
        # A table of the same name in two places (two files, two schemas) is a mistake of
        # this script: fail rather than count one of them.
        if name in tables:
            sys.exit(f"table {name} found twice")
        tables[name] = rows
    if args.sqlite:
        # dlt's sqlalchemy destination keeps a dataset in a database file of its own beside
        # the main one (`<db>__<dataset>.db`); apitap writes into the main file.
        base, ext = os.path.splitext(args.sqlite)
        files = [args.sqlite] + [
            os.path.join(os.path.dirname(args.sqlite) or ".", f)
            for f in sorted(os.listdir(os.path.dirname(args.sqlite) or "."))
            if f.startswith(os.path.basename(base) + "__")
        ]
        for path in files:
            db = sqlite3.connect(path)
            names = [r[0] for r in db.execute("select name from sqlite_master where type = 'table'")]
            for name in names:
                if not name.startswith(("_dlt", "_apitap", "sqlite_")) and "staging" not in path:
                    add(name, db.execute(f'select count(*) from "{name}"').fetchone()[0])
            db.close()
    else:
        import duckdb

        db = duckdb.connect(args.duckdb, read_only=True)
        for schema, name in db.execute(
            "select table_schema, table_name from information_schema.tables"
        ).fetchall():
            if not name.startswith("_dlt") and "staging" not in schema:
                add(name, db.execute(f'select count(*) from "{schema}"."{name}"').fetchone()[0])
        db.close()
    print(json.dumps(tables, sort_keys=True))


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--url", required=True)
    r.add_argument("--destination", choices=["sqlite", "duckdb"], required=True)
    r.add_argument("--path", required=True)
    r.add_argument("--per-page", type=int, default=100)
    r.add_argument("--resources", default="orders")
    r.add_argument("--parallel", action="store_true", help="resources extracted in parallel")
    r.add_argument("--work", required=True, help="dlt's pipelines directory")
    c = sub.add_parser("count")
    g = c.add_mutually_exclusive_group(required=True)
    g.add_argument("--sqlite")
    g.add_argument("--duckdb")
    args = parser.parse_args()
    run(args) if args.command == "run" else count(args)


if __name__ == "__main__":
    sys.exit(main())
