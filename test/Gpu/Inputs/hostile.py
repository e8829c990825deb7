# Records an attacker would choose (../shared/DESIGN.md: inputs are
# adversarial), one per line: a repeated key, escapes and thousands of
# matches, a lone surrogate, bytes that are not UTF-8, 300 KB, disguised
# spellings, deep nesting, a number beyond a double, combining marks, an
# empty line.
import json, sys
recs = []
recs.append('{"text":"a","text":"blood everywhere"}')            # repeated key
recs.append('{"text":"' + 'b\\u006cood ' * 2000 + '"}')          # escapes, 12 KB, many matches
recs.append('{"text":"\\ud800 lone surrogate gore"}')            # invalid surrogate
recs.append(b'{"text":"bad \xff\xfe bytes blood"}'.decode('latin-1'))  # invalid UTF-8 bytes
recs.append('{"text":"' + 'x' * 300000 + '"}')                   # 300 KB
recs.append('{"text":"n\\u0075de b\\u200bl\\u200bo\\u200bo\\u200bd \\uff47\\uff4f\\uff52\\uff45"}')  # disguises
recs.append('{"text":' + '[' * 500 + ']' * 500 + '}')            # deep nesting, wrong type
recs.append('{"text":1e999}')                                     # number out of range
recs.append('{"text":"' + 'a\\u0301' * 5000 + '"}')               # combining marks
recs.append('')                                                   # empty line
sys.stdout.buffer.write(('\n'.join(recs) + '\n').encode('latin-1'))
