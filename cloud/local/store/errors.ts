/**
 * Errors raised by the embedded store. `code` mirrors the CloudBase error code
 * the SDK would receive from the real service, so callers can branch on it.
 */
export type StoreErrorCode =
  | 'DATABASE_DUPLICATE_WRITE'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_NOT_FOUND'
  | 'DATABASE_REQUEST_FAILED'
  | 'INVALID_PARAM'
  | 'LOCALCLOUD_UNINDEXED_QUERY'
  | 'LOCALCLOUD_DATA_LOCKED'
  | 'LOCALCLOUD_CORRUPT_JOURNAL';

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
