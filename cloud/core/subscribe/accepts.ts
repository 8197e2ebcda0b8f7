// How many messages of each template a person has allowed: every 'accept' the app saw from
// wx.requestSubscribeMessage adds one (WeChat keeps the real count and never tells it), every
// send takes one first, atomically, so no accept means no send and one accept is one send.
import { _, db, findById, isDuplicateKey, updatedCount } from '../sdk';
import type { TemplateKey } from './templates';

export const SUBSCRIBE_ACCEPTS = 'subscribeAccepts';
const accepts = () => db.collection(SUBSCRIBE_ACCEPTS);

/** More than this is not a person tapping 允许 (a client can report anything): further accepts are not counted. */
export const MAX_ACCEPTS = 20;

export interface AcceptDoc {
  _id: string;
  openid: string;
  template: TemplateKey;
  count: number;
  updatedAt: Date;
}

export const acceptId = (openid: string, template: TemplateKey) => `${template}:${openid}`;

/** Counts one accept; false when the person already has MAX_ACCEPTS of this template. */
export async function addAccept(openid: string, template: TemplateKey, now: Date): Promise<boolean> {
  const _id = acceptId(openid, template);
  for (let attempt = 0; attempt < 3; attempt++) {
    const moved = await updatedCount(
      accepts()
        .where({ _id, count: _.lt(MAX_ACCEPTS) })
        .update({ data: { count: _.inc(1), updatedAt: now } }),
    );
    if (moved === 1) return true;
    try {
      await accepts().add({ data: { _id, openid, template, count: 1, updatedAt: now } satisfies AcceptDoc });
      return true;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      // It exists: full (refused below), or created meanwhile (count again).
      const doc = await findById<AcceptDoc>(SUBSCRIBE_ACCEPTS, _id);
      if (doc && doc.count >= MAX_ACCEPTS) return false;
    }
  }
  return false;
}

/** Takes one accept for a send; false when there is none (then nothing may be sent). */
export async function takeAccept(openid: string, template: TemplateKey, now: Date): Promise<boolean> {
  const _id = acceptId(openid, template);
  return (await updatedCount(accepts().where({ _id, count: _.gt(0) }).update({ data: { count: _.inc(-1), updatedAt: now } }))) === 1;
}

/** Gives an accept back: the send failed in a way that proves WeChat did not use it (a bad field, our mistake). */
export async function returnAccept(openid: string, template: TemplateKey, now: Date): Promise<void> {
  await accepts()
    .where({ _id: acceptId(openid, template) })
    .update({ data: { count: _.inc(1), updatedAt: now } });
}
