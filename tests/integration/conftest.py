from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask

from service.config import Settings
from tests import support


@pytest.fixture(scope="package")
def worker(
    app: Flask, settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Path]:
    """A real Celery worker process on the suite's broker; yields its log file.

    Stopped when this package's tests end: left running, it would take the tasks of the
    modules run after them (a console test counting every table to show a refused
    request wrote nothing would count the worker's routing too).
    """
    log = tmp_path_factory.mktemp("worker") / "worker.log"
    process = support.start_worker(settings, log)
    yield log
    support.stop(process)
