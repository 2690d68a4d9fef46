"""Names read the same with the pruned phrase dictionary as with pypinyin's full one."""

from __future__ import annotations

import subprocess
import sys

from bench import phrases_build
from service.cases.names import reading_of


def test_names_read_as_with_the_full_dictionary() -> None:
    texts = phrases_build.names(5_000, seed=4, demo_surnames=6)
    assert len(texts) > 30_000
    assert phrases_build.differences(texts) == []


def test_phrases_that_read_otherwise_than_their_characters_are_loaded() -> None:
    # Each character alone reads dan, xing, zhong.
    assert reading_of("王单于") == ("wangchanyu", "wcy")
    assert reading_of("李行长") == ("lihangzhang", "lhz")
    assert reading_of("张重庆") == ("zhangchongqing", "zcq")


def test_the_worker_starts_without_pypinyin_or_openpyxl() -> None:
    code = "import sys, workers.main; print(sorted({'pypinyin', 'openpyxl'} & set(sys.modules)))"
    found = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert found.stdout.strip() == "[]"
