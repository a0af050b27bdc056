#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the tests and print the lines that point the
# tests at it:  eval "$(bash .ci/start-postgres.sh)"
#
# The cluster lives in a temporary folder, listens on 127.0.0.1 only (a free port, or
# PG_PORT), and is started as an unprivileged user (PostgreSQL refuses to run as root):
# the current user, or `postgres` (else `nobody`) when run as root. It prints
#   PAYDESK_TEST_POSTGRES_URL   the connection string the tests read
#   PAYDESK_TEST_POSTGRES_STOP  a command that stops the cluster and deletes its folder
# so `eval "$PAYDESK_TEST_POSTGRES_STOP"` ends it.
set -euo pipefail

bin_dir="${PG_BIN:-}"
if [[ -z "$bin_dir" ]]; then
  if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
    bin_dir="$(pg_config --bindir)"
  else
    bin_dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  fi
fi
if [[ -z "$bin_dir" || ! -x "$bin_dir/initdb" ]]; then
  echo "No PostgreSQL server found (install Debian's 'postgresql' package, or set PG_BIN)" >&2
  exit 1
fi

run_as=()
if [[ "$(id -u)" == "0" ]]; then
  user=postgres
  id -u "$user" >/dev/null 2>&1 || user=nobody
  run_as=(runuser -u "$user" --)
fi

root="$(mktemp -d "${TMPDIR:-/tmp}/paydesk-pg.XXXXXX")"
chmod 755 "$root"
[[ ${#run_as[@]} -gt 0 ]] && chown "$user" "$root"
password="paydesk-test-$RANDOM$RANDOM"
printf '%s\n' "$password" >"$root/pwfile"
[[ ${#run_as[@]} -gt 0 ]] && chown "$user" "$root/pwfile"
port="${PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"

"${run_as[@]}" "$bin_dir/initdb" -D "$root/data" -U paydesk --pwfile="$root/pwfile" \
  --auth=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log" 2>&1 \
  || { cat "$root/initdb.log" >&2; exit 1; }
"${run_as[@]}" "$bin_dir/pg_ctl" -D "$root/data" -l "$root/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $root -c fsync=off -c max_connections=200" \
  start >/dev/null || { cat "$root/server.log" >&2; exit 1; }
PGPASSWORD="$password" "$bin_dir/psql" -h 127.0.0.1 -p "$port" -U paydesk -d postgres \
  -qc "CREATE DATABASE paydesk_test" >/dev/null

echo "export PAYDESK_TEST_POSTGRES_URL='postgresql://paydesk:$password@127.0.0.1:$port/paydesk_test'"
echo "export PAYDESK_TEST_POSTGRES_STOP='${run_as[*]} $bin_dir/pg_ctl -D $root/data stop -m fast >/dev/null; rm -rf $root'"
