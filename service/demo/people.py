"""Realistic, valid identity data for demonstrations and tests."""

from __future__ import annotations

import random
from datetime import date, timedelta

from stdnum.cn import ric, uscc

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓"
    "曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢"
)
GIVEN = "秀兰建国丽华志强海燕红梅晓东桂英玉珍国平春生淑芬永明德胜文静明亮秋菊金凤立新宏伟小龙"
DISTRICTS = ("110105", "310115", "420102", "440305", "500103", "610113", "330106", "510107")
EMPLOYER_WORDS = (
    "建筑劳务",
    "物业服务",
    "餐饮管理",
    "电子科技",
    "物流",
    "家政服务",
    "制衣",
    "保安服务",
)
CITIES = ("北京", "上海", "武汉", "深圳", "重庆", "西安", "杭州", "成都")


def id_number(rng: random.Random, *, district: str | None = None, born: date | None = None) -> str:
    """A resident ID number with a real birth date and a correct check digit."""
    district = district or rng.choice(DISTRICTS)
    born = born or date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
    body = f"{district}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def credit_code(rng: random.Random) -> str:
    """A unified social credit code with a correct check character."""
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = (
        "91"
        + rng.choice(("110000", "310000", "420100", "440300"))
        + "".join(rng.choice(alphabet) for _ in range(9))
    )
    return body + uscc.calc_check_digit(body)


def name(rng: random.Random) -> str:
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return rng.choice(SURNAMES) + given


def mobile(rng: random.Random) -> str:
    return f"1{rng.choice('3456789')}{rng.randrange(10**9):09d}"


def employer_name(rng: random.Random) -> str:
    brand = rng.choice("宏达恒信鑫源华泰金盛")
    return f"{rng.choice(CITIES)}{brand}{rng.choice(EMPLOYER_WORDS)}有限公司"
