/**
 * How much the local cloud takes on at once. Beyond these it answers busy (503) or
 * closes connections, instead of queueing without bound until memory or file
 * descriptors run out.
 */
export interface ServerLimits {
  /** Function calls and uploads running at once. */
  maxConcurrent: number;
  /** Calls waiting for a running slot; one more is answered 503 RATE_LIMITED. */
  maxQueued: number;
  /** Longest a call waits in the queue before it is answered busy. */
  queueTimeoutMs: number;
  /** Open connections; more are closed as they arrive. */
  maxConnections: number;
  /** Time to receive a request's headers, and the whole request. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** A connection with no traffic at all (e.g. one that never sends a request) is closed after this. */
  idleTimeoutMs: number;
  /** Dev sign-ins per remote address per minute. */
  loginsPerMinute: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  maxConcurrent: 32,
  maxQueued: 256,
  queueTimeoutMs: 10_000,
  maxConnections: 512, // well under a 1024 file-descriptor limit
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleTimeoutMs: 60_000, // longer than a function may run (20 s) plus its wait in the queue
  loginsPerMinute: 30,
};
