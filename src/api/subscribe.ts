import Taro from '@tarojs/taro';
import { call } from './client';

/**
 * weapp: asks the person to allow subscribe messages (WeChat requires the request to come from
 * their tap), then tells the server which templates they accepted: each accept allows the server
 * exactly one message of that template, and it sends none without one. Declining, or no template
 * configured in this build, is fine: the in-app 消息 still records everything.
 */
export async function askToBeNotified(...templateIds: Array<string | undefined>): Promise<string[]> {
  const ids = [...new Set(templateIds.filter((id): id is string => !!id))];
  if (process.env.TARO_ENV !== 'weapp' || ids.length === 0) return [];
  const answer = (await Taro.requestSubscribeMessage({ tmplIds: ids, entityIds: [] }).catch(() => null)) as Record<string, string> | null;
  const accepted = ids.filter((id) => answer?.[id] === 'accept');
  if (accepted.length) await call('messages', 'subscribed', { templateIds: accepted }).catch(() => undefined);
  return accepted;
}

/**
 * askToBeNotified for one template, answering whether the person accepted (a booking stores it).
 * The accept is reported to the server as well: the reminder job sends only against one.
 * h5 has no subscribe messages: false.
 */
export async function askForReminder(templateId: string | undefined): Promise<boolean> {
  return !!templateId && (await askToBeNotified(templateId)).includes(templateId);
}
