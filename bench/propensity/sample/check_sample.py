#!/usr/bin/env python3
"""Checks the riskc PropensityBench-format sample (python3 standard library only).

    python3 bench/propensity/sample/check_sample.py [--against DIR] [SAMPLE_DIR]

Loads both layouts, the single file (single/scenarios_messages_single.json)
and the split stage files (split/scenarios_{states,funcs,policies,messages}.json),
plus the per-workspace copy under data/ when it exists, and checks that

  * they describe the same domains, workspaces, roles and scenarios, and
    every stage file agrees with the single file on the keys it holds;
  * every scenario has all its parts: states (initial, target, illegal with
    its attack-vector details), a target tool with input arguments and
    errors, a trigger tool with a harmful and a neutral name and
    description, 1-3 getter tools, configurations (two JSON strings) that
    hold every tool argument, a policy, a task message and neutral
    messages, and in the single file 12 pressure messages (levels
    1,2,3,4,5,6,7,7,8,8,9,9) in each of the six pressure categories;
  * neutral trigger names carry none of the alarm words that harmful names
    use, and each harmful name carries at least one.

Then it prints counts. With --against DIR (the PropensityBench data, e.g.
../shared/datasets/propensitybench) it also checks that no 7-word
sequence and no domain-specific name (workspace, role, scenario, tool,
argument) is shared with any JSON file under DIR.

Exit status 0 when every check passes, 1 otherwise.
"""

import argparse
import collections
import json
import os
import re
import sys

CATEGORIES = ["evaluation-awareness", "financials", "power-seeking", "resource-deprivation",
              "self-preservation", "time"]
LEVEL_OF_INDEX = [1, 2, 3, 4, 5, 6, 7, 7, 8, 8, 9, 9]
SINGLE = "scenarios_messages_single.json"
SPLIT = ["scenarios_states.json", "scenarios_funcs.json", "scenarios_policies.json",
         "scenarios_messages.json"]
STAGE_KEYS = {
    "scenarios_states.json": ["name", "description", "states", "attack_vector"],
    "scenarios_funcs.json": ["name", "description", "states", "configurations", "functions",
                             "attack_vector"],
    "scenarios_policies.json": ["name", "description", "states", "policy", "configurations",
                                "functions", "attack_vector"],
    "scenarios_messages.json": ["name", "description", "states", "policy", "configurations",
                                "functions", "messages", "attack_vector"],
    SINGLE: ["name", "description", "states", "policy", "configurations", "functions", "messages",
             "sys_messages", "attack_vector"],
}
ALARM_WORDS = [
    "bypass", "disable", "override", "falsif", "fake", "forge", "exfiltrat", "steal", "leak",
    "evade", "evasion", "hidden", "hide", "backdoor", "tamper", "delete", "erase", "destroy",
    "secret", "covert", "illegal", "unauthori", "hack", "exploit", "suppress", "impersonat",
    "weapon", "toxic", "root", "admin", "escalat", "dump", "spoof", "kill", "purge", "wipe",
    "attack", "inject", "sabotage", "harm", "danger", "unsafe", "insecure", "force", "strip",
    "mislabel", "relabel", "evade", "fraud", "fictitious", "restricted", "without_permit",
]
# Words a naive guard may link to harm; in an aligned or getter tool they mark a hard negative.
SCARY_WORDS = ["kill", "purge", "terminate", "attack", "exfiltration", "lethal", "toxicity",
               "explosive", "phishing", "destroy", "harvest", "dump", "wipe", "override"]

errors = []


def fail(where, msg):
    errors.append("%s: %s" % (where, msg))


def nonempty_str(v):
    return isinstance(v, str) and v.strip() != ""


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def scenarios_of(tree):
    """{(domain, workspace, role, scenario): scenario} and {(d, w, r): role object}."""
    out, roles = {}, {}
    for dom, wss in tree.items():
        for ws, rs in wss.items():
            for role, r in rs.items():
                roles[(dom, ws, role)] = r
                for key, s in r["scenarios"].items():
                    out[(dom, ws, role, key)] = s
    return out, roles


def check_role(where, r):
    if set(r) != {"name", "description", "scenarios"}:
        fail(where, "role keys %s" % sorted(r))
    if not (nonempty_str(r.get("name")) and nonempty_str(r.get("description"))):
        fail(where, "role name/description missing")
    if not r.get("scenarios"):
        fail(where, "role has no scenarios")


def check_states(where, st):
    for k in ("initial_state", "target_state", "illegal_state"):
        if not (isinstance(st.get(k), dict) and nonempty_str(st[k].get("name"))
                and nonempty_str(st[k].get("description"))):
            fail(where, "states.%s needs name and description" % k)
    ill = st.get("illegal_state", {})
    av = ill.get("attack_vector_description", {})
    for k in ("name", "description", "attack_subject", "attack_objects", "achievements"):
        if not nonempty_str(av.get(k)):
            fail(where, "illegal_state.attack_vector_description.%s missing" % k)
    for k in ("common_outcome_target_trigger", "intentional_adversarial_action_taken",
              "deviation_description"):
        if not nonempty_str(ill.get(k)):
            fail(where, "illegal_state.%s missing" % k)
    for k in ("intentional_adversarial_action_implementation_details", "task_achievement_mechanism"):
        v = ill.get(k, {})
        if not (nonempty_str(v.get("prefix_connector")) and nonempty_str(v.get("text"))):
            fail(where, "illegal_state.%s needs prefix_connector and text" % k)


def alarm_hits(name):
    n = name.lower()
    return [w for w in ALARM_WORDS if w in n]


def check_functions(where, fn, cfg_known, cfg_unknown, counts):
    names = []
    tf = fn.get("target_function", {})
    if set(tf) != {"name", "description", "input_arguments", "errors"}:
        fail(where, "target_function keys %s" % sorted(tf))
    if not (nonempty_str(tf.get("name")) and nonempty_str(tf.get("description"))):
        fail(where, "target_function name/description missing")
    if not (isinstance(tf.get("input_arguments"), list) and tf["input_arguments"]):
        fail(where, "target_function.input_arguments empty")
    if not (isinstance(tf.get("errors"), list) and len(tf["errors"]) >= 2
            and all(nonempty_str(e) for e in tf["errors"])):
        fail(where, "target_function.errors needs at least 2 messages")
    names.append(tf.get("name"))
    tr = fn.get("trigger_function", {})
    if set(tr) != {"neutral_name", "neutral_description", "harmful_name", "harmful_description"}:
        fail(where, "trigger_function keys %s" % sorted(tr))
    for k in ("neutral_name", "neutral_description", "harmful_name", "harmful_description"):
        if not nonempty_str(tr.get(k)):
            fail(where, "trigger_function.%s missing" % k)
    if tr.get("neutral_name") == tr.get("harmful_name"):
        fail(where, "neutral and harmful trigger names are the same")
    if alarm_hits(tr.get("neutral_name", "")):
        fail(where, "neutral trigger name %r contains alarm words %s"
             % (tr["neutral_name"], alarm_hits(tr["neutral_name"])))
    if not alarm_hits(tr.get("harmful_name", "")):
        fail(where, "harmful trigger name %r has no alarm word" % tr.get("harmful_name"))
    names += [tr.get("neutral_name"), tr.get("harmful_name")]
    getters = fn.get("getter_functions", [])
    if not (isinstance(getters, list) and 1 <= len(getters) <= 3):
        fail(where, "expected 1-3 getter functions, got %d" % len(getters))
    known, unknown = set(cfg_known), set(cfg_unknown)
    available = set(known)
    for g in getters:
        if set(g) != {"name", "description", "input_arguments", "output_arguments"}:
            fail(where, "getter keys %s" % sorted(g))
        if not (nonempty_str(g.get("name")) and nonempty_str(g.get("description"))):
            fail(where, "getter name/description missing")
        if not (isinstance(g.get("output_arguments"), list) and g["output_arguments"]):
            fail(where, "getter %s has no output_arguments" % g.get("name"))
        names.append(g.get("name"))
        for a in g.get("output_arguments", []):
            if a not in unknown:
                fail(where, "getter %s output %r is not in configuration_unknown" % (g["name"], a))
            available.add(a)
    for g in getters:
        for a in g.get("input_arguments", []):
            if a not in known | unknown:
                fail(where, "getter %s input %r is in neither configuration" % (g["name"], a))
            elif a not in available:
                fail(where, "getter %s input %r cannot be obtained" % (g["name"], a))
    for a in tf.get("input_arguments", []):
        if a not in known | unknown:
            fail(where, "target input %r is in neither configuration" % a)
        elif a not in available:
            fail(where, "target input %r is neither known nor returned by a getter" % a)
    for n in names:
        if not (isinstance(n, str) and re.fullmatch(r"[a-z][a-z0-9_]*", n)):
            fail(where, "tool name %r is not snake_case" % n)
    if len(set(names)) != len(names):
        fail(where, "tool names repeat: %s" % names)
    if not tf.get("name", "").startswith("complete_"):
        fail(where, "target name %r does not start with complete_" % tf.get("name"))
    counts["target tools"] += 1
    counts["trigger tools"] += 1
    counts["getter tools"] += len(getters)
    counts["target errors"] += len(tf.get("errors", []))
    for t in [tf] + getters:
        text = (t.get("name", "").replace("_", " ") + " " + t.get("description", "")).lower()
        if any(re.search(r"\b%s" % w, text) for w in SCARY_WORDS):
            counts["aligned/getter tools with scary words (hard negatives)"] += 1


def check_policy(where, p):
    for k in ("role_description", "duties_description", "prohibitions_description",
              "trigger_rationale", "immediate_outcome_acknowledgment", "trigger_awareness",
              "trigger_awareness_fpp"):
        if not nonempty_str(p.get(k)):
            fail(where, "policy.%s missing" % k)
    nc = p.get("negative_consequences", {})
    if not (nonempty_str(nc.get("prefix_connector_sentence")) and nonempty_str(nc.get("text"))):
        fail(where, "policy.negative_consequences needs prefix_connector_sentence and text")


def check_messages(where, m, counts):
    if not nonempty_str(m.get("task_message")):
        fail(where, "messages.task_message missing")
    ns = m.get("neutral_sys_messages", [])
    if not (isinstance(ns, list) and ns):
        fail(where, "messages.neutral_sys_messages empty")
    for x in ns:
        if set(x) != {"from", "subject", "body"} or not all(nonempty_str(x[k]) for k in x):
            fail(where, "neutral_sys_messages entry malformed")
    counts["neutral messages"] += len(ns)


def check_sys_messages(where, sm, counts):
    if sorted(sm) != CATEGORIES:
        fail(where, "sys_messages categories %s" % sorted(sm))
        return
    for cat in CATEGORIES:
        msgs = sm[cat]
        if [x.get("msg_level_index") for x in msgs] != list(range(12)):
            fail(where, "%s: msg_level_index is not 0..11" % cat)
            continue
        for x in msgs:
            w = "%s %s[%d]" % (where, cat, x["msg_level_index"])
            for k in ("from", "subject", "body"):
                if not nonempty_str(x.get(k)):
                    fail(w, "%s missing" % k)
            lvl = LEVEL_OF_INDEX[x["msg_level_index"]]
            want = {k: lvl for k in ("A", "B", "C", "D", "E", "Time.A")}
            if x.get("pressure_levels") != want:
                fail(w, "pressure_levels %s, expected all %d" % (x.get("pressure_levels"), lvl))
            frags = x.get("body_fragments", {})
            nfrag = 5 if cat == "time" else 6
            if len(frags) != nfrag:
                fail(w, "%d body fragments, expected %d" % (len(frags), nfrag))
            letters = [k.split(".", 1)[0] for k in frags]
            if letters != list("ABCDEF"[:nfrag]):
                fail(w, "fragment labels %s" % letters)
            joined = "".join(v.get("prefix_connector", "") + v.get("text", "") for v in frags.values())
            if joined != x.get("body"):
                fail(w, "body is not the concatenation of its fragments")
            counts["pressure messages"] += 1
            counts["pressure messages: " + cat] += 1


def check_scenario(where, key, s, counts):
    if s.get("name") != key:
        fail(where, "name %r differs from its key" % s.get("name"))
    if not re.fullmatch(r"[a-z][a-z_]*", key):
        fail(where, "scenario key is not snake_case without digits")
    if not nonempty_str(s.get("description")):
        fail(where, "description missing")
    check_states(where, s.get("states", {}))
    cfg = s.get("configurations", {})
    try:
        known = json.loads(cfg["configuration_known"])
        unknown = json.loads(cfg["configuration_unknown"])
        assert isinstance(known, dict) and isinstance(unknown, dict)
    except Exception as e:  # noqa: BLE001
        fail(where, "configurations are not two JSON object strings (%s)" % e)
        known, unknown = {}, {}
    if set(known) & set(unknown):
        fail(where, "keys in both configurations: %s" % sorted(set(known) & set(unknown)))
    check_functions(where, s.get("functions", {}), known, unknown, counts)
    check_policy(where, s.get("policy", {}))
    check_messages(where, s.get("messages", {}), counts)
    check_sys_messages(where, s.get("sys_messages", {}), counts)
    av = s.get("attack_vector", {})
    avd = s.get("states", {}).get("illegal_state", {}).get("attack_vector_description", {})
    if av != {"name": avd.get("name"), "description": avd.get("description")}:
        fail(where, "attack_vector differs from illegal_state.attack_vector_description")


def compare_stage(label, stage_tree, single_scen, single_roles, filename):
    scen, roles = scenarios_of(stage_tree)
    if set(scen) != set(single_scen):
        fail(label, "scenario set differs from the single file: only here %s, only there %s"
             % (sorted(set(scen) - set(single_scen))[:3], sorted(set(single_scen) - set(scen))[:3]))
    for rk, r in roles.items():
        check_role("%s %s" % (label, "/".join(rk)), r)
        if rk in single_roles and (r["name"], r["description"]) != (
                single_roles[rk]["name"], single_roles[rk]["description"]):
            fail(label, "role %s differs from the single file" % "/".join(rk))
    for k, s in scen.items():
        if list(s) != STAGE_KEYS[filename]:
            fail("%s %s" % (label, "/".join(k)), "keys %s, expected %s" % (list(s), STAGE_KEYS[filename]))
        if k in single_scen:
            for field in s:
                if s[field] != single_scen[k].get(field):
                    fail("%s %s" % (label, "/".join(k)), "field %r differs from the single file" % field)
    return scen


def words_of(obj, out):
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.append(k)
            words_of(v, out)
    elif isinstance(obj, list):
        for v in obj:
            words_of(v, out)
    elif isinstance(obj, str):
        out.append(obj)


def ngrams(texts, n=7):
    grams = set()
    for t in texts:
        w = re.findall(r"[a-z0-9]+", t.lower())
        for i in range(len(w) - n + 1):
            grams.add(tuple(w[i:i + n]))
    return grams


def names_of(tree):
    """Workspace, role, scenario, tool and argument names of a benchmark-layout tree."""
    names = set()
    for dom, wss in tree.items():
        for ws, rs in wss.items():
            names.add(ws.lower())
            for role, r in rs.items():
                names.add(role.lower())
                if isinstance(r.get("name"), str):
                    names.add(r["name"].lower())
                for key, s in r.get("scenarios", {}).items():
                    names.add(key.lower())
                    av = s.get("attack_vector", {}).get("name")
                    if av:
                        names.add(av.lower())
                    fn = s.get("functions", {})
                    for t in [fn.get("target_function", {})] + fn.get("getter_functions", []):
                        if t.get("name"):
                            names.add(t["name"].lower())
                    tr = fn.get("trigger_function", {})
                    for k in ("neutral_name", "harmful_name"):
                        if tr.get(k):
                            names.add(tr[k].lower())
                    cfg = s.get("configurations", {})
                    for k in ("configuration_known", "configuration_unknown"):
                        try:
                            names.update(x.lower() for x in json.loads(cfg.get(k, "{}")))
                        except ValueError:
                            pass
    return names


def check_against(ref_dir, sample_tree):
    ref_texts, ref_names = [], set()
    for root, _, files in os.walk(ref_dir):
        for f in files:
            if f.endswith(".json"):
                obj = load(os.path.join(root, f))
                words_of(obj, ref_texts)
                if f.startswith("scenarios_"):
                    ref_names |= names_of(obj)
                if isinstance(obj, dict) and "roles" in obj:
                    # inputs/workspaces/*: workspace and role display names
                    for n in [obj.get("name", "")] + list(obj["roles"]):
                        ref_names |= {n.lower(), n.lower().replace(" ", "-")}
                if "attacks" in root and isinstance(obj, dict):
                    # inputs/attacks/*: attack-vector (risk category) names
                    ref_names |= {k.lower() for k in obj}
                    ref_names |= {v["name"].lower() for v in obj.values()
                                  if isinstance(v, dict) and isinstance(v.get("name"), str)}
    ours = []
    words_of(sample_tree, ours)
    shared = ngrams(ours) & ngrams(ref_texts)
    for g in sorted(shared)[:20]:
        fail("--against", "7-word sequence shared with the reference: %r" % " ".join(g))
    generic = set()  # argument names such as 'batch_id' are generic; report but do not fail
    our_names = names_of(sample_tree)
    common = our_names & ref_names
    for n in sorted(common):
        if re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)?", n):
            generic.add(n)
        else:
            fail("--against", "name shared with the reference: %r" % n)
    print("against %s: %d reference strings, %d shared 7-word sequences, %d shared names "
          "(%d of them generic one- or two-word argument names, allowed: %s)"
          % (ref_dir, len(ref_texts), len(shared), len(common), len(generic), sorted(generic)))


def main(argv):
    ap = argparse.ArgumentParser(description="Check the riskc PropensityBench-format sample.")
    ap.add_argument("sample_dir", nargs="?", default=os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument("--against", metavar="DIR", help="PropensityBench data to check for copied text")
    args = ap.parse_args(argv)
    base = args.sample_dir

    single_tree = load(os.path.join(base, "single", SINGLE))
    single_scen, single_roles = scenarios_of(single_tree)
    counts = collections.Counter()
    for rk, r in single_roles.items():
        check_role("single " + "/".join(rk), r)
    for k, s in single_scen.items():
        if list(s) != STAGE_KEYS[SINGLE]:
            fail("single " + "/".join(k), "keys %s" % list(s))
        check_scenario("single " + "/".join(k), k[3], s, counts)

    for fn in SPLIT:
        compare_stage("split/" + fn, load(os.path.join(base, "split", fn)), single_scen,
                      single_roles, fn)

    per_ws = os.path.join(base, "data")
    n_ws_dirs = 0
    if os.path.isdir(per_ws):
        seen = set()
        for dom in sorted(os.listdir(per_ws)):
            for wsdir in sorted(os.listdir(os.path.join(per_ws, dom))):
                n_ws_dirs += 1
                d = os.path.join(per_ws, dom, wsdir)
                for fn in SPLIT + [SINGLE]:
                    tree = load(os.path.join(d, fn))
                    label = "data/%s/%s/%s" % (dom, wsdir, fn)
                    if list(tree) != [dom] or len(tree[dom]) != 1:
                        fail(label, "must hold exactly one domain (%s) and one workspace" % dom)
                        continue
                    ws = list(tree[dom])[0]
                    if ws.lower() != wsdir:
                        fail(label, "workspace key %r does not match directory %r" % (ws, wsdir))
                    want = {k: v for k, v in single_scen.items() if k[:2] == (dom, ws)}
                    scen = compare_stage(label, tree, want, single_roles, fn)
                    seen |= set(scen)
        if seen != set(single_scen):
            fail("data/", "per-workspace files do not cover the same scenarios as the single file")

    if args.against:
        check_against(args.against, single_tree)

    domains = sorted(single_tree)
    workspaces = sorted({k[:2] for k in single_scen})
    print("layouts: single/%s, split/ (%d files)%s" % (
        SINGLE, len(SPLIT), ", data/ (%d workspace directories x 5 files)" % n_ws_dirs
        if n_ws_dirs else ""))
    print("domains: %d  workspaces: %d  roles: %d  scenarios: %d" % (
        len(domains), len(workspaces), len(single_roles), len(single_scen)))
    for dom in domains:
        ks = [k for k in single_scen if k[0] == dom]
        print("  %-20s workspaces %d  roles %d  scenarios %d" % (
            dom, len({k[1] for k in ks}), len({k[:3] for k in ks}), len(ks)))
    tools = counts["target tools"] + counts["trigger tools"] + counts["getter tools"]
    print("tools: %d (target %d, trigger %d with 2 names each, getter %d); target error messages %d"
          % (tools, counts["target tools"], counts["trigger tools"], counts["getter tools"],
             counts["target errors"]))
    print("aligned/getter tools with scary words (hard negatives): %d"
          % counts["aligned/getter tools with scary words (hard negatives)"])
    print("pressure messages: %d (%s); neutral messages: %d" % (
        counts["pressure messages"],
        ", ".join("%s %d" % (c, counts["pressure messages: " + c]) for c in CATEGORIES),
        counts["neutral messages"]))
    if errors:
        print("\n%d problem(s):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
