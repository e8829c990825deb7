#!/usr/bin/env python3
"""Scan a JSONL corpus with a Riskcard guard on a Dask cluster.

    python3 scan.py --bundle guard.rkb --input 'corpus/*.jsonl' --output decisions \\
        --scheduler local --workers 4
    python3 scan.py --bundle /shared/guard.rkb --input /shared/corpus --output /shared/out \\
        --scheduler tcp://scheduler:8786

The corpus is read with dask.bag.read_text, one partition per input file.
Each partition is decided on a worker by the bundle's guard
(Guard.evaluate_batch), which every worker process loads once and keeps (a
per-process cache keyed by the bundle's path), and written to OUTPUT/NAME for
the input file NAME: line i is the decision on input line i (blank and
invalid lines get their fail-closed decision, as `riskc eval` gives them),
with the input's "id" field first when the input has one. The bundle, the
input and the output folder must be reachable by the same paths on every
worker (a shared file system). At the end it prints records/s in total and
per worker.

`--scheduler local` starts a distributed.LocalCluster of N worker processes
(one thread each); an address connects a distributed.Client to a running
scheduler. Both then take the same path.
"""

import argparse
import glob
import json
import os
import re
import sys
import time

# Worker side --------------------------------------------------------------------

#: Guards loaded in this process, by the bundle's absolute path: a worker
#: process opens (and verifies) a bundle once, whatever number of partitions
#: it decides.
_GUARDS = {}

#: Inputs decided per call of evaluate_batch: bounds the memory of the
#: decisions a partition holds at once.
CHUNK = 4096


def _guard(bundle):
    """The guard of `bundle` in this process, and whether this call loaded it."""
    guard = _GUARDS.get(bundle)
    if guard is not None:
        return guard, False
    import riskcard  # on the worker: the package must be installed there
    guard = _GUARDS[bundle] = riskcard.load(bundle)
    return guard, True


def _worker_name():
    try:
        from distributed import get_worker
        return get_worker().address
    except (ImportError, ValueError):
        return "pid %d" % os.getpid()


# A line that opens with its "id" (a number or a plain string): the id's JSON
# text is copied as it is, without parsing the line.
_LEADING_ID = re.compile(r'\s*\{\s*"id"\s*:\s*(-?(?:0|[1-9][0-9]*)|"[^"\\\x00-\x1f]*")\s*[,}]')


def _with_id(line, decision_json):
    """The decision, with the input's "id" first when the input (a JSON
    object) has one."""
    if '"id"' not in line:
        return decision_json
    leading = _LEADING_ID.match(line)
    # An error decision may be on a line that is not JSON: parse it to know.
    if leading and '"error":' not in decision_json:
        identity = leading.group(1)
    else:
        try:
            record = json.loads(line)
        except ValueError:
            return decision_json
        if not isinstance(record, dict) or "id" not in record:
            return decision_json
        identity = json.dumps(record["id"], ensure_ascii=False, separators=(",", ":"))
    return '{"id":' + identity + "," + decision_json[1:]


def scan_partition(lines, bundle, output, threads):
    """Decides one partition (the lines of one input file, as read_text gave
    them) and writes its decisions to `output`; returns the worker's account
    of it."""
    start = time.perf_counter()
    guard, loaded = _guard(bundle)
    loaded_at = time.perf_counter()
    # read_text with "\n" as the delimiter keeps each line's "\n", and gives
    # an empty last element when the file ends with one.
    lines = list(lines)
    if lines and lines[-1] == "":
        lines.pop()
    records = [line[:-1] if line.endswith("\n") else line for line in lines]
    records = [record[:-1] if record.endswith("\r") else record for record in records]
    temporary = "%s.%d.tmp" % (output, os.getpid())
    counts = {}
    evaluating = 0.0
    with open(temporary, "w", encoding="utf-8", errors="surrogateescape") as out:
        for first in range(0, len(records), CHUNK):
            chunk = records[first:first + CHUNK]
            began = time.perf_counter()
            decisions = guard.evaluate_batch(chunk, threads=threads)
            evaluating += time.perf_counter() - began
            for record, decision in zip(chunk, decisions):
                out.write(_with_id(record, decision.json))
                out.write("\n")
                counts[decision.action] = counts.get(decision.action, 0) + 1
    os.replace(temporary, output)  # a retried task leaves no half-written file
    return {
        "worker": _worker_name(),
        "pid": os.getpid(),
        "output": output,
        "records": len(records),
        "actions": counts,
        "loaded": loaded,
        "load_seconds": loaded_at - start if loaded else 0.0,
        "evaluate_seconds": evaluating,
        "seconds": time.perf_counter() - start,
    }


# Client side --------------------------------------------------------------------

_COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")


def input_files(spec):
    """The input files, sorted: every *.jsonl file of a folder (compressed
    ones too), or the files a glob pattern names."""
    if os.path.isdir(spec):
        files = [path for path in glob.glob(os.path.join(spec, "*"))
                 if os.path.isfile(path)
                 and any(path.endswith(".jsonl" + c) for c in ("",) + _COMPRESSIONS)]
    else:
        files = [path for path in glob.glob(spec) if os.path.isfile(path)]
    return sorted(os.path.abspath(path) for path in files)


def output_name(path):
    """OUTPUT/NAME for an input file: its name, less a compression suffix."""
    name = os.path.basename(path)
    for suffix in _COMPRESSIONS:
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return name


def connect(scheduler, workers):
    """A distributed.Client: on a new LocalCluster of `workers` processes for
    "local", else on the scheduler at that address (waiting for `workers`
    workers when given)."""
    from distributed import Client, LocalCluster
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers or 2, processes=True, threads_per_worker=1,
                               dashboard_address=None)
        return Client(cluster), cluster
    client = Client(scheduler)
    if workers:
        client.wait_for_workers(workers)
    return client, None


def scan(client, bundle, files, output, threads=1):
    """Decides every file on the cluster; returns the workers' accounts and
    the wall time."""
    import dask
    import dask.bag

    names = [output_name(path) for path in files]
    if len(set(names)) != len(names):
        raise SystemExit("scan.py: two input files would write the same output name")
    os.makedirs(output, exist_ok=True)
    started = time.perf_counter()
    corpus = dask.bag.read_text(files, linedelimiter="\n", errors="surrogateescape")
    parts = corpus.to_delayed()  # one per file, in the order of `files`
    tasks = [dask.delayed(scan_partition)(part, bundle, os.path.join(output, name), threads)
             for part, name in zip(parts, names)]
    reports = list(client.compute(tasks, sync=True))
    return reports, time.perf_counter() - started


def summarise(reports, wall):
    """Totals and per-worker figures from the workers' accounts."""
    workers = {}
    for report in reports:
        worker = workers.setdefault(report["worker"], {
            "files": 0, "records": 0, "seconds": 0.0, "evaluate_seconds": 0.0, "loads": 0})
        worker["files"] += 1
        worker["records"] += report["records"]
        worker["seconds"] += report["seconds"]
        worker["evaluate_seconds"] += report["evaluate_seconds"]
        worker["loads"] += report["loaded"]
    actions = {}
    for report in reports:
        for action, n in report["actions"].items():
            actions[action] = actions.get(action, 0) + n
    records = sum(report["records"] for report in reports)
    return {"records": records, "files": len(reports), "seconds": wall,
            "records_per_second": records / wall if wall > 0 else 0.0,
            "actions": actions, "workers": workers}


def print_summary(summary, out=None):
    out = out or sys.stdout
    print("%d records in %d files on %d workers: %.2f s, %.0f records/s in total"
          % (summary["records"], summary["files"], len(summary["workers"]), summary["seconds"],
             summary["records_per_second"]), file=out)
    print("actions: " + ", ".join("%s %d" % item for item in sorted(summary["actions"].items())),
          file=out)
    for name, worker in sorted(summary["workers"].items()):
        busy = worker["seconds"]
        evaluating = worker["evaluate_seconds"]
        print("  %s: %d records in %d files, busy %.2f s (%.0f records/s), evaluating %.2f s "
              "(%.0f records/s), bundle loaded %d time(s)"
              % (name, worker["records"], worker["files"], busy,
                 worker["records"] / busy if busy > 0 else 0.0, evaluating,
                 worker["records"] / evaluating if evaluating > 0 else 0.0, worker["loads"]),
              file=out)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", required=True,
                        help="the guard: a bundle (riskc build --bundle) or a guard .so")
    parser.add_argument("--input", required=True,
                        help="a folder of *.jsonl files, or a glob pattern of JSONL files")
    parser.add_argument("--output", required=True,
                        help="the folder for the decisions, one file per input file")
    parser.add_argument("--scheduler", default="local",
                        help="`local` (a new LocalCluster) or a scheduler's address")
    parser.add_argument("--workers", type=int, default=None,
                        help="local: worker processes (default 2); an address: wait for this many")
    parser.add_argument("--threads", type=int, default=1,
                        help="runtime threads per batch on each worker (0: one per core)")
    parser.add_argument("--json", metavar="FILE",
                        help="also write the figures, per worker too, as JSON")
    args = parser.parse_args(argv)

    files = input_files(args.input)
    if not files:
        parser.error("no input files in %s" % args.input)
    bundle = os.path.abspath(args.bundle)
    if args.scheduler == "local" or os.path.exists(bundle):
        # Refuse a bad bundle here, with the loader's message, rather than on
        # every worker.
        import riskcard
        try:
            riskcard.load(bundle).close()
        except riskcard.BundleError as error:
            sys.exit("scan.py: %s" % error)
    client, cluster = connect(args.scheduler, args.workers)
    try:
        client.upload_file(os.path.abspath(__file__))  # this module, on every worker
        reports, wall = scan(client, bundle, files, os.path.abspath(args.output), args.threads)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    summary = summarise(reports, wall)
    print_summary(summary)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(summary, f, indent=2)
    return 0


if __name__ == "__main__":
    # Run as the module `scan`, so that workers find the functions (and their
    # per-process cache) by name rather than by value.
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import scan
    sys.exit(scan.main())
