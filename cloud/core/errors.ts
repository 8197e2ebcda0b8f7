import { CodedError, type ApiError } from '../../contracts/errors';

/** An expected failure: reaches the caller as its code and Chinese message. */
export class AppError extends CodedError {
  override name = 'AppError';

  toResult(): ApiError {
    return { ok: false, code: this.code, message: this.message };
  }
}
