#!/usr/bin/env python3
"""Build time and peak memory of riskc on large generated policies.

Writes policies of N rules (two shapes: `trivial`, one string comparison per
rule, and `mixed`, eight kinds of condition: equality, contains, affixes,
numbers and enums, list membership, lengths, a pattern and a lexicon) and
taxonomies of N categories, runs `riskc build` / `riskc check` on each, and
prints a Markdown table of wall time and peak resident memory (of riskc, not
of the linker it runs). Usage: bench/scale/scale.py BUILD_DIR [N...]
(`--write FILE N trivial|mixed` writes one such policy, for tests).
"""
import os
import resource
import subprocess
import sys
import tempfile
import time

ACTIONS = ["block", "warn", "redact", "escalate", "allow", 'guide "ask first"']


def rules_policy(n, shape):
    out = ["module scale", "pattern p_card = /\\b(?:\\d[ -]?){13,16}\\b/",
           'lexicon words "w" {\n  fold case\n  normalize obfuscation\n  words\n'
           '  "alpha" 1.0, "beta gamma", "delta"\n}',
           "input P { text: string, tier: enum { free, pro }?, age: number?, tags: list<string>? }",
           "policy p for P {", "  combine most_severe"]
    for i in range(n):
        k = i % 8 if shape == "mixed" else 0
        cond = [f'text == "w{i}"',
                f'contains(text, "k{i}")',
                f'starts_with(text, "s{i}") or ends_with(text, "e{i}")',
                f"age > {i % 90} and tier == free",
                f'"t{i}" in tags',
                f'length(text) > {i} and not contains(text, "z{i}")',
                f"matches(p_card, text) and age < {i % 50}",
                f'any(words, text) and text != "x{i}"'][k]
        out.append(f"  rule r{i} when {cond} => {ACTIONS[i % len(ACTIONS)]}")
    out += ["  default allow", "}"]
    return "\n".join(out) + "\n"


def taxonomy(n):
    out = ["module cats", 'taxonomy big "Big" {']
    for p in range(max(1, n // 1000)):
        out.append(f'  category p{p} "Part {p}" {{')
        for i in range(min(1000, n)):
            out.append(f'    category c{i} "Category {p}.{i}" {{ description "d" }}')
        out.append("  }")
    out.append("}")
    return "\n".join(out) + "\n"


def run(cmd):
    """Wall time and the peak resident memory of this one child (wait4)."""
    t = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - t
    if proc.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{stderr}")
    return seconds, usage.ru_maxrss


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--write":
        # bench/scale/scale.py --write FILE N trivial|mixed: one policy, for tests
        with open(sys.argv[2], "w") as f:
            f.write(rules_policy(int(sys.argv[3]), sys.argv[4]))
        return
    build = sys.argv[1] if len(sys.argv) > 1 else "build"
    sizes = [int(a) for a in sys.argv[2:]] or [1000, 10000]
    riskc = os.path.join(build, "bin", "riskc")
    print("| input | command | wall s | peak MB |")
    print("|---|---|---:|---:|")
    with tempfile.TemporaryDirectory() as work:
        rows = []
        for n in sizes:
            for shape in ("trivial", "mixed"):
                rows.append((f"{n} rules, {shape}", "build", rules_policy(n, shape)))
        for n in [s * 10 for s in sizes]:
            rows.append((f"{n} categories", "check", taxonomy(n)))
        rows.sort(key=lambda r: len(r[2]))
        for name, command, text in rows:
            path = os.path.join(work, "p.riskcard")
            with open(path, "w") as f:
                f.write(text)
            cmd = [riskc, command, path] + (["-o", os.path.join(work, "g.so")] if command == "build" else [])
            seconds, peak = run(cmd)
            print(f"| {name} | riskc {command} | {seconds:.2f} | {peak / 1024:.0f} |", flush=True)


if __name__ == "__main__":
    main()
