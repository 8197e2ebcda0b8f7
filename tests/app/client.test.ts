import { call, setTransport } from '../../src/api/client';
import { ApiCallError } from '../../src/api/errors';
import { imageReviewOf } from '../../src/api/image-review';

jest.useFakeTimers();

/** Runs the retry timers to the end; the outcome is captured first so a rejection is never left unhandled. */
async function settle<T>(p: Promise<T>): Promise<T> {
  const outcome = p.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  await jest.runAllTimersAsync();
  const o = await outcome;
  if ('error' in o) throw o.error;
  return o.value;
}

describe('api client', () => {
  it('retries a read after a network failure and returns its data', async () => {
    const transport = jest
      .fn()
      .mockRejectedValueOnce(new Error('timeout'))
      .mockResolvedValueOnce({ ok: true, data: { branches: 1 } });
    setTransport(transport);
    await expect(settle(call('org', 'listBranches'))).resolves.toEqual({ branches: 1 });
    expect(transport).toHaveBeenCalledTimes(2);
  });

  it('gives up on a read after three attempts with the network message', async () => {
    const transport = jest.fn().mockRejectedValue(new Error('offline'));
    setTransport(transport);
    const p = call('account', 'whoami');
    await expect(settle(p)).rejects.toMatchObject({ code: 'NETWORK', message: '网络不给力，请检查网络后重试' });
    expect(transport).toHaveBeenCalledTimes(3);
  });

  it('never retries a write, which might already have happened', async () => {
    const transport = jest.fn().mockRejectedValue(new Error('offline'));
    setTransport(transport);
    await expect(settle(call('account', 'cancelJoin'))).rejects.toBeInstanceOf(ApiCallError);
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('surfaces the server code and Chinese message without retrying', async () => {
    const transport = jest.fn().mockResolvedValue({ ok: false, code: 'FORBIDDEN', message: '只能查看本支部的申请' });
    setTransport(transport);
    await expect(settle(call('org', 'listJoinRequests'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '只能查看本支部的申请',
    });
    expect(transport).toHaveBeenCalledTimes(1);
  });

  it('sends the action and data to the named function', async () => {
    const transport = jest.fn().mockResolvedValue({ ok: true, data: null });
    setTransport(transport);
    await settle(call('account', 'requestJoin', { inviteCode: 'HFLH26', name: '周航' }));
    expect(transport).toHaveBeenCalledWith('account', 'requestJoin', { inviteCode: 'HFLH26', name: '周航' });
  });

  it('takes the image review beside an answer: the caller’s own images marked until they pass', async () => {
    const cover = 'cloud://env.bucket/brands/o/c.png';
    setTransport(jest.fn().mockResolvedValue({ ok: true, data: { brand: { cover } }, imageReview: { [cover]: 'pending' } }));
    await settle(call('brands', 'brand', { id: 'b1' }));
    expect(imageReviewOf(cover)).toBe('pending');
    setTransport(jest.fn().mockResolvedValue({ ok: true, data: { brand: { cover } }, imageReview: {} }));
    await settle(call('brands', 'brand', { id: 'b1' }));
    expect(imageReviewOf(cover)).toBeNull();
  });
});
