"""Fails, listing them, when a diagnostic kind has no test."""
import os
import re
import sys

registry, tests = sys.argv[1], sys.argv[2]
kinds = re.findall(r'^DIAG\(\w+, \w+, "([a-z0-9-]+)"', open(registry).read(), re.M)
corpus = []
for root, _, files in os.walk(tests):
    for name in files:
        if name.endswith((".test", ".riskcard", ".mlir", ".input")):
            corpus.append(open(os.path.join(root, name), errors="replace").read())
text = "\n".join(corpus)
listed = set()
for line in re.findall(r"Kinds:([^\n]*)", text):
    listed.update(k.strip() for k in line.split(","))
missing = [k for k in kinds if "[%s]" % k not in text and k not in listed]
print("%d kinds, %d without a test" % (len(kinds), len(missing)))
for k in missing:
    print("  untested kind:", k)
sys.exit(1 if missing else 0)
