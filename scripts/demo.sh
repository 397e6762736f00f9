#!/usr/bin/env bash
# Set up, then run the main job on the embedded default: the shipped policy and
# detectors, a SQLite decision log. Scans examples/items.jsonl, writes
# out/decisions.jsonl, and verifies the decision log's hash chain.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export BASTION_DATABASE_URL="${BASTION_DATABASE_URL:-sqlite:///$PWD/out/bastion.db}"
mkdir -p out
.venv/bin/bastion policy check
.venv/bin/bastion scan-batch examples/items.jsonl -o out/decisions.jsonl
.venv/bin/python - <<'PY'
import collections, json
rows = [json.loads(line) for line in open("out/decisions.jsonl", encoding="utf-8")]
actions = collections.Counter(r.get("action", "error") for r in rows)
print(f"{len(rows)} items -> " + ", ".join(f"{a}: {n}" for a, n in sorted(actions.items())))
for r in rows:
    what = r.get("error") or f"{r['action']:<16} {','.join(r['flagged']) or '-'}"
    print(f"  {str(r['id']):<8} {what}")
PY
.venv/bin/bastion audit verify
echo "decisions: out/decisions.jsonl   decision log: $BASTION_DATABASE_URL"
