#!/usr/bin/env python3
"""What a leaner store layout would save SQLite in a bulk load, measured without Tejido.

The JSON Lines import of a new database writes every row, then builds the indexes it dropped for
the load. This script does SQLite's share of that work alone, twice: with today's tables and
indexes ("current"), and with a layout where rows point at their organization by an integer key
and the kinds, languages and areas of an organization are clustered under that key ("lean";
"lean-binary" also stores ids as 16-byte blobs). Each run copies the rows of a loaded store into a
new file with INSERT ... SELECT (SQLite's cheapest way in: no binding, no Swift) and builds the
layout's indexes the way the import does (two sorting helper threads, a 2 MiB cache).

    python3 docs/experiments/lean-store.py prepare STORE DIR   # STORE: written by `tejido import`
    python3 docs/experiments/lean-store.py time DIR current|lean|lean-binary

`prepare` writes DIR/lean.sqlite and DIR/lean-binary.sqlite from STORE (and remembers STORE);
`time` prints the wall and CPU seconds (all threads) of the copy and of the index builds, and the
size of the file written. The full-text table is left out of every variant: it is the same in all.
"""

import os
import resource
import sqlite3
import sys
import time

TABLES = [
    "organizations", "organization_kinds", "organization_languages", "organization_areas",
    "offerings", "needs", "relationships", "referrals", "changes",
]

LOAD_PRAGMAS = "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -32768;"

LEAN_TABLES = """
CREATE TABLE organizations (id {id} NOT NULL, slug TEXT NOT NULL, name TEXT NOT NULL, country TEXT, locality TEXT,
  accepts_referrals INTEGER NOT NULL DEFAULT 1, payload TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL, updated_at TEXT NOT NULL, match_facts BLOB);
CREATE TABLE organization_kinds (organization INTEGER NOT NULL, kind TEXT NOT NULL,
  PRIMARY KEY (organization, kind)) WITHOUT ROWID;
CREATE TABLE organization_languages (organization INTEGER NOT NULL, language TEXT NOT NULL,
  PRIMARY KEY (organization, language)) WITHOUT ROWID;
CREATE TABLE organization_areas (organization INTEGER NOT NULL, area_id TEXT NOT NULL, role TEXT NOT NULL,
  PRIMARY KEY (organization, area_id, role)) WITHOUT ROWID;
CREATE TABLE offerings (id {id} NOT NULL, organization INTEGER NOT NULL, service_code TEXT NOT NULL,
  capacity_per_month INTEGER, coop_fluent INTEGER, payload TEXT NOT NULL, match_facts BLOB);
CREATE TABLE needs (id {id} NOT NULL, organization INTEGER NOT NULL, service_code TEXT NOT NULL,
  status TEXT NOT NULL, urgency TEXT NOT NULL, payload TEXT NOT NULL);
CREATE TABLE relationships (id {id} NOT NULL, kind TEXT NOT NULL, from_org INTEGER NOT NULL,
  to_org INTEGER NOT NULL, payload TEXT NOT NULL);
CREATE TABLE referrals (id {id} NOT NULL, referrer INTEGER NOT NULL, client INTEGER NOT NULL,
  provider INTEGER NOT NULL, service_code TEXT NOT NULL, status TEXT NOT NULL, payload TEXT NOT NULL,
  match_facts INTEGER);
CREATE TABLE changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, operation TEXT NOT NULL,
  entity TEXT NOT NULL, entity_id {id} NOT NULL, payload TEXT);
"""

LEAN_INDEXES = [
    "CREATE UNIQUE INDEX organizations_id ON organizations(id)",
    "CREATE UNIQUE INDEX organizations_slug ON organizations(slug)",
    "CREATE INDEX organizations_country ON organizations(country)",
    "CREATE INDEX organization_areas_area ON organization_areas(area_id)",
    "CREATE UNIQUE INDEX offerings_id ON offerings(id)",
    "CREATE INDEX offerings_organization ON offerings(organization)",
    "CREATE INDEX offerings_service ON offerings(service_code, organization)",
    "CREATE UNIQUE INDEX needs_id ON needs(id)",
    "CREATE INDEX needs_organization ON needs(organization)",
    "CREATE INDEX needs_service ON needs(service_code, status)",
    "CREATE UNIQUE INDEX relationships_id ON relationships(id)",
    "CREATE INDEX relationships_from ON relationships(from_org)",
    "CREATE INDEX relationships_to ON relationships(to_org)",
    "CREATE UNIQUE INDEX referrals_id ON referrals(id)",
    "CREATE INDEX referrals_provider ON referrals(provider, status)",
    "CREATE INDEX referrals_client ON referrals(client)",
]

# Rows of the loaded store in the lean layout, in the order a load would write them.
LEAN_ROWS = """
INSERT INTO organizations (rowid, id, slug, name, country, locality, accepts_referrals, payload, version, created_at, updated_at, match_facts)
  SELECT rowid, k(id), slug, name, country, locality, accepts_referrals, payload, version, created_at, updated_at, match_facts
  FROM s.organizations ORDER BY rowid;
CREATE TEMP TABLE m (id TEXT PRIMARY KEY, r INTEGER) WITHOUT ROWID;
INSERT INTO m SELECT id, rowid FROM s.organizations;
INSERT INTO organization_kinds SELECT m.r, t.kind FROM s.organization_kinds t JOIN m ON m.id = t.organization_id ORDER BY 1, 2;
INSERT INTO organization_languages SELECT m.r, t.language FROM s.organization_languages t JOIN m ON m.id = t.organization_id ORDER BY 1, 2;
INSERT INTO organization_areas SELECT m.r, t.area_id, t.role FROM s.organization_areas t JOIN m ON m.id = t.organization_id ORDER BY 1, 2, 3;
INSERT INTO offerings (rowid, id, organization, service_code, capacity_per_month, coop_fluent, payload, match_facts)
  SELECT t.rowid, k(t.id), m.r, t.service_code, t.capacity_per_month, t.coop_fluent, t.payload, t.match_facts
  FROM s.offerings t JOIN m ON m.id = t.organization_id ORDER BY t.rowid;
INSERT INTO needs (rowid, id, organization, service_code, status, urgency, payload)
  SELECT t.rowid, k(t.id), m.r, t.service_code, t.status, t.urgency, t.payload
  FROM s.needs t JOIN m ON m.id = t.organization_id ORDER BY t.rowid;
INSERT INTO relationships (rowid, id, kind, from_org, to_org, payload)
  SELECT t.rowid, k(t.id), t.kind, a.r, b.r, t.payload
  FROM s.relationships t JOIN m a ON a.id = t.from_id JOIN m b ON b.id = t.to_id ORDER BY t.rowid;
INSERT INTO referrals (rowid, id, referrer, client, provider, service_code, status, payload, match_facts)
  SELECT t.rowid, k(t.id), a.r, b.r, c.r, t.service_code, t.status, t.payload, t.match_facts
  FROM s.referrals t JOIN m a ON a.id = t.referrer_id JOIN m b ON b.id = t.client_id JOIN m c ON c.id = t.provider_id
  ORDER BY t.rowid;
INSERT INTO changes SELECT seq, at, operation, entity, k(entity_id), payload FROM s.changes ORDER BY seq;
"""


def uuid_bytes(text):
    """A UUID's 16 bytes; any other id (a service code, an area id) as it is."""
    try:
        return bytes.fromhex(text.replace("-", "")) if len(text) == 36 else text
    except ValueError:
        return text


def prepare(store, directory):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "store"), "w") as f:
        f.write(os.path.abspath(store))
    for name, binary in (("lean", False), ("lean-binary", True)):
        path = os.path.join(directory, name + ".sqlite")
        if os.path.exists(path):
            os.remove(path)
        db = sqlite3.connect(path, isolation_level=None)
        db.create_function("k", 1, uuid_bytes if binary else (lambda text: text), deterministic=True)
        db.executescript(LOAD_PRAGMAS + LEAN_TABLES.format(id="BLOB" if binary else "TEXT"))
        db.execute("ATTACH ? AS s", (os.path.abspath(store),))
        db.executescript("BEGIN;" + LEAN_ROWS + "COMMIT;")
        db.close()
        print(f"wrote {path}")


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def time_variant(directory, variant):
    if variant == "current":
        with open(os.path.join(directory, "store")) as f:
            source = f.read()
    else:
        source = os.path.join(directory, variant + ".sqlite")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    placeholders = ", ".join("?" * len(TABLES))
    tables = [sql for (sql,) in src.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ({placeholders}) ORDER BY name", TABLES)]
    if variant == "current":
        indexes = [sql for (sql,) in src.execute(
            f"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({placeholders}) ORDER BY name",
            TABLES)]
    else:
        indexes = LEAN_INDEXES
    src.close()

    out = os.path.join(directory, "out.sqlite")
    if os.path.exists(out):
        os.remove(out)
    db = sqlite3.connect(out, isolation_level=None)
    db.executescript(LOAD_PRAGMAS + ";\n".join(tables) + ";")
    db.execute("ATTACH ? AS src", (source,))
    wall0, cpu0 = time.perf_counter(), cpu_seconds()
    db.execute("BEGIN")
    for table in TABLES:
        db.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
    wall1, cpu1 = time.perf_counter(), cpu_seconds()
    db.execute("PRAGMA threads = 2")
    db.execute("PRAGMA cache_size = -2048")
    for sql in indexes:
        db.execute(sql)
    db.execute("COMMIT")
    wall2, cpu2 = time.perf_counter(), cpu_seconds()
    db.close()
    size = os.path.getsize(out) / 1048576
    os.remove(out)
    print(f"{variant}: rows {wall1 - wall0:.2f} s ({cpu1 - cpu0:.2f} CPU-s), "
          f"{len(indexes)} indexes {wall2 - wall1:.2f} s ({cpu2 - cpu1:.2f} CPU-s), "
          f"total {wall2 - wall0:.2f} s ({cpu2 - cpu0:.2f} CPU-s), file {size:.0f} MiB")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "prepare":
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "time" and sys.argv[3] in ("current", "lean", "lean-binary"):
        time_variant(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
