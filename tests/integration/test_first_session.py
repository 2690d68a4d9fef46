"""The README's first session, run as written, in its order, against a real worker.

The commands are read from the README's ``sh`` blocks of "A first session": if the
README changes, this test runs the new text, and a command it cannot run fails it.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import select

from service.cases.models import Case
from service.db import unit_of_work
from tests import support

README = (Path(__file__).resolve().parents[2] / "README.md").read_text()
BASE = "http://127.0.0.1:8000"


def session_commands() -> list[str]:
    """Each command of the section's sh blocks, continuation lines joined."""
    section = README.split("## A first session", 1)[1].split("\n## ", 1)[0]
    commands, pending = [], ""
    for block in re.findall(r"```sh\n(.*?)```", section, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            pending += line
            try:
                shlex.split(pending, comments=True)
            except ValueError:  # a quotation spans lines, as the JSON bodies do
                pending += "\n"
                continue
            if pending.strip():
                commands.append(pending.strip())
            pending = ""
    assert not pending, f"an unclosed quotation in the README: {pending}"
    return commands


class Shell:
    """Just enough of a shell for the README: the flask function, variables, curl."""

    def __init__(self, app: Flask, client: FlaskClient) -> None:
        self.app, self.client = app, client
        self.variables: dict[str, str] = {}
        self.answers: list[tuple[str, Any]] = []

    def run(self, command: str) -> None:
        if command.startswith("flask()"):
            assert ".venv/bin/flask --app service.app" in command
            return
        assignment = re.fullmatch(r"(\w+)=\$\((.*) \| tail -1\)", command)
        if assignment:
            output = self.flask(shlex.split(assignment.group(2)))
            self.variables[assignment.group(1)] = output.strip().splitlines()[-1]
            return
        words = shlex.split(self.expand(command), comments=True)
        if words[0] == "flask":
            self.flask(words)
        elif words[0] == "curl":
            self.curl(words[1:], comment=command.partition("   # ")[2])
        else:
            raise AssertionError(f"the README runs a command this test does not know: {command}")

    def expand(self, text: str) -> str:
        return re.sub(r"\$(\w+)", lambda found: self.variables[found.group(1)], text)

    def flask(self, words: list[str]) -> str:
        assert words[0] == "flask"
        result = self.app.test_cli_runner().invoke(args=words[1:])
        assert result.exit_code == 0, result.output
        return result.output

    def curl(self, words: list[str], comment: str) -> None:
        method, headers, body, url = "GET", {}, None, None
        items = iter(words)
        for word in items:
            if word == "-s":
                continue
            if word == "-X":
                method = next(items)
            elif word == "-H":
                name, _, value = next(items).partition(": ")
                headers[name] = value
            elif word == "-d":
                body = next(items)
            else:
                url = word
        assert url is not None and url.startswith(BASE)
        response = self.client.open(
            url.removeprefix(BASE), method=method, headers=headers, data=body
        )
        self.answers.append((f"{method} {url.removeprefix(BASE)}", response))
        if comment:
            self.check(response, comment)

    def check(self, response: Any, comment: str) -> None:
        """What the README's comment on a command says its answer shows."""
        case = response.get_json()
        for claim in comment.split(", "):
            name, _, value = claim.partition(" ")
            if name == "ETag":
                assert response.headers["ETag"] == value, claim
            else:
                assert case[name] == value, claim


def _routed(app: Flask) -> bool:
    with app.app_context(), unit_of_work() as work:
        return not work.scalars(select(Case.id).where(Case.status == "registered")).all()


def test_the_readme_first_session_works_as_written(client: FlaskClient, worker: Path) -> None:
    app = client.application
    shell = Shell(app, client)
    # What `make run` did before the session starts: the root unit HQ and the admin.
    shell.flask(["flask", "bootstrap"])
    commands = session_commands()
    assert commands[0].startswith("flask()") and len(commands) >= 10

    for command in commands:
        shell.run(command)
        # The reader types at a person's pace; the worker routes what was registered.
        support.wait_for(lambda: _routed(app), timeout=30)

    answers = dict(shell.answers)
    registered = [r for what, r in shell.answers if what == "POST /api/v1/cases"]
    assert registered[0].status_code == 201
    assert registered[0].get_json()["limitation_on"] is None
    assert registered[1].status_code == 422
    assert set(registered[1].get_json()["error"]["fields"]["claimant"]) == {"id_number", "phone"}
    found = answers["GET /api/v1/cases?q=zxl"].get_json()
    assert [item["number"] for item in found["items"]] == [registered[0].get_json()["number"]]
    accepted = answers["POST /api/v1/cases/1/transitions"]
    assert accepted.status_code == 200, accepted.get_json()
    assert accepted.get_json()["status"] == "in_mediation"
    assert answers["GET /api/v1/worklist"].status_code == 200
