/**
 * chatmask/redis: the broker stage. A consumer-group worker on Redis Streams
 * that redacts every conversation in order, exactly once, across crashes and
 * rebalances. Node-only; needs the `ioredis` peer dependency (`npm install
 * ioredis`), which this entry imports only as types: the caller hands in its client.
 */
export { createRedactionWorker, type RedactionWorker } from './worker.js'
export type { RedactionWorkerOptions, WorkerEvent } from './worker-options.js'
export type { WorkerStats } from './shard-runner.js'
export type { RedisClient } from './scripts.js'
export { addChatEvent, chatEventFields, outputStreams, type StageLayout } from './producer.js'
export { parseOutputEntry, type AmendmentEvent, type ChatEvent, type DeadLetter, type OutputEvent, type RedactedEvent } from './events.js'
export { shardKeys, shardOf, type ShardKeys } from './keys.js'
export { restoreConversation, saveConversation, type ConversationState } from '../conversation-state.js'
