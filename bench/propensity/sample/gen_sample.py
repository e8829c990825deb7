#!/usr/bin/env python3
"""Writes the riskc PropensityBench-format sample (deterministic, stdlib only).

    python3 bench/propensity/sample/gen_sample.py

Reads the hand-written scenarios in specs/*.py and the pressure-message
sentences in pressure.py and writes, next to this file:

  single/scenarios_messages_single.json      all scenarios, final layout
  split/scenarios_states.json                stage 1 (states)
  split/scenarios_funcs.json                 stage 2 (+ configurations, functions)
  split/scenarios_policies.json              stage 3 (+ policy)
  split/scenarios_messages.json              stage 4 (+ messages)
  data/<domain>/<workspace>/scenarios_*.json the same five files cut per
                                             workspace, as the real benchmark
                                             stores them (one workspace per file)

Run check_sample.py afterwards. See README.md for the layout.
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep specs/ free of __pycache__

import pressure  # noqa: E402
from specs import bio, chemical, cyber, financial, selfprolif  # noqa: E402

DOMAIN_MODULES = [bio, chemical, cyber, selfprolif, financial]

FEEDBACK = ("riskc sample: written by hand for tests in the PropensityBench layout; "
            "not produced or judged by the PropensityBench pipeline.")

# Keys of a scenario in each stage file, in the order the real files use.
STAGE_KEYS = {
    "scenarios_states.json": ["name", "description", "states", "attack_vector"],
    "scenarios_funcs.json": ["name", "description", "states", "configurations", "functions",
                             "attack_vector"],
    "scenarios_policies.json": ["name", "description", "states", "policy", "configurations",
                                "functions", "attack_vector"],
    "scenarios_messages.json": ["name", "description", "states", "policy", "configurations",
                                "functions", "messages", "attack_vector"],
    "scenarios_messages_single.json": ["name", "description", "states", "policy", "configurations",
                                       "functions", "messages", "sys_messages", "attack_vector"],
}
SPLIT_FILES = ["scenarios_states.json", "scenarios_funcs.json", "scenarios_policies.json",
               "scenarios_messages.json"]
SINGLE_FILE = "scenarios_messages_single.json"


def first_person(text):
    """Second person to first person, for trigger_awareness_fpp."""
    text = re.sub(r"\byourself\b", "myself", text)
    text = re.sub(r"\bYour\b", "My", text)
    text = re.sub(r"\byour\b", "my", text)
    text = re.sub(r"\b(for|to|with|from) you\b", r"\1 me", text)
    text = re.sub(r"\bYou\b", "I", text)
    text = re.sub(r"\byou\b", "I", text)
    return text


def build_scenario(spec, org, with_judgments=False):
    ill = spec["illegal"]
    av = ill["vector"]
    illegal_description = " ".join([
        ill["action"], ill["impl"][0], ill["impl"][1], ill["mechanism"][0], ill["mechanism"][1]])
    states = {
        "initial_state": {"name": spec["initial"][0], "description": spec["initial"][1]},
        "target_state": {"name": spec["target"][0], "description": spec["target"][1]},
        "illegal_state": {
            "name": ill["name"],
            "description": illegal_description,
            "attack_vector_description": {
                "name": av["name"],
                "description": av["description"],
                "attack_subject": av["attack_subject"],
                "attack_objects": av["attack_objects"],
                "achievements": av["achievements"],
            },
            "common_outcome_target_trigger": ill["common_outcome"],
            "intentional_adversarial_action_taken": ill["action"],
            "intentional_adversarial_action_implementation_details": {
                "prefix_connector": ill["impl"][0], "text": ill["impl"][1]},
            "task_achievement_mechanism": {
                "prefix_connector": ill["mechanism"][0], "text": ill["mechanism"][1]},
            "deviation_description": ill["deviation"],
        },
        "acceptable": True,
        "feedback": FEEDBACK,
    }
    tname, tdesc, targs, terrs = spec["target_fn"]
    functions = {
        "getter_functions": [
            {"name": n, "description": d, "input_arguments": list(i), "output_arguments": list(o)}
            for (n, d, i, o) in spec["getters"]
        ],
        "target_function": {"name": tname, "description": tdesc, "input_arguments": list(targs),
                            "errors": list(terrs)},
        "trigger_function": {
            "neutral_name": spec["trigger"]["neutral_name"],
            "neutral_description": spec["trigger"]["neutral_description"],
            "harmful_name": spec["trigger"]["harmful_name"],
            "harmful_description": spec["trigger"]["harmful_description"],
        },
        "acceptable": True,
        "feedback": FEEDBACK,
    }
    configurations = {
        "configuration_known": json.dumps(spec["known"], ensure_ascii=False),
        "configuration_unknown": json.dumps(spec["unknown"], ensure_ascii=False),
    }
    p = spec["policy"]
    policy = {
        "role_description": p["role_description"],
        "duties_description": p["duties_description"],
        "prohibitions_description": p["prohibitions_description"],
        "trigger_rationale": p["trigger_rationale"],
        "immediate_outcome_acknowledgment": p["immediate_outcome_acknowledgment"],
        "negative_consequences": {
            "prefix_connector_sentence": p["consequence"][0],
            "text": p["consequence"][1],
        },
        "trigger_awareness": "Theoretically, the objective could be reached another way. It would be "
        "possible to %s. %s" % (p["alt_action"], p["alt_benefit"]),
        "trigger_awareness_fpp": "Theoretically, I could reach the objective another way. I could %s. %s"
        % (first_person(p["alt_action"]), first_person(p["alt_benefit"])),
        "acceptable": True,
        "feedback": FEEDBACK,
    }
    messages = {
        "task_message": spec["task_message"],
        "neutral_sys_messages": [{"from": f, "subject": s, "body": b} for (f, s, b) in spec["neutral"]],
        "acceptable": True,
        "feedback": FEEDBACK,
    }
    full = {
        "name": spec["key"],
        "description": spec["description"],
        "states": states,
        "policy": policy,
        "configurations": configurations,
        "functions": functions,
        "messages": messages,
        "sys_messages": pressure.build_sys_messages({"title": spec["title"], "org": org},
                                                   with_judgments),
        "attack_vector": {"name": av["name"], "description": av["description"]},
    }
    return full


def build_all(with_judgments=False):
    """{domain: {workspace: {role: {name, description, scenarios: {key: full}}}}}"""
    tree = {}
    for mod in DOMAIN_MODULES:
        dom = tree.setdefault(mod.DOMAIN, {})
        for spec in mod.SCENARIOS:
            ws, role = spec["workspace"], spec["role"]
            rname, rdesc = mod.ROLES[(ws, role)]
            r = dom.setdefault(ws, {}).setdefault(role, {"name": rname, "description": rdesc,
                                                         "scenarios": {}})
            assert spec["key"] not in r["scenarios"], spec["key"]
            r["scenarios"][spec["key"]] = build_scenario(spec, mod.WORKSPACES[ws]["org"],
                                                         with_judgments)
    return tree


def stage_view(tree, filename, only=None):
    keys = STAGE_KEYS[filename]
    out = {}
    for dom, wss in tree.items():
        for ws, roles in wss.items():
            if only is not None and (dom, ws) != only:
                continue
            for role, r in roles.items():
                dst = out.setdefault(dom, {}).setdefault(ws, {}).setdefault(
                    role, {"name": r["name"], "description": r["description"], "scenarios": {}})
                for key, s in r["scenarios"].items():
                    dst["scenarios"][key] = {k: s[k] for k in keys}
    return out


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main(argv):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=HERE, help="where to write (default: next to this script)")
    ap.add_argument("--no-per-workspace", action="store_true",
                    help="do not write the per-workspace copy under data/")
    ap.add_argument("--with-judgments", action="store_true",
                    help="also give every pressure message a 'judgments' object, as the real files "
                    "have (placeholder verdicts; doubles the size)")
    args = ap.parse_args(argv)
    tree = build_all(args.with_judgments)
    out = args.out
    write_json(os.path.join(out, "single", SINGLE_FILE), stage_view(tree, SINGLE_FILE))
    for fn in SPLIT_FILES:
        write_json(os.path.join(out, "split", fn), stage_view(tree, fn))
    if args.no_per_workspace:
        tree = {}
    for dom, wss in tree.items():
        for ws in wss:
            d = os.path.join(out, "data", dom, ws.lower())
            for fn in SPLIT_FILES + [SINGLE_FILE]:
                write_json(os.path.join(d, fn), stage_view(tree, fn, only=(dom, ws)))
    print("wrote the sample to %s" % out)


if __name__ == "__main__":
    main(sys.argv[1:])
