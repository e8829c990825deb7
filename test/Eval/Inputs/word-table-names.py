"""Inputs for word-table-names.test: every fifth name of the lexicon's file in
a sentence (upper-cased every other time, its spaces doubled every third
time), then every fifth multi-word name cut short by its last word and
followed by an unrelated word. Prints the number of names first (stderr)."""
import json
import sys

names = [line.strip() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
picked = names[::5]
for i, name in enumerate(picked):
    shown = name.upper() if i % 2 else name
    if i % 3 == 0:
        shown = shown.replace(" ", "  ")
    print(json.dumps({"text": f"a watercolour of {shown}, soft light"}))
for name in names[2::5]:
    words = name.split()
    if len(words) > 1:
        print(json.dumps({"text": "a sketch of " + " ".join(words[:-1]) + " quietly"}))
print(len(picked), file=sys.stderr)
