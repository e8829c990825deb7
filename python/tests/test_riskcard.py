"""Tests of the riskcard Python module.

Builds the Dask example's guard (examples/dask/support.riskcard) as a bundle
and as a bare .so with `riskc` ($RISKC, else build/bin/riskc), loads both and
checks that the module gives the exact decisions `riskc eval` prints, that a
batch equals the decisions one by one, that failures are fail-closed
decisions or BundleError, and that the GIL is released while a guard works;
and that the README's Python example prints what the README shows.

    PYTHONPATH=build/python python3 -m unittest discover -s python/tests -v
"""

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import threading
import time
import unittest

import riskcard

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
POLICY = os.path.join(ROOT, "examples", "dask", "support.riskcard")
RISKC = os.environ.get("RISKC") or os.path.join(ROOT, "build", "bin", "riskc")

# One record of every kind: each action, evidence, unicode, and every way an
# input can fail (decided `block`, never `allow`).
RECORDS = [
    {"text": "pay me by gift card and wire transfer, it is urgent", "id": 1},
    {"text": "can I pay with a gift card?"},
    {"text": "write to me at sam.lee@example.org please"},
    {"text": "I would like a refund for the lamp", "channel": "mail"},
    {"text": "this bot is u s e l e s s", "channel": "chat"},
    {"text": "what time do you open on Sunday?"},
    {"text": "Grüße aus Köln — crypto wallet, overnight, ünd urgent"},
    {"text": ""},
    {"text": 3},
    {"channel": "chat"},
    {"text": "hello", "channel": "fax"},
]
NOT_JSON = "not json"


def riskc(*args):
    return subprocess.run([RISKC, *args], check=True, capture_output=True, text=True).stdout


def line(record):
    """The JSON text the module sends for a dict record."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class GuardTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if not os.access(RISKC, os.X_OK):
            raise RuntimeError("no riskc at %s (build it, or set RISKC)" % RISKC)
        cls.tmp = tempfile.mkdtemp(prefix="riskcard-python-")
        cls.bundle = os.path.join(cls.tmp, "support.rkb")
        cls.so = os.path.join(cls.tmp, "support.so")
        riskc("build", POLICY, "--bundle", cls.bundle)
        riskc("build", POLICY, "-o", cls.so)
        cls.guard = riskcard.load(cls.bundle)

    @classmethod
    def tearDownClass(cls):
        cls.guard.close()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def expected(self, texts, *options):
        """`riskc eval`'s decisions (JIT) for the given input lines."""
        path = os.path.join(self.tmp, "inputs.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write("".join(text + "\n" for text in texts))
        return riskc("eval", POLICY, "--input", path, *options).splitlines()

    def test_metadata(self):
        guard = self.guard
        self.assertEqual(guard.policy, "support_desk")
        self.assertRegex(guard.bundle_hash, r"^sha256:[0-9a-f]{64}$")
        self.assertRegex(guard.file_hash, r"^sha256:[0-9a-f]{64}$")
        manifest = guard.manifest
        self.assertEqual(manifest["format"], "riskcard-bundle")
        self.assertEqual(manifest["policy"], "support_desk")
        self.assertEqual(manifest["policy_hash"], guard.bundle_hash)
        self.assertEqual(manifest["runtime_version"], riskcard.runtime_version)
        self.assertIn("cpu/guard.so", manifest["artefacts"])
        self.assertEqual(guard.manifest["taxonomies"].get("support"), "1.0")
        self.assertFalse(guard.closed)
        self.assertIn("support_desk", repr(guard))

    def test_same_decisions_as_riskc_eval(self):
        texts = [line(record) for record in RECORDS] + [NOT_JSON]
        got = [self.guard.evaluate(text).json for text in texts]
        self.assertEqual(got, self.expected(texts))
        for text, expected in zip(texts, got):
            self.assertEqual(self.guard.evaluate(text).json, expected)

    def test_bare_guard_so(self):
        with riskcard.load(self.so) as guard:
            self.assertEqual(guard.policy, "support_desk")
            self.assertEqual(guard.bundle_hash, self.guard.bundle_hash)
            self.assertEqual(guard.manifest["policy"], "support_desk")
            for record in RECORDS:
                self.assertEqual(guard.evaluate(record).json, self.guard.evaluate(record).json)
        self.assertTrue(guard.closed)

    def test_decision_fields(self):
        evaluate = self.guard.evaluate
        block = evaluate(RECORDS[0])
        self.assertEqual(block.action, "block")
        self.assertFalse(block.allowed)
        self.assertEqual(block.rules, ["scam"])
        self.assertEqual(block.categories, ["support.fraud"])
        self.assertEqual(block.reason, "asks for an untraceable payment")
        self.assertEqual(block.scores, {"weight(scam_terms, text)": 2.5})
        self.assertEqual(block.spans[0], {"field": "text", "start": 10, "end": 19, "rule": "scam",
                                          "matcher": "scam_terms", "match": "gift card"})
        self.assertIsNone(block.error)
        self.assertIsNone(block.guidance)
        self.assertEqual(block.bundle, self.guard.bundle_hash)
        self.assertEqual(block.to_dict(), json.loads(block.json))

        warn = evaluate(RECORDS[1])
        self.assertEqual((warn.action, warn.allowed), ("warn", True))
        redact = evaluate(RECORDS[2])
        self.assertEqual((redact.action, redact.allowed), ("redact", False))
        self.assertEqual(redact.categories, ["support.privacy"])
        self.assertEqual(redact.redacted, {"text": "write to me at [REDACTED] please"})
        guide = evaluate(RECORDS[3])
        self.assertEqual(guide.action, "guide")
        self.assertEqual(guide.guidance,
                         "Send the customer the refund form; do not promise an amount.")
        escalate = evaluate(RECORDS[4])
        self.assertEqual((escalate.action, escalate.rules), ("escalate", ["hostile"]))
        allow = evaluate(RECORDS[5])
        self.assertEqual((allow.action, allow.allowed, allow.rules), ("allow", True, []))
        self.assertEqual(allow.spans, [])
        self.assertIn("allow", repr(allow))

    def test_input_forms(self):
        record = RECORDS[2]
        text = line(record)
        expected = self.guard.evaluate(record).json
        for form in (text, text.encode(), bytearray(text.encode()), json.dumps(record)):
            self.assertEqual(self.guard.evaluate(form).json, expected)

    def test_batch_equals_singles(self):
        records = [dict(r, n=i) if isinstance(r, dict) else r
                   for i, r in enumerate((RECORDS + [NOT_JSON]) * 40)]
        singles = [self.guard.evaluate(record) for record in records]
        for threads in (0, 1, 3):
            batch = self.guard.evaluate_batch(records, threads=threads)
            self.assertEqual([d.json for d in batch], [d.json for d in singles])
            self.assertEqual([d.action for d in batch], [d.action for d in singles])
        self.assertEqual(self.guard.evaluate_batch([]), [])
        self.assertEqual(self.guard.evaluate_batch(iter(records[:3])), singles[:3])
        with self.assertRaises(ValueError):
            self.guard.evaluate_batch(records, threads=-1)

    def test_invalid_input_fails_closed(self):
        for bad in (NOT_JSON, b"\xff\xfe", "{\"text\": \"\udcff\"}", "[]", {"text": 3}, {}):
            decision = self.guard.evaluate(bad)
            self.assertEqual(decision.action, "block", bad)
            self.assertFalse(decision.allowed)
            self.assertIsNotNone(decision.error, bad)
        self.assertEqual(self.guard.evaluate(NOT_JSON).error["kind"], "invalid-json")
        self.assertEqual(self.guard.evaluate({}).error["kind"], "missing-field")
        with riskcard.load(self.bundle, errors_as_errors=True) as raw:
            decision = raw.evaluate(NOT_JSON)
            self.assertEqual(decision.action, "error")
            self.assertFalse(decision.allowed)
            expected = self.expected([NOT_JSON], "--errors-as-errors")
            self.assertEqual([decision.json], expected)
        with self.assertRaises(TypeError):
            self.guard.evaluate(object())

    def test_bundle_errors(self):
        missing = os.path.join(self.tmp, "missing.rkb")
        with self.assertRaises(riskcard.BundleError) as caught:
            riskcard.load(missing)
        self.assertIn("missing.rkb", str(caught.exception))
        self.assertTrue(caught.exception.status)

        not_a_bundle = os.path.join(self.tmp, "notes.txt")
        with open(not_a_bundle, "w") as f:
            f.write("not a bundle\n")
        with self.assertRaises(riskcard.BundleError) as caught:
            riskcard.load(not_a_bundle)
        self.assertIn("notes.txt", str(caught.exception))

        # The same archive with one byte of the guard changed: refused before
        # anything is loaded.
        tampered = os.path.join(self.tmp, "tampered.rkb")
        with tarfile.open(self.bundle) as source, \
                tarfile.open(tampered, "w", format=tarfile.USTAR_FORMAT) as out:
            for member in source.getmembers():
                data = source.extractfile(member).read() if member.isfile() else None
                if member.name.endswith("guard.so"):
                    data = data[:-1] + bytes([data[-1] ^ 1])
                out.addfile(member, None if data is None else io.BytesIO(data))
        with self.assertRaises(riskcard.BundleError) as caught:
            riskcard.load(tampered)
        self.assertIn("tampered.rkb", str(caught.exception))
        self.assertEqual(caught.exception.status, "bad-artefact")

    def test_close(self):
        guard = riskcard.load(self.bundle)
        guard.close()
        guard.close()
        self.assertTrue(guard.closed)
        with self.assertRaises(ValueError):
            guard.evaluate(RECORDS[0])
        with self.assertRaises(ValueError):
            guard.evaluate_batch([RECORDS[0]])

    def test_threads_share_a_guard(self):
        records = [dict(RECORDS[i % 6], n=i) for i in range(3000)]
        expected = [d.json for d in self.guard.evaluate_batch(records, threads=1)]
        results = {}

        def run(name, batch):
            if batch:
                results[name] = [d.json for d in self.guard.evaluate_batch(records, threads=1)]
            else:
                results[name] = [self.guard.evaluate(r).json for r in records]

        workers = [threading.Thread(target=run, args=(name, name < 2)) for name in range(4)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        for name in range(4):
            self.assertEqual(results[name], expected, name)

    def test_reloads_unload_the_guard(self):
        # A server reloads its bundle for as long as it runs, evaluating on
        # threads that live as long: a closed guard must leave memory (no
        # per-thread state pins its shared object), and the next load must
        # find a name for its memory file.
        import queue
        jobs, done = queue.Queue(), queue.Queue()

        def worker():
            while True:
                guard = jobs.get()
                if guard is None:
                    return
                done.put(guard.evaluate(RECORDS[0]).action)

        thread = threading.Thread(target=worker, daemon=True)
        thread.start()
        try:
            for _ in range(40):
                guard = riskcard.load(self.bundle)
                jobs.put(guard)
                self.assertEqual(done.get(timeout=30), self.guard.evaluate(RECORDS[0]).action)
                guard.close()
        finally:
            jobs.put(None)
            thread.join(timeout=30)
        with open("/proc/self/maps") as maps:
            left = sum("riskcard-guard" in line for line in maps)
        # The class's own guard stays open: its few mappings remain, not 40
        # guards' worth.
        self.assertLessEqual(left, 8, "closed guards are still mapped")

    def test_gil_released_during_batch(self):
        # A Python thread counts while the main thread is inside one native
        # batch call: if the call held the GIL, the count would not move.
        inputs = [line(dict(RECORDS[i % 6], n=i)).encode() for i in range(40000)]
        native = self.guard._native
        ticks = 0
        stop = False

        def spin():
            nonlocal ticks
            while not stop:
                ticks += 1

        spinner = threading.Thread(target=spin)
        spinner.start()
        try:
            time.sleep(0.05)
            start_ticks, start = ticks, time.perf_counter()
            time.sleep(0.05)
            rate = (ticks - start_ticks) / (time.perf_counter() - start)
            before, start = ticks, time.perf_counter()
            decisions = native.evaluate_batch(inputs, 1)
            during, elapsed = ticks - before, time.perf_counter() - start
        finally:
            stop = True
            spinner.join()
        self.assertEqual(len(decisions), len(inputs))
        self.assertGreater(elapsed, 0.02, "the batch was too short to tell")
        self.assertGreater(during, 0.05 * rate * elapsed,
                           "a Python thread ran %d ticks in %.3f s of batch (%.0f/s alone)"
                           % (during, elapsed, rate))


class ReadmeTest(unittest.TestCase):
    def test_readme_example(self):
        """The README's Python example prints what the README shows, on a
        bundle of the README's example program."""
        with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
            readme = f.read()
        program = re.search(r"## The language by example\n\n```\n(.*?)```", readme, re.S).group(1)
        section = re.search(r"## From Python\n(.*?)\n## ", readme, re.S).group(1)
        code, shown = re.findall(r"```[a-z]*\n(.*?)```", section, re.S)[:2]
        with tempfile.TemporaryDirectory(prefix="riskcard-readme-") as tmp:
            with open(os.path.join(tmp, "guard.riskcard"), "w", encoding="utf-8") as f:
                f.write(program)
            riskc("build", os.path.join(tmp, "guard.riskcard"), "--bundle",
                  os.path.join(tmp, "guard.rkb"))
            printed = io.StringIO()
            cwd = os.getcwd()
            os.chdir(tmp)
            try:
                with contextlib.redirect_stdout(printed):
                    exec(compile(code, "README.md", "exec"), {})
            finally:
                os.chdir(cwd)
        self.assertEqual(printed.getvalue(), shown)


if __name__ == "__main__":
    unittest.main()
