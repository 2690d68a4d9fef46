from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from service.config import Settings
from tests import support


@pytest.fixture(scope="session")
def worker(
    app: Flask, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A real Celery worker process on the suite's broker; yields its log file."""
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    process = support.start_worker(settings, log)
    yield log
    support.stop(process)
