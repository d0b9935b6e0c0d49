/**
 * The `--help` and `--version` texts. Imported eagerly by `main.ts`, so this file
 * imports nothing of the engine: `chatmask --help` answers at once.
 */
import packageJson from '../../package.json' with { type: 'json' }
import { FINDING_TYPES } from '../policies/finding-types.js'
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
       chatmask worker --redis URL [options]   (see chatmask worker --help)
       chatmask detokenize --keys FILE [INPUT …] | chatmask forget --keys FILE --scope ID   (see --help of each)

Masks payment-card numbers, expiry dates and CVVs (and the other data the
library detects) in chat transcripts. Reads standard input when no file is
given (or for "-") and writes standard output unless told otherwise.

Output:
  -o, --output FILE        write to FILE, whole or not at all (several inputs
                           are concatenated in order)
  -i, --in-place           rewrite each file: a temp file beside it is written,
                           synced and renamed over it, so on any error or crash
                           the original is left untouched; a file with nothing
                           to redact is not rewritten. A file with other hard
                           links is refused (exit 4): renaming would leave the
                           original text under the other names
      --force-links        with --in-place, rewrite such a file through all its
                           links (its contents are replaced; not atomic)
  -c, --check              write nothing; list FILE:LINE:TYPE for each finding
                           (never the value) and exit 1 if anything was found;
                           TYPE is one of ${FINDING_TYPES.slice(0, 4).join(', ')},
                           ${FINDING_TYPES.slice(4).join(', ')}
      --report[=FILE]      write a JSON summary (counts per type and per file)
                           to standard error, or to FILE with the "=" form
  -q, --quiet              no progress bar and no --check listing

Input:
  -f, --format FORMAT      text, jsonl, json or csv; default: from the extension
                           (.jsonl/.ndjson, .json, .csv; anything else is text)
      --field NAME         read only this field (CSV: column) and what is nested
      --fields A,B         in it, as message text; repeat for several. Default:
                           every value is read, and the first of
                           ${list(DEFAULT_TEXT_FIELDS)}
                           is the message text
      --conversation-key NAME
                           default: the first of
                           ${list(DEFAULT_CONVERSATION_FIELDS)}
      --speaker-key NAME   default: the first of
                           ${list(DEFAULT_SPEAKER_FIELDS)}
  -p, --policy FILE        JSON options for createRedactor(), e.g.
                           {"policies": {"card_number": {"action": "replace"}}};
                           "now": "2026-11-24" judges expiry dates as of that day

Run:
  -j, --jobs N             files redacted at once, each in its own thread
                           (default: one per CPU core, at most one per file)
  -h, --help               show this help
  -v, --version            show the version

Formats:
  text   Each line is read as the next message of one sender, so a card number
         split across lines is still found; lines and line endings are kept.
         A line of any length is read in pieces, in linear time.
  jsonl  One JSON value per line. Every string and number in it is read (a
         number as written: a 16-digit card is never rounded; one that must
         change is written as a string), and every key.
  json   One document, streamed (a 1 GB array needs no more memory than a
         line): every value read as in jsonl. Objects that are array items (or
         the document) are records; an item's text field is a message.
  csv    RFC 4180, first row the header. Every cell is read, extra cells past
         the header's width too.
  Only changed values are rewritten; every other byte, and every record with
  nothing to redact, is written back as it was. UTF-8, or UTF-16 with a byte
  order mark (written back as UTF-16).

Records as context (jsonl, json, csv):
  A key or column named like card data (card, card_number, pan, cc, exp,
  expiry, cvv, cvc, security_code, ... in every language the detectors know)
  makes its value that data: a bare 737 under "cvv" is a CVV. A card in one
  cell makes the record's other cells its expiry and CVV. With --field, only
  the named fields are read.

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
     binary, not UTF-8 or UTF-16, malformed), or an output could not be written
  4  --in-place refused a file with other hard links (see --force-links)

Errors name the file and line but never quote the input.
`
}
