"""The README's workflow diagrams are the ones the definitions draw."""

from pathlib import Path

import pytest

from workflows.definitions import WORKFLOWS
from workflows.engine import mermaid

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()


@pytest.mark.parametrize("case_type", sorted(WORKFLOWS))
def test_readme_shows_the_current_diagram(case_type: str) -> None:
    assert f"```mermaid\n{mermaid(WORKFLOWS[case_type])}\n```" in README
