import { CodedError, isErrorCode } from '@contracts/errors';

/** A failed call as the app shows it: a stable code and a Chinese message. */
export class ApiCallError extends CodedError {
  override name = 'ApiCallError';
}

export function toApiCallError(err: unknown): ApiCallError {
  if (err instanceof ApiCallError) return err;
  const e = err as { code?: unknown; message?: unknown };
  if (isErrorCode(e?.code)) return new ApiCallError(e.code, typeof e.message === 'string' ? e.message : undefined);
  return new ApiCallError('NETWORK');
}
