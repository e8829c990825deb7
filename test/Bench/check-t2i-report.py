"""Checks a `riskc bench t2i` report against its inputs: sizes, ranges, and
that the per-label counts are consistent with the split it wrote."""
import hashlib
import json
import sys

report = json.load(open(sys.argv[1]))
split = [json.loads(line) for line in open(sys.argv[2])]
data = json.load(open(sys.argv[3]))
benign = [l.strip() for l in open(sys.argv[4]) if l.strip() and not l.startswith("#")]


def fnv1a(text):
    h = 1469598103934665603
    for b in text.encode("utf-8"):
        h ^= b
        h = (h * 1099511628211) % (1 << 64)
    return h


def split_of(text):
    bucket = fnv1a(text) % 100
    return "train" if bucket < 70 else "dev" if bucket < 85 else "test"


# The split file names every record once, with the split its text hashes to.
want = {k: split_of(v["prompt"]) for k, v in data.items()}
want.update({"benign:%d" % (i + 1): split_of(l) for i, l in enumerate(
    l.strip() for l in open(sys.argv[4])) if l and not l.startswith("#")})
got = {r["id"]: r["split"] for r in split}
assert len(got) == len(split), "an id is listed twice"
for k, v in data.items():
    assert got[k] == want[k], (k, got[k], want[k])
assert sum(1 for k in got if k.startswith("benign:")) == len(benign)

test_risky = [v for v in data.values() if split_of(v["prompt"]) == "test"]
test_benign = [l for l in benign if split_of(l) == "test"]
assert report["risky_prompts"] == len(test_risky), report["risky_prompts"]
assert report["benign_prompts"] == len(test_benign), report["benign_prompts"]
assert report["split"] == "test"
for key in ["detection_rate", "false_positive_rate"]:
    assert 0 <= report[key] <= 1, key
for level in ["subcategory", "primary"]:
    r = report[level]
    for key in ["micro_f1", "macro_f1", "micro_precision", "micro_recall"]:
        assert 0 <= r[key] <= 1, (level, key)
    for label, m in r["per_label"].items():
        truth = 0
        for v in test_risky:
            labels = v["label"].keys() if level == "subcategory" else {l.split("--")[0] for l in v["label"]}
            truth += label in labels
        assert m["tp"] + m["fn"] == truth, (level, label, m, truth)
assert len(report["subcategory"]["per_label"]) == 14
assert len(report["primary"]["per_label"]) == 6
lat = report["latency_us"]
assert 0 < lat["p50"] <= lat["p90"] <= lat["p99"] <= lat["max"]
print("report consistent:", report["risky_prompts"], "risky,", report["benign_prompts"], "benign")
