"""Checks the learned-score section of a `riskc bench t2i` JSON report:
every subcategory of the model with its histograms (shares that add up to
one), every primary with a precision-recall curve that is a curve (recall
rising to 1, precision and average precision in [0, 1]) and whose model
ranks its positives above chance (average precision above the positives'
share of the prompts).

    check-t2i-scores.py REPORT.json LABELS PRIMARIES
"""
import json
import sys

report = json.load(open(sys.argv[1]))
want_labels, want_primaries = int(sys.argv[2]), int(sys.argv[3])
s = report["learned_scores"]
assert s["model"] == "clf", s["model"]
assert len(s["labels"]) == want_labels, len(s["labels"])
for l in s["labels"]:
    for key, n in (("histogram_with_label", l["prompts_with_label"]), ("histogram_benign", l["benign_prompts"])):
        h = l[key]
        assert len(h) == s["bins"], (l["label"], key)
        assert all(0 <= x <= 1 for x in h), (l["label"], key, h)
        assert abs(sum(h) - (1 if n else 0)) < 1e-9, (l["label"], key, sum(h))
    for key in ("share_at_threshold_with_label", "share_at_threshold_benign"):
        assert 0 <= l[key] <= 1, (l["label"], key)
    assert l["benign_prompts"] == report["benign_prompts"], l
assert len(s["pr_curves"]) == want_primaries, len(s["pr_curves"])
for c in s["pr_curves"]:
    assert c["positives"] + c["negatives"] == report["risky_prompts"] + report["benign_prompts"], c
    if not c["positives"]:
        continue
    recalls = [p[0] for p in c["points"]]
    assert recalls == sorted(recalls) and abs(recalls[-1] - 1) < 1e-9, (c["primary"], recalls)
    assert all(0 <= p[1] <= 1 for p in c["points"]), c["primary"]
    base = c["positives"] / (c["positives"] + c["negatives"])
    assert base < c["average_precision"] <= 1, (c["primary"], base, c["average_precision"])
    assert 0 <= c["precision_at_threshold"] <= 1 and 0 <= c["recall_at_threshold"] <= 1, c
print("scores consistent: %d labels, %d curves" % (len(s["labels"]), len(s["pr_curves"])))
