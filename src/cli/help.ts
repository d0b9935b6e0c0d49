/**
 * The `--help` and `--version` texts. Imported eagerly by `main.ts`, so this file
 * imports nothing of the engine: `chatmask --help` answers at once.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { DEFAULT_CONVERSATION_FIELDS, DEFAULT_SPEAKER_FIELDS, DEFAULT_TEXT_FIELDS } from './message-fields.js'
import { PENDING_CHARS_LIMIT, PENDING_RECORDS_LIMIT } from './pending-limits.js'

/** `chatmask --version`. */
export function versionText(): string {
  return `chatmask ${packageJson.version}\n`
}

const list = (names: readonly string[]): string => names.join(', ')

/** `chatmask --help`. */
export function helpText(): string {
  const records = PENDING_RECORDS_LIMIT.toLocaleString('en-US')
  const chars = PENDING_CHARS_LIMIT / 2 ** 20
  return `Usage: chatmask [options] [file...]

Masks payment-card numbers, expiry dates and CVVs (and the other data the
library detects) in chat transcripts. Reads standard input when no file is
given (or for "-") and writes standard output unless told otherwise.

Output:
  -o, --output FILE        write to FILE, whole or not at all (several inputs
                           are concatenated in order)
  -i, --in-place           rewrite each file: a temp file beside it is written,
                           synced and renamed over it, so on any error or crash
                           the original is left untouched; a file with nothing
                           to redact is not rewritten
  -c, --check              write nothing; list FILE:LINE:TYPE for each finding
                           (never the value) and exit 1 if anything was found
      --report[=FILE]      write a JSON summary (counts per type and per file)
                           to standard error, or to FILE with the "=" form
  -q, --quiet              no progress bar and no --check listing

Input:
  -f, --format FORMAT      text, jsonl, json or csv; default: from the extension
                           (.jsonl/.ndjson, .json, .csv; anything else is text)
      --field NAME         the field (CSV: column) holding message text; repeat
                           for several. Default: the first of
                           ${list(DEFAULT_TEXT_FIELDS)}
      --conversation-key NAME
                           default: the first of
                           ${list(DEFAULT_CONVERSATION_FIELDS)}
      --speaker-key NAME   default: the first of
                           ${list(DEFAULT_SPEAKER_FIELDS)}
  -p, --policy FILE        JSON options for createRedactor(), e.g.
                           {"policies": {"card_number": {"action": "replace"}}}

Run:
  -j, --jobs N             files redacted at once, each in its own thread
                           (default: one per CPU core, at most one per file)
  -h, --help               show this help
  -v, --version            show the version

Formats:
  text   Each line is read as the next message of one sender, so a card number
         split across lines is still found; lines and line endings are kept.
  jsonl  One JSON object per line. Only the text field changes; every other
         field, and every line with nothing to redact, is written back byte for
         byte.
  json   One document, read whole into memory (use JSONL for very large files).
         An array of message objects is redacted like JSONL; any other document
         has every string value redacted (only the --field names, if given).
  csv    RFC 4180, first row is the header; only the text columns change, and
         rows with nothing to redact are written back byte for byte.
  Without --field, a JSONL line or JSON item with none of the default text
  fields has every string value in it redacted, and a CSV file with no such
  column has every cell redacted: an unexpected shape never leaks.

Conversations (jsonl, json, csv):
  Messages are grouped by conversation key in file order; a card number split
  across consecutive messages of one sender, or a CVV sent in the next message,
  is found and masked in every message. Conversations may be interleaved.
  Memory stays bounded: a line is written as soon as no later message can change
  it, and a conversation is closed as if it had ended once ${records} records pass
  without a message from it, or sooner if ${records} records (or ${chars} Mi characters)
  wait behind its oldest open line. Messages farther apart are not joined.

Exit status:
  0  done (with --check: nothing found)
  1  --check found something
  2  usage error, or a bad --policy file
  3  an input could not be read or parsed (missing, a directory, no permission,
     binary, not UTF-8, malformed), or an output could not be written

Errors name the file and line but never quote the input.
`
}
