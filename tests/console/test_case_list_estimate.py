"""The console's case list says when its count is an estimate."""

from __future__ import annotations

import pytest
from flask import Flask


def test_an_estimated_count_shows_as_about(
    db: Flask, client, signed_in, team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from tests import data
    from tests.api.workflow_helpers import register

    for name in ("张秀兰", "李强", "王芳"):
        register(client, team["desk"], data.dispute(claimant=data.claimant(name=name)))
    monkeypatch.setitem(db.config, "CASE_COUNT_EXACT_UP_TO", 1)
    chair = signed_in("chair")
    listed = chair.client.get("/cases")
    assert listed.status_code == 200
    if db.extensions["settings"].database_url.startswith("postgresql"):
        assert "约 " in listed.text and "共 3 件" not in listed.text
    else:
        assert "共 3 件" in listed.text
    exact = chair.client.get("/cases?q=zxl")
    assert "共 1 件" in exact.text
