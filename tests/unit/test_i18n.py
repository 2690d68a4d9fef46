"""Every message a person reads has its Chinese, and is shown in the language asked for."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from service.auth.enums import Role
from service.i18n import N_, catalogue, translate, translate_all
from workflows.definitions import WORKFLOWS

ROOT = Path(__file__).resolve().parents[2]
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


def templates_in_code() -> set[str]:
    """The literal first arguments of every ``N_(...)`` call in service/ and workflows/."""
    found = set()
    for package in ("service", "workflows"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Call)
                    and getattr(node.func, "id", None) == "N_"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.add(node.args[0].value)
    return found


def trail_actions() -> set[str]:
    """The actions of the events the service appends besides workflow transitions."""
    found = set()
    for path in (ROOT / "service").rglob("*.py"):
        found |= set(re.findall(r'\baction="([a-z_]+)"', path.read_text()))
    return found


def test_the_code_marks_its_messages() -> None:
    assert len(templates_in_code()) > 50


@pytest.mark.parametrize("template", sorted(templates_in_code()))
def test_every_message_in_code_has_its_chinese(template: str) -> None:
    chinese = catalogue().get(template)
    assert chinese, f"no Chinese for {template!r} in service/translations/zh.po"
    assert set(PLACEHOLDER.findall(chinese)) == set(PLACEHOLDER.findall(template))


def test_states_actions_and_roles_have_their_chinese() -> None:
    words = {role.value for role in Role}
    for workflow in WORKFLOWS.values():
        words |= set(workflow.states) | {t.action for t in workflow.transitions}
    words |= trail_actions()
    missing = sorted(word for word in words if word not in catalogue())
    assert not missing


def test_a_message_with_values_reads_in_chinese_by_default_and_in_english_on_request() -> None:
    message = N_(
        "'{action}' is not possible while the case is {state}",
        action=N_("accept"),
        state=N_("closed"),
    )
    assert translate(message) == "案件当前为「已结案」，不能进行「受理」"
    assert translate(message, "en") == "'accept' is not possible while the case is closed"


def test_library_messages_and_field_trees_are_translated() -> None:
    fields = {
        "claimant": {"name": ["Missing data for required field."]},
        "x": ["Must be one of: a, b."],
    }
    assert translate_all(fields, "zh") == {
        "claimant": {"name": ["此项为必填项"]},
        "x": ["须为以下之一：a, b"],
    }


def test_text_a_caller_sent_that_reads_like_a_template_is_shown_as_sent() -> None:
    assert translate(N_("instalment {number}: {problem}")) == "instalment {number}: {problem}"
