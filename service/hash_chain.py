"""The hash chain the case trail and the household history share: keys, signing, the signed text.

Below both ``cases`` and ``households`` so that each signs its events the same way
without one importing the other's trail; ``audit`` verifies both with it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from flask import current_app

GENESIS_HASH = "0" * 64
# Events hashed with plain SHA-256 before the chain was keyed, whose trail did not
# verify when migration 0005 re-keyed the others: they can never verify again.
LEGACY_KEY_ID = "sha256"


def key_id_of(secret: str) -> str:
    """A short public name of an audit key, derived from it, stored with each event."""
    return "k" + hashlib.sha256(f"unioncase audit key id\n{secret}".encode()).hexdigest()[:12]


@dataclass(frozen=True)
class TrailKeys:
    """The keys of the hash chain: the current one signs, the earlier ones still verify.

    They come from the settings (``AUDIT_KEY``, ``AUDIT_KEYS``), never from the
    database, so write access to the database alone cannot recompute a chain.
    """

    current_id: str
    secrets: dict[str, bytes]

    @classmethod
    def of(cls, current: str, earlier: tuple[str, ...] = ()) -> TrailKeys:
        secrets = {key_id_of(secret): secret.encode() for secret in (*earlier, current)}
        return cls(current_id=key_id_of(current), secrets=secrets)

    def sign(self, key_id: str, message: str) -> str | None:
        """HMAC-SHA256 of ``message`` under the key ``key_id``; None if it is not held."""
        secret = self.secrets.get(key_id)
        if secret is None:
            return None
        return hmac.new(secret, message.encode(), hashlib.sha256).hexdigest()


def trail_keys() -> TrailKeys:
    """The keys of the running app (``service.app.create_app`` sets them)."""
    keys: TrailKeys = current_app.extensions["trail_keys"]
    return keys


def chained(prev_hash: str, content: dict[str, Any]) -> str:
    """The text a hash chain signs: the previous hash, then the content as canonical JSON."""
    return prev_hash + json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":")
    )
