#!/usr/bin/env bash
# Bounded memory and linear time of the chatmask CLI where they used not to be:
# a JSON array (streamed now; it was read whole) and a text file of one long line
# (cut in pieces now; it was re-joined and re-scanned every 64 KiB), each at a
# size and at twice that size: memory must stay flat, time must double.
#
#   npm run build && bash bench/cli-memory.sh [JSON_MB] [LINE_MB]
#
# JSON_MB (default 512: runs 512 and 1024) is the size of the smaller JSON array;
# LINE_MB (default 20: runs 20 and 40) the length of the smaller line. The data
# is corpus dialogue (../shared/corpora, or filler when absent) with generated
# Luhn-valid cards, written to a temp folder removed at the end.
# Targets (issue 15): a 1 GB JSON array in well under 200 MB RSS; time linear.
#
# Needs GNU time as /usr/bin/time. CHATMASK_BIN overrides the CLI (default dist/cli/bin.js).
set -euo pipefail
cd "$(dirname "$0")/.."

json_mb="${1:-512}"
line_mb="${2:-20}"
bin="${CHATMASK_BIN:-dist/cli/bin.js}"
[ -f "$bin" ] || { echo "no $bin: run npm run build first (or set CHATMASK_BIN)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/chatmask-cli-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT

cat >"$work/generate.mjs" <<'EOF'
// node generate.mjs json SIZE_MB OUT   — a JSON array of message objects, one per line
// node generate.mjs line SIZE_MB OUT   — one line of chat text (words, cards, expiry dates), no line break
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
const [kind, sizeMb, out] = [process.argv[2], Number(process.argv[3]), process.argv[4]]
const corpora = ['../shared/corpora/sgd_dev_test.jsonl', '../shared/corpora/star_dialogues.jsonl'].filter(existsSync)
const filler = corpora.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text))
if (filler.length === 0) for (let n = 0; n < 1000; n++) filler.push(`I would like to book a table for ${n % 8 + 1} people at ${n % 12 + 1} pm, please.`)
let seed = 20261204
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
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
const stream = createWriteStream(out)
const write = async (text) => { if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve)) }
const target = sizeMb * 1e6
let written = 0
if (kind === 'json') {
  await write('[\n')
  let first = true
  for (let conversation = 0; written < target; conversation++) {
    const id = `bench-${conversation}`
    const texts = Array.from({ length: 6 + Math.floor(random() * 14) }, () => filler[Math.floor(random() * filler.length)])
    if (conversation % 10 === 0) {
      const card = pan()
      texts.splice(1, 0, `my card is ${card.slice(0, 8)}`, `${card.slice(8)} exp 0${1 + Math.floor(random() * 9)}/29`, `cvv ${100 + Math.floor(random() * 900)}`)
    }
    let chunk = ''
    texts.forEach((text, turn) => {
      chunk += `${first ? '' : ',\n'}  ${JSON.stringify({ conversation: id, turn, speaker: turn % 2 === 0 ? 'customer' : 'agent', text })}`
      first = false
    })
    written += Buffer.byteLength(chunk)
    await write(chunk)
  }
  await write('\n]\n')
} else {
  while (written < target) {
    let chunk = ''
    for (let n = 0; n < 200; n++) chunk += `${filler[Math.floor(random() * filler.length)]} ${n % 20 === 0 ? `card ${pan()} exp 12/29 ` : ''}`
    written += Buffer.byteLength(chunk)
    await write(chunk)
  }
}
await new Promise((resolve) => stream.end(resolve))
EOF

# One run: prints "seconds peak_kb".
measure() { /usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null; cat "$work/time"; }
report() { # name bytes seconds peak_kb
  awk -v n="$1" -v b="$2" -v s="$3" -v kb="$4" 'BEGIN { printf "%-28s %8.0f MB  %7.1f s  %6.1f MB/s  peak RSS %5.0f MB\n", n, b / 1e6, s, b / 1e6 / s, kb / 1000 }'
}

echo "machine: $(nproc) cores, $(node --version), $(date -u +%Y-%m-%dT%H:%M:%SZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
for kind in json line; do
  base=$([ "$kind" = json ] && echo "$json_mb" || echo "$line_mb")
  previous_s=
  for size in "$base" $((base * 2)); do
    input="$work/input-$size.$([ "$kind" = json ] && echo json || echo txt)"
    node "$work/generate.mjs" "$kind" "$size" "$input"
    bytes="$(stat -c %s "$input")"
    read -r seconds peak_kb < <(measure node "$bin" "$input" -o "$work/out")
    report "$([ "$kind" = json ] && echo "JSON array" || echo "text, one line"), $size MB" "$bytes" "$seconds" "$peak_kb"
    # Sanity: no generated card (a Visa-range PAN, 16 digits) is left whole.
    if grep -Eq '4[0-9]{15}' "$work/out"; then echo "WARNING: a card was left unmasked" >&2; fi
    if [ -n "$previous_s" ]; then awk -v a="$previous_s" -v b="$seconds" 'BEGIN { printf "  twice the input: %.2fx the time\n", b / a }'; fi
    previous_s="$seconds"
    rm -f "$input" "$work/out"
  done
done
