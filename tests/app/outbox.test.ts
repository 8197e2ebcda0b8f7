import { setTransport } from '../../src/api/client';
import { uploadClaimPhoto } from '../../src/api/storage';
import '../../src/features/points/claim-outbox';
import { startNetworkWatch } from '../../src/offline/network';
import { takesRequestId, withRequestId } from '../../src/api/request-id';
import { flushOutbox, onLanded, registerSender, submitWrite } from '../../src/offline/outbox';
import { readOutbox } from '../../src/offline/outbox-store';
import { startOffline } from '../../src/offline/start';
import { freshStorage, restart, setOnline, signInAs } from './offline-helpers';

jest.mock('../../src/api/storage', () => ({
  uploadClaimPhoto: jest.fn(async (_openid: string, local: string) => `cloud://env/claims/o/${local.slice(-6)}.jpg`),
  fileUrl: (id: string) => id,
}));
// h5 keeps a picked photo as a data URL; here the "photo" is already one.
jest.mock('../../src/offline/keep-file', () => ({ keepFile: async (p: string) => p, dropFile: () => undefined }));

declare module '../../src/offline/outbox' {
  interface OutboxKinds {
    'test.echo': { input: { n: number }; result: string };
  }
}
// A kind whose sender shows what request id each attempt carried.
const sentIds: string[] = [];
let echoFails = 0;
registerSender('test.echo', {
  send: async (_input, requestId) => {
    sentIds.push(requestId);
    if (echoFails-- > 0) throw Object.assign(new Error('timeout'), { code: 'NETWORK' });
    return requestId;
  },
  landed: '已发送',
});

const DRAFT = { itemId: 'study_xxqg', itemName: '“学习强国”月度学习达标', points: 2, date: '2026-11-30', note: '本月完成', openid: 'demo_member_a' };
const PHOTO = 'data:image/png;base64,AAAA01';
const ok = (id: string) => ({ ok: true as const, data: { id, status: 'pending' } });

let claims: unknown[];
beforeEach(() => {
  freshStorage();
  signInAs('demo_member_a');
  setOnline(true);
  claims = [];
  (uploadClaimPhoto as jest.Mock).mockClear();
});

function serverThatAnswers() {
  const transport = jest.fn(async (_fn: string, action: string, data: unknown) => {
    if (action === 'claim') claims.push(data);
    return ok(`c${claims.length}`);
  });
  setTransport(transport);
  return transport;
}

describe('the outbox', () => {
  it('keeps a claim made offline as 待发送 and sends it once when the network returns, however often it is flushed', async () => {
    startNetworkWatch();
    startOffline();
    serverThatAnswers();
    setOnline(false);
    const outcome = await submitWrite('points.claim', 'req_offline_1', DRAFT, [PHOTO]);
    expect(outcome).toEqual({ sent: false });
    expect(readOutbox()).toHaveLength(1);
    expect(claims).toHaveLength(0);

    const landed = jest.fn();
    const off = onLanded(landed);
    setOnline(true); // the reconnect flushes…
    await Promise.all([flushOutbox(), flushOutbox()]); // …and so do app show and start, at the same moment
    await flushOutbox();
    off();
    expect(claims).toHaveLength(1);
    expect(readOutbox()).toHaveLength(0);
    expect(landed).toHaveBeenCalledTimes(1);
  });

  it('uploads the photos first, then sends the claim with their cloud ids', async () => {
    serverThatAnswers();
    const outcome = await submitWrite('points.claim', 'req_photos_1', DRAFT, [PHOTO, 'cloud://env/claims/o/already.jpg']);
    expect(outcome.sent).toBe(true);
    expect(uploadClaimPhoto).toHaveBeenCalledTimes(1);
    expect(claims[0]).toMatchObject({ itemId: 'study_xxqg', photos: ['cloud://env/claims/o/AAAA01.jpg', 'cloud://env/claims/o/already.jpg'] });
  });

  it('survives a restart, keeps the same request id, and never uploads a photo twice', async () => {
    const transport = jest.fn().mockRejectedValue(new Error('timeout')); // the signal drops mid-send
    setTransport(transport);
    expect(await submitWrite('points.claim', 'req_restart_1', DRAFT, [PHOTO])).toEqual({ sent: false });
    expect(uploadClaimPhoto).toHaveBeenCalledTimes(1); // the photo went up before the signal dropped
    restart();
    const kept = readOutbox();
    expect(kept).toHaveLength(1);
    expect(kept[0]).toMatchObject({ id: 'req_restart_1', status: 'waiting', files: [{ uploaded: 'cloud://env/claims/o/AAAA01.jpg' }] });

    serverThatAnswers();
    await flushOutbox();
    expect(uploadClaimPhoto).toHaveBeenCalledTimes(1);
    expect(claims).toHaveLength(1);
    expect(readOutbox()).toHaveLength(0);
  });

  it('removes an entry only after the server has answered', async () => {
    let answer: (v: ReturnType<typeof ok>) => void = () => undefined;
    setTransport(jest.fn(() => new Promise<ReturnType<typeof ok>>((resolve) => (answer = resolve))));
    setOnline(false);
    await submitWrite('points.claim', 'req_answer_1', DRAFT);
    setOnline(true);
    const flushing = flushOutbox();
    await new Promise((r) => setTimeout(r, 10));
    expect(readOutbox().map((e) => e.id)).toEqual(['req_answer_1']); // sent, no answer yet: still kept
    answer(ok('c1'));
    await flushing;
    expect(readOutbox()).toHaveLength(0);
  });

  it('keeps a write the server refused, with its reason, instead of sending it again', async () => {
    const transport = jest.fn().mockResolvedValue({ ok: false, code: 'INVALID_INPUT', message: '“学习强国”月度学习达标本月最多 2 分，已有 2 分' });
    setTransport(transport);
    setOnline(false);
    await submitWrite('points.claim', 'req_refused_1', DRAFT);
    setOnline(true);
    await flushOutbox();
    await flushOutbox();
    expect(transport).toHaveBeenCalledTimes(1);
    expect(readOutbox()[0]).toMatchObject({ status: 'refused', error: '“学习强国”月度学习达标本月最多 2 分，已有 2 分' });
  });

  it('keeps each person’s outbox apart', async () => {
    setOnline(false);
    await submitWrite('points.claim', 'req_person_1', DRAFT);
    signInAs('demo_member_b');
    expect(readOutbox()).toHaveLength(0);
    signInAs('demo_member_a');
    expect(readOutbox()).toHaveLength(1);
  });

  it('carries the same request id on every resend of one write', async () => {
    sentIds.length = 0;
    echoFails = 2;
    expect(await submitWrite('test.echo', 'req_same_1', { n: 1 })).toEqual({ sent: false });
    await flushOutbox(); // fails again
    await flushOutbox(); // lands
    expect(sentIds).toEqual(['req_same_1', 'req_same_1', 'req_same_1']);
    expect(readOutbox()).toHaveLength(0);
  });

  it('adds the request id to an action whose contract has it, and only then', () => {
    expect(takesRequestId('points', 'award')).toBe(true);
    const award = { openid: 'o1', itemId: 'i1', date: '2026-11-30', reason: '示范岗' };
    expect(withRequestId('points', 'award', { ...award, requestId: 'x' }, 'req_award_1')).toMatchObject({ requestId: 'req_award_1' });
    expect(takesRequestId('messages', 'markRead')).toBe(false);
    const read = { ids: ['m1'] };
    expect(withRequestId('messages', 'markRead', read, 'req_read_1')).toEqual(read);
  });
});
