"""Newsroom benchmark: server time of the public newsroom pages at 1,000 and 100,000 releases.

    make bench              # or: .venv/bin/python -m bench.bench [--small N] [--large N] [--keep]

It (re)creates the PostgreSQL database BENCH_DATABASE_URL names (default
postgres://postgres@127.0.0.1:5432/osce_bench; the name must contain "bench", because it is
dropped first), migrates it, loads the reference data, generates --small releases, runs VACUUM
ANALYZE and measures; then generates the rest up to --large, and measures again. It prints both
tables and a comparison with the targets, then drops the database unless --keep is given.

"Server time" is the time Django spends answering a request: each page is requested in-process
through django.test.Client (no network, no web server), DEBUG off, and each client.get() is timed
with time.perf_counter(). A page answering 404 (not landed yet) or failing (500, the newsroom
being changed under the bench) is not timed and reported as such; the run goes on.
"""

import argparse
import json
import math
import os
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field

import dj_database_url
import psycopg2
from psycopg2 import sql

DROP = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)")
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/osce_bench"
COLD_REPEAT = 5  # requests timed with an empty cache
FILTERED_TARGET_MS = 50  # p95 of every filtered list
SEARCH_TARGET_MS = 100  # p95 of search
GROWTH_TARGET = 1.3  # unfiltered list at --large over the list at --small


@dataclass
class Endpoint:
    name: str
    path: str
    target: str = ""  # "filtered", "search", "growth" or nothing


@dataclass
class Result:
    name: str
    path: str
    target: str
    status: int
    skipped: bool = False
    error: str = ""
    queries: int = 0
    sql_ms: float = 0.0
    slowest_query_ms: float = 0.0
    slowest_query: str = ""
    bytes: int = 0
    samples_ms: list = field(default_factory=list)
    cold_ms: list = field(default_factory=list)

    @property
    def cold_median(self):
        return statistics.median(self.cold_ms) if self.cold_ms else math.nan

    @property
    def reason(self):
        """Why the page was not timed."""
        if self.status == 404:
            return "skipped: 404, not landed yet"
        return f"failed: {self.status}" + (f" ({self.error})" if self.error else "")

    @property
    def median(self):
        return statistics.median(self.samples_ms) if self.samples_ms else math.nan

    @property
    def p95(self):
        if len(self.samples_ms) < 2:
            return self.median
        return statistics.quantiles(self.samples_ms, n=100, method="inclusive")[94]


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--small", type=int, default=1_000, help="releases first (1,000)")
    parser.add_argument("--large", type=int, default=100_000, help="releases then (100,000)")
    parser.add_argument("--repeat", type=int, default=30, help="timed requests per page (30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed requests first (3)")
    parser.add_argument("--seed", type=int, default=2026, help="generator seed (2026)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    return parser.parse_args(argv)


# The database -----------------------------------------------------------------------------------


def server_connection(url):
    config = dj_database_url.parse(url)
    name = config["NAME"]
    if "bench" not in name:
        sys.exit(
            f"Refusing to drop and recreate {name!r}: the bench database's name must contain "
            "'bench' (set BENCH_DATABASE_URL)."
        )
    connection = psycopg2.connect(
        dbname="postgres",
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        host=config["HOST"] or None,
        port=config["PORT"] or None,
    )
    connection.autocommit = True
    return connection, name


def recreate_database(url):
    connection, name = server_connection(url)
    with connection.cursor() as cursor:
        cursor.execute(DROP.format(sql.Identifier(name)))
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    connection.close()


def drop_database(url):
    from django.db import connections

    connections.close_all()
    connection, name = server_connection(url)
    with connection.cursor() as cursor:
        cursor.execute(DROP.format(sql.Identifier(name)))
    connection.close()


# Filling it -------------------------------------------------------------------------------------


def generate(count, seed):
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("generate_press_releases", count=count, seed=seed, stdout=sys.stdout)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    vacuum_analyze()
    print(f"VACUUM ANALYZE: {time.perf_counter() - started:.1f} s")
    return generated


def vacuum_analyze():
    """What autovacuum would do after a bulk load, done now so every run measures the same."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


# Measuring --------------------------------------------------------------------------------------


def endpoints():
    from django.conf import settings

    from news.models import PressRelease

    published = PressRelease.objects.published()
    total = published.count()
    last_page = max(1, math.ceil(total / settings.NEWS_PAGE_SIZE))
    middle = published.order_by("pk")[max(0, (total - 1) // 2)]
    return [
        Endpoint("list", "/news/", "growth"),
        Endpoint("field", "/news/?field=elections", "filtered"),
        Endpoint("field + year", "/news/?field=elections&year=2019", "filtered"),
        Endpoint("free text", "/news/?q=election+observation", "search"),
        Endpoint("last page", f"/news/?page={last_page}"),
        Endpoint("RSS feed", "/news/feed/rss/"),
        Endpoint("release page", middle.get_absolute_url()),
        Endpoint("site search", "/search/?q=election", "search"),
    ]


def measure(endpoint, client, repeat, warmup):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    try:
        response = client.get(endpoint.path)
    except Exception as error:  # a page broken mid-change must not end the whole run
        return Result(endpoint.name, endpoint.path, endpoint.target, 500, skipped=True,
                      error=f"{type(error).__name__}: {error}"[:200])  # fmt: skip
    result = Result(
        endpoint.name,
        endpoint.path,
        endpoint.target,
        response.status_code,
        bytes=len(response.content),
    )
    if response.status_code == 404 or response.status_code >= 500:
        result.skipped = True
        return result
    for _ in range(warmup):
        client.get(endpoint.path)
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(endpoint.path)
        result.samples_ms.append((time.perf_counter() - started) * 1000)
    # Cold: nothing cached (no newsroom counts, no rendered navigation), as after an edit.
    from django.core.cache import cache

    for _ in range(COLD_REPEAT):
        cache.clear()
        started = time.perf_counter()
        client.get(endpoint.path)
        result.cold_ms.append((time.perf_counter() - started) * 1000)
    # Once more, untimed, to count the queries and find the slowest.
    with CaptureQueriesContext(connection) as captured:
        client.get(endpoint.path)
    result.queries = len(captured)
    result.sql_ms = sum(float(query["time"]) for query in captured.captured_queries) * 1000
    if captured.captured_queries:
        slowest = max(captured.captured_queries, key=lambda query: float(query["time"]))
        result.slowest_query_ms = float(slowest["time"]) * 1000
        result.slowest_query = slowest["sql"]
    return result


def measure_all(label, repeat, warmup):
    from django.test import Client

    from news.models import PressRelease

    client = Client(raise_request_exception=False)
    print(f"\nMeasuring at {PressRelease.objects.count():,} releases ({label})")
    results = [measure(endpoint, client, repeat, warmup) for endpoint in endpoints()]
    print_table(results)
    return results


# Reporting --------------------------------------------------------------------------------------


def ms(value):
    return "—" if math.isnan(value) else f"{value:.1f}"


def print_table(results):
    """One line per page; "SQL ms" and "slowest" are from one extra request with the queries
    captured (Django rounds each query's time to the millisecond)."""
    print(
        f"{'page':<14} {'status':>6} {'queries':>7} {'p50 ms':>8} {'p95 ms':>8} {'cold p50':>8} "
        f"{'SQL ms':>7} {'slowest':>7}  path"
    )
    for r in results:
        if r.skipped:
            print(f"{r.name:<14} {r.status:>6} {'':>7}   {r.reason}  {r.path}")
            continue
        print(
            f"{r.name:<14} {r.status:>6} {r.queries:>7} {ms(r.median):>8} {ms(r.p95):>8} "
            f"{ms(r.cold_median):>8} {r.sql_ms:>7.0f} {r.slowest_query_ms:>7.0f}  {r.path}"
        )


def verdict(target, small, large):
    if large.skipped:
        return large.reason
    if target == "filtered":
        return "ok" if large.p95 < FILTERED_TARGET_MS else f"SLOW (p95 ≥ {FILTERED_TARGET_MS} ms)"
    if target == "search":
        return "ok" if large.p95 < SEARCH_TARGET_MS else f"SLOW (p95 ≥ {SEARCH_TARGET_MS} ms)"
    if target == "growth":
        ratio = large.median / small.median
        return "ok" if ratio <= GROWTH_TARGET else f"SLOW (×{ratio:.2f} > ×{GROWTH_TARGET})"
    return ""


def print_comparison(small_label, large_label, small, large):
    print(
        f"\n{'page':<14} {small_label + ' p50':>10} {small_label + ' p95':>10} "
        f"{large_label + ' p50':>10} {large_label + ' p95':>10}  target"
    )
    for before, after in zip(small, large, strict=True):
        print(
            f"{before.name:<14} {ms(before.median):>10} {ms(before.p95):>10} "
            f"{ms(after.median):>10} {ms(after.p95):>10}  {verdict(before.target, before, after)}"
        )
    lists = small[0], large[0]
    if not any(r.skipped for r in lists):
        print(
            f"\nUnfiltered list, {large_label} over {small_label}: "
            f"p50 ×{lists[1].median / lists[0].median:.2f}, "
            f"p95 ×{lists[1].p95 / lists[0].p95:.2f} (target ≤ ×{GROWTH_TARGET})"
        )
    for r in small + large:
        if r.skipped:
            print(f"Not timed: {r.name} ({r.path}) {r.reason}")
    print("\nSlowest query per page at the larger size:")
    for r in large:
        if not r.skipped:
            print(
                f"  {r.name}: {r.slowest_query_ms:.1f} ms of {r.queries} queries — "
                f"{r.slowest_query[:300]}"
            )


def main(argv=None):
    args = parse_args(argv)
    if not 0 < args.small < args.large:
        sys.exit("--small must be above 0 and below --large.")
    url = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
    os.environ["DATABASE_URL"] = url
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    print(f"Benchmark database: {dj_database_url.parse(url)['NAME']} (recreated)")
    recreate_database(url)

    import django
    from django.core.management import call_command

    django.setup()
    try:
        started = time.perf_counter()
        call_command("migrate", verbosity=0)
        call_command("load_reference_data", verbosity=0)
        print(f"Migrated and loaded the reference data in {time.perf_counter() - started:.1f} s")

        small_label, large_label = f"{args.small:,}", f"{args.large:,}"
        generated_small = generate(args.small, args.seed)
        small = measure_all(small_label, args.repeat, args.warmup)
        generated_large = generate(args.large - args.small, args.seed + 1)
        large = measure_all(large_label, args.repeat, args.warmup)

        print_comparison(small_label, large_label, small, large)
        print(
            f"\nGenerating {args.small:,} took {generated_small:.1f} s; "
            f"{args.large - args.small:,} more took {generated_large:.1f} s."
        )
        if args.json:
            with open(args.json, "w") as out:
                json.dump(
                    {
                        "generated_seconds": {"small": generated_small, "large": generated_large},
                        "small": [asdict(r) | {"p50": r.median, "p95": r.p95} for r in small],
                        "large": [asdict(r) | {"p50": r.median, "p95": r.p95} for r in large],
                    },
                    out,
                    indent=1,
                )
    finally:
        if args.keep:
            print(f"\nKept the database: DATABASE_URL={url}")
        else:
            drop_database(url)


if __name__ == "__main__":
    main()
