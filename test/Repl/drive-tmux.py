"""Drives `riskc repl` in a real terminal (tmux), as a person would: types,
presses Tab and the arrow keys, waits for what the screen should show, and
prints the final screen (with colours as escape codes when asked).

usage: drive-tmux.py RISKC HOME_DIR [--escapes] [--no-color]
"""
import os
import re
import subprocess
import sys
import time

riskc, home = sys.argv[1], sys.argv[2]
escapes = "--escapes" in sys.argv
socket = "riskc-test-%d" % os.getpid()


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", socket, *args], check=check,
                          capture_output=True, text=True).stdout


def screen(with_escapes=False):
    return tmux("capture-pane", "-p", "-J", "-S", "-200", *(["-e"] if with_escapes else []),
                "-t", "repl")


def wait_for(pattern, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        if re.search(pattern, screen(), re.M):
            return
        time.sleep(0.1)
    sys.stdout.write(screen())
    sys.exit("timed out waiting for: " + pattern)


def send(*keys):
    tmux("send-keys", "-t", "repl", *keys)


env = dict(os.environ, HOME=home, TERM="xterm-256color")
env.pop("NO_COLOR", None)
if "--no-color" in sys.argv:
    env["NO_COLOR"] = "1"
command = ("NO_COLOR=1 " if "--no-color" in sys.argv else "") + riskc + " repl"
subprocess.run(["tmux", "-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "repl",
                "-x", "160", "-y", "60", "env HOME=" + home + " " + command], check=True, env=env)
try:
    wait_for(r"^riskcard> $")
    # Tab completes a command...
    send(":he", "Tab")
    wait_for(r"riskcard> :help")
    send("Enter")
    wait_for(r"Enter any declaration")
    # ...and a keyword.
    send("inp", "Tab")
    wait_for(r"riskcard> input")
    send(" I { text: string }", "Enter")
    wait_for(r"defined input I")
    # A multi-line policy: the prompt continues while braces are open.
    send("policy p for I {", "Enter")
    wait_for(r"^     \.\.\.> $")
    send('  rule r when contains(text, "secret") => block because "a secret"', "Enter")
    send("  default allow", "Enter")
    send("}", "Enter")
    wait_for(r"defined policy p")
    send(':eval p "the secret plan"', "Enter")
    wait_for(r'because "a secret"')
    send(":explain", "Enter")
    wait_for(r"rule r when contains")
    # History: Up recalls the last input.
    send(':eval p "nothing here"', "Enter")
    wait_for(r"^allow$")
    send("Up", "Up", "Enter")
    wait_for(r"(?s)nothing here.*rule r when contains\(text, \"secret\"\)  false")
    final = screen(escapes)
    send(":quit", "Enter")
    deadline = time.time() + 10
    while time.time() < deadline:
        if subprocess.run(["tmux", "-L", socket, "has-session", "-t", "repl"],
                          capture_output=True).returncode != 0:
            break
        time.sleep(0.1)
    else:
        sys.exit("riskc repl did not leave on :quit")
finally:
    subprocess.run(["tmux", "-L", socket, "kill-server"], capture_output=True)
sys.stdout.write(final)
history = os.path.join(home, ".riskc_history")
sys.stdout.write("--- history ---\n")
if os.path.exists(history):
    sys.stdout.write(open(history, errors="replace").read())
