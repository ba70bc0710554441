#!/bin/sh
# Validates the native JSON of every sample (and of the samples together),
# and the hand-written timelines in tests/data, against
# docs/timeline.schema.json with Debian's python3-jsonschema.
set -u
T=$1
SRC=$2
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
if ! /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
  echo "SKIP: python3-jsonschema is not installed (make deps installs it)"
  exit 77
fi
"$T" extract -q "$SRC"/samples/*.txt -f json -o "$W/all.json" || exit 1
"$T" extract -q --undated "$SRC"/samples/*.txt -f json -o "$W/undated.json" || exit 1
/usr/bin/python3 - "$SRC/docs/timeline.schema.json" "$W/all.json" "$W/undated.json" \
  "$SRC"/tests/data/*.json <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
v = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    doc = json.load(open(path))
    assert doc['events'] or path.endswith('empty.json'), path + ': no events'
    for e in v.iter_errors(doc):
        bad += 1
        print(path, list(e.absolute_path), e.message)
# the schema must reject what is wrong, too
broken = json.load(open(sys.argv[2]))
broken['events'][0]['when']['precision'] = 'fortnightly'
assert not v.is_valid(broken), 'schema accepted a bad precision'
print('schema: %d errors' % bad)
sys.exit(1 if bad else 0)
PY
