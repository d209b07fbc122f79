#!/usr/bin/env bash
# Starts Debian's PostgreSQL cluster on 127.0.0.1 and exports PERFEVAL_TEST_POSTGRES for the provider tests.
start_test_postgres() {
  command -v pg_lsclusters >/dev/null 2>&1 || return 1
  local SUDO="" ASPG="runuser -u postgres --"
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; ASPG="sudo -u postgres"; fi
  local cluster version name
  cluster=$(pg_lsclusters --no-header | head -n1) || return 1
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -n1)
    $SUDO pg_createcluster "$version" main >/dev/null || return 1
    cluster=$(pg_lsclusters --no-header | head -n1)
  fi
  version=$(echo "$cluster" | awk '{print $1}'); name=$(echo "$cluster" | awk '{print $2}')
  local port; port=$(echo "$cluster" | awk '{print $3}')
  if ! echo "$cluster" | grep -q online; then
    $SUDO pg_ctlcluster "$version" "$name" start || return 1
  fi
  $ASPG psql -p "$port" -q -v ON_ERROR_STOP=1 <<SQL >/dev/null || return 1
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'perfeval') THEN
    CREATE ROLE perfeval LOGIN PASSWORD 'perfeval-test' CREATEDB;
  END IF;
END \$\$;
-- DROP DATABASE … WITH (FORCE) after a test must also stop an autovacuum worker that happens to be in the database.
GRANT pg_signal_backend TO perfeval;
SQL
  export PERFEVAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=perfeval;Password=perfeval-test;Database=postgres"
  echo "PostgreSQL $version/$name on 127.0.0.1:$port for provider tests"
}
