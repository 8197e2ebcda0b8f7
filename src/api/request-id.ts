/**
 * A client request id, made once per submit and sent with a create: the server keys what it
 * creates on it, so a retried request (a double tap, a timeout) happens once.
 */
export const newRequestId = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
