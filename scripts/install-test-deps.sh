#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, when missing: Debian's Chromium for the
# dashboard's browser tests, and PostgreSQL's server binaries for the PostgreSQL store's contract
# tests (they start their own server with initdb and pg_ctl; no service is enabled or started here).
# Idempotent; needs root (or sudo) and apt-get.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Debian puts the server binaries in /usr/lib/postgresql/N/bin, off PATH; initdb on PATH also counts.
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && ! command -v initdb >/dev/null 2>&1; then
  missing+=(postgresql)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "install-test-deps: installing ${missing[*]}" >&2
$sudo apt-get update -qq
# policy-rc.d: the package's own cluster service is not started (the tests run their own server).
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod +x /usr/sbin/policy-rc.d
  trap '$sudo rm -f /usr/sbin/policy-rc.d' EXIT
fi
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
