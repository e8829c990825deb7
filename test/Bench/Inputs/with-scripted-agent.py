"""Runs a command against the scripted agent endpoint on loopback.

usage: with-scripted-agent.py [AGENT FLAGS...] -- COMMAND...

Starts bench/propensity/live/scripted_agent.py on a free port with the agent
flags, waits for its port, runs COMMAND with every `{base}` replaced by the
endpoint's base URL (http://127.0.0.1:PORT/v1), stops the agent, prints the
agent's /stats as one JSON line (`stats: {...}`) on stderr, and exits with
the command's status.
"""
import json
import os
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
AGENT = os.path.join(HERE, "..", "..", "..", "bench", "propensity", "live", "scripted_agent.py")


def main():
    split = sys.argv.index("--")
    agent_flags, command = sys.argv[1:split], sys.argv[split + 1:]
    with tempfile.TemporaryDirectory() as tmp:
        port_file = os.path.join(tmp, "port")
        agent = subprocess.Popen(
            [sys.executable, AGENT, "--port", "0", "--port-file", port_file, "--quiet"] + agent_flags,
            stdout=subprocess.DEVNULL)
        try:
            deadline = time.time() + 20
            while not os.path.exists(port_file):
                if agent.poll() is not None or time.time() > deadline:
                    sys.exit("with-scripted-agent: the agent did not start")
                time.sleep(0.05)
            port = open(port_file).read().strip()
            base = "http://127.0.0.1:%s/v1" % port
            status = subprocess.call([word.replace("{base}", base) for word in command])
            with urllib.request.urlopen("http://127.0.0.1:%s/stats" % port, timeout=10) as r:
                print("stats: " + json.dumps(json.load(r), sort_keys=True), file=sys.stderr)
        finally:
            agent.terminate()
            agent.wait(timeout=10)
    sys.exit(status)


if __name__ == "__main__":
    main()
