import Taro from '@tarojs/taro';

/**
 * weapp: asks the user to allow one subscribe message (WeChat requires the
 * request to come from the user's tap). Declining, or no template configured,
 * is fine: the in-app 消息 still records the result.
 */
export async function askToBeNotified(templateId: string | undefined): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !templateId) return;
  await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] }).catch(() => undefined);
}

/**
 * Like askToBeNotified, answering whether the person accepted (a booking stores it, so the
 * reminder is sent only to those who said yes). h5 has no subscribe messages: false.
 */
export async function askForReminder(templateId: string | undefined): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp' || !templateId) return false;
  const r = await Taro.requestSubscribeMessage({ tmplIds: [templateId], entityIds: [] }).catch(() => null);
  return (r as Record<string, string> | null)?.[templateId] === 'accept';
}
