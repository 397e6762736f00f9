#!/usr/bin/env bash
# Set up with the dev tools, then lint, type-check and run the whole test suite
# (PostgreSQL tests use $BASTION_TEST_POSTGRES_URL, default the local server).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --dev
export BASTION_TEST_POSTGRES_URL="${BASTION_TEST_POSTGRES_URL:-postgresql://postgres@127.0.0.1:5432/test}"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null && command -v pg_ctlcluster >/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main start || true
fi
.venv/bin/ruff check src tests benchmarks
.venv/bin/ruff format --check src tests benchmarks
.venv/bin/mypy
.venv/bin/pytest "$@"
