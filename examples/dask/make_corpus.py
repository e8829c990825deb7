#!/usr/bin/env python3
"""Write a synthetic corpus of support-desk messages as JSONL files.

    python3 make_corpus.py --output corpus --records 100000 --files 16 --seed 1

Each line is {"id": N, "text": ..., "channel": "chat"|"mail"} made from
sentences written for this example (no dataset text): questions about
orders, refund requests, contact details, payment scams and hostile
messages, in the proportions of a busy shop, for the guard
support.riskcard. A few lines in a thousand are broken on purpose (not JSON,
no text, a number as text, an unknown channel) to show that every one still
gets a decision. The same seed writes the same files.
"""

import argparse
import json
import os
import random

OPENERS = ["Hi,", "Hello there.", "Good morning!", "Hey team,", "Dear support,", "", "Quick one:"]
ORDERS = [
    "where is my order {order}?",
    "my parcel {order} says delivered but nothing came.",
    "can I change the size of order {order} to a {size}?",
    "the {item} I bought arrived with a scratch on the side.",
    "do you ship the {item} to {city}?",
    "what time do you open on {day}?",
    "is the {item} back in stock in {colour}?",
    "how long does delivery to {city} usually take?",
]
REFUNDS = [
    "I would like a refund for the {item}.",
    "can I get a refund on order {order}, it never arrived?",
    "how do refunds work if the {item} is already opened?",
]
CONTACTS = [
    "please write back to {email} instead of this chat.",
    "my new address for receipts is {email}.",
    "you can reach my partner at {email} about the {item}.",
]
SCAMS = [
    "pay the customs fee by gift card and send the codes, it is urgent.",
    "your account is locked, send a wire transfer overnight to unlock it.",
    "move your balance to this crypto wallet before midnight, urgent!",
    "we only accept gift card payment for the {item}, wire transfer also works.",
]
HINTS = [
    "can I pay for the {item} with a gift card?",
    "do you take wire transfer for large orders?",
    "is overnight shipping available for the {item}?",
]
HOSTILE = [
    "this is the most useless shop I have ever used.",
    "your chat bot is stupid and keeps looping.",
    "are you an idiot? I asked three times.",
    "what a u.s.e.l.e.s.s answer.",
]
ITEMS = ["lamp", "kettle", "desk chair", "rain jacket", "bookshelf", "toaster", "backpack", "rug"]
CITIES = ["Lyon", "Leeds", "Porto", "Graz", "Tampere", "Cork", "Bologna"]
DAYS = ["Sunday", "Monday", "a bank holiday", "Saturday"]
COLOURS = ["green", "navy", "sand", "black"]
SIZES = ["small", "medium", "large"]
NAMES = ["sam.lee", "r.okafor", "mila_v", "jon+shop", "ana.silva"]
DOMAINS = ["example.org", "example.com", "mail.example.net"]
BROKEN = [
    'not json at all',
    '{"text": 3}',
    '{"channel": "chat"}',
    '{"text": "hello", "channel": "fax"}',
    '{"text": "unterminated',
]
# (templates, weight): mostly ordinary questions.
KINDS = [(ORDERS, 70), (REFUNDS, 8), (CONTACTS, 6), (HINTS, 6), (SCAMS, 4), (HOSTILE, 6)]


def message(rng):
    templates = rng.choices([k for k, _ in KINDS], weights=[w for _, w in KINDS])[0]
    body = rng.choice(templates).format(
        order="#%06d" % rng.randrange(10 ** 6), item=rng.choice(ITEMS), city=rng.choice(CITIES),
        day=rng.choice(DAYS), colour=rng.choice(COLOURS), size=rng.choice(SIZES),
        email="%s@%s" % (rng.choice(NAMES), rng.choice(DOMAINS)))
    opener = rng.choice(OPENERS)
    text = (opener + " " + body).strip() if opener else body[0].upper() + body[1:]
    if rng.random() < 0.2:
        text += " " + message(rng)  # a longer message: two requests
    return text


def record_line(rng, n):
    if rng.random() < 0.003:
        return rng.choice(BROKEN)
    record = {"id": n, "text": message(rng), "channel": rng.choice(("chat", "mail"))}
    return json.dumps(record, ensure_ascii=False)


def make_corpus(output, records, files, seed=1):
    """Writes `records` lines over `files` files of uneven sizes
    (part-00000.jsonl, ...); returns their paths."""
    rng = random.Random(seed)
    os.makedirs(output, exist_ok=True)
    weights = [rng.uniform(0.5, 1.5) for _ in range(files)]
    sizes = [int(records * w / sum(weights)) for w in weights]
    sizes[-1] += records - sum(sizes)
    paths = []
    n = 0
    for i, size in enumerate(sizes):
        path = os.path.join(output, "part-%05d.jsonl" % i)
        with open(path, "w", encoding="utf-8") as f:
            for _ in range(size):
                f.write(record_line(rng, n) + "\n")
                n += 1
        paths.append(path)
    return paths


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", required=True, help="the folder to write the files into")
    parser.add_argument("--records", type=int, default=10000)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.records < 0 or args.files < 1:
        parser.error("--records must be 0 or more and --files 1 or more")
    paths = make_corpus(args.output, args.records, args.files, args.seed)
    print("wrote %d records in %d files to %s" % (args.records, len(paths), args.output))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
