import type * as z from 'zod/mini';
import type { AwardInput, LedgerEntry } from '../../../contracts/points';
import { requireBranchScope, type Actor } from '../access';
import { findUser } from '../account/users';
import { AppError } from '../errors';
import { addMessage } from '../messages/messages';
import { findBranch } from '../org/branches';
import { checkCaps, grantedUsage, hasCaps } from './caps';
import { checkPointsDate } from './dates';
import { grant } from './grant';
import { toEntry } from './ledger';
import { awardedMessage } from './notices';
import { activeItem, categoryName, loadStandard } from './standard';

/**
 * A branch admin (or the org admin) records an item for a member of their branch: usually one
 * members cannot claim, or a deduction. Idempotent on the client's requestId.
 */
export async function award(
  decider: { actor: Actor; name: string },
  input: z.output<typeof AwardInput>,
  now: Date,
): Promise<LedgerEntry> {
  if (input.openid === decider.actor.openid) throw new AppError('FORBIDDEN', '不能为自己记录积分');
  checkPointsDate(input.date, now);
  const member = await findUser(input.openid);
  if (!member?.branchId || !member.orgId || !member.roles.includes('member'))
    throw new AppError('NOT_FOUND', '党员不存在');
  const branch = await findBranch(member.branchId);
  if (!branch) throw new AppError('NOT_FOUND', '支部不存在');
  requireBranchScope(decider.actor, branch);
  const standard = await loadStandard(member.orgId);
  const item = activeItem(standard, input.itemId);

  const { entry, created } = await grant(
    {
      member: { openid: member._id, name: member.name, orgId: member.orgId, branchId: member.branchId },
      date: input.date,
      points: item.points,
      item: {
        itemId: item.id,
        itemName: item.name,
        categoryId: item.categoryId,
        categoryName: categoryName(standard, item.categoryId),
      },
      source: item.points > 0 ? 'award' : 'deduction',
      sourceId: input.requestId,
      reason: input.reason,
      by: { openid: decider.actor.openid, name: decider.name },
    },
    now,
    {
      check: async () => {
        if (hasCaps(item))
          checkCaps(item, input.date, await grantedUsage(member._id, item.id, input.date), item.points);
      },
      alongside: (tx, granted) => addMessage(tx, awardedMessage(granted, now)),
    },
  );
  // A retry of the same request gets the entry it made; a different request reusing the id is refused.
  if (
    !created &&
    (entry.openid !== input.openid || entry.itemId !== input.itemId || entry.by !== decider.actor.openid)
  ) {
    throw new AppError('CONFLICT', '请求编号已被使用，请重新提交');
  }
  return toEntry(entry);
}
