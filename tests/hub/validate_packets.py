#!/usr/bin/env python3
"""Validates the packets in a folder against the reporting API's JSON Schemas (draft 2020-12).

Usage: validate_packets.py SOURCE_DIR PACKET_DIR. Exit status 0 when every packet is valid, 1 when
one is not (each error printed), 3 when python3-jsonschema (with referencing) is missing: the test
then skips.
"""
import glob, json, os, sys
try:
    from jsonschema import Draft202012Validator
    from referencing import Registry, Resource
except ImportError:
    sys.exit(3)
root, packets = sys.argv[1], sys.argv[2]
schemas = [json.load(open(f, encoding="utf-8")) for f in glob.glob(os.path.join(root, "resources/schemas/reporting-*.schema.json"))]
registry = Registry().with_resources([(s["$id"], Resource.from_contents(s)) for s in schemas])
failed = 0
for path in sorted(glob.glob(os.path.join(packets, "*.json"))):
    packet = json.load(open(path, encoding="utf-8"))
    schema = next(s for s in schemas if s["$id"].endswith("/reporting-%s.schema.json" % packet["packet"]))
    validator = Draft202012Validator(schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER)
    for error in validator.iter_errors(packet):
        print("%s: %s: %s" % (os.path.basename(path), "/".join(map(str, error.absolute_path)), error.message))
        failed += 1
sys.exit(1 if failed else 0)
