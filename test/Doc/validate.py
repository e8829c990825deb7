"""Validates a riskcards.json document against its JSON Schema."""
import json
import sys

import jsonschema

schema = json.load(open(sys.argv[1]))
document = json.load(open(sys.argv[2]))
jsonschema.Draft7Validator.check_schema(schema)
errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=str)
if errors:
    for e in errors[:10]:
        print("invalid:", e.message, "at", "/".join(map(str, e.absolute_path)))
    sys.exit(1)
print("valid: %d taxonomies, %d maps, %d cards"
      % (len(document["taxonomies"]), len(document["maps"]), len(document["cards"])))
