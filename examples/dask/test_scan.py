#!/usr/bin/env python3
"""Test of the Dask example: scan.py on a local cluster of two worker
processes gives, file by file and line by line, the decisions one process
gives with the riskcard module, and each worker loads the bundle once.

    PYTHONPATH=build/python RISKC=build/bin/riskc python3 examples/dask/test_scan.py

Run as a program it exits 77 (a skip, for ctest) when Dask or distributed is
not installed; `python3 -m unittest test_scan` skips the test instead.
"""

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
RISKC = os.environ.get("RISKC") or os.path.join(ROOT, "build", "bin", "riskc")


def missing_dependency():
    """Why the test cannot run here, or None."""
    for module in ("dask.bag", "distributed"):
        try:
            __import__(module)
        except ImportError as error:
            return "%s is not installed (%s); Debian: python3-dask python3-distributed" % (
                module, error)
    return None


class ScanTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        reason = missing_dependency()
        if reason:
            raise unittest.SkipTest(reason)
        if not os.access(RISKC, os.X_OK):
            raise RuntimeError("no riskc at %s (build it, or set RISKC)" % RISKC)
        cls.tmp = tempfile.mkdtemp(prefix="riskcard-dask-")
        cls.bundle = os.path.join(cls.tmp, "support.rkb")
        subprocess.run([RISKC, "build", os.path.join(HERE, "support.riskcard"),
                        "--bundle", cls.bundle], check=True, capture_output=True)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def test_local_cluster_matches_one_process(self):
        import make_corpus
        import riskcard
        import scan

        corpus = os.path.join(self.tmp, "corpus")
        files = make_corpus.make_corpus(corpus, records=4000, files=6, seed=7)
        # Edge cases of line splitting: an empty file, a blank line, a last
        # line without its newline, a CRLF line.
        with open(os.path.join(corpus, "part-00006.jsonl"), "w"):
            pass
        with open(os.path.join(corpus, "part-00007.jsonl"), "w", newline="") as f:
            f.write('{"id": "x1", "text": "I would like a refund"}\r\n\n{"text": "no id here"}\n'
                    '{"id": {"nested": [1, "é"]}, "text": "gift card, wire transfer, urgent"}')
        out = os.path.join(self.tmp, "out")
        figures = os.path.join(self.tmp, "figures.json")
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            status = scan.main(["--bundle", self.bundle, "--input", corpus, "--output", out,
                                "--scheduler", "local", "--workers", "2", "--json", figures])
        self.assertEqual(status, 0)
        sys.stderr.write(printed.getvalue())
        self.assertIn("records/s in total", printed.getvalue())

        with open(figures) as f:
            summary = json.load(f)
        inputs = sorted(os.listdir(corpus))
        self.assertEqual(sorted(os.listdir(out)), inputs)
        self.assertEqual(summary["files"], len(inputs))
        self.assertEqual(summary["records"], 4000 + 4)
        self.assertLessEqual(len(summary["workers"]), 2)
        for worker in summary["workers"].values():
            self.assertEqual(worker["loads"], 1, "a worker loaded the bundle more than once")

        with riskcard.load(self.bundle) as guard:
            for name in inputs:
                with open(os.path.join(corpus, name), encoding="utf-8", newline="") as f:
                    lines = f.read().split("\n")
                if lines[-1] == "":
                    lines.pop()
                lines = [line[:-1] if line.endswith("\r") else line for line in lines]
                with open(os.path.join(out, name), encoding="utf-8") as f:
                    got = f.read().splitlines()
                self.assertEqual(len(got), len(lines), name)
                expected = guard.evaluate_batch(lines, threads=1)
                for i, (line, decision, output) in enumerate(zip(lines, expected, got)):
                    where = "%s:%d" % (name, i + 1)
                    try:
                        record = json.loads(line)
                    except ValueError:
                        record = None
                    if isinstance(record, dict) and "id" in record:
                        produced = json.loads(output)
                        self.assertEqual(list(produced)[0], "id", where)
                        self.assertEqual(produced.pop("id"), record["id"], where)
                        self.assertEqual(output[output.index(',"action":') + 1:],
                                         decision.json[1:], where)
                    else:
                        self.assertEqual(output, decision.json, where)

    def test_bad_bundle(self):
        import scan

        corpus = os.path.join(self.tmp, "small")
        os.makedirs(corpus, exist_ok=True)
        with open(os.path.join(corpus, "a.jsonl"), "w") as f:
            f.write('{"text": "hello"}\n')
        with self.assertRaises(SystemExit) as caught:
            scan.main(["--bundle", os.path.join(self.tmp, "missing.rkb"), "--input", corpus,
                       "--output", os.path.join(self.tmp, "o"), "--scheduler", "local"])
        self.assertIn("missing.rkb", str(caught.exception.code))


if __name__ == "__main__":
    reason = missing_dependency()
    if reason:
        print("skipped: " + reason)
        sys.exit(77)
    unittest.main()
