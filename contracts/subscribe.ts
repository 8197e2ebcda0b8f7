import * as z from 'zod/mini';
import './validation';

/** WeChat template ids are 43 characters of letters, digits, `_` and `-`. */
const templateId = z.string().check(z.regex(/^[A-Za-z0-9_-]{10,64}$/, '模板编号无效'));

/**
 * The templates wx.requestSubscribeMessage answered 'accept' for, reported right after the tap:
 * each accept allows one message of that template (WeChat keeps the real count and never tells it).
 */
export const SubscribedInput = z.strictObject({
  templateIds: z.array(templateId).check(z.minLength(1, '缺少模板编号'), z.maxLength(5, '一次最多 5 个模板')),
});

export interface SubscribedResult {
  /** How many of the reported accepts were counted (ids this deployment uses, under the per-template cap). */
  counted: number;
}
