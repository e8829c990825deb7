# Inputs an attacker would choose for patterns that read a skeleton: runs of
# invisible characters, soft hyphens, combining accents, fullwidth, squared
# and small-capital letters, Cyrillic look-alikes, digits for letters, NUL,
# the last code point before the surrogates; empty texts and lists; and one
# long text (64 KB) of invisible characters between letters. Fixed seed.
import json, random, sys
random.seed(int(sys.argv[1]))
alpha = ['x', 'a', 'b', '4', '8', '\u200b', '\u00ad', '\uff58', '\uff21', '\u0430', '.', ' ',
         '\u00e9', 'e\u0301', '\U0001F170', '\u1d00', '1', 'l', '\u0000', '\ud7ff']
for _ in range(400):
    text = ''.join(random.choice(alpha) for _ in range(random.randint(0, 30)))
    tags = [''.join(random.choice(alpha) for _ in range(random.randint(0, 6)))
            for _ in range(random.randint(0, 3))]
    print(json.dumps({"text": text, "tags": tags}))
print(json.dumps({"text": "a\u200b" * 21845 + "b", "tags": ["\u00ad" * 4096]}))
