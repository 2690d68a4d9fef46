"""How a name is read aloud, so that a clerk finds a person by what they hear.

Several characters are read one way in words and another as a surname: 单 is dan in
单位 but Shan as a surname, 曾 ceng in 曾经 but Zeng. pypinyin reads the common way,
so the surname (the first one or two characters) is read from the table below. A
transliterated name of a minority nationality (阿依古丽·买买提) has no surname in this
sense; each of its parts is readable on its own, since a clerk may hear any of them.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable

# Surnames whose reading differs from the character's common one (《百家姓》 readings,
# as the 《现代汉语词典》 gives them for 姓).
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "万俟": ("mo", "qi"),
    "尉迟": ("yu", "chi"),
    "长孙": ("zhang", "sun"),
    "澹台": ("tan", "tai"),
    "单": ("shan",),
    "仇": ("qiu",),
    "解": ("xie",),
    "曾": ("zeng",),
    "区": ("ou",),
    "朴": ("piao",),
    "查": ("zha",),
    "盖": ("ge",),
    "覃": ("qin",),
    "繁": ("po",),
    "乐": ("yue",),
    "缪": ("miao",),
    "召": ("shao",),
    "员": ("yun",),
    "种": ("chong",),
    "重": ("chong",),
    "秘": ("bi",),
    "能": ("nai",),
    "句": ("gou",),
    "阚": ("kan",),
    "隗": ("wei",),
    "翟": ("zhai",),
    "祭": ("zhai",),
    "黑": ("he",),
    "角": ("jue",),
    "薄": ("bo",),
    "蕃": ("pi",),
    "洗": ("xian",),
    "折": ("she",),
    "佴": ("nai",),
    "粘": ("nian",),
    "都": ("du",),
    "朝": ("chao",),
    "谌": ("chen",),
}
NAME_SEPARATOR = "·"
# The widths of Person.name_pinyin and Person.name_initials.
PINYIN_WIDTH, INITIALS_WIDTH = 200, 64


# pypinyin reads these once, when first imported: without them it loads its whole phrase
# dictionary (44 MB in every process) and copies its dictionaries.
_PYPINYIN_ENVIRONMENT = {"PYPINYIN_NO_PHRASES": "1", "PYPINYIN_NO_DICT_COPY": "1"}


@functools.cache
def _reader() -> Callable[[str], list[str]]:
    """pypinyin's toneless reading, with only the phrases that change one (``phrases.py``).

    Loaded at the first name read, so that a process that reads none (the Celery
    worker) never loads pypinyin at all.
    """
    saved = {name: os.environ.get(name) for name in _PYPINYIN_ENVIRONMENT}
    os.environ.update(_PYPINYIN_ENVIRONMENT)
    try:
        from pypinyin import Style, lazy_pinyin, load_phrases_dict
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name)
            else:
                os.environ[name] = value
    from service.cases.phrases import TEXT

    # One list per syllable, shared: pypinyin copies a phrase's readings before using them.
    syllables: dict[str, list[str]] = {}
    phrases = {}
    for line in TEXT.splitlines():
        phrase, *readings = line.split(" ")
        phrases[phrase] = [syllables.setdefault(r, [r]) for r in readings]
    load_phrases_dict(phrases)
    return functools.partial(lazy_pinyin, style=Style.NORMAL, errors="ignore")


def _syllables(text: str, *, surname: bool) -> list[str]:
    for length in (2, 1):
        head = text[:length]
        if surname and len(head) == length and head in SURNAME_READINGS:
            return [*SURNAME_READINGS[head], *_syllables(text[length:], surname=False)]
    return [s.lower() for s in _reader()(text)]


def reading_of(name: str) -> tuple[str, str]:
    """Full pinyin and initials of a name, as stored for search.

    张秀兰 → ("zhangxiulan", "zxl"); 单丽 → ("shanli", "sl"). A name in parts
    (阿依古丽·买买提) is read whole, then each later part after a space
    ("ayigulimaimaiti maimaiti"), so that a search may start at any part.
    """
    parts = [part for part in name.split(NAME_SEPARATOR) if part.strip()]
    if len(parts) <= 1:
        readings = [_syllables(name, surname=True)]
    else:
        readings = [_syllables(part, surname=False) for part in parts]
    whole = ["".join(r) for r in readings]
    initials = ["".join(s[0] for s in r) for r in readings]
    pinyin = " ".join(["".join(whole), *whole[1:]])
    short = " ".join(["".join(initials), *initials[1:]])
    return pinyin.strip()[:PINYIN_WIDTH], short.strip()[:INITIALS_WIDTH]
