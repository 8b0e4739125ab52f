#!/usr/bin/env python3
"""Validates wall layouts or playlists against a JSON Schema (draft 2020-12).

Usage: validate_wall_examples.py SCHEMA FILE... Exit status 0 when every file is valid, 1 otherwise
(each finding printed), 3 when python3-jsonschema is missing: tst_walllayout then skips.
"""
import json, sys
try:
    from jsonschema import Draft202012Validator
except ImportError:
    sys.exit(3)
schema = json.load(open(sys.argv[1], encoding="utf-8"))
Draft202012Validator.check_schema(schema)
validator = Draft202012Validator(schema)
failed = 0
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        print("%s: %s: %s" % (path, "/".join(map(str, error.absolute_path)), error.message))
        failed += 1
sys.exit(1 if failed else 0)
