import { useCallback, useState } from 'react';

/** A client request id: the server creates (or decides) once per id, so a double tap or a retry happens once. */
export const newRequestId = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;

/**
 * One id per attempt: kept across retries of the same attempt (a timeout, a second tap), renewed
 * once the attempt succeeded so that the next one is a new request.
 */
export function useRequestId(): { requestId: string; renew: () => void } {
  const [requestId, setRequestId] = useState(newRequestId);
  const renew = useCallback(() => setRequestId(newRequestId()), []);
  return { requestId, renew };
}
