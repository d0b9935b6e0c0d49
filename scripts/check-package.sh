#!/usr/bin/env bash
# Checks the package as it would be published. Run after `npm run build`:
#
#   npm run build && bash scripts/check-package.sh
#
# 1. `npm pack` holds only dist/, README.md, CHANGELOG.md, LICENSE and package.json
# 2. publint (strict: warnings fail too)
# 3. are-the-types-wrong: every entry point's types resolve for node10, node16 (CJS and ESM) and bundlers
# 4. the packed tarball installed into an empty project: require() and import() of every entry point work
#
# The browser bundle-size budget is checked on its own: scripts/check-bundle-size.mjs.
#
# Every check runs; the script ends with a summary and exits 1 if any failed.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

if [ ! -f dist/index.js ] || [ ! -f dist/index.cjs ]; then
  echo "dist/ is missing or incomplete: run \`npm run build\` first." >&2
  exit 1
fi

failed=()
check() {
  local name="$1"
  shift
  printf '\n== %s\n' "$name"
  if "$@"; then
    echo "ok: $name"
  else
    echo "FAILED: $name"
    failed+=("$name")
  fi
}

pack_contents() {
  # shellcheck disable=SC2016 # JavaScript for node -e: the backticks are template literals
  npm pack --dry-run --json --ignore-scripts 2>/dev/null | node -e '
    const [pack] = JSON.parse(require("fs").readFileSync(0, "utf8"));
    const allowed = (path) => path.startsWith("dist/") || ["README.md", "CHANGELOG.md", "LICENSE", "package.json"].includes(path);
    const paths = pack.files.map((file) => file.path);
    const extra = paths.filter((path) => !allowed(path));
    const missing = ["README.md", "CHANGELOG.md", "LICENSE", "package.json", "dist/index.js", "dist/index.cjs", "dist/pci.js", "dist/node.js", "dist/redis.js", "dist/redis.cjs"]
      .filter((path) => !paths.includes(path));
    console.log(`${pack.filename}: ${paths.length} files, ${(pack.size / 1024).toFixed(1)} KiB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KiB unpacked`);
    if (extra.length > 0) console.log(`not allowed in the package: ${extra.join(", ")}`);
    if (missing.length > 0) console.log(`missing from the package: ${missing.join(", ")}`);
    process.exitCode = extra.length + missing.length === 0 ? 0 : 1;
  '
}

# `--` keeps npm from reading the tools' own flags (attw --pack) as its own; --no never downloads.
publint_strict() { npx --no -- publint --strict; }
attw_all() { npx --no -- attw --pack .; }

install_and_import() {
  local tmp tarball status=0
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/chatmask-pack.XXXXXX")"
  tarball="$(npm pack --silent --ignore-scripts --pack-destination "$tmp" 2>/dev/null | tail -n 1)"
  if [ -z "$tarball" ] || [ ! -f "$tmp/$tarball" ]; then
    echo "npm pack produced no tarball"
    rm -rf "$tmp"
    return 1
  fi
  # A fresh project: only what package.json "dependencies" declares gets installed, so a
  # dependency missing from it shows up here. --prefer-offline uses npm's cache when it can.
  (
    cd "$tmp" &&
      printf '{ "name": "chatmask-pack-check", "private": true }\n' >package.json &&
      npm install --no-audit --no-fund --prefer-offline --ignore-scripts --no-package-lock "./$tarball" >install.log 2>&1
  ) || {
    echo "npm install of the tarball failed:"
    tail -n 20 "$tmp/install.log"
    rm -rf "$tmp"
    return 1
  }

  # The same assertions through require() and import(), for every entry point.
  # shellcheck disable=SC2016 # JavaScript for node -e, not shell
  local checks='
    const card = "card 4111 1111 1111 1111 exp 12/29 cvv 123";
    const masked = "card **** **** **** 1111 exp **/** cvv ***";
    const same = (actual, expected, what) => { if (actual !== expected) throw new Error(`${what}: got ${JSON.stringify(actual)}`) };
    for (const [name, entry] of [["chatmask", main], ["chatmask/pci", pci]]) {
      same(entry.createRedactor().redact(card).text, masked, `${name} redact()`);
      same(typeof entry.ChatmaskError, "function", `${name} ChatmaskError`);
      same(typeof entry.createRedactionTransformStream, "function", `${name} createRedactionTransformStream`);
      same(typeof entry.MAX_HOLD_CHARS, "number", `${name} MAX_HOLD_CHARS`);
    }
    same(typeof node.createRedactionTransform, "function", "chatmask/node createRedactionTransform");
    // chatmask/redis loads without its optional peer ioredis installed: the caller hands in a client.
    same(typeof redis.createRedactionWorker, "function", "chatmask/redis createRedactionWorker");
    same(redis.shardKeys("chatmask", 3).input, "{chatmask:3}:in", "chatmask/redis shardKeys");
    const transform = node.createRedactionTransform(main.createRedactor());
    let out = "";
    transform.on("data", (chunk) => { out += chunk });
    transform.on("end", () => { same(out, masked, "chatmask/node transform"); console.log(`${kind}: chatmask, chatmask/pci, chatmask/node, chatmask/redis ok`) });
    transform.end(card);
  '
  (cd "$tmp" && node -e "const kind = 'CJS require()'; const main = require('chatmask'), pci = require('chatmask/pci'), node = require('chatmask/node'), redis = require('chatmask/redis'); $checks") || status=1
  (cd "$tmp" && node --input-type=module -e "const kind = 'ESM import()'; const [main, pci, node, redis] = await Promise.all([import('chatmask'), import('chatmask/pci'), import('chatmask/node'), import('chatmask/redis')]); $checks") || status=1

  # The CLI, when package.json declares one.
  local bin
  bin="$(node -p 'Object.keys(require("./package.json").bin ?? {})[0] ?? ""')"
  if [ -n "$bin" ]; then
    if [ -x "$tmp/node_modules/.bin/$bin" ] && (cd "$tmp" && "./node_modules/.bin/$bin" --help >/dev/null); then
      echo "bin $bin --help: ok"
    else
      echo "bin $bin: not runnable from the installed package (is its file in dist/ and built with a shebang?)"
      status=1
    fi
  fi
  rm -rf "$tmp"
  return $status
}

check "npm pack contents" pack_contents
check "publint --strict" publint_strict
check "attw --pack ." attw_all
check "install the tarball, require() and import() every entry point" install_and_import

echo
if [ ${#failed[@]} -eq 0 ]; then
  echo "package checks: all passed"
else
  printf 'package checks failed: %s\n' "$(IFS=';'; echo "${failed[*]}")"
  exit 1
fi
