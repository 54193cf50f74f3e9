#!/usr/bin/env bash
# Install (when missing) and start Debian's PostgreSQL, with a `dateline` role that may create databases.
# Run as root (CI does). Prints the DSN the tests use; `.ci/run` exports it as DATELINE_TEST_POSTGRES.
#   eval "$(bash scripts/start_postgres.sh)"
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
  pg_createcluster "$version" main >&2
fi
pg_ctlcluster "$version" main start >&2 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
  su postgres -c "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
if ! su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'dateline'\"" | grep -q 1; then
  su postgres -c "psql -p $port -qc \"CREATE ROLE dateline LOGIN PASSWORD 'dateline' CREATEDB\"" >&2
fi
echo "export DATELINE_TEST_POSTGRES=postgresql://dateline:dateline@127.0.0.1:$port/postgres"
