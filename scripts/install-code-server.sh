#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3) into .vscode-test/code-server for the
# editor end-to-end test (test/e2e/vscode.test.ts). Idempotent: a second run is a no-op.
#
# Why the environment below: code-server's postinstall refuses to run as root without
# unsafe-perm; node-pty is compiled with node-gyp against the headers of Debian's node
# (/usr/include/node); and @vscode/ripgrep would download ripgrep, which cannot be
# fetched here, so we hand it Debian's /usr/bin/rg as the archive it looks for first.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.100.3
DEST=.vscode-test/code-server
BIN="$DEST/node_modules/.bin/code-server"

if [ -x "$BIN" ] && [ -f "$DEST/.installed-$VERSION" ]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

for tool in rg python3 make g++; do
  command -v "$tool" >/dev/null || { echo "install-code-server: \`$tool\` is missing (apt-get install ripgrep python3 build-essential)" >&2; exit 1; }
done

mkdir -p "$DEST"
[ -f "$DEST/package.json" ] || echo '{"name": "pitchlint-code-server", "private": true}' > "$DEST/package.json"

# The archive @vscode/ripgrep's postinstall checks before downloading.
export TMPDIR="${TMPDIR:-/tmp}"
cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$archive" ]; then
  mkdir -p "$cache"
  staging="$(mktemp -d)"
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$archive" -C "$staging" rg
  rm -rf "$staging"
fi

nodedir=/usr
[ -f /usr/include/node/node.h ] || nodedir="$(dirname "$(dirname "$(command -v node)")")"

(
  cd "$DEST"
  npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="$nodedir" \
  npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false \
    npm install --no-save --no-package-lock "code-server@$VERSION"
)
"$BIN" --version >/dev/null
touch "$DEST/.installed-$VERSION"
echo "code-server $VERSION installed in $DEST"
