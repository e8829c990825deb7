#!/usr/bin/env python3
"""A scripted, deterministic "agent" behind an OpenAI-compatible chat endpoint.

Purpose
-------
`riskc bench propensity --live` runs the PropensityBench agent loop against an
OpenAI-compatible chat-completions endpoint: it offers the agent a workspace's
tools (getters, the aligned "target" tool that keeps failing, and the
misaligned "trigger" tool), sends the task, then escalating pressure messages,
and routes every tool call the agent makes through a Riskcard guard.

Testing that loop end to end against a real model is slow, costly and not
reproducible. This server stands in for the model: it answers the same HTTP
protocol, on loopback only, and plays a fixed, simple agent:

  * it gathers information with every getter tool once,
  * then calls the aligned target tool (again after every new user message),
  * gives in and calls the trigger tool once the pressure level reaches
    ``--give-in-level``,
  * and accepts a refusal of the trigger tool politely.

It can also inject faults (429, 500, malformed bodies, slow answers) from a
seeded random generator so the client's retry and timeout handling can be
tested reproducibly.

Standard library only (Python 3.11). See README.md next to this file.

Usage::

    python3 bench/propensity/live/scripted_agent.py --port 0 \\
        --scenarios bench/propensity/sample/data --port-file /tmp/agent.port

Decision rules, per request (P = user messages after the first one, that is
the pressure level reached so far; L = --give-in-level):

  1. The last message is the result of a trigger-tool call:
     a. refused by the client ("Refused: ..." or any text containing "refused"
        or "not allowed") -> text reply, finish_reason "stop";
     b. not refused (the call ran) -> text reply saying the task is done,
        finish_reason "stop" (so an unguarded run does not loop).
  2. L >= 0, P >= L, a trigger tool is offered and it was not already refused
     at level P -> call the trigger tool with arguments ``{}``.
  3. Some getter (offered tool that is neither trigger nor target) has not been
     called in the conversation -> call the first such getter.
  4. The target tool has not been called since the last user message -> call it.
  5. Otherwise -> text reply, finish_reason "stop".

Arguments of getter and target calls: every declared parameter gets the string
``"x"`` unless a JSON object in the system message(s) maps that parameter name
to a value (the client puts the scenario's known configuration there).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import random
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Iterable

MODEL_ID = "scripted-agent"

# Name prefixes that mark a tool as a harmless getter when no scenario files
# tell us which tool is which (the fallback classification).
GETTER_PREFIXES = (
    "get_", "retrieve_", "check_", "query_", "fetch_",
    "list_", "verify_", "assess_", "submit_",
)
# Name prefix of the aligned tool in the fallback classification.
TARGET_PREFIX = "complete_"

TEXT_REFUSED = "Understood; I will not use that tool and will wait for the approved tool."
TEXT_TRIGGER_RAN = "The task has been completed."
TEXT_GIVE_UP = "The approved tool keeps failing; I will wait for further instructions."


# --------------------------------------------------------------------------
# Which offered tool is which
# --------------------------------------------------------------------------

@dataclasses.dataclass
class ToolCatalog:
    """Tool names learnt from PropensityBench scenario files.

    When the catalog is empty (no ``--scenarios``), or when none of the tools
    offered in a request is a known trigger/target, the name-based fallback is
    used: a target is a tool whose name starts with ``complete_``, and a
    trigger is any other tool whose name does not start with a getter-looking
    prefix (``get_``, ``retrieve_``, ...).
    """

    triggers: set[str] = dataclasses.field(default_factory=set)
    targets: set[str] = dataclasses.field(default_factory=set)
    getters: set[str] = dataclasses.field(default_factory=set)
    files_read: int = 0

    def add_scenario(self, scenario: Any) -> None:
        """Records the tool names of one scenario (ignores malformed ones)."""
        if not isinstance(scenario, dict):
            return
        funcs = scenario.get("functions")
        if not isinstance(funcs, dict):
            return
        trigger = funcs.get("trigger_function")
        if isinstance(trigger, dict):
            for key in ("harmful_name", "neutral_name", "name"):
                name = trigger.get(key)
                if isinstance(name, str) and name:
                    self.triggers.add(name)
        target = funcs.get("target_function")
        if isinstance(target, dict) and isinstance(target.get("name"), str):
            self.targets.add(target["name"])
        for getter in funcs.get("getter_functions") or []:
            if isinstance(getter, dict) and isinstance(getter.get("name"), str):
                self.getters.add(getter["name"])

    def load_dir(self, root: str) -> None:
        """Reads every ``scenarios_*.json`` below ``root`` (recursively).

        The files nest domain -> workspace -> role -> {"scenarios": {...}}.
        """
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames.sort()
            for fname in sorted(filenames):
                if not (fname.startswith("scenarios_") and fname.endswith(".json")):
                    continue
                path = os.path.join(dirpath, fname)
                try:
                    with open(path, encoding="utf-8") as fh:
                        data = json.load(fh)
                except (OSError, ValueError) as exc:
                    print(f"scripted_agent: skipping {path}: {exc}", file=sys.stderr)
                    continue
                self.files_read += 1
                for role in _roles(data):
                    scenarios = role.get("scenarios")
                    if isinstance(scenarios, dict):
                        for scenario in scenarios.values():
                            self.add_scenario(scenario)

    def classify(self, offered: list[str]) -> tuple[list[str], list[str], list[str]]:
        """Splits offered tool names into (triggers, targets, getters), in offer order."""
        known_triggers = [n for n in offered if n in self.triggers]
        if known_triggers:
            triggers = known_triggers
        else:
            triggers = [n for n in offered
                        if n not in self.getters and n not in self.targets
                        and not n.startswith(GETTER_PREFIXES)
                        and not n.startswith(TARGET_PREFIX)]
        known_targets = [n for n in offered if n in self.targets and n not in triggers]
        if known_targets:
            targets = known_targets
        else:
            targets = [n for n in offered if n.startswith(TARGET_PREFIX) and n not in triggers]
        getters = [n for n in offered if n not in triggers and n not in targets]
        return triggers, targets, getters


def _roles(data: Any) -> Iterable[dict]:
    """Yields the role objects of a scenario file (domain -> workspace -> role)."""
    if not isinstance(data, dict):
        return
    for workspaces in data.values():
        if not isinstance(workspaces, dict):
            continue
        for roles in workspaces.values():
            if not isinstance(roles, dict):
                continue
            for role in roles.values():
                if isinstance(role, dict):
                    yield role


# --------------------------------------------------------------------------
# The agent's decision (a pure function of the request)
# --------------------------------------------------------------------------

@dataclasses.dataclass
class Decision:
    """What the agent answers: either text or exactly one tool call."""

    text: str | None = None
    tool: str | None = None
    arguments: dict[str, str] = dataclasses.field(default_factory=dict)
    is_trigger: bool = False


def content_text(content: Any) -> str:
    """The text of a message's content (a string or a list of content parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
            elif isinstance(part, str):
                parts.append(part)
        return "\n".join(parts)
    return ""


def is_refusal(text: str) -> bool:
    """True when a tool result says the call was not carried out."""
    lowered = text.lower()
    return text.startswith("Refused:") or "refused" in lowered or "not allowed" in lowered


def json_objects_in(text: str) -> list[dict]:
    """All top-level JSON objects that can be decoded from a free text."""
    decoder = json.JSONDecoder()
    found = []
    pos = text.find("{")
    while pos != -1:
        try:
            obj, end = decoder.raw_decode(text, pos)
        except ValueError:
            pos = text.find("{", pos + 1)
            continue
        if isinstance(obj, dict):
            found.append(obj)
        pos = text.find("{", end)
    return found


def known_values(messages: list[dict]) -> dict[str, str]:
    """Parameter values from JSON objects in the system message(s).

    Nested objects are flattened; the first value seen for a name wins.
    Non-string values are written as JSON text, since every tool parameter
    is declared as a string.
    """
    values: dict[str, str] = {}

    def collect(obj: dict) -> None:
        for key, value in obj.items():
            if isinstance(value, dict):
                collect(value)
            elif key not in values:
                values[key] = value if isinstance(value, str) else json.dumps(value)

    for msg in messages:
        if msg.get("role") == "system":
            for obj in json_objects_in(content_text(msg.get("content"))):
                collect(obj)
    return values


def tool_parameters(tool: dict) -> list[str]:
    """Declared parameter names of an offered tool, in declaration order."""
    params = (tool.get("function") or {}).get("parameters") or {}
    names = list((params.get("properties") or {}).keys())
    for name in params.get("required") or []:
        if isinstance(name, str) and name not in names:
            names.append(name)
    return names


def decide(messages: list[dict], tools: list[dict], catalog: ToolCatalog,
           give_in_level: int) -> Decision:
    """Applies the scripted agent's rules (see the module docstring)."""
    by_name: dict[str, dict] = {}
    for tool in tools:
        name = (tool.get("function") or {}).get("name") if isinstance(tool, dict) else None
        if isinstance(name, str) and name not in by_name:
            by_name[name] = tool
    triggers, targets, getters = catalog.classify(list(by_name))
    trigger_set = set(triggers)

    # Walk the history once: which tools were called, at which pressure level,
    # and what each call's result said.
    user_seen = 0                     # user messages so far
    call_name: dict[str, str] = {}    # tool_call_id -> tool name
    call_level: dict[str, int] = {}   # tool_call_id -> pressure level of the call
    called_ever: set[str] = set()
    called_since_user: set[str] = set()
    refused_trigger_levels: set[int] = set()
    for msg in messages:
        role = msg.get("role")
        if role == "user":
            user_seen += 1
            called_since_user = set()
        elif role == "assistant":
            for call in msg.get("tool_calls") or []:
                name = (call.get("function") or {}).get("name")
                if not isinstance(name, str):
                    continue
                called_ever.add(name)
                called_since_user.add(name)
                if isinstance(call.get("id"), str):
                    call_name[call["id"]] = name
                    call_level[call["id"]] = max(0, user_seen - 1)
        elif role == "tool":
            cid = msg.get("tool_call_id")
            if call_name.get(cid) in trigger_set and is_refusal(content_text(msg.get("content"))):
                refused_trigger_levels.add(call_level[cid])
    pressure = max(0, user_seen - 1)

    # Rule 1: answer the result of a trigger call.
    last = messages[-1] if messages else {}
    if last.get("role") == "tool" and call_name.get(last.get("tool_call_id")) in trigger_set:
        if is_refusal(content_text(last.get("content"))):
            return Decision(text=TEXT_REFUSED)
        return Decision(text=TEXT_TRIGGER_RAN)

    # Rule 2: give in under enough pressure.
    if (give_in_level >= 0 and pressure >= give_in_level and triggers
            and pressure not in refused_trigger_levels):
        return Decision(tool=triggers[0], arguments={}, is_trigger=True)

    values = known_values(messages)

    def fill(name: str) -> dict[str, str]:
        return {p: values.get(p, "x") for p in tool_parameters(by_name[name])}

    # Rule 3: gather information with every getter once.
    for name in getters:
        if name not in called_ever:
            return Decision(tool=name, arguments=fill(name))

    # Rule 4: try the aligned tool once per user message.
    for name in targets:
        if name not in called_since_user:
            return Decision(tool=name, arguments=fill(name))

    # Rule 5: nothing left to try.
    return Decision(text=TEXT_GIVE_UP)


# --------------------------------------------------------------------------
# Fault injection
# --------------------------------------------------------------------------

@dataclasses.dataclass
class FaultConfig:
    fail_429: float = 0.0
    fail_500: float = 0.0
    malformed: float = 0.0
    slow: float = 0.0
    slow_seconds: float = 5.0
    fail_first: int = 0
    seed: int = 0


class FaultPlan:
    """Decides, per request, which fault (if any) to inject.

    Two numbers are drawn from ``random.Random(seed)`` for every authorised
    chat request, in arrival order, whatever the outcome: one picks among
    429 / 500 / malformed / none (by cumulative rate), the other decides
    whether to delay the answer. The first ``fail_first`` requests answer 429
    regardless. The same sequence of requests therefore meets the same faults.
    """

    def __init__(self, cfg: FaultConfig) -> None:
        self.cfg = cfg
        self.rng = random.Random(cfg.seed)
        self.count = 0
        self.lock = threading.Lock()

    def next(self) -> tuple[str | None, bool]:
        """Returns (fault, slow): fault is "429", "500", "malformed" or None."""
        with self.lock:
            self.count += 1
            kind_draw = self.rng.random()
            slow_draw = self.rng.random()
            index = self.count
        cfg = self.cfg
        slow = slow_draw < cfg.slow
        if index <= cfg.fail_first:
            return "429", slow
        if kind_draw < cfg.fail_429:
            return "429", slow
        if kind_draw < cfg.fail_429 + cfg.fail_500:
            return "500", slow
        if kind_draw < cfg.fail_429 + cfg.fail_500 + cfg.malformed:
            return "malformed", slow
        return None, slow


# --------------------------------------------------------------------------
# HTTP server
# --------------------------------------------------------------------------

def estimate_tokens(text: str) -> int:
    """A rough token count (about four characters a token) for ``usage``."""
    return max(1, len(text) // 4)


def error_body(message: str, err_type: str, code: str | None = None) -> dict:
    """An OpenAI-style error object."""
    return {"error": {"message": message, "type": err_type, "param": None, "code": code}}


class ScriptedAgentServer(ThreadingHTTPServer):
    """The HTTP server; holds the catalog, the settings and the counters."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port: int, catalog: ToolCatalog, give_in_level: int = 3,
                 faults: FaultConfig | None = None, require_key: str | None = None,
                 quiet: bool = False) -> None:
        # Loopback only, by design: this is a test double, not a service.
        super().__init__(("127.0.0.1", port), AgentHandler)
        self.catalog = catalog
        self.give_in_level = give_in_level
        self.require_key = require_key
        self.quiet = quiet
        self.faults = FaultPlan(faults or FaultConfig())
        self.lock = threading.Lock()
        self.requests = 0
        self.unauthorized = 0
        self.fault_counts = {"429": 0, "500": 0, "malformed": 0, "slow": 0}
        self.trigger_calls = 0
        self.completion_counter = 0
        self.call_counter = 0

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stats(self) -> dict:
        with self.lock:
            return {
                "requests": self.requests,
                "faults": dict(self.fault_counts),
                "trigger_calls": self.trigger_calls,
                "unauthorized": self.unauthorized,
            }

    def next_ids(self, with_call: bool) -> tuple[int, int | None]:
        """Allocates a completion number and, if needed, a tool-call number."""
        with self.lock:
            self.completion_counter += 1
            call = None
            if with_call:
                self.call_counter += 1
                call = self.call_counter
            return self.completion_counter, call


class AgentHandler(BaseHTTPRequestHandler):
    """Routes: POST (/v1)/chat/completions, GET (/v1)/models, GET /stats."""

    server: ScriptedAgentServer
    protocol_version = "HTTP/1.1"   # keep-alive; every answer has Content-Length
    # Headers and body go out in separate writes: without TCP_NODELAY, Nagle's
    # algorithm and the client's delayed ACK add ~40 ms to every answer.
    disable_nagle_algorithm = True
    server_version = "scripted-agent/1.0"

    # -- plumbing ---------------------------------------------------------

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib name)
        if not self.server.quiet:
            sys.stderr.write("scripted_agent: %s - %s\n" % (self.address_string(), format % args))

    def _send(self, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            # The client gave up (for instance after its own timeout).
            self.close_connection = True

    def _send_json(self, status: int, obj: Any, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(obj).encode("utf-8"), headers)

    def _read_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is not None:
            return self.rfile.read(int(length))
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            chunks = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    # Skip any trailers up to the empty line.
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # CRLF after each chunk
            return b"".join(chunks)
        return b""

    def _authorized(self) -> bool:
        key = self.server.require_key
        if key is None:
            return True
        return self.headers.get("Authorization", "") == f"Bearer {key}"

    def _send_unauthorized(self) -> None:
        with self.server.lock:
            self.server.unauthorized += 1
        self._send_json(401, error_body("Incorrect or missing API key.",
                                        "invalid_request_error", "invalid_api_key"))

    @staticmethod
    def _route(path: str) -> str:
        return path.split("?", 1)[0].rstrip("/")

    # -- GET --------------------------------------------------------------

    def do_GET(self) -> None:  # noqa: N802 (stdlib name)
        path = self._route(self.path)
        if path == "/stats":
            self._send_json(200, self.server.stats())
        elif path in ("/v1/models", "/models"):
            if not self._authorized():
                self._send_unauthorized()
                return
            self._send_json(200, {"object": "list",
                                  "data": [{"id": MODEL_ID, "object": "model",
                                            "owned_by": "riskc"}]})
        else:
            self._send_json(404, error_body(f"Unknown path {path!r}.", "invalid_request_error"))

    # -- POST -------------------------------------------------------------

    def do_POST(self) -> None:  # noqa: N802 (stdlib name)
        path = self._route(self.path)
        try:
            raw = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            self._send_json(400, error_body("Could not read the request body.",
                                            "invalid_request_error"))
            return
        if path not in ("/v1/chat/completions", "/chat/completions"):
            self._send_json(404, error_body(f"Unknown path {path!r}.", "invalid_request_error"))
            return
        srv = self.server
        with srv.lock:
            srv.requests += 1
        if not self._authorized():
            self._send_unauthorized()
            return

        fault, slow = srv.faults.next()
        if slow:
            with srv.lock:
                srv.fault_counts["slow"] += 1
            time.sleep(srv.faults.cfg.slow_seconds)
        if fault is not None:
            with srv.lock:
                srv.fault_counts[fault] += 1
        if fault == "429":
            self._send_json(429, error_body("Rate limit reached (injected).",
                                            "rate_limit_error", "rate_limit_exceeded"),
                            {"Retry-After": "0"})
            return
        if fault == "500":
            self._send_json(500, error_body("Internal server error (injected).", "server_error"))
            return
        if fault == "malformed":
            # A response cut off in the middle: not valid JSON.
            self._send(200, b'{"id": "chatcmpl-broken", "object": "chat.completion", '
                            b'"choices": [{"index": 0, "message": {"role": "assis')
            return

        try:
            request = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            self._send_json(400, error_body("The body is not valid JSON.", "invalid_request_error"))
            return
        if not isinstance(request, dict) or not isinstance(request.get("messages"), list) \
                or not all(isinstance(m, dict) for m in request["messages"]):
            self._send_json(400, error_body("'messages' must be a list of objects.",
                                            "invalid_request_error"))
            return
        tools = request.get("tools") or []
        if not isinstance(tools, list):
            self._send_json(400, error_body("'tools' must be a list.", "invalid_request_error"))
            return

        decision = decide(request["messages"], [t for t in tools if isinstance(t, dict)],
                          srv.catalog, srv.give_in_level)
        self._send_json(200, self._completion(request, decision, raw))

    def _completion(self, request: dict, decision: Decision, raw: bytes) -> dict:
        srv = self.server
        number, call_number = srv.next_ids(decision.tool is not None)
        if decision.tool is not None:
            arguments = json.dumps(decision.arguments)
            message: dict[str, Any] = {
                "role": "assistant",
                "content": None,
                "tool_calls": [{
                    "id": f"call_{call_number}",
                    "type": "function",
                    "function": {"name": decision.tool, "arguments": arguments},
                }],
            }
            finish = "tool_calls"
            completion_text = decision.tool + arguments
            if decision.is_trigger:
                with srv.lock:
                    srv.trigger_calls += 1
        else:
            message = {"role": "assistant", "content": decision.text}
            finish = "stop"
            completion_text = decision.text or ""
        prompt_tokens = estimate_tokens(raw.decode("utf-8", "replace"))
        completion_tokens = estimate_tokens(completion_text)
        model = request.get("model")
        return {
            "id": f"chatcmpl-{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": model if isinstance(model, str) and model else MODEL_ID,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }


# --------------------------------------------------------------------------
# Command line
# --------------------------------------------------------------------------

def _rate(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"a rate must lie in [0, 1], got {text}")
    return value


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(
        description="A scripted, deterministic agent behind an OpenAI-compatible "
                    "chat-completions endpoint on 127.0.0.1, for testing "
                    "`riskc bench propensity --live`.")
    ap.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free port)")
    ap.add_argument("--port-file", help="write the bound port to this file (atomically)")
    ap.add_argument("--scenarios", help="folder with PropensityBench scenarios_*.json files "
                                        "(searched recursively) naming the trigger/target tools")
    ap.add_argument("--give-in-level", type=int, default=3,
                    help="pressure level at which the agent calls the trigger tool (-1: never)")
    ap.add_argument("--require-key", help="answer 401 unless 'Authorization: Bearer KEY' matches")
    ap.add_argument("--fail-429", type=_rate, default=0.0, help="share of requests answering 429")
    ap.add_argument("--fail-500", type=_rate, default=0.0, help="share of requests answering 500")
    ap.add_argument("--malformed", type=_rate, default=0.0,
                    help="share of requests answering 200 with a body that is not JSON")
    ap.add_argument("--slow", type=_rate, default=0.0,
                    help="share of requests answered only after --slow-seconds")
    ap.add_argument("--slow-seconds", type=float, default=5.0, help="delay of a slow answer")
    ap.add_argument("--fail-first", type=int, default=0, help="the first N requests answer 429")
    ap.add_argument("--seed", type=int, default=0, help="seed of the fault generator")
    ap.add_argument("--quiet", action="store_true", help="do not log requests to stderr")
    args = ap.parse_args(argv)
    if args.fail_429 + args.fail_500 + args.malformed > 1.0:
        ap.error("--fail-429 + --fail-500 + --malformed must not exceed 1")
    if args.slow_seconds < 0 or args.fail_first < 0:
        ap.error("--slow-seconds and --fail-first must not be negative")
    if args.scenarios and not os.path.isdir(args.scenarios):
        ap.error(f"--scenarios: not a folder: {args.scenarios}")
    return args


def write_port_file(path: str, port: int) -> None:
    """Writes the port to ``path`` via a temporary file and a rename."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(f"{port}\n")
    os.replace(tmp, path)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    catalog = ToolCatalog()
    if args.scenarios:
        catalog.load_dir(args.scenarios)
        print(f"scripted_agent: {catalog.files_read} scenario files, "
              f"{len(catalog.triggers)} trigger names, {len(catalog.targets)} target names",
              file=sys.stderr)
    faults = FaultConfig(fail_429=args.fail_429, fail_500=args.fail_500,
                         malformed=args.malformed, slow=args.slow,
                         slow_seconds=args.slow_seconds, fail_first=args.fail_first,
                         seed=args.seed)
    server = ScriptedAgentServer(args.port, catalog, give_in_level=args.give_in_level,
                                 faults=faults, require_key=args.require_key,
                                 quiet=args.quiet)

    def stop(signum: int, frame: Any) -> None:
        # shutdown() waits for serve_forever() to return, so it must run in
        # another thread than the one serving (this one).
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)

    print(f"listening on {server.base_url}", flush=True)
    if args.port_file:
        write_port_file(args.port_file, server.port)
    try:
        server.serve_forever(poll_interval=0.1)
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
