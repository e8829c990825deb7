#!/usr/bin/env python3
"""Can the style of a prompt alone tell risky from benign?

Trains the corpus generator's style-only classifier (length, words, commas,
weights, flags, negative prompts, quality tags, camera jargon, ' | ' lists,
lower-case start, language: gen_prompts.style_classifier) on the train split
of a risky set against a benign set, and reports its accuracy and AUC on the
dev split. Near 0.5 means the benign set is written in the styles of the
risky one, so a model cannot learn the label from style; the issue's check on
the honest benign set (bench/data/t2i/README.md).

    python3 bench/t2i/style_check.py --data T2I-RiskyPrompt.json \\
        [--benign bench/data/t2i/benign.txt]

The split is the benchmark's (FNV-1a-64 of the text modulo 100: train below
70, dev below 85). Standard library only.
"""

import argparse
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, "corpus"))
import gen_prompts  # noqa: E402  (the corpus generator's style features)


def language(text):
    """The corpus's language labels, guessed from the script (enough for the
    two style features that are not Latin)."""
    if any("\u3040" <= c <= "\u30ff" for c in text):
        return "ja"
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        return "zh"
    return "en"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", required=True, help="risky prompts, T2I-RiskyPrompt layout")
    ap.add_argument("--benign", default=os.path.join(here, "..", "data", "t2i", "benign.txt"))
    args = ap.parse_args()
    records = []
    with open(args.data, encoding="utf-8") as f:
        for rec in json.load(f).values():
            records.append({"text": rec["prompt"], "kind": "risky"})
    with open(args.benign, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                records.append({"text": line, "kind": "benign"})
    for rec in records:
        rec["split"] = gen_prompts.split_of(rec["text"])
        rec["lang"] = language(rec["text"])
    result = gen_prompts.style_classifier(records)
    print("style-only classifier, risky %s vs benign %s" % (os.path.basename(args.data),
                                                            os.path.basename(args.benign)))
    print("  train %d, dev %d prompts" % (result["n_train"], result["n_dev"]))
    print("  dev accuracy %.3f (majority class %.3f), AUC %.3f"
          % (result["accuracy"], result["majority"], result["auc"]))
    for name, w in sorted(result["weights"], key=lambda nw: -abs(nw[1])):
        print("  %-22s %+.3f" % (name, w))


if __name__ == "__main__":
    main()
