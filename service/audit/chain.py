"""The check of one link of a hash chain, shared by case trails and household histories."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from service.hash_chain import LEGACY_KEY_ID


class Link(Protocol):
    seq: int
    prev_hash: str
    key_id: str
    hash: str


def link_problem(event: Link, *, seq: int, prev: str, sign: Callable[[], str | None]) -> str | None:
    """What is wrong with ``event`` as the ``seq``-th link after ``prev``, or None.

    ``sign`` recomputes its keyed hash (None when its key is not held); it is called
    only once the event's place in the chain is right.
    """
    if event.seq != seq:
        return f"event {seq} is missing"
    if event.prev_hash != prev:
        return "does not follow the previous event"
    if event.key_id == LEGACY_KEY_ID:
        return "its trail did not verify when the chain was keyed (migration 0005)"
    signed = sign()
    if signed is None:
        return f"signed with key {event.key_id}, which this deployment does not hold"
    if signed != event.hash:
        return "its content was changed after it was written"
    return None
