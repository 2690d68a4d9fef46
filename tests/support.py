"""Helpers shared by the suites: the test database, the bundled Redis, a real worker."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import redis
from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from service.cli import alembic_config
from service.config import Settings
from service.embedded_redis import REDIS_SERVER
from service.embedded_redis import command as redis_command
from service.models import Base

ROOT = Path(__file__).resolve().parent.parent


def wait_for(condition: Callable[[], Any], *, timeout: float = 20, interval: float = 0.1) -> Any:
    """Poll ``condition`` until it returns something truthy; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        result = condition()
        if result:
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout}s")
        time.sleep(interval)


def suite_settings(data_dir: Path) -> Settings:
    """Settings for the suite: DATABASE_URL/REDIS_URL when set, else the embedded default."""
    # The suite's app serves thousands of requests a minute; the limit has its own tests.
    env = {"DATA_DIR": str(data_dir), "RATE_LIMIT_PER_MINUTE": "0"}
    for name in ("DATABASE_URL", "REDIS_URL"):
        if os.environ.get(name):
            env[name] = os.environ[name]
    settings = Settings.from_env(env)
    if not settings.is_sqlite:
        database = make_url(settings.database_url).database or ""
        if "test" not in database and not os.environ.get("UNIONCASE_TEST_ALLOW_WIPE"):
            raise RuntimeError(
                f"the suite empties its database; {database!r} has no 'test' in its name "
                "(set UNIONCASE_TEST_ALLOW_WIPE=1 to use it anyway)"
            )
    return settings


def reset_database(settings: Settings) -> None:
    """Empty the test database and migrate it to head."""
    if settings.is_sqlite:
        Path(make_url(settings.database_url).database or "").unlink(missing_ok=True)
    else:
        engine = create_engine(settings.database_url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    command.upgrade(alembic_config(settings.database_url), "head")


def empty_tables(connection: Any) -> None:
    if connection.dialect.name == "postgresql":
        names = ", ".join(table.name for table in Base.metadata.sorted_tables)
        connection.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        return
    for table in reversed(Base.metadata.sorted_tables):
        connection.execute(table.delete())


def start_redis(settings: Settings) -> subprocess.Popen[bytes]:
    socket = Path(settings.redis_url.removeprefix("unix://"))
    process = subprocess.Popen(redis_command(settings.data_dir, socket), stdout=subprocess.DEVNULL)
    wait_for(socket.exists, timeout=10)
    return process


def process_env(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        DATA_DIR=str(settings.data_dir),
        DATABASE_URL=settings.database_url,
        REDIS_URL=settings.redis_url,
        PYTHONPATH=str(ROOT),
    )
    return env


def start_worker(
    settings: Settings,
    log_path: Path,
    env: dict[str, str] | None = None,
    *,
    pool: str = "threads",
) -> subprocess.Popen[bytes]:
    """A real Celery worker in its own process, on the suite's broker and database.

    Threads start fastest; a test that takes the broker away mid-run uses the
    Procfile's prefork pool, whose reconnection is what production relies on.
    """
    args = ["worker", "--pool", pool, "--concurrency", "4" if pool == "threads" else "2"]
    args += ["--queues", "unioncase"]
    args += ["--without-gossip", "--without-mingle", "--without-heartbeat"]
    process = celery_process(settings, log_path, args, env)
    wait_for(lambda: b"ready." in log_path.read_bytes() or process.poll() is not None, timeout=60)
    if process.poll() is not None:
        raise RuntimeError("the worker did not start:\n" + log_path.read_text())
    return process


def start_beat(
    settings: Settings, log_path: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    """Celery beat in its own process, with its schedule file under the suite's data dir."""
    process = celery_process(settings, log_path, ["beat"], env)
    wait_for(lambda: b"beat: Starting" in log_path.read_bytes() or process.poll() is not None)
    return process


def celery_process(
    settings: Settings, log_path: Path, args: list[str], env: dict[str, str] | None
) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "celery", "-A", "workers.main", *args, "--loglevel", "INFO"]
    return subprocess.Popen(
        command,
        cwd=ROOT,
        env={**process_env(settings), **(env or {})},
        stdout=log_path.open("wb"),
        stderr=subprocess.STDOUT,
    )


def purge_queue(settings: Settings) -> None:
    client = redis.Redis.from_url(settings.redis_url)
    client.delete("unioncase")
    client.close()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_redis_on(port: int, data_dir: Path) -> subprocess.Popen[bytes]:
    """A Redis server of the test's own on ``port`` (never the machine's shared one)."""
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(data_dir)],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    client = redis.Redis(port=port, socket_connect_timeout=0.2)
    wait_for(lambda: _answers(client), timeout=10)
    return process


def _answers(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
