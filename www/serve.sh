#!/usr/bin/env bash
# Installs what is missing, builds the optimized package, and serves www/ on 127.0.0.1:8080
# (or a free port it prints) with the headers production hosting should send.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bash "$here/build.sh"
exec node "$here/tools/server.mjs"
