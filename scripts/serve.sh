#!/usr/bin/env bash
# Sets up what is missing, then serves the app at http://127.0.0.1:8080/ with live reload.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/setup.sh
echo "Focal Loss Lab: open http://127.0.0.1:8080/ once trunk says it is serving"
exec trunk serve "$@"
