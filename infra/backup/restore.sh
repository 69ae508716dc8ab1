#!/usr/bin/env bash
# Restores one service's schema from a file written by infra/backup/backup.sh, replacing what the
# schema holds now, in one transaction (nothing changes if any statement fails).
#
#   bash infra/backup/restore.sh <service> <file>
#
# DATABASE_URL_ADMIN: a connection to the target database as its owner (default
# postgres://postgres@127.0.0.1:5432/sinergi). The service's role must exist there (provision the
# database first: node infra/postgres/provision.js); stop the service, or scale it to 0, before.
set -euo pipefail

URL="${DATABASE_URL_ADMIN:-postgres://postgres@127.0.0.1:5432/sinergi}"
if (($# != 2)); then
  sed -n '2,9p' "${BASH_SOURCE[0]}" >&2
  exit 64
fi
service="$1"
file="$2"
[[ "$service" =~ ^[a-z][a-z0-9_]*$ ]] || {
  echo "restore.sh: not a service name: $service" >&2
  exit 64
}
[[ -r "$file" ]] || {
  echo "restore.sh: cannot read $file" >&2
  exit 66
}
command -v pg_restore >/dev/null || {
  echo "restore.sh: pg_restore not found (apt-get install -y postgresql-client)" >&2
  exit 2
}
# --clean --if-exists drops the schema's current objects (and the schema) before recreating them.
pg_restore --clean --if-exists --single-transaction --exit-on-error \
  --dbname="$URL" "$file"
echo "restored schema $service from $file"
