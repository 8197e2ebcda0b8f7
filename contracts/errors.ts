/**
 * Every error a caller can receive: a stable code to branch on, and a Chinese
 * message fit to show a user. Shared by the cloud functions and the app.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容有误，请检查后重试',
  UNKNOWN_ACTION: '不支持的操作',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  NOT_FOUND: '内容不存在或已被删除',
  CONFLICT: '操作冲突，请刷新后重试',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  NETWORK: '网络不给力，请检查网络后重试',
  INTERNAL: '服务器开小差了，请稍后再试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  ok: false;
  code: ErrorCode;
  message: string;
}

export interface ApiSuccess<T> {
  ok: true;
  data: T;
  /**
   * The caller's own uploaded images in this answer that WeChat's content check has not passed
   * (fileID → pending 审核中 / rejected 未通过): others do not see them yet, or ever.
   */
  imageReview?: Record<string, 'pending' | 'rejected'>;
}

/** What every cloud-function action returns. */
export type ApiResult<T> = ApiSuccess<T> | ApiError;

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_MESSAGES, code);
}

/** An error with a stable code and a Chinese message: the cloud throws it, the app shows it. */
export class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = ERROR_MESSAGES[code],
  ) {
    super(message);
  }
}
