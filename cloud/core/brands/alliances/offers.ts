// 资源清单 / 需求清单. Who posts for a member unit: the secretary of that unit's branch in RedSail
// (their own unit only, and only once the alliance is published with them in it), or the org admin
// who runs the alliance (for any member, e.g. units not on RedSail). The poster or that admin closes it.
import type * as z from 'zod/mini';
import type { AllianceOffer, PostOfferInput } from '../../../../contracts/brands-alliances';
import { hasRole, type Actor } from '../../access';
import { checkFields } from '../../content/check';
import { AppError } from '../../errors';
import { consume, type Limit } from '../../rate-limit';
import { requestDocId } from '../../request-id';
import { findById, isDuplicateKey } from '../../sdk';
import { coll, OFFERS, type AllianceDoc, type OfferDoc } from '../docs';
import type { Editor } from '../editable';
import { canEditAlliance } from '../editors';
import { findShowcase } from '../load';

/** Lists are for real offers: a person posts at most 30 an hour. */
const OFFER_LIMIT: Limit = { name: 'brandOffer', max: 30, windowMs: 3600_000, what: '发布资源或需求过于频繁' };

/** The member keys the caller may post for. */
export function postableKeys(actor: Actor, a: AllianceDoc): string[] {
  if (canEditAlliance(actor, a))
    return [...new Set([...a.draft.members, ...(a.published?.members ?? [])].map((m) => m.key))];
  if (!a.listed || !a.published || !hasRole(actor, 'branch_admin') || !actor.branchId) return [];
  return a.published.members.filter((m) => m.branchId === actor.branchId).map((m) => m.key);
}

export function toOffer(o: OfferDoc, actor: Actor, a: Pick<AllianceDoc, 'orgId'>): AllianceOffer {
  return {
    id: o._id,
    kind: o.kind,
    memberKey: o.memberKey,
    unit: o.unit,
    title: o.title,
    detail: o.detail,
    category: o.category,
    tags: o.tags,
    status: o.status,
    byName: o.byName,
    createdAt: new Date(o.createdAt).toISOString(),
    canClose: o.status === 'open' && (o.by === actor.openid || canEditAlliance(actor, a)),
  };
}

async function loadAlliance(actor: Actor, id: string): Promise<AllianceDoc> {
  const a = await findShowcase<AllianceDoc>('alliance', id);
  if (!a || (!a.listed && !canEditAlliance(actor, a))) throw new AppError('NOT_FOUND', '党建联盟不存在或尚未发布');
  return a;
}

export async function postOffer(
  actor: Actor,
  editor: Editor,
  input: z.output<typeof PostOfferInput>,
  now: Date,
): Promise<AllianceOffer> {
  const _id = requestDocId('of', editor.openid, input.requestId);
  const a = await loadAlliance(actor, input.allianceId);
  const again = await findById<OfferDoc>(OFFERS, _id);
  if (again) return toOffer(again, actor, a);
  if (!postableKeys(actor, a).includes(input.memberKey))
    throw new AppError('FORBIDDEN', '没有权限：只能为本单位发布资源或需求');
  await consume(OFFER_LIMIT, editor.openid, now);
  const member = [...(a.published?.members ?? []), ...a.draft.members].find((m) => m.key === input.memberKey)!;
  await checkFields(editor.openid, [
    { label: '标题', text: input.title },
    { label: '详细说明', text: input.detail },
    ...input.tags.map((t, i) => ({ label: `标签第 ${i + 1} 个`, text: t })),
  ]);
  const offer: OfferDoc = {
    _id,
    allianceId: a._id,
    kind: input.kind,
    memberKey: member.key,
    unit: member.unit,
    title: input.title,
    detail: input.detail,
    category: input.category,
    tags: [...new Set(input.tags)],
    status: 'open',
    by: editor.openid,
    byName: editor.name,
    createdAt: now,
  };
  try {
    await coll(OFFERS).add({ data: offer });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
    return toOffer((await findById<OfferDoc>(OFFERS, _id))!, actor, a);
  }
  return toOffer(offer, actor, a);
}

export async function closeOffer(actor: Actor, allianceId: string, offerId: string): Promise<AllianceOffer> {
  const a = await loadAlliance(actor, allianceId);
  const offer = await findById<OfferDoc>(OFFERS, offerId);
  if (!offer || offer.allianceId !== a._id) throw new AppError('NOT_FOUND', '资源或需求不存在');
  if (offer.by !== actor.openid && !canEditAlliance(actor, a))
    throw new AppError('FORBIDDEN', '没有权限：只能关闭自己发布的资源或需求');
  await coll(OFFERS)
    .where({ _id: offer._id })
    .update({ data: { status: 'closed' } });
  return toOffer({ ...offer, status: 'closed' }, actor, a);
}
