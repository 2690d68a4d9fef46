"""Settings, read once from the environment with safe embedded defaults."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields
from datetime import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from workflows.definitions import WORKFLOWS


class ConfigError(RuntimeError):
    """A required setting is missing or malformed."""


def _int(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, "")
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None


def _hours(raw: str) -> tuple[time, time]:
    try:
        opens, closes = (time.fromisoformat(part.strip()) for part in raw.split("-"))
    except ValueError:
        raise ConfigError(f"WORKING_HOURS must look like 08:30-17:30, got {raw!r}") from None
    if opens >= closes:
        raise ConfigError("WORKING_HOURS must open before they close")
    return opens, closes


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DEVELOPMENT_AUDIT_KEY = "embedded-development-audit-key"


def _log_level(raw: str) -> str:
    level = raw.strip().upper()
    if level not in LOG_LEVELS:
        raise ConfigError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, got {raw!r}")
    return level


def _keys(raw: str) -> tuple[str, ...]:
    return tuple(key.strip() for key in raw.split(",") if key.strip())


TIMER_FIELDS = {"days", "working_days", "years", "reminders"}


def _overrides(raw: str) -> dict[str, dict[str, Any]]:
    """Periods changed by the deployment, e.g. {"instalment_due": {"days": 5}}."""
    try:
        overrides = json.loads(raw)
        assert isinstance(overrides, dict)
        for kind, values in overrides.items():
            assert isinstance(values, dict) and set(values) <= TIMER_FIELDS, kind
            if "reminders" in values:
                values["reminders"] = tuple(int(day) for day in values["reminders"])
    except (ValueError, AssertionError, TypeError):
        raise ConfigError(
            "TIMER_OVERRIDES must be a JSON object of timer kinds to "
            f"{{days, working_days, years, reminders}}, got {raw!r}"
        ) from None
    # A misspelt kind would otherwise change nothing, silently.
    known = {kind for workflow in WORKFLOWS.values() for kind in workflow.timers}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise ConfigError(
            f"TIMER_OVERRIDES names unknown timer kinds {', '.join(unknown)}; "
            f"known: {', '.join(sorted(known))}"
        )
    return overrides


def _money(env: dict[str, str], name: str, default: str) -> Decimal:
    raw = env.get(name) or default
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise ConfigError(f"{name} must be an amount in yuan, got {raw!r}") from None
    if not amount.is_finite() or amount <= 0:
        raise ConfigError(f"{name} must be a positive amount in yuan, got {raw!r}")
    return amount.quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Settings:
    """Typed settings of one deployment."""

    data_dir: Path
    database_url: str
    redis_url: str
    secret_key: str
    embedded_redis: bool
    production: bool = False  # UNIONCASE_ENV=production: secrets required, cookies Secure
    max_body_bytes: int = 1024 * 1024
    # A bank's transfer list of 100,000 rows as CSV is a few MiB; the reader refuses
    # files over 20 MB with its own message, so the body limit is a little above that.
    transfer_file_max_bytes: int = 21 * 1024 * 1024
    idempotency_ttl_hours: int = 48
    task_soft_time_limit: int = 30
    task_time_limit: int = 60
    visibility_timeout: int = 300
    outbox_redeliver_seconds: int = 120
    database_connect_timeout: int = 5
    database_statement_timeout: int = 10
    web_timeout: int = 30
    web_concurrency: int = 2
    heartbeat_seconds: int = 30
    outbox_relay_seconds: int = 5
    timer_sweep_seconds: int = 60
    working_hours: tuple[time, time] = (time(8, 30), time(17, 30))
    timer_overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Emergency aid paid before review, per person and case (DOMAIN.md: ≤ ¥3,000).
    emergency_aid_cap: Decimal = Decimal("3000.00")
    push_sweep_seconds: int = 60
    rate_limit_per_minute: int = 600
    smtp_host: str = ""
    smtp_port: int = 25
    smtp_from: str = "unioncase@localhost"
    smtp_user: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    root_unit_code: str = "HQ"
    root_unit_name: str = "总工会"
    log_level: str = "INFO"
    # The secret that keys the audit trail's hash chain, never stored in the database,
    # and the earlier secrets that still verify the events written under them.
    audit_key: str = DEVELOPMENT_AUDIT_KEY
    audit_old_keys: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # A task still running when its message becomes visible again runs twice at once.
        if self.visibility_timeout <= self.task_time_limit:
            raise ConfigError("BROKER_VISIBILITY_TIMEOUT must be longer than TASK_TIME_LIMIT")
        # A statement must be stopped, and answered as a 503, before the web gives up.
        if self.database_statement_timeout >= self.web_timeout:
            raise ConfigError("DATABASE_STATEMENT_TIMEOUT must be shorter than WEB_TIMEOUT")

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        production = env.get("UNIONCASE_ENV", "development") == "production"
        data_dir = Path(env.get("DATA_DIR") or "data").resolve()
        database_url = env.get("DATABASE_URL") or f"sqlite:///{data_dir / 'unioncase.db'}"
        redis_url = env.get("REDIS_URL") or ""
        secret_key = env.get("SECRET_KEY") or ""
        audit_key = env.get("AUDIT_KEY") or ""
        if production:
            missing = [
                name
                for name, value in (
                    ("DATABASE_URL", env.get("DATABASE_URL")),
                    ("REDIS_URL", redis_url),
                    ("SECRET_KEY", secret_key),
                    ("AUDIT_KEY", audit_key),
                )
                if not value
            ]
            if missing:
                raise ConfigError(f"production needs {', '.join(missing)}")
        return cls(
            data_dir=data_dir,
            database_url=normalise_database_url(database_url),
            redis_url=redis_url or f"unix://{data_dir / 'redis.sock'}",
            secret_key=secret_key or "embedded-development-key",
            embedded_redis=not redis_url,
            production=production,
            idempotency_ttl_hours=_int(env, "IDEMPOTENCY_TTL_HOURS", 48),
            transfer_file_max_bytes=_int(env, "TRANSFER_FILE_MAX_BYTES", 21 * 1024 * 1024),
            task_soft_time_limit=_int(env, "TASK_SOFT_TIME_LIMIT", 30),
            task_time_limit=_int(env, "TASK_TIME_LIMIT", 60),
            visibility_timeout=_int(env, "BROKER_VISIBILITY_TIMEOUT", 300),
            outbox_redeliver_seconds=_int(env, "OUTBOX_REDELIVER_SECONDS", 120),
            database_connect_timeout=_int(env, "DATABASE_CONNECT_TIMEOUT", 5),
            database_statement_timeout=_int(env, "DATABASE_STATEMENT_TIMEOUT", 10),
            web_timeout=_int(env, "WEB_TIMEOUT", 30),
            web_concurrency=_int(env, "WEB_CONCURRENCY", 2),
            heartbeat_seconds=_int(env, "HEARTBEAT_SECONDS", 30),
            outbox_relay_seconds=_int(env, "OUTBOX_RELAY_SECONDS", 5),
            timer_sweep_seconds=_int(env, "TIMER_SWEEP_SECONDS", 60),
            working_hours=_hours(env.get("WORKING_HOURS") or "08:30-17:30"),
            timer_overrides=_overrides(env.get("TIMER_OVERRIDES") or "{}"),
            emergency_aid_cap=_money(env, "EMERGENCY_AID_CAP", "3000.00"),
            push_sweep_seconds=_int(env, "PUSH_SWEEP_SECONDS", 60),
            rate_limit_per_minute=_int(env, "RATE_LIMIT_PER_MINUTE", 600),
            smtp_host=env.get("SMTP_HOST", ""),
            smtp_port=_int(env, "SMTP_PORT", 25),
            smtp_from=env.get("SMTP_FROM") or "unioncase@localhost",
            smtp_user=env.get("SMTP_USER", ""),
            smtp_password=env.get("SMTP_PASSWORD", ""),
            smtp_starttls=env.get("SMTP_STARTTLS", "").lower() in ("1", "true", "yes"),
            root_unit_code=env.get("ROOT_UNIT_CODE") or "HQ",
            root_unit_name=env.get("ROOT_UNIT_NAME") or "总工会",
            log_level=_log_level(env.get("LOG_LEVEL") or "INFO"),
            audit_key=audit_key or DEVELOPMENT_AUDIT_KEY,
            audit_old_keys=_keys(env.get("AUDIT_KEYS") or ""),
        )

    def replace(self, **changes: Any) -> Settings:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return Settings(**values)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def broker_url(self) -> str:
        """The Redis URL in the form kombu expects (it spells sockets redis+socket)."""
        if self.redis_url.startswith("unix://"):
            return "redis+socket://" + self.redis_url.removeprefix("unix://")
        return self.redis_url


def normalise_database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL whatever driver the URL names."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url
