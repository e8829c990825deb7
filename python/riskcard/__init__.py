"""Riskcard guards from Python.

Load a bundle built by ``riskc build POLICY --bundle guard.rkb`` (or a bare
guard built by ``riskc build POLICY -o guard.so``) and evaluate inputs::

    import riskcard

    with riskcard.load("guard.rkb") as guard:
        decision = guard.evaluate({"text": "a cat on a mat"})
        if not decision.allowed:
            print(decision.action, decision.rules, decision.reason)
        decisions = guard.evaluate_batch(records, threads=0)

The bundle is checked (manifest, runtime version, artefact hashes) before its
guard is loaded; a bundle that cannot be opened raises ``BundleError`` with the
loader's message. A decision's ``json`` is the exact text ``riskc eval``
prints for the same input; its other fields are parsed from it. An input the
guard cannot decide (invalid JSON, a missing field) is a fail-closed ``block``
decision whose ``error`` says why (``error`` as the action with
``errors_as_errors=True``). The GIL is released while the guard works, and one
guard may be used by any number of threads.
"""

import json
import os

from . import _riskcard
from ._riskcard import BundleError

__all__ = ["BundleError", "Decision", "Guard", "load", "runtime_version"]

#: The version of the runtime this module was built with; a bundle built for
#: another runtime version is refused.
runtime_version = _riskcard.runtime_version

_ALLOWED = frozenset(("allow", "warn"))


def _encode(record):
    """One input as bytes of JSON: bytes as given, str as UTF-8, anything else
    (a dict) through json.dumps."""
    if isinstance(record, bytes):
        return record
    if isinstance(record, (bytearray, memoryview)):
        return bytes(record)
    if not isinstance(record, str):
        record = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    # A lone surrogate goes through as the bytes it would have, and the guard
    # refuses the input as invalid JSON (fail-closed), rather than raising here.
    return record.encode("utf-8", "surrogatepass")


class Decision:
    """A guard's decision on one input.

    ``action`` is one of allow, warn, redact, guide, escalate, block (and
    error, for a guard loaded with ``errors_as_errors=True``); ``json`` is the
    decision as the runtime renders it. The other fields are read from that
    JSON, parsed once, on first use.
    """

    __slots__ = ("action", "json", "_redacted", "_fields")

    def __init__(self, action, text, redacted=None):
        self.action = action
        self.json = text
        self._redacted = redacted
        self._fields = None

    def _field(self, name, default):
        if self._fields is None:
            self._fields = json.loads(self.json)
        return self._fields.get(name, default)

    @property
    def allowed(self):
        """Whether the input may go on unchanged (allow or warn)."""
        return self.action in _ALLOWED

    @property
    def rules(self):
        """The deciding rules, by name."""
        return list(self._field("rules", ()))

    @property
    def categories(self):
        """The decision's categories, in every mapped taxonomy."""
        return list(self._field("categories", ()))

    @property
    def spans(self):
        """The evidence: dicts with field, start, end (byte offsets into the
        field's string), rule, matcher and match."""
        return [dict(span) for span in self._field("spans", ())]

    @property
    def spans_truncated(self):
        """Whether the guard found more evidence than a decision keeps."""
        return bool(self._field("spans_truncated", False))

    @property
    def scores(self):
        """Scores by the expression that computed them."""
        return dict(self._field("scores", {}))

    @property
    def reason(self):
        """The deciding rule's ``because`` text, or None."""
        return self._field("reason", None)

    @property
    def guidance(self):
        """The guidance of a ``guide`` decision, or None."""
        return self._field("guidance", None)

    @property
    def redacted(self):
        """For a ``redact`` decision: field -> its text with every span of
        evidence replaced by "[REDACTED]" (empty otherwise; not part of
        ``json``)."""
        return dict(self._redacted or {})

    @property
    def error(self):
        """Why the guard could not decide ({"kind", "message"}), or None."""
        error = self._field("error", None)
        return dict(error) if error is not None else None

    @property
    def bundle(self):
        """The hash of the guard's sources ("sha256:...")."""
        return self._field("bundle", "")

    def to_dict(self):
        """The whole decision as a new dict."""
        return json.loads(self.json)

    def __eq__(self, other):
        return isinstance(other, Decision) and self.json == other.json

    def __hash__(self):
        return hash(self.json)

    def __repr__(self):
        return "Decision(%r, rules=%r)" % (self.action, self.rules)


class Guard:
    """An opened bundle. Use ``riskcard.load``; close it (or use ``with``) to
    unload the guard. Closing waits for evaluations in flight."""

    def __init__(self, native):
        self._native = native

    @property
    def path(self):
        """The file it was loaded from."""
        return self._native.path

    @property
    def policy(self):
        """The policy's name."""
        return self._native.policy

    @property
    def bundle_hash(self):
        """The SHA-256 of the policy's sources ("sha256:..."), as every
        decision's ``bundle`` field and the manifest's ``policy_hash`` give it."""
        return self._native.bundle_hash

    @property
    def file_hash(self):
        """The SHA-256 of the whole bundle file ("sha256:..."), what decision
        logs and metrics name a bundle by."""
        return self._native.file_hash

    @property
    def manifest(self):
        """The bundle's manifest.json as a dict (synthesised from the guard
        for a bare .so)."""
        return json.loads(self._native.manifest_json)

    @property
    def closed(self):
        return self._native.closed

    def evaluate(self, record):
        """Decides one input: a dict (serialised with json.dumps), or a str or
        bytes of JSON. Never raises for a bad input: that is a fail-closed
        decision."""
        return Decision(*self._native.evaluate(_encode(record)))

    def evaluate_batch(self, records, threads=0):
        """Decides every record (as ``evaluate`` takes them) on up to
        ``threads`` threads (0: one per core); decision i belongs to record i."""
        if threads < 0:
            raise ValueError("threads must be 0 (one per core) or more")
        inputs = [_encode(record) for record in records]
        return [Decision(*decision) for decision in self._native.evaluate_batch(inputs, threads)]

    def close(self):
        """Unloads the guard; evaluating afterwards raises ValueError."""
        self._native.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __repr__(self):
        state = "closed" if self.closed else "open"
        return "<riskcard.Guard %s from %s, %s>" % (self.policy, self.path, state)


def load(path, errors_as_errors=False):
    """Opens a bundle (.rkb) or a bare guard (.so) and returns its Guard.

    The bundle's manifest and artefact hashes are checked first; a bundle
    that cannot be opened (missing, tampered, built for another runtime)
    raises BundleError with the loader's message (its ``status`` names the
    failure: ``bad-artefact``, ...). With ``errors_as_errors`` a failed
    evaluation reads as the action ``error`` instead of ``block``.
    """
    return Guard(_riskcard.open(os.fspath(path), bool(errors_as_errors)))
