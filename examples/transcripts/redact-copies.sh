#!/usr/bin/env bash
# Redacts a folder of chat transcripts with the chatmask CLI, on copies: the
# originals here are left as they are. Shows what changed, line by line.
#
#   npm run build && bash examples/transcripts/redact-copies.sh [OUT_DIR]
#
# OUT_DIR defaults to a new temporary folder. CHATMASK_CLI overrides the command
# (e.g. CHATMASK_CLI="node --import tsx src/cli/bin.ts" runs the CLI from source).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$(mktemp -d "${TMPDIR:-/tmp}/chatmask-transcripts.XXXXXX")}"
mkdir -p "$out"
cp "$here"/*.jsonl "$out"/

# `npx --no` runs this package's own bin (package.json "bin") and never installs
# anything from the registry; `--` keeps npm from taking the CLI's flags for its own
# (after `--no`, npm would swallow --in-place). In a project that depends on
# chatmask, `npx chatmask --in-place …` does the same.
read -r -a cli <<<"${CHATMASK_CLI:-npx --no -- chatmask}"
"${cli[@]}" --in-place "$out"/*.jsonl

for file in "$out"/*.jsonl; do
  name="$(basename "$file")"
  echo "== $name"
  # diff exits 1 when the files differ, which is the point here.
  diff --unchanged-line-format='' --old-line-format='  before: %L' --new-line-format='  after:  %L' "$here/$name" "$file" || true
done
echo "redacted copies are in $out"
