/**
 * The sizes the CLI reads a record's values by: how many digits a value named
 * like card data may have for the name alone to mask it, and how large one
 * record, one value or one nesting may grow before it is read in parts. Each
 * bound keeps memory constant whatever the input; `--help` states them.
 */
import { MAX_PAN_DIGITS, MIN_PAN_DIGITS } from '../data/limits.js'

/**
 * A CVV/CVC/CID has 3 digits, 4 on American Express (ISO/IEC 7813 leaves the
 * length to the networks; every network prints 3 or 4). A value in a `cvv`
 * column with at most this many digits is masked whatever its shape ("7 3 7");
 * one with more ("bench-12345" in a `cid` column that holds conversation ids) is
 * not a CVV and is only scanned.
 */
export const MAX_CVV_DIGITS = 4

/** The longest expiry a column holds as digits: MMYYYY ("12/2029"), or one of its parts ("12", "2029"). */
export const MAX_EXPIRY_DIGITS = 6

/** A value in a card column is a PAN when its digits are as many as a PAN has (ISO/IEC 7812-1), Luhn or not. */
export const PAN_DIGIT_RANGE = { min: MIN_PAN_DIGITS, max: MAX_PAN_DIGITS } as const

/**
 * Characters of one record (a JSON object, a CSV row) read as one unit: its
 * values are context for each other. A larger record is read in parts of about
 * this size, each with the context of what came before it; the CVV after
 * 64 Ki characters of other values is still masked by its name.
 */
export const RECORD_PART_CHARS = 1 << 16

/**
 * A string value (JSON) or cell (CSV) longer than this is redacted on its own,
 * through a stream, piece by piece: no single value, however long, is held in
 * memory whole. (It is then not joined with other messages of its sender.)
 */
export const LONG_VALUE_CHARS = 1 << 20

/**
 * Nesting depth of JSON arrays and objects: each open level costs a few words,
 * so an input of nothing but "[[[[…" must stop somewhere. Real exports nest a
 * handful of levels.
 */
export const MAX_JSON_DEPTH = 10_000
