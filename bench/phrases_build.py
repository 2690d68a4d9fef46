"""Writes ``service/cases/phrases.py``: the part of pypinyin's phrases that changes a reading.

pypinyin reads a character by itself unless it stands in a phrase of its dictionary
(47,111 phrases in 0.55: 44 MB once loaded, with the prefixes it cuts a text by).
A phrase whose toneless reading is its characters' own changes nothing read alone,
so only the phrases that read otherwise are kept. A dropped phrase can still change
where pypinyin cuts a text, so every text where a kept phrase overlaps or contains
another phrase is read with both dictionaries, and the phrases of the texts that
read differently are kept too, until none does (26,678 phrases).

    python -m bench.phrases_build              # after upgrading pypinyin
    python -m bench.phrases_build --check N    # compare on N drawn names

Needs the full dictionary: no ``PYPINYIN_NO_PHRASES`` in the environment.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

TARGET = Path(__file__).parents[1] / "service" / "cases" / "phrases.py"


def _read_all(texts: list[str], phrases: dict[str, list[list[str]]]) -> list[list[str]]:
    """pypinyin's toneless readings of ``texts`` with ``phrases`` as its dictionary."""
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT
    from pypinyin.seg import mmseg

    saved = dict(PHRASES_DICT)
    PHRASES_DICT.clear()
    PHRASES_DICT.update(phrases)
    mmseg.seg._prefix_set = mmseg.PrefixSet()
    mmseg.retrain(mmseg.seg)
    try:
        return [lazy_pinyin(t, style=Style.NORMAL, errors="ignore") for t in texts]
    finally:
        PHRASES_DICT.clear()
        PHRASES_DICT.update(saved)
        mmseg.seg._prefix_set = mmseg.PrefixSet()
        mmseg.retrain(mmseg.seg)


def overlapping(kept: Iterable[str], full: Iterable[str]) -> set[str]:
    """Every text made of a kept phrase and a phrase of the full dictionary that overlap."""
    kept = {k for k in kept if len(k) > 1}
    full = [p for p in full if len(p) > 1]
    starting: dict[str, list[str]] = defaultdict(list)
    for p in full:
        for n in range(1, len(p) + 1):
            starting[p[:n]].append(p)
    kept_starting: dict[str, list[str]] = defaultdict(list)
    for q in kept:
        for n in range(1, len(q) + 1):
            kept_starting[q[:n]].append(q)
    texts: set[str] = set()
    for p in full:
        for k in range(len(p)):
            # a kept phrase inside p, or starting inside p and running past it
            texts.update(p[:k] + q for q in kept_starting.get(p[k:], ()))
            for n in range(2, len(p) - k + 1):
                if p[k : k + n] in kept:
                    texts.add(p)
    for q in kept:
        for k in range(1, len(q)):
            texts.update(q[:k] + p for p in starting.get(q[k:], ()))
    return texts


def prune() -> dict[str, list[list[str]]]:
    """The phrases that change how a text reads, as pypinyin's dictionary gives them."""
    if os.environ.get("PYPINYIN_NO_PHRASES"):
        sys.exit("the full dictionary is needed: unset PYPINYIN_NO_PHRASES")
    from pypinyin import Style, lazy_pinyin
    from pypinyin.constants import PHRASES_DICT

    full = dict(PHRASES_DICT)
    kept = {}
    for phrase, readings in full.items():
        alone = [s for c in phrase for s in lazy_pinyin(c, style=Style.NORMAL, errors="ignore")]
        if len(phrase) == 1 or lazy_pinyin(phrase, style=Style.NORMAL) != alone:
            kept[phrase] = readings
    while True:
        texts = sorted(overlapping(kept, full))
        differ = [
            t
            for t, a, b in zip(texts, _read_all(texts, full), _read_all(texts, kept), strict=True)
            if a != b
        ]
        print(f"{len(kept)} phrases, {len(texts)} texts, {len(differ)} read differently")
        if not differ:
            return {p: [[r[0]] for r in full[p]] for p in sorted(kept)}
        # A phrase of a text that reads otherwise may be one that sets where pypinyin cuts.
        for text in differ:
            for i in range(len(text)):
                for j in range(i + 2, len(text) + 1):
                    if text[i:j] in full:
                        kept[text[i:j]] = full[text[i:j]]


# Read a list of names from stdin, print their readings: with pypinyin imported first,
# its full dictionary is loaded, and the pruned one adds nothing to it.
_READ = """
import json, sys
{first}
from service.cases.names import reading_of
print(json.dumps([reading_of(name) for name in json.load(sys.stdin)]))
"""
COMPOUND_SURNAMES = (
    "欧阳 司马 诸葛 上官 东方 皇甫 令狐 公孙 慕容 夏侯 司徒 宇文 尉迟 长孙 万俟 澹台"
)
MINORITY_NAMES = (
    "阿依古丽·买买提",
    "买买提·吐尔逊",
    "阿不都热合曼·艾力",
    "热依拉·阿不都拉",
    "古丽娜尔·吐尔洪",
    "努尔兰·卡德尔别克",
    "扎西·次仁",
    "格桑·卓玛",
    "巴特尔·那顺",
    "帕提古丽·艾则孜",
)


def name_characters() -> str:
    """GB 2312's first level, the 3,755 most used characters."""
    return "".join(
        bytes([high, low]).decode("gb2312")
        for high in range(0xB0, 0xD8)
        for low in range(0xA1, 0xFF)
        if (high, low) < (0xD7, 0xFA)
    )


def names(count: int, *, seed: int = 11, demo_surnames: int | None = None) -> list[str]:
    """Names as the service stores them: the demonstration and bench ones, then ``count`` drawn.

    Three-character demonstration names are made with the first ``demo_surnames``
    surnames (all by default). A drawn name takes a surname (the demonstration's,
    the table's, a compound one) and one to three of GB 2312's most used characters.
    """
    from service.cases.names import SURNAME_READINGS
    from service.demo.people import GIVEN, SURNAMES

    sql = Path(__file__).with_name("report_data.sql")
    found_sql = sql.read_text(encoding="utf-8") if sql.exists() else ""
    bench = re.findall(r"\(\d+,'([^']+)','[a-z]+','[a-z]+'\)", found_sql)
    surnames = [*SURNAMES, *SURNAME_READINGS, *COMPOUND_SURNAMES.split(), *bench[:20]]
    found = [s + g for s in SURNAMES for g in GIVEN] + [
        s + g + h for s in SURNAMES[:demo_surnames] for g in GIVEN for h in GIVEN
    ]
    found += [s + g + h for s in bench[:20] for g in bench[20:] for h in ["", *bench[20:]]]
    found += list(MINORITY_NAMES)
    rng = random.Random(seed)
    characters = name_characters()
    for _ in range(count):
        given = "".join(rng.choice(characters) for _ in range(rng.choice((1, 2, 2, 2, 3))))
        found.append(rng.choice(surnames) + given)
    return found


def differences(texts: list[str]) -> list[tuple[str, tuple[str, str], tuple[str, str]]]:
    """The names that read differently with pypinyin's full dictionary and with ours."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN_")}
    readings = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", _READ.format(first=first)],
                input=json.dumps(texts),
                capture_output=True,
                text=True,
                check=True,
                env=env,
            ).stdout
        )
        for first in ("import pypinyin", "")
    ]
    return [
        (text, tuple(full), tuple(ours))
        for text, full, ours in zip(texts, *readings, strict=True)
        if full != ours
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", type=int, metavar="N", help="compare the readings of N drawn names instead"
    )
    options = parser.parse_args()
    if options.check is not None:
        texts = names(options.check)
        found = differences(texts)
        print(f"{len(texts)} names, {len(found)} read differently")
        for text, full, ours in found[:50]:
            print(f"  {text}: {full} with the full dictionary, {ours} with ours")
        sys.exit(1 if found else 0)

    import pypinyin

    kept = prune()
    lines = [
        f'"""pypinyin {pypinyin.__version__}\'s phrases that change how a text reads.',
        "",
        "Written by ``python -m bench.phrases_build``; do not edit. One phrase a line,",
        "then the reading of each of its characters (the first, where pypinyin gives several).",
        '"""',
        "",
        'TEXT = """\\',
        *(" ".join([phrase, *(r[0] for r in readings)]) for phrase, readings in kept.items()),
        '"""',
        "",
    ]
    TARGET.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(kept)} phrases written to {TARGET}")


if __name__ == "__main__":
    main()
