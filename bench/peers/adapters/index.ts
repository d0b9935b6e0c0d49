/** Every peer the benchmark and the evaluation compare chatmask with, in a fixed order. */
import { arcjetRedact } from './arcjet-redact.js'
import { openredaction } from './openredaction.js'
import type { PeerDefinition } from './peer-adapter.js'
import { redactPii } from './redact-pii.js'
import { redactpiiNode } from './redactpii-node.js'
import { removePii } from './remove-pii.js'

export const PEER_DEFINITIONS: readonly PeerDefinition[] = [redactPii, redactpiiNode, openredaction, removePii, arcjetRedact]

export type { PeerAdapter, PeerDefinition } from './peer-adapter.js'
