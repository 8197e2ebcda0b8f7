import type * as z from 'zod/mini';
import type { CorrectInput, LedgerEntry } from '../../../contracts/points';
import { canManageBranch, type Actor } from '../access';
import { AppError } from '../errors';
import { addMessage } from '../messages/messages';
import { findById } from '../sdk';
import { LEDGER, type LedgerDoc } from './docs';
import { grant } from './grant';
import { toEntry } from './ledger';
import { correctedMessage } from './notices';

/**
 * Entries are never edited: a mistake gets a reversing entry (the same item, minus its points, on
 * the same day), at most one per entry since its id derives from the entry's.
 */
export async function correct(
  decider: { actor: Actor; name: string },
  input: z.output<typeof CorrectInput>,
  now: Date,
): Promise<LedgerEntry> {
  const original = await findById<LedgerDoc>(LEDGER, input.entryId);
  if (!original) throw new AppError('NOT_FOUND', '积分记录不存在');
  if (!canManageBranch(decider.actor, { _id: original.branchId, orgId: original.orgId })) {
    throw new AppError('FORBIDDEN', '没有权限：只能更正本支部的积分');
  }
  if (original.openid === decider.actor.openid) throw new AppError('FORBIDDEN', '不能更正自己的积分');
  if (original.reverses) throw new AppError('CONFLICT', '更正记录不能再次更正');

  const { entry, created } = await grant(
    {
      member: {
        openid: original.openid,
        name: original.memberName,
        orgId: original.orgId,
        branchId: original.branchId,
      },
      date: original.date,
      points: -original.points,
      item: {
        itemId: original.itemId,
        itemName: original.itemName,
        categoryId: original.categoryId,
        categoryName: original.categoryName,
      },
      source: 'correction',
      sourceId: original._id,
      reason: input.reason,
      by: { openid: decider.actor.openid, name: decider.name },
      reverses: original._id,
    },
    now,
    { alongside: (tx, reversal) => addMessage(tx, correctedMessage(reversal, now)) },
  );
  if (!created) throw new AppError('CONFLICT', '该记录已更正过');
  return toEntry(entry);
}
