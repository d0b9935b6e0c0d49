/** `chatmask worker --help`. Imports nothing, so it answers at once. */
export function workerHelpText(): string {
  return `Usage: chatmask worker --redis URL [options]

Runs one redaction worker of the broker stage (chatmask/redis) until SIGTERM
or SIGINT, then drains: the batch in hand is committed, the shard leases are
given back, and other workers take over at once. Needs the ioredis package.

Reads raw chat events from the shard streams {PREFIX:N}:in (consumer group
GROUP), writes redacted events and amendments to {PREFIX:N}:out, and events it
cannot process, with the reason, to {PREFIX:N}:dead. Every worker of a stage
must be given the same --prefix, --shards, --group and --policy.

Options:
      --redis URL          redis:// or rediss:// URL (default: $CHATMASK_REDIS_URL)
      --prefix NAME        key prefix (default: chatmask)
      --shards N           input streams (default: 16)
      --group NAME         consumer group (default: chatmask)
      --consumer NAME      this worker's name (default: host-pid-random)
      --lease-ms N         shard lease, the failover time after a crash
                           (default: 10000)
      --batch N            entries per atomic commit (default: 100)
      --state-ttl-ms N     idle conversations' state expires (default: 1 day)
      --max-deliveries N   dead-letter an entry delivered more often (default: 5)
      --pass-field NAME    an extra field copied unscanned (repeat for several);
                           other extra fields are redacted
      --drop-dead-events   keep only the reason in dead letters, not the raw event
  -p, --policy FILE        JSON options for createRedactor()
  -q, --quiet              no event log on standard error
  -h, --help               show this help

Standard error gets one JSON line per lease change, dead letter and error;
they never hold message text.
`
}
