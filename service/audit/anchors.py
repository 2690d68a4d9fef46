"""Anchors of the audit trail: the trail heads, signed each day into an append-only file.

The hash chain is keyed, so nobody without the key can rewrite an event; but
someone with database access could still cut a trail short (delete its last events
and point the case's head back) or delete a case. An anchor records, outside the
database, how far each trail reached and with which hash, signed with the audit
key; verification then names the anchor a trail no longer agrees with.

The file (``DATA_DIR/audit-anchors.jsonl``) holds one JSON object a line; each line
names the line before it by its signature, so a line removed from the middle shows.
A line lists only the heads that moved since the lines before it.
"""

from __future__ import annotations

import fcntl
import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from service.cases.models import Case
from service.config import Settings
from service.hash_chain import TrailKeys

FILE_NAME = "audit-anchors.jsonl"


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str
    unit_id: int


@dataclass(frozen=True)
class Anchor:
    number: int
    at: str
    heads: dict[int, Head]

    def describe(self) -> str:
        return f"anchor {self.number} of {self.at}"


def path_of(settings: Settings) -> Path:
    return settings.data_dir / FILE_NAME


def _signature(keys: TrailKeys, key_id: str, body: dict[str, Any]) -> str | None:
    return keys.sign(key_id, json.dumps(body, sort_keys=True, separators=(",", ":")))


def parse(text: str, keys: TrailKeys) -> tuple[list[Anchor], list[dict[str, Any]]]:
    """The anchors of the file's ``text`` that verify, and a problem for each that does not."""
    anchors: list[Anchor] = []
    problems: list[dict[str, Any]] = []
    previous = ""
    for number, line in enumerate(text.splitlines(), start=1):
        try:
            body = json.loads(line)
            signature = body.pop("mac")
            heads = {
                int(case_id): Head(int(seq), str(hash_), int(unit_id))
                for case_id, (seq, hash_, unit_id) in body["heads"].items()
            }
            signed = _signature(keys, body["key_id"], body)
        except (ValueError, KeyError, TypeError, AttributeError):
            problems.append({"anchor": number, "problem": "the line is not an anchor"})
            previous = ""
            continue
        if signed is None:
            problem = f"signed with key {body['key_id']}, which this deployment does not hold"
        elif signed != signature:
            problem = "its signature does not match: the line was changed"
        elif body.get("anchor") != number or body.get("previous") != previous:
            problem = "it does not follow the line before it: a line was removed or moved"
        else:
            problem = None
        if problem:
            problems.append({"anchor": number, "problem": problem})
        else:
            anchors.append(Anchor(number=number, at=str(body["at"]), heads=heads))
        previous = signature
    return anchors, problems


def read(settings: Settings, keys: TrailKeys) -> tuple[list[Anchor], list[dict[str, Any]]]:
    path = path_of(settings)
    return parse(path.read_text() if path.exists() else "", keys)


def latest(settings: Settings) -> dict[str, Any] | None:
    """The last anchor's number, time and signature, as a monthly report records it."""
    path = path_of(settings)
    if not path.exists():
        return None
    with path.open("rb") as file:
        file.seek(0, os.SEEK_END)
        size = file.tell()
        # Lines list only the heads that moved; read back far enough for the last one.
        window = 1 << 16
        while True:
            file.seek(max(0, size - window))
            tail = file.read().decode().rstrip("\n")
            if size <= window or "\n" in tail:
                break
            window *= 4
    try:
        body = json.loads(tail.rsplit("\n", 1)[-1])
        return {"anchor": int(body["anchor"]), "at": str(body["at"]), "mac": str(body["mac"])}
    except (ValueError, KeyError, TypeError):
        return None


def recorded_elsewhere(
    text: str, recorded: list[tuple[str, dict[str, Any]]]
) -> list[dict[str, Any]]:
    """A problem for each anchor a report recorded that the file no longer holds as it was.

    A report leaves the system (e-mailed, downloaded), so it keeps the anchor's
    signature where whoever can rewrite the database and the file cannot reach.
    """
    macs: dict[int, str] = {}
    for line in text.splitlines():
        try:
            body = json.loads(line)
            macs[int(body["anchor"])] = str(body["mac"])
        except (ValueError, KeyError, TypeError):
            continue
    problems = []
    for where, anchor in recorded:
        if macs.get(int(anchor["anchor"])) != anchor["mac"]:
            problem = f"{where} recorded this anchor with another signature: the file was rewritten"
            problems.append({"anchor": int(anchor["anchor"]), "problem": problem})
    return problems


def write(*, db_session: Session, settings: Settings, keys: TrailKeys, now: datetime) -> int | None:
    """Append an anchor of every trail head that moved since the last anchor.

    Returns the new anchor's number, or None when no head moved. The file is locked
    while it is read and appended to, so two runs at once write one anchor each at
    most, never interleaved.
    """
    path = path_of(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a+") as file:
        fcntl.flock(file, fcntl.LOCK_EX)
        file.seek(0)
        text = file.read()
        anchors, _ = parse(text, keys)
        known: dict[int, Head] = {}
        for anchor in anchors:
            known.update(anchor.heads)
        rows = db_session.execute(
            select(Case.id, Case.trail_length, Case.trail_head, Case.unit_id).where(
                Case.trail_length > 0
            )
        )
        moved = {
            case_id: Head(length, head, unit_id)
            for case_id, length, head, unit_id in rows
            if known.get(case_id) != Head(length, head, unit_id)
        }
        if not moved:
            return None
        lines = text.splitlines()
        previous = ""
        if lines:
            try:
                previous = str(json.loads(lines[-1])["mac"])
            except (ValueError, KeyError, TypeError):
                previous = ""
        body: dict[str, Any] = {
            "anchor": len(lines) + 1,
            "at": now.isoformat(timespec="seconds"),
            "key_id": keys.current_id,
            "previous": previous,
            "heads": {str(k): [h.seq, h.hash, h.unit_id] for k, h in sorted(moved.items())},
        }
        body["mac"] = _signature(keys, keys.current_id, body)
        if text and not text.endswith("\n"):
            file.write("\n")
        file.write(json.dumps(body, separators=(",", ":")) + "\n")
        file.flush()
        os.fsync(file.fileno())
        return int(body["anchor"])
