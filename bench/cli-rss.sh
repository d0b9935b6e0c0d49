#!/usr/bin/env bash
# Peak memory and speed of the chatmask CLI on a large JSONL transcript, and the
# speed-up of --jobs 2 over --jobs 1 on several files.
#
#   npm run build && bash bench/cli-rss.sh [SIZE_MB] [FILES]
#
# SIZE_MB (default 1024) is the size of the generated transcript; FILES (default
# 4) is how many files the same amount of data is cut into for the --jobs run.
# Targets (issue #5): peak RSS < 150 MB; >= 1.6x speed-up with --jobs 2 on 2 cores.
#
# The transcript is real dialogue (../shared/corpora/*.jsonl, or synthetic filler
# when that folder is absent) in conversations grouped as chat exports are, with
# generated Luhn-valid card numbers split across two customer messages, expiry
# dates and CVVs in the next message. It is written to a temp folder that is
# removed at the end.
#
# Needs GNU time as /usr/bin/time (Debian/Ubuntu: apt-get install -y time).
# CHATMASK_BIN overrides the CLI (default: dist/cli/bin.js). RUNS=N (default 1)
# times each --jobs setting N times, alternating, and keeps the fastest: on a
# machine shared with other work, the least disturbed run is the fair one.
set -euo pipefail
cd "$(dirname "$0")/.."

size_mb="${1:-1024}"
files="${2:-4}"
bin="${CHATMASK_BIN:-dist/cli/bin.js}"
[ -f "$bin" ] || { echo "no $bin: run npm run build first (or set CHATMASK_BIN)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/chatmask-cli-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cat >"$work/generate.mjs" <<'EOF'
// Writes SIZE_MB of JSONL to OUT (or FILES files OUT.0 … with the same total).
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
const [sizeMb, out, files] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] ?? 1)]
const corpora = ['../shared/corpora/sgd_dev_test.jsonl', '../shared/corpora/star_dialogues.jsonl'].filter(existsSync)
const filler = corpora.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text))
if (filler.length === 0) for (let n = 0; n < 1000; n++) filler.push(`I would like to book a table for ${n % 8 + 1} people at ${n % 12 + 1} pm, please.`)
let seed = 20261124
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
/** A Visa-range PAN with a valid Luhn check digit. */
function pan() {
  let body = '4'
  while (body.length < 15) body += Math.floor(random() * 10)
  let sum = 0
  for (let i = 0; i < 15; i++) {
    let digit = Number(body[14 - i])
    if (i % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2
    sum += digit
  }
  return body + ((10 - (sum % 10)) % 10)
}
const perFile = (sizeMb * 1e6) / files
let conversation = 0
for (let index = 0; index < files; index++) {
  const stream = createWriteStream(files === 1 ? out : `${out}.${index}`)
  let written = 0
  while (written < perFile) {
    const id = `bench-${conversation++}`
    const lines = []
    const turns = 6 + Math.floor(random() * 14)
    for (let turn = 0; turn < turns; turn++) {
      const speaker = turn % 2 === 0 ? 'customer' : 'agent'
      lines.push({ conversation: id, turn, speaker, text: filler[Math.floor(random() * filler.length)] })
    }
    if (conversation % 10 === 0) {
      const card = pan()
      const at = 1 + Math.floor(random() * (turns - 1))
      lines.splice(at, 0,
        { conversation: id, turn: at, speaker: 'customer', text: `sure, my card is ${card.slice(0, 4)} ${card.slice(4, 8)}` },
        { conversation: id, turn: at, speaker: 'customer', text: `${card.slice(8, 12)} ${card.slice(12)}` },
        { conversation: id, turn: at, speaker: 'customer', text: `exp 0${1 + Math.floor(random() * 9)}/29 and the cvv is ${100 + Math.floor(random() * 900)}` })
    }
    const text = lines.map((line) => JSON.stringify(line)).join('\n') + '\n'
    written += Buffer.byteLength(text)
    if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve))
  }
  await new Promise((resolve) => stream.end(resolve))
}
EOF

echo "generating ${size_mb} MB of JSONL in $work …"
node "$work/generate.mjs" "$size_mb" "$work/transcript.jsonl" 1
bytes="$(stat -c %s "$work/transcript.jsonl")"

# One run: prints "seconds peak_kb".
measure() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null; cat "$work/time"; }

echo "== one file, $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB: node $bin transcript.jsonl -o out.jsonl"
read -r seconds peak_kb < <(measure node "$bin" "$work/transcript.jsonl" -o "$work/out.jsonl")
awk -v s="$seconds" -v kb="$peak_kb" -v b="$bytes" 'BEGIN { printf "peak RSS %.0f MB, %.1f s, %.1f MB/s\n", kb / 1000, s, b / 1e6 / s }'
# Sanity: every card was masked (the generated ones all start with 4 and have 16 digits).
if grep -Eq '"text":"[^"]*4[0-9]{3} [0-9]{4}"' "$work/out.jsonl"; then echo "WARNING: a card prefix was left unmasked" >&2; fi
rm -f "$work/out.jsonl"

echo "== ${files} files, same data: --in-place with --jobs 1 and --jobs 2 ($(nproc) cores), best of ${RUNS:-1}"
node "$work/generate.mjs" "$size_mb" "$work/part" "$files"
rm -f "$work/transcript.jsonl"
best_1=; best_2=
for run in $(seq 1 "${RUNS:-1}"); do
  for jobs in 1 2; do
    mkdir -p "$work/jobs$jobs"
    for index in $(seq 0 $((files - 1))); do cp "$work/part.$index" "$work/jobs$jobs/part-$index.jsonl"; done
    read -r seconds peak_kb < <(measure node "$bin" --in-place --jobs "$jobs" "$work/jobs$jobs"/*.jsonl)
    awk -v r="$run" -v j="$jobs" -v s="$seconds" -v kb="$peak_kb" -v b="$bytes" 'BEGIN { printf "run %d --jobs %d: %.1f s, %.1f MB/s, peak RSS %.0f MB\n", r, j, s, b / 1e6 / s, kb / 1000 }'
    best="best_$jobs"
    if [ -z "${!best}" ] || awk -v s="$seconds" -v b="${!best}" 'BEGIN { exit !(s < b) }'; then printf -v "$best" '%s' "$seconds"; fi
    rm -rf "$work/jobs$jobs"
  done
done
awk -v one="$best_1" -v two="$best_2" -v b="$bytes" 'BEGIN { printf "best: --jobs 1 %.1f s (%.1f MB/s), --jobs 2 %.1f s (%.1f MB/s): speed-up %.2fx\n", one, b / 1e6 / one, two, b / 1e6 / two, one / two }'
