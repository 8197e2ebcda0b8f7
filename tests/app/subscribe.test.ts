import Taro from '@tarojs/taro';
import { setTransport } from '../../src/api/client';
import { askForReminder, askToBeNotified } from '../../src/api/subscribe';

// Every accept must reach the server: the reminder job sends only against one it has counted.
describe('subscribe messages (weapp)', () => {
  const env = process.env.TARO_ENV;
  let transport: jest.Mock;
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
    transport = jest.fn().mockResolvedValue({ ok: true, data: null });
    setTransport(transport);
  });
  afterEach(() => {
    process.env.TARO_ENV = env;
  });
  const answer = (a: Record<string, string>) =>
    ((Taro as unknown as { requestSubscribeMessage: unknown }).requestSubscribeMessage = jest.fn().mockResolvedValue(a));

  it('a booking reminder accepted is reported to messages.subscribed and answers true', async () => {
    answer({ tpl_booking: 'accept' });
    await expect(askForReminder('tpl_booking')).resolves.toBe(true);
    expect(transport).toHaveBeenCalledWith('messages', 'subscribed', { templateIds: ['tpl_booking'] });
  });

  it('a refusal reports nothing and answers false', async () => {
    answer({ tpl_booking: 'reject' });
    await expect(askForReminder('tpl_booking')).resolves.toBe(false);
    expect(transport).not.toHaveBeenCalled();
  });

  it('reports only the templates accepted out of several', async () => {
    answer({ a: 'accept', b: 'reject' });
    await expect(askToBeNotified('a', 'b', undefined)).resolves.toEqual(['a']);
    expect(transport).toHaveBeenCalledTimes(1);
  });
});
