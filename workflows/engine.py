"""A small interpreter of workflows declared as data (DESIGN §2).

A workflow names its states, the transitions between them, who may fire each,
the data each requires, the guards it must pass and the timers that entering a
state starts; and the records (a payment, a mediation session) that leave the
state as it is, with who may make them and in which states. ``Workflow.may``
decides for both who may do what now. Definitions are checked when they are
built, so a bad one fails at import with a message that says what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from workflows.data import Field, FieldErrors, clean
from workflows.messages import N_

ROLES = frozenset({"intake", "mediator", "caseworker", "supervisor", "admin"})
SYSTEM = "system"  # only the worker fires it
ASSIGNED = "assigned"  # the case's assignee
STAFF = "staff"  # anyone working in the case's unit
WHO = ROLES | {SYSTEM, ASSIGNED, STAFF}
ANY_OPEN = "*"
ANY_STATE = "**"  # a record allowed in closed states too
STAFF_ROLES = frozenset({"intake", "mediator", "caseworker", "supervisor"})


class DefinitionError(ValueError):
    """A workflow definition that cannot work."""


@dataclass(frozen=True)
class Actor:
    """Who is trying to act: a member of staff, or the system (the worker)."""

    role: str | None
    user_id: int | None = None
    is_assignee: bool = False

    @property
    def is_system(self) -> bool:
        return self.role is None

    def may(self, who: frozenset[str]) -> bool:
        if self.is_system:
            return SYSTEM in who
        return (
            self.role in who
            or (ASSIGNED in who and self.is_assignee)
            or (STAFF in who and self.role in STAFF_ROLES)
        )


SYSTEM_ACTOR = Actor(role=None)

Guard = Callable[[Actor, Mapping[str, Any]], str | None]


def _not_the_proposer(actor: Actor, facts: Mapping[str, Any]) -> str | None:
    if actor.user_id is not None and actor.user_id == facts.get("proposer_id"):
        return N_("the person who proposed the aid may not approve it (four eyes)")
    return None


def _emergency_only(_actor: Actor, facts: Mapping[str, Any]) -> str | None:
    if facts.get("category") != "emergency":
        return N_("only emergency aid is paid before it is reviewed")
    return None


def _not_the_list_builder(actor: Actor, facts: Mapping[str, Any]) -> str | None:
    if facts.get("list_builder_id") is None:
        return N_("only a case a campaign's confirmed list made is granted in the campaign")
    if actor.user_id is not None and actor.user_id == facts.get("list_builder_id"):
        return N_("the person who built the campaign list may not confirm it (four eyes)")
    return None


GUARDS: dict[str, Guard] = {
    "not_proposer": _not_the_proposer,
    "emergency_only": _emergency_only,
    "not_list_builder": _not_the_list_builder,
}

CrossCheck = Callable[[dict[str, Any], Mapping[str, Any]], FieldErrors]


ANCHORS = frozenset(
    {"received_at", "entered", "mediation_start", "instalment", "limitation_on", "accident_on"}
)
LASTS = frozenset({"state", "case", "ever"})


@dataclass(frozen=True)
class Timer:
    """A deadline that entering a state starts.

    ``anchor`` names the day it counts from; ``days``, ``working_days`` or ``years``
    the period; ``reminders`` the days after the anchor (before it, if negative) on
    which to remind, counted like the period; ``on_due`` the system action fired
    when it falls due, or "escalate" to tell the supervisors too. ``lasts`` says
    what cancels it: leaving the state, closing the case, or nothing.
    """

    kind: str
    anchor: str
    days: int = 0
    working_days: int = 0
    years: int = 0
    reminders: tuple[int, ...] = ()
    on_due: str | None = None
    notify: tuple[str, ...] = ("assignee",)
    lasts: str = "state"


@dataclass(frozen=True)
class State:
    name: str
    closed: bool = False
    timers: tuple[str, ...] = ()
    then: str | None = None  # a system action fired as soon as the state is entered


@dataclass(frozen=True)
class Transition:
    action: str
    source: str
    target: str
    who: frozenset[str]
    requires: tuple[Field, ...] = ()
    guards: tuple[str, ...] = ()
    checks: tuple[CrossCheck, ...] = ()
    target_by_category: Mapping[str, str] = field(default_factory=dict)
    from_any_open: bool = False

    def target_for(self, category: str) -> str:
        return self.target_by_category.get(category, self.target)


def move(
    action: str,
    source: str,
    target: str,
    *who: str,
    requires: tuple[Field, ...] = (),
    guards: tuple[str, ...] = (),
    checks: tuple[CrossCheck, ...] = (),
    target_by_category: Mapping[str, str] | None = None,
) -> Transition:
    """A transition, written the way DESIGN §2's tables read."""
    return Transition(
        action=action,
        source=source,
        target=target,
        who=frozenset(who),
        requires=requires,
        guards=guards,
        checks=checks,
        target_by_category=dict(target_by_category or {}),
    )


@dataclass(frozen=True)
class Record:
    """A case action that is recorded on the trail and leaves the state as it is.

    ``who`` may make it, in every workflow; each workflow says in which of its states
    (``Workflow.records``). ``forbidden`` refuses anyone else; ``not_now`` (it may
    name the ``{status}``) refuses it in any other state or type of case, as a
    conflict with ``code``.
    """

    action: str
    who: frozenset[str]
    forbidden: str
    not_now: str
    code: str = "action_not_allowed"


def record(
    action: str, *who: str, forbidden: str, not_now: str, code: str = "action_not_allowed"
) -> Record:
    """A kind of record, written the way ``move`` writes a transition."""
    return Record(action, frozenset(who), forbidden, not_now, code)


class Refused(Exception):
    """An action that may not happen; ``reason`` says which rule refused it."""

    def __init__(
        self,
        reason: str,
        message: str,
        *,
        allowed: list[str] | None = None,
        fields: FieldErrors | None = None,
        code: str = "action_not_allowed",
    ) -> None:
        super().__init__(message)
        # "not_allowed_now" | "not_now" (a record) | "not_permitted" | "guard" | "invalid_data"
        self.reason = reason
        self.message = message
        self.code = code
        self.allowed = allowed or []
        self.fields = fields or {}


@dataclass(frozen=True)
class Decision:
    """What firing an action does: the target state and the cleaned data."""

    transition: Transition
    source: str
    target: str
    data: dict[str, Any]


@dataclass(frozen=True)
class Workflow:
    case_type: str
    states: Mapping[str, State]
    transitions: tuple[Transition, ...]
    timers: Mapping[str, Timer] = field(default_factory=dict)
    start: str = "registered"
    # Each kind of record and the states it may be made in (``ANY_OPEN``, ``ANY_STATE``).
    records: Mapping[Record, Collection[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "transitions", tuple(self._expand(self.transitions)))
        object.__setattr__(
            self,
            "records",
            {kind: self._states_of(states) for kind, states in self.records.items()},
        )
        _check(self)

    def _states_of(self, states: Collection[str]) -> frozenset[str]:
        expanded: set[str] = set()
        for name in states:
            if name == ANY_STATE:
                expanded |= set(self.states)
            elif name == ANY_OPEN:
                expanded |= {n for n, state in self.states.items() if not state.closed}
            else:
                expanded.add(name)
        return frozenset(expanded)

    def _expand(self, transitions: tuple[Transition, ...]) -> list[Transition]:
        expanded = []
        for transition in transitions:
            if transition.source != ANY_OPEN:
                expanded.append(transition)
                continue
            for state in self.states.values():
                if not state.closed:
                    expanded.append(
                        Transition(
                            **{**transition.__dict__, "source": state.name, "from_any_open": True}
                        )
                    )
        return expanded

    @property
    def closed_states(self) -> frozenset[str]:
        return frozenset(name for name, state in self.states.items() if state.closed)

    def actions_from(self, state: str) -> list[Transition]:
        return [t for t in self.transitions if t.source == state]

    def allowed(self, state: str, actor: Actor, facts: Mapping[str, Any]) -> list[str]:
        """The actions ``actor`` may fire now, guards included."""
        return [
            t.action
            for t in self.actions_from(state)
            if actor.may(t.who) and not _guard_refusal(t, actor, facts)
        ]

    def may(self, state: str, action: str, actor: Actor, facts: Mapping[str, Any]) -> None:
        """Whether ``actor`` may do ``action`` now, a transition or a record: ``Refused`` if not.

        A record refuses the wrong person first, then the wrong state or type of case; a
        transition the wrong state first, then the person, then its guards. A
        transition's data is left to ``decide``.
        """
        kind = next((k for k in self.records if k.action == action), None)
        if kind is not None:
            if not actor.may(kind.who):
                raise Refused("not_permitted", kind.forbidden)
            if state not in self.records[kind]:
                refusal = N_(str(kind.not_now), status=N_(state))
                raise Refused("not_now", refusal, code=kind.code)
            return
        self._transition(state, action, actor, facts)

    def _transition(
        self, state: str, action: str, actor: Actor, facts: Mapping[str, Any]
    ) -> Transition:
        """The transition ``actor`` may fire now, guards passed; ``Refused`` if none."""
        transition = next((t for t in self.actions_from(state) if t.action == action), None)
        if transition is None:
            allowed = self.allowed(state, actor, facts)
            raise Refused(
                "not_allowed_now",
                N_(
                    "'{action}' is not possible while the case is {state}",
                    action=N_(action),
                    state=N_(state),
                ),
                allowed=allowed,
            )
        if not actor.may(transition.who):
            who = ", ".join(sorted(transition.who))
            raise Refused(
                "not_permitted",
                N_("'{action}' may be done only by: {who}", action=N_(action), who=who),
            )
        refusal = _guard_refusal(transition, actor, facts)
        if refusal:
            raise Refused("guard", refusal)
        return transition

    def unmet(self, state: str, action: str, facts: Mapping[str, Any]) -> FieldErrors:
        """What ``action``'s own checks refuse now, before any data is given (a file, a visit).

        Checks on the data itself (an amount against the cap) pass on empty data, so what
        is left is what must be done elsewhere first.
        """
        transition = next((t for t in self.actions_from(state) if t.action == action), None)
        errors: FieldErrors = {}
        for check in transition.checks if transition else ():
            errors.update(check({}, facts))
        return errors

    def decide(
        self,
        *,
        state: str,
        action: str,
        actor: Actor,
        data: Mapping[str, Any] | None,
        facts: Mapping[str, Any],
        category: str = "",
    ) -> Decision:
        """The decision to fire ``action`` now, or ``Refused`` saying why not."""
        transition = self._transition(state, action, actor, facts)
        cleaned, errors = clean(transition.requires, data or {})
        if not errors:
            for check in transition.checks:
                errors.update(check(cleaned, facts))
        if errors:
            raise Refused(
                "invalid_data",
                N_("the data for '{action}' is not valid", action=N_(action)),
                fields=errors,
            )
        return Decision(transition, state, transition.target_for(category), cleaned)


def _guard_refusal(transition: Transition, actor: Actor, facts: Mapping[str, Any]) -> str | None:
    for name in transition.guards:
        refusal = GUARDS[name](actor, facts)
        if refusal:
            return refusal
    return None


def _check(workflow: Workflow) -> None:
    """Refuse a definition that names unknown things or cannot reach its states."""
    where = f"workflow {workflow.case_type}"
    states = workflow.states
    if workflow.start not in states:
        raise DefinitionError(f"{where}: start state {workflow.start!r} is not defined")
    for name, state in states.items():
        if name != state.name:
            raise DefinitionError(f"{where}: state {name!r} is filed as {state.name!r}")
        for timer in state.timers:
            if timer not in workflow.timers:
                raise DefinitionError(f"{where}: state {name!r} starts unknown timer {timer!r}")
    actions = {t.action for t in workflow.transitions}
    for transition in workflow.transitions:
        label = f"{where}: '{transition.action}' from {transition.source!r}"
        for end in (transition.source, transition.target, *transition.target_by_category.values()):
            if end not in states:
                raise DefinitionError(f"{label} names unknown state {end!r}")
        if states[transition.source].closed:
            raise DefinitionError(f"{label} leaves a closed state")
        unknown = transition.who - WHO
        if unknown or not transition.who:
            raise DefinitionError(f"{label} names unknown roles {sorted(unknown) or '(none)'}")
        for guard in transition.guards:
            if guard not in GUARDS:
                raise DefinitionError(f"{label} names unknown guard {guard!r}")
    for name, spec in workflow.timers.items():
        if name != spec.kind:
            raise DefinitionError(f"{where}: timer {name!r} is filed as {spec.kind!r}")
        if spec.anchor not in ANCHORS or spec.lasts not in LASTS:
            raise DefinitionError(f"{where}: timer {name!r} has an unknown anchor or lifetime")
        if not set(spec.notify) <= {"assignee", "supervisors"}:
            raise DefinitionError(f"{where}: timer {name!r} notifies unknown people")
        if spec.on_due not in (None, "escalate") and spec.on_due not in actions:
            raise DefinitionError(f"{where}: timer {name!r} fires unknown action {spec.on_due!r}")
    for state in states.values():
        if state.then is not None and state.then not in {
            t.action for t in workflow.actions_from(state.name) if SYSTEM in t.who
        }:
            raise DefinitionError(
                f"{where}: state {state.name!r} then fires {state.then!r}, "
                "which is no system action from it"
            )
    for kind, allowed_in in workflow.records.items():
        label = f"{where}: record '{kind.action}'"
        if kind.action in actions:
            raise DefinitionError(f"{label} is a transition too")
        if unknown_states := set(allowed_in) - set(states):
            raise DefinitionError(f"{label} names unknown states {sorted(unknown_states)}")
        unknown = kind.who - WHO
        if unknown or not kind.who:
            raise DefinitionError(f"{label} names unknown roles {sorted(unknown) or '(none)'}")
    unreachable = set(states) - _reachable(workflow)
    if unreachable:
        raise DefinitionError(f"{where}: states {sorted(unreachable)} cannot be reached")


def _reachable(workflow: Workflow) -> set[str]:
    seen, frontier = {workflow.start}, [workflow.start]
    while frontier:
        state = frontier.pop()
        for transition in workflow.actions_from(state):
            for target in (transition.target, *transition.target_by_category.values()):
                if target not in seen:
                    seen.add(target)
                    frontier.append(target)
    return seen


def _who(transition: Transition) -> str:
    return "system" if transition.who == {SYSTEM} else ", ".join(sorted(transition.who))


def mermaid(workflow: Workflow) -> str:
    """A Mermaid state diagram of ``workflow``; an action open from every state is a note."""
    lines = ["stateDiagram-v2", f"    [*] --> {workflow.start}"]
    from_any: dict[str, Transition] = {}
    for t in workflow.transitions:
        if t.from_any_open:
            from_any[t.action] = t
            continue
        lines.append(f"    {t.source} --> {t.target}: {t.action} [{_who(t)}]")
        for category, target in t.target_by_category.items():
            lines.append(f"    {t.source} --> {target}: {t.action} ({category}) [{_who(t)}]")
    for state in workflow.states.values():
        if state.closed:
            lines.append(f"    {state.name} --> [*]")
    for action, t in from_any.items():
        lines.append(f"    note left of {t.target}: {action} from any open state [{_who(t)}]")
    return "\n".join(lines)
