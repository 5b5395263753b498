# Sourced by scripts/test: installs and starts what the tests need, from Debian's packages.

PG_PORT="${MARQUEE_TEST_PG_PORT:-55432}"
PG_DIR="${TMPDIR:-/tmp}/marquee-test-pg"
PG_STARTED_HERE=""

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "test: '$*' needs root; install PostgreSQL, chromium and chromium-driver first" >&2; return 1; fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

ensure_packages() {
  local missing=()
  [ -n "$(pg_bin)" ] || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  [ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)   # Chinese titles in screenshots
  if [ ${#missing[@]} -gt 0 ]; then
    echo "test: installing ${missing[*]} from Debian's packages..."
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

start_postgres() {
  local bin; bin="$(pg_bin)"
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    echo "test: using the PostgreSQL already listening on 127.0.0.1:$PG_PORT"
    return 0
  fi
  local runas=()
  if [ "$(id -u)" = 0 ]; then runas=(runuser -u postgres --); fi   # initdb refuses to run as root
  as_root rm -rf "$PG_DIR"
  as_root mkdir -p "$PG_DIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$PG_DIR"
  "${runas[@]}" "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  "${runas[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  PG_STARTED_HERE="${runas[*]} $bin/pg_ctl -D $PG_DIR/data"
  echo "test: started PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  if [ -n "$PG_STARTED_HERE" ]; then
    $PG_STARTED_HERE -m fast stop >/dev/null 2>&1 || true
  fi
}

export MARQUEE_TEST_PG_URL="jdbc:postgresql://127.0.0.1:${PG_PORT}/postgres"
