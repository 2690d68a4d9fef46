"""The yardstick for intake: a bare Flask endpoint inserting one equivalent case row.

Same database, same gunicorn settings as the service; no auth, validation or audit.
With BENCH_FLOOR_CAPTURE set (bench.floor sets it), the same workers also serve
bench.replay's endpoints, the service's own statements sent again with the raw driver.
"""

from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, jsonify, request
from sqlalchemy import (
    JSON,
    Column,
    DateTime,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    func,
)

metadata = MetaData()
bare_cases = Table(
    "bare_cases",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(32)),
    Column("category", String(32)),
    Column("channel", String(16)),
    Column("claimant_name", String(64)),
    Column("claimant_id_number", String(18)),
    Column("employer_name", String(200)),
    Column("claim_amount", Numeric(14, 2)),
    Column("details", JSON),
    Column("description", Text),
    Column("received_at", DateTime(timezone=True), server_default=func.now()),
    Column("version", Integer, default=1),
)


def create_app() -> Flask:
    app = Flask(__name__)
    engine = create_engine(os.environ["DATABASE_URL"], pool_pre_ping=True)
    metadata.create_all(engine)

    @app.post("/bare/cases")
    def register():  # type: ignore[no-untyped-def]
        body = request.get_json()
        row = {
            "type": body["type"],
            "category": body["category"],
            "channel": body["channel"],
            "claimant_name": body["claimant"]["name"],
            "claimant_id_number": body["claimant"].get("id_number"),
            "employer_name": (body.get("employer") or {}).get("name"),
            "claim_amount": body.get("claim_amount"),
            "details": {},
            "description": body.get("description", ""),
        }
        with engine.begin() as connection:
            new_id = connection.execute(
                bare_cases.insert().values(row).returning(bare_cases.c.id)
            ).scalar_one()
        return jsonify(id=new_id, **{k: str(v) for k, v in row.items()}), 201

    @app.post("/bare/transition/<int:case_id>")
    def transition(case_id: int):  # type: ignore[no-untyped-def]
        with engine.begin() as connection:
            updated = connection.execute(
                bare_cases.update()
                .where(bare_cases.c.id == case_id, bare_cases.c.version == request.json["version"])
                .values(version=bare_cases.c.version + 1, category="overtime")
            ).rowcount
        return jsonify(updated=updated), 200 if updated else 412

    if capture := os.environ.get("BENCH_FLOOR_CAPTURE"):
        from bench.replay import add_floor

        add_floor(app, engine, Path(capture))
    return app
