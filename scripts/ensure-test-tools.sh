#!/usr/bin/env bash
# Runs before `npm test`: installs the two tools outside npm that the tests use, only when they are missing,
# so that `npm test` works on a fresh machine. networkx reads the GraphML export back; Debian's chromium drives the
# Neo4j Browser test. Java 17+ and Maven (for the Neo4j server) are checked by the integration setup itself.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c 'import networkx' >/dev/null 2>&1; then
  echo "newsgraph: installing networkx for the GraphML round-trip test (python3 -m pip install -r requirements-dev.txt)" >&2
  python3 -m pip install --quiet -r requirements-dev.txt
fi

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "newsgraph: the browser test needs Debian's chromium; install it as root: apt-get install -y chromium" >&2
      exit 1
    fi
    SUDO="sudo"
  fi
  echo "newsgraph: installing Debian's chromium for the Neo4j Browser test (apt-get install chromium)" >&2
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
