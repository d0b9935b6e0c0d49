/**
 * How much of a transcript may wait in memory for a later message to settle it.
 * Together these bound the CLI's memory on a transcript of any size; `--help`
 * states them.
 */

/**
 * Records (lines, rows, array items) that may wait behind the oldest unsettled
 * one. A chat's last messages stay open until the chat ends, and a file does not
 * say when a chat has ended, so in a file grouped by conversation every record
 * waits about this long behind the previous chat's tail.
 *
 * Why 1,000 and not more: a card is split across consecutive messages, at most a
 * few hundred records apart even with hundreds of chats interleaved. And waiting
 * records that live through two young-generation GCs (about 2,000 records of
 * typical chat at Node 20's default heap sizes) are promoted to the old space:
 * with 10,000 the run's peak RSS was ~190 MB, with 1,000 ~100–140 MB
 * (bench/cli-rss.sh; the spread is GC timing).
 */
export const PENDING_RECORDS_LIMIT = 1000

/**
 * Characters that may wait, for files with very long records: 4 Mi UTF-16 code
 * units is at most 8 MB of strings.
 */
export const PENDING_CHARS_LIMIT = 4 * 2 ** 20
