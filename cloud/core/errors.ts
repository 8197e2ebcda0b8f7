import { ERROR_MESSAGES, type ApiError, type ErrorCode } from '../../contracts/errors';

/** An expected failure: reaches the caller as its code and Chinese message. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toResult(): ApiError {
    return { ok: false, code: this.code, message: this.message };
  }
}
