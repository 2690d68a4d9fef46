"""Periods, money, pinyin and settings: pure rules, no database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import marshmallow as ma
import pytest

from service.broker import celery_config
from service.cases.service import pinyin_of
from service.config import ConfigError, Settings
from service.fields import Money
from workflows.periods import add_years


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 11, 1), date(2027, 11, 1)),
        (date(2024, 2, 29), date(2025, 2, 28)),
        (date(2027, 2, 28), date(2028, 2, 28)),
        (date(2026, 12, 31), date(2027, 12, 31)),
    ],
)
def test_add_years(start: date, end: date) -> None:
    assert add_years(start, 1) == end


@pytest.mark.parametrize(
    ("given", "amount"),
    [("8600", "8600.00"), ("8600.5", "8600.50"), ("0.1", "0.10"), ("0", "0.00")],
)
def test_money_reads_yuan_exactly(given: object, amount: str) -> None:
    value = Money().deserialize(given)
    assert isinstance(value, Decimal)
    assert value == Decimal(amount)
    assert Money()._serialize(value, "claim_amount", None) == amount


# A JSON number is refused: most JSON readers make it a binary float, which loses 分.
@pytest.mark.parametrize(
    "given", ["1.005", "-0.01", "NaN", "1e3x", "1e3", "1.5E1", True, None, [1], "1e20", 8600, 0.1]
)
def test_money_refuses(given: object) -> None:
    with pytest.raises(ma.ValidationError):
        Money(allow_none=False).deserialize(given)


def test_pinyin_of_names() -> None:
    assert pinyin_of("张秀兰") == ("zhangxiulan", "zxl")
    assert pinyin_of("欧阳娜娜") == ("ouyangnana", "oynn")


def test_embedded_defaults(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings.from_env({"DATA_DIR": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'unioncase.db'}"
    assert settings.embedded_redis
    assert settings.broker_url == f"redis+socket://{tmp_path / 'redis.sock'}"


def test_production_fails_fast_without_its_secrets() -> None:
    with pytest.raises(ConfigError, match="DATABASE_URL, REDIS_URL, SECRET_KEY, AUDIT_KEY"):
        Settings.from_env({"UNIONCASE_ENV": "production"})
    settings = Settings.from_env(
        {
            "UNIONCASE_ENV": "production",
            "DATABASE_URL": "postgresql://db/unioncase",
            "REDIS_URL": "redis://broker:6379/0",
            "SECRET_KEY": "s3cret",
            "AUDIT_KEY": "another s3cret",
        }
    )
    assert settings.database_url == "postgresql+psycopg://db/unioncase"


def test_malformed_number_setting_is_named() -> None:
    with pytest.raises(ConfigError, match="TASK_TIME_LIMIT"):
        Settings.from_env({"TASK_TIME_LIMIT": "a minute"})


def test_the_visibility_timeout_is_minutes_and_outlasts_every_task() -> None:
    settings = Settings.from_env({})
    assert settings.task_time_limit < settings.visibility_timeout <= 600
    with pytest.raises(ConfigError, match="BROKER_VISIBILITY_TIMEOUT"):
        Settings.from_env({"TASK_TIME_LIMIT": "600", "BROKER_VISIBILITY_TIMEOUT": "300"})


def test_a_statement_ends_before_the_web_gives_up_on_its_request() -> None:
    settings = Settings.from_env({})
    assert settings.database_statement_timeout < settings.web_timeout
    with pytest.raises(ConfigError, match="DATABASE_STATEMENT_TIMEOUT"):
        Settings.from_env({"DATABASE_STATEMENT_TIMEOUT": "30", "WEB_TIMEOUT": "30"})


def test_celery_gets_the_visibility_timeout_and_the_locked_scheduler() -> None:
    config = celery_config(Settings.from_env({}))
    assert config["broker_transport_options"]["visibility_timeout"] == 300
    assert config["broker_transport_options"]["unacked_restore_interval"] == 10
    assert config["result_backend_transport_options"]["visibility_timeout"] == 300
    assert config["beat_scheduler"] == "service.beat_lock:LockedScheduler"
