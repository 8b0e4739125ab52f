#!/usr/bin/env python3
"""Validates the endpoints files given against endpoints.schema.json (draft 2020-12).

Usage: validate_endpoint_examples.py SOURCE_DIR [--invalid] FILE... Exit status 0 when every file
is valid (with --invalid: when every file is refused), 1 otherwise (each finding printed), 3 when
python3-jsonschema is missing: tst_endpointfile then skips.
"""
import json, os, sys
try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit(3)
root = sys.argv[1]
invalid = "--invalid" in sys.argv[2:]
files = [f for f in sys.argv[2:] if f != "--invalid"]
schema = json.load(open(os.path.join(root, "resources/schemas/endpoints.schema.json"), encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
failed = 0
for path in files:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    if invalid and not errors:
        print("%s: the schema accepts it" % path)
        failed += 1
    if not invalid:
        for error in errors:
            print("%s: %s: %s" % (path, "/".join(map(str, error.absolute_path)), error.message))
            failed += 1
sys.exit(1 if failed else 0)
