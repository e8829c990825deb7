#!/usr/bin/env python3
"""Drives `riskc serve` and `riskcard-serve` over HTTP (test/Serve/serve.test).

Starts the servers on port 0 (each writes its port to a file), then checks
every endpoint, the metrics, the decision log (masking, rotation, no decision
answered without its line), batches, the 4xx/5xx errors, hot reload (an atomic
rename polled, SIGHUP), a broken bundle refused while the old one answers,
concurrent requests during reloads (no failure), a request timeout, and
SIGTERM (the request in flight answered, exit status 0). Prints one `ok:`
line per check; the first failed check prints `FAIL:` and exits 1.

usage: serve_test.py --riskc RISKC --serve RISKCARD_SERVE --work DIR --inputs DIR
"""
import argparse
import gzip
import hashlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

START_TIMEOUT = 20.0
SERVERS = []


def fail(message):
    print("FAIL: " + message, flush=True)
    for server in SERVERS:
        server.kill()
    sys.exit(1)


def check(condition, message, detail=""):
    if not condition:
        fail(message + (" (" + detail + ")" if detail else ""))
    print("ok: " + message, flush=True)


def wait_for(predicate, what, timeout=10.0):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    fail("timed out waiting for " + what)


class Server:
    """A server process listening on a port it picked itself."""

    def __init__(self, command, work, name):
        self.port_file = os.path.join(work, name + ".port")
        self.stderr_path = os.path.join(work, name + ".stderr")
        self.stdout_path = os.path.join(work, name + ".stdout")
        if os.path.exists(self.port_file):
            os.remove(self.port_file)
        command = command + ["--listen", "127.0.0.1:0", "--port-file", self.port_file]
        self.process = subprocess.Popen(command, stdout=open(self.stdout_path, "w"),
                                        stderr=open(self.stderr_path, "w"))
        SERVERS.append(self.process)
        deadline = time.time() + START_TIMEOUT
        while not os.path.exists(self.port_file):
            if self.process.poll() is not None:
                fail("%s exited with %d: %s" % (name, self.process.returncode, self.stderr()))
            if time.time() > deadline:
                fail(name + " wrote no port file")
            time.sleep(0.02)
        self.port = int(open(self.port_file).read())
        self.base = "http://127.0.0.1:%d" % self.port

    def stdout(self):
        return open(self.stdout_path).read()

    def stderr(self):
        return open(self.stderr_path).read()

    def request(self, method, path, body=None, timeout=10):
        """(status, headers, body bytes); 4xx and 5xx are answers too."""
        data = body if body is None or isinstance(body, bytes) else body.encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as answer:
                return answer.status, answer.headers, answer.read()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read()

    def evaluate(self, policy, body):
        return self.request("POST", "/v1/evaluate/" + policy, body)

    def json(self, method, path, body=None):
        status, _, data = self.request(method, path, body)
        return status, json.loads(data)

    def metrics(self):
        status, _, data = self.request("GET", "/metrics")
        if status != 200:
            fail("GET /metrics answered %d" % status)
        values = {}
        for line in data.decode().splitlines():
            if line and not line.startswith("#"):
                name, value = line.rsplit(" ", 1)
                values[name] = float(value)
        return values

    def bundle_hash(self, policy):
        _, bundles = self.json("GET", "/v1/bundles")
        return next(b["file_hash"] for b in bundles if b["policy"] == policy)


def sha256_file(path):
    return "sha256:" + hashlib.sha256(open(path, "rb").read()).hexdigest()


def replace_file(source, target):
    """Replaces `target` by a copy of `source` in one rename."""
    temporary = target + ".new"
    shutil.copyfile(source, temporary)
    os.replace(temporary, target)


def error_answer(server, method, path, body=None):
    """(status, code, message) of an error answer."""
    status, _, data = server.request(method, path, body)
    error = json.loads(data)["error"]
    return status, error["code"], error["message"]


def log_lines(path):
    with open(path) as f:
        return [json.loads(line) for line in f]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--riskc", required=True)
    parser.add_argument("--serve", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--inputs", required=True)
    args = parser.parse_args()
    work = args.work
    started = time.time()

    # --- The bundles and guards (built by the RUN lines) --------------------
    v1, v2 = os.path.join(work, "guard.rkb"), os.path.join(work, "guard-v2.rkb")
    other = os.path.join(work, "other.rkb")
    served = os.path.join(work, "served.rkb")
    shutil.copyfile(v1, served)
    v1_hash, v2_hash = sha256_file(v1), sha256_file(v2)

    # What `riskc eval` prints for the inputs below: the server must answer the
    # same bytes.
    inputs = [
        '{"text": "a dismembered body", "arguments": {"tool": "x", "password": "hunter2"}}',
        '{"text": "a cat on a mat"}',
        '{"text": "run it", "arguments": {"tool": "shell", "password": "swordfish"}}',
        'not json',
        '{"text": 3}',
    ]
    with open(os.path.join(work, "inputs.jsonl"), "w") as f:
        f.write("\n".join(inputs) + "\n")
    expected = subprocess.run(
        [args.riskc, "eval", os.path.join(args.inputs, "guard.riskcard"), "--input",
         os.path.join(work, "inputs.jsonl")], capture_output=True, check=True).stdout.splitlines()
    check(len(expected) == len(inputs), "riskc eval decides every input")

    # --- Server A: riskc serve, two bundles, a decision log, polled reload --
    log = os.path.join(work, "decisions.jsonl")
    a = Server([args.riskc, "serve", served, other, "--decision-log", log,
                "--max-batch", "5", "--max-body-bytes", "4096",
                "--reload-interval-ms", "100", "--threads", "16"], work, "a")
    check(a.stdout() == "listening on http://127.0.0.1:%d\n" % a.port,
          "riskc serve prints the address it listens on")

    status, health = a.json("GET", "/v1/health")
    check(status == 200 and health == {"status": "ok", "policies": ["serve_guard", "other_guard"]},
          "GET /v1/health names both policies")
    status, bundles = a.json("GET", "/v1/bundles")
    check(status == 200 and [b["policy"] for b in bundles] == ["serve_guard", "other_guard"],
          "GET /v1/bundles lists both bundles")
    check(bundles[0]["file_hash"] == v1_hash and bundles[0]["path"] == served,
          "a bundle's file hash is the SHA-256 of its file")
    check(bundles[0]["manifest"]["format"] == "riskcard-bundle" and
          bundles[0]["manifest"]["log_mask"] == ["arguments.password"] and
          bundles[0]["policy_hash"] == bundles[0]["manifest"]["policy_hash"],
          "a bundle's manifest is served whole")
    check(re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", bundles[0]["loaded_at"]) is not None,
          "loaded_at is RFC 3339 with milliseconds")

    # Decisions, one at a time: the bytes of the C API's decision JSON.
    ids = []
    for text, want in zip(inputs, expected):
        status, headers, body = a.evaluate("serve_guard", text)
        if status != 200 or body != want:
            fail("POST /v1/evaluate/serve_guard %s answered %d %r, not %r" % (text, status, body, want))
        if headers["Content-Type"] != "application/json":
            fail("a decision's Content-Type is " + str(headers["Content-Type"]))
        ids.append(headers["Riskcard-Decision-Id"])
    check(True, "each decision is the bytes `riskc eval` prints, as application/json")
    check(json.loads(expected[3])["error"]["kind"] == "invalid-json" and
          json.loads(expected[3])["action"] == "block",
          "a body that is not JSON is the guard's own fail-closed block")

    # A batch: the same decisions, in order.
    status, _, body = a.request("POST", "/v1/evaluate/serve_guard/batch",
                                '{"inputs": [%s, %s, %s]}' % (inputs[0], inputs[1], inputs[2]))
    check(status == 200 and body == b'{"decisions":[' + b",".join(expected[:3]) + b"]}",
          "a batch answers {\"decisions\": [...]} in input order")
    batch_inputs = [json.dumps(json.loads(i), separators=(",", ":")) for i in inputs[:3]]

    # Errors.
    check(error_answer(a, "POST", "/v1/evaluate/serve_guard/batch",
                       '{"inputs": [%s]}' % ",".join(['{"text":"x"}'] * 6))[:2] ==
          (413, "too-many-inputs"), "a batch past --max-batch is 413")
    for envelope in ['{"input": []}', '[1, 2]', '{"inputs": 3}', 'not json', '{"inputs": [], "inputs": []}']:
        status, code, _ = error_answer(a, "POST", "/v1/evaluate/serve_guard/batch", envelope)
        if (status, code) != (400, "bad-request"):
            fail("batch envelope %s answered %d %s" % (envelope, status, code))
    check(True, "a malformed batch envelope is 400 bad-request")
    status, code, message = error_answer(a, "POST", "/v1/evaluate/nope", '{"text": "x"}')
    check((status, code) == (404, "unknown-policy") and "serve_guard, other_guard" in message,
          "an unknown policy is 404 naming the policies served")
    status, code, message = error_answer(a, "POST", "/v1/evaluate", '{"text": "x"}')
    check((status, code) == (400, "policy-required") and "serve_guard, other_guard" in message,
          "POST /v1/evaluate with two policies is 400 naming them")
    status, code, _ = error_answer(a, "POST", "/v1/evaluate/serve_guard", '{"text": "%s"}' % ("a" * 5000))
    check((status, code) == (413, "body-too-large"), "a body past --max-body-bytes is 413")
    status, code, _ = error_answer(a, "GET", "/v1/nothing")
    check((status, code) == (404, "not-found"), "an unknown endpoint is a JSON 404")
    status, code, _ = error_answer(a, "POST", "/v1/nothing", '{"text": "x"}')
    check((status, code) == (404, "not-found"), "a POST to an unknown endpoint is a JSON 404")


    # Metrics after: 5 single decisions (block, allow, escalate, block, block)
    # and a batch of 3 (block, allow, escalate).
    m = a.metrics()
    key = 'riskcard_decisions_total{policy="serve_guard",action="%s"}'
    check(m[key % "block"] == 4 and m[key % "allow"] == 2 and m[key % "escalate"] == 2 and
          m[key % "warn"] == 0, "riskcard_decisions_total counts decisions by action")
    check(m['riskcard_decision_categories_total{policy="serve_guard",category="t2i.violence.bloody_content"}'] == 2,
          "riskcard_decision_categories_total counts categories")
    check(m['riskcard_errors_total{policy="serve_guard",kind="invalid-json"}'] == 1 and
          m['riskcard_errors_total{policy="serve_guard",kind="field-type"}'] == 1 and
          m['riskcard_errors_total{policy="",kind="unknown-policy"}'] == 1 and
          m['riskcard_errors_total{policy="serve_guard",kind="too-many-inputs"}'] == 1 and
          m['riskcard_errors_total{policy="serve_guard",kind="bad-request"}'] == 5 and
          m['riskcard_errors_total{policy="serve_guard",kind="body-too-large"}'] == 1,
          "riskcard_errors_total counts error decisions and refused requests by kind")
    hist = 'riskcard_decision_seconds_%s{policy="serve_guard",endpoint="%s"%s}'
    check(m[hist % ("count", "evaluate", "")] == 5 and m[hist % ("count", "batch", "")] == 1 and
          m[hist % ("bucket", "evaluate", ',le="+Inf"')] == 5 and
          m[hist % ("bucket", "evaluate", ',le="1"')] <= 5,
          "riskcard_decision_seconds is a histogram per endpoint")
    check(m['riskcard_bundle_info{policy="serve_guard",bundle_hash="%s",policy_hash="%s"}'
            % (v1_hash, bundles[0]["policy_hash"])] == 1,
          "riskcard_bundle_info names the bundle answering")

    # The decision log: one line per decision answered, ids as answered,
    # masked fields, the hash of the input as the guard read it.
    lines = log_lines(log)
    check(len(lines) == 8 and [l["decision_id"] for l in lines[:5]] == ids,
          "the decision log holds each decision answered, with the id answered")
    check(all(set(l) == {"decision_id", "time", "policy", "bundle", "input_sha256", "input", "decision"}
              for l in lines) and all(l["bundle"] == v1_hash and l["policy"] == "serve_guard" for l in lines),
          "a log line holds decision_id, time, policy, bundle, input_sha256, input, decision")
    check(lines[0]["input"] == {"text": "a dismembered body",
                                "arguments": {"tool": "x", "password": "[MASKED]"}} and
          lines[2]["input"]["arguments"]["password"] == "[MASKED]" and
          "hunter2" not in open(log).read() and "swordfish" not in open(log).read(),
          "the manifest's log_mask fields are masked in the log")
    check([l["input_sha256"] for l in lines[:5]] == [hashlib.sha256(i.encode()).hexdigest() for i in inputs] and
          [l["input_sha256"] for l in lines[5:]] == [hashlib.sha256(i.encode()).hexdigest() for i in batch_inputs],
          "input_sha256 is the SHA-256 of the input the guard read")
    check([json.dumps(l["decision"], separators=(",", ":")).encode() for l in lines[:5]] ==
          [json.dumps(json.loads(e), separators=(",", ":")).encode() for e in expected] and
          lines[3]["input"] is None,
          "a log line holds the decision; an input that is not JSON is logged as null")

    # One kept-alive connection: a refused request leaves it in step.
    conn = http.client.HTTPConnection("127.0.0.1", a.port, timeout=10)
    answers = []
    for path in ["/v1/evaluate/nope", "/v1/evaluate/serve_guard", "/v1/evaluate/serve_guard/batch",
                 "/v1/evaluate/serve_guard"]:
        conn.request("POST", path, body=inputs[1], headers={"Content-Type": "application/json"})
        answer = conn.getresponse()
        answers.append((answer.status, answer.read()))
    conn.close()
    check([s for s, _ in answers] == [404, 200, 400, 200] and answers[3][1] == expected[1],
          "refused requests on a kept-alive connection leave it in step")

    # --- Hot reload by rename (polled every 100 ms) -------------------------
    forbidden = '{"text": "forbidden fruit"}'
    check(json.loads(a.evaluate("serve_guard", forbidden)[2])["action"] == "allow",
          "v1 allows `forbidden fruit`")
    replace_file(v2, served)
    wait_for(lambda: a.bundle_hash("serve_guard") == v2_hash, "the reload of v2")
    check(json.loads(a.evaluate("serve_guard", forbidden)[2])["action"] == "block",
          "a bundle replaced by rename is reloaded: v2 blocks `forbidden fruit`")
    check(a.metrics()['riskcard_reloads_total{policy="serve_guard",result="ok"}'] == 1,
          "riskcard_reloads_total counts the reload")

    # A broken bundle, then one holding another policy: refused, v2 answers on.
    with open(served + ".new", "wb") as f:
        f.write(open(v1, "rb").read()[:5000])
    os.replace(served + ".new", served)
    wait_for(lambda: a.metrics().get('riskcard_reloads_total{policy="serve_guard",result="failed"}') == 1,
             "the broken bundle to be refused")
    check(a.bundle_hash("serve_guard") == v2_hash and
          json.loads(a.evaluate("serve_guard", forbidden)[2])["action"] == "block",
          "a broken bundle is refused and the old one keeps answering")
    check("cannot reload policy `serve_guard`" in a.stderr() and "keeps serving " + v2_hash in a.stderr(),
          "the refusal is logged on standard error")
    replace_file(other, served)
    wait_for(lambda: a.metrics().get('riskcard_reloads_total{policy="serve_guard",result="failed"}') == 2,
             "the other policy's bundle to be refused")
    check(a.bundle_hash("serve_guard") == v2_hash and "now holds policy `other_guard`" in a.stderr(),
          "a file that now holds another policy is refused")
    replace_file(v1, served)
    wait_for(lambda: a.bundle_hash("serve_guard") == v1_hash, "the reload of v1")

    # --- Concurrent requests while the bundle is swapped --------------------
    failures, answered = [], []
    stop = threading.Event()
    lock = threading.Lock()

    def client():
        i = 0
        while not stop.is_set() and i < 400:
            i += 1
            try:
                if i % 5 == 0:
                    status, _, body = a.request("POST", "/v1/evaluate/serve_guard/batch",
                                                '{"inputs": [%s, %s]}' % (forbidden, inputs[0]))
                    got = json.loads(body)["decisions"] if status == 200 else None
                    ident = None
                else:
                    status, headers, body = a.evaluate("serve_guard", forbidden)
                    got = [json.loads(body)] if status == 200 else None
                    ident = headers["Riskcard-Decision-Id"] if status == 200 else None
                if status != 200:
                    with lock:
                        failures.append("status %d: %r" % (status, body))
                    continue
                with lock:
                    answered.append((ident, got))
            except Exception as error:  # a dropped connection is a failure too
                with lock:
                    failures.append(repr(error))

    threads = [threading.Thread(target=client) for _ in range(8)]
    for t in threads:
        t.start()
    swaps = 0
    swap_until = time.time() + 1.2
    while time.time() < swap_until:
        replace_file(v2 if swaps % 2 == 0 else v1, served)
        swaps += 1
        if swaps % 3 == 0:
            a.process.send_signal(signal.SIGHUP)
        time.sleep(0.1)
    stop.set()
    for t in threads:
        t.join()
    check(not failures, "requests during bundle swaps and SIGHUPs: no failure",
          "%d failed of %d: %s" % (len(failures), len(failures) + len(answered), "; ".join(failures[:3])))
    check(len(answered) > 100, "the clients were answered throughout the swaps", str(len(answered)))
    hashes = {d["bundle"] for _, got in answered for d in got}
    consistent = True
    # v1 allows `forbidden fruit`, v2 blocks it: each decision must be one
    # guard's whole answer (never a half-loaded guard's).
    v1_policy = json.loads(expected[1])["bundle"]
    for _, got in answered:
        d = got[0]
        if d["bundle"] == v1_policy:
            consistent &= d["action"] == "allow"
        else:
            consistent &= d["action"] == "block" and d["rules"] == ["gore"]
        if len(got) == 2:
            consistent &= got[1]["action"] == "block"
    check(consistent and len(hashes) == 2, "every decision during the swaps is v1's or v2's, whole")
    reloads = a.metrics()['riskcard_reloads_total{policy="serve_guard",result="ok"}']
    check(reloads >= 2 + swaps / 2, "the swaps were reloaded", "%d reloads of %d swaps" % (reloads, swaps))
    logged = {l["decision_id"] for l in log_lines(log)}
    missing = [ident for ident, _ in answered if ident and ident not in logged]
    check(not missing, "every decision answered during the swaps is in the decision log",
          "%d missing" % len(missing))

    # --- Server B: riskcard-serve, a bare guard .so, SIGHUP only -----------
    guard_so = os.path.join(work, "served.so")
    shutil.copyfile(os.path.join(work, "guard.so"), guard_so)
    blog = os.path.join(work, "b.jsonl")
    b = Server([args.serve, guard_so, "--reload-interval-ms", "0", "--decision-log", blog,
                "--decision-log-max-bytes", "1000"], work, "b")
    check(b.stdout() == "listening on http://127.0.0.1:%d\n" % b.port,
          "riskcard-serve serves a bare guard .so")
    status, _, body = b.request("POST", "/v1/evaluate", inputs[1])
    check(status == 200 and body == expected[1], "POST /v1/evaluate answers when one policy is served")
    before = b.bundle_hash("serve_guard")
    replace_file(os.path.join(work, "guard-v2.so"), guard_so)
    time.sleep(0.3)
    check(b.bundle_hash("serve_guard") == before, "with --reload-interval-ms 0 a changed file is not polled")
    b.process.send_signal(signal.SIGHUP)
    wait_for(lambda: b.bundle_hash("serve_guard") == sha256_file(guard_so), "the SIGHUP reload")
    check(json.loads(b.request("POST", "/v1/evaluate", forbidden)[2])["action"] == "block",
          "SIGHUP reloads the guard")
    for i in range(20):
        b.request("POST", "/v1/evaluate", '{"text": "decision %d"}' % i)

    kept = [blog] + ["%s.%d" % (blog, n) for n in range(1, 6)]
    check(all(os.path.exists(p) for p in kept) and not os.path.exists(blog + ".6"),
          "rotation keeps FILE.1 ... FILE.5")
    texts = [l["input"]["text"] for p in reversed(kept) for l in log_lines(p)]
    check(texts == ["decision %d" % i for i in range(20 - len(texts), 20)],
          "the rotated files hold the latest decisions, in order")

    # Bodies past the limit however they are sent; a form-encoded one within
    # it is an input like any other (httplib alone caps those at 8 KiB).
    big = '{"text": "%s"}' % ("a" * 1200000)
    conn = http.client.HTTPConnection("127.0.0.1", b.port, timeout=10)
    conn.request("POST", "/v1/evaluate", body=(big[i:i + 65536].encode() for i in range(0, len(big), 65536)),
                 encode_chunked=True, headers={"Content-Type": "application/json"})
    answer = conn.getresponse()
    check(answer.status == 413 and json.loads(answer.read())["error"]["code"] == "body-too-large",
          "a chunked body past --max-body-bytes is 413")
    conn.close()
    conn = http.client.HTTPConnection("127.0.0.1", b.port, timeout=10)
    conn.request("POST", "/v1/evaluate", body=gzip.compress(big.encode()),
                 headers={"Content-Type": "application/json", "Content-Encoding": "gzip"})
    answer = conn.getresponse()
    check(answer.status == 413 and json.loads(answer.read())["error"]["code"] == "body-too-large",
          "a compressed body that inflates past --max-body-bytes is 413")
    conn.close()
    form = '{"text": "%s"}' % ("a cat " * 4000)
    status, _, body = b.request("POST", "/v1/evaluate", form)
    check(status == 200 and json.loads(body)["action"] == "allow",
          "a 24 KB body sent as a form (urllib's default type) is decided")
    conn = http.client.HTTPConnection("127.0.0.1", b.port, timeout=10)
    conn.request("POST", "/v1/evaluate", body=b'--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n',
                 headers={"Content-Type": "multipart/form-data; boundary=x"})
    answer = conn.getresponse()
    check(answer.status == 415 and json.loads(answer.read())["error"]["code"] == "unsupported-media-type",
          "a multipart form is 415")
    conn.close()

    # SIGTERM with a request in flight: it is answered, new connections are
    # refused, the exit status is 0.
    body = b'{"text": "a dismembered body, slowly sent"}'
    slow = socket.create_connection(("127.0.0.1", b.port))
    slow.sendall(b"POST /v1/evaluate HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                 b"Content-Length: %d\r\n\r\n" % len(body) + body[:10])
    time.sleep(0.3)
    b.process.send_signal(signal.SIGTERM)
    time.sleep(0.3)
    try:
        socket.create_connection(("127.0.0.1", b.port), timeout=2).close()
        refused = False
    except OSError:
        refused = True
    check(refused, "after SIGTERM no new connection is accepted")
    slow.sendall(body[10:])
    answer = b""
    while True:
        chunk = slow.recv(65536)
        if not chunk:
            break
        answer += chunk
    slow.close()
    check(answer.startswith(b"HTTP/1.1 200") and b'"action":"block"' in answer,
          "the request in flight at SIGTERM is answered")
    try:
        code = b.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        fail("riskcard-serve did not stop after SIGTERM")
    check(code == 0, "riskcard-serve exits 0 after SIGTERM")
    check(log_lines(blog)[-1]["input"]["text"] == "a dismembered body, slowly sent",
          "the last decision is in the log")

    # --- Server C: a request timeout ----------------------------------------
    # 100,000 inputs take far longer than 20 ms to split and decide (each
    # socket wait may take a second: reading the body is not cut short).
    c = Server([args.serve, os.path.join(work, "guard.so"), "--request-timeout-ms", "20",
                "--max-batch", "100000", "--max-body-bytes", "50000000"], work, "c")
    batch = ('{"inputs": [%s]}' % ",".join(['{"text": "a cat on a mat, %d times"}' % i
                                             for i in range(100000)])).encode()
    raw = socket.create_connection(("127.0.0.1", c.port))
    raw.sendall(b"POST /v1/evaluate/serve_guard/batch HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                b"Content-Length: %d\r\n\r\n" % len(batch) + batch)
    answer = b""
    while True:
        chunk = raw.recv(65536)
        if not chunk:
            break
        answer += chunk
    raw.close()
    head, _, data = answer.partition(b"\r\n\r\n")
    check(head.startswith(b"HTTP/1.1 503") and json.loads(data)["error"]["code"] == "timeout",
          "a batch not decided within --request-timeout-ms is 503 timeout")
    c.process.send_signal(signal.SIGINT)
    check(c.process.wait(timeout=10) == 0, "SIGINT stops the server with status 0")

    # --- Server A stops last -------------------------------------------------
    a.process.send_signal(signal.SIGTERM)
    try:
        code = a.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        fail("riskc serve did not stop after SIGTERM")
    check(code == 0 and "stopped" in a.stderr(), "riskc serve exits 0 after SIGTERM")
    print("all checks passed in %.1f s" % (time.time() - started), flush=True)


if __name__ == "__main__":
    main()
