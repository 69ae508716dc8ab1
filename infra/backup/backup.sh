#!/usr/bin/env bash
# Backs up each service's schema with pg_dump (custom format, one file per schema).
#
#   bash infra/backup/backup.sh [-o DIR] [service ...]     (default: every service, DIR=backups)
#
# DATABASE_URL_ADMIN: a connection to the Sinergi database that may read every schema (the
# PostgreSQL owner or a backup role); default postgres://postgres@127.0.0.1:5432/sinergi.
# Prints the files written. Restore with infra/backup/restore.sh.
set -euo pipefail

SERVICES=(gateway agreements rehabilitation reintegration budgeting notifications)
URL="${DATABASE_URL_ADMIN:-postgres://postgres@127.0.0.1:5432/sinergi}"
OUT="backups"

while getopts "o:h" opt; do
  case "$opt" in
    o) OUT="$OPTARG" ;;
    *)
      sed -n '2,9p' "${BASH_SOURCE[0]}"
      exit 64
      ;;
  esac
done
shift $((OPTIND - 1))
(($# > 0)) && SERVICES=("$@")

command -v pg_dump >/dev/null || {
  echo "backup.sh: pg_dump not found (apt-get install -y postgresql-client)" >&2
  exit 2
}
mkdir -p "$OUT"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
for service in "${SERVICES[@]}"; do
  [[ "$service" =~ ^[a-z][a-z0-9_]*$ ]] || {
    echo "backup.sh: not a service name: $service" >&2
    exit 64
  }
  file="$OUT/$service-$stamp.dump"
  # --schema: only this service's tables; ownership and grants are kept so a restore needs no edits.
  pg_dump --format=custom --schema="$service" --file="$file" --dbname="$URL"
  echo "$file"
done
