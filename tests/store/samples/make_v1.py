"""How `v1.pointb` was made (kept for the record; the committed file is the sample).

A schema-version-1 workshop file holds the tables of `tables.V1_TABLES` only, with
`user_version = 1`. This script writes the English demo's version-1 content (teams,
participants, boards, clusters, notes, votes) exactly the way version 1 of Point B wrote
files, and a JSON of the expected content next to it (`v1.expected.json`).

Run from the repository root:  .venv/bin/python tests/store/samples/make_v1.py
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from app.demo import demo_data
from app.export import json_dump
from app.services import WorkshopFile
from app.store import database, mapping, tables

V1_KINDS = ("teams", "participants", "boards", "clusters", "notes", "votes")
HERE = Path(__file__).resolve().parent


def main() -> None:
    target = HERE / "v1.pointb"
    target.unlink(missing_ok=True)
    data = demo_data("en")
    saved = (database.SCHEMA_VERSION, database._all_tables)
    database.SCHEMA_VERSION = 1
    database._all_tables = lambda: list(tables.V1_TABLES)  # type: ignore[assignment]
    try:
        workshop_file = WorkshopFile.create(target, data.workshop)
        try:
            rows = [e for spec in mapping.SPECS if spec.kind in V1_KINDS
                    for e in getattr(data, spec.kind)]
            workshop_file.import_entities("v1 sample", rows)
        finally:
            workshop_file.close()
    finally:
        database.SCHEMA_VERSION, database._all_tables = saved  # type: ignore[assignment]
    connection = sqlite3.connect(target)
    try:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 1
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        connection.execute("VACUUM")
    finally:
        connection.close()
    dump = json_dump.to_dump(data)
    expected = {"workshop": dump["workshop"], **{kind: dump[kind] for kind in V1_KINDS}}
    (HERE / "v1.expected.json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8"
    )


if __name__ == "__main__":
    main()
