import type * as z from 'zod/mini';
import type { PointsItem, PointsStandard, SaveStandardInput } from '../../../contracts/points';
import { AppError } from '../errors';
import { findById, isDuplicateKey, updatedCount } from '../sdk';
import { defaultStandard, forActivitiesByDefault } from './default-standard';
import { STANDARDS, standards, type StandardDoc } from './docs';
import { checkStandard } from './standard-rules';

export function toStandard(orgId: string, doc: StandardDoc | null): PointsStandard {
  if (!doc) return defaultStandard(orgId);
  return {
    orgId,
    version: doc.version,
    categories: doc.categories,
    items: withActivityFlag(doc.items, doc.categories),
    stars: doc.stars,
    updatedAt: new Date(doc.updatedAt).toISOString(),
  };
}

/** The org's standard, or the default one until the org saves its own. */
export async function loadStandard(orgId: string): Promise<PointsStandard> {
  return toStandard(orgId, await findById<StandardDoc>(STANDARDS, orgId));
}

const STALE = '积分标准已被他人修改，请刷新后重试';

/** Saves over `baseVersion` only: a save based on an older version is refused (CONFLICT). */
export async function saveStandard(
  orgId: string,
  by: string,
  input: z.output<typeof SaveStandardInput>,
  now: Date,
): Promise<PointsStandard> {
  checkStandard(input);
  const fields = {
    categories: input.categories,
    items: withActivityFlag(
      input.items.map((i) => ({ ...i, caps: definedCaps(i.caps) })),
      input.categories,
    ),
    stars: [...input.stars].sort((a, b) => a.stars - b.stars),
    updatedAt: now,
    updatedBy: by,
  };
  const next: StandardDoc = { _id: orgId, orgId, version: input.baseVersion + 1, ...fields };
  if (input.baseVersion === 0) {
    // No document yet (the default standard is version 0): creating it by _id lets one first save win.
    try {
      await standards().add({ data: next });
    } catch (err) {
      if (isDuplicateKey(err)) throw new AppError('CONFLICT', STALE);
      throw err;
    }
  } else {
    const changed = await updatedCount(
      standards()
        .where({ _id: orgId, version: input.baseVersion })
        .update({ data: { ...fields, version: next.version } }),
    );
    if (changed !== 1) throw new AppError('CONFLICT', STALE);
  }
  return toStandard(orgId, next);
}

/** Items saved without the flag get the default rule (see forActivitiesByDefault). */
function withActivityFlag(
  items: ReadonlyArray<Omit<PointsItem, 'forActivities'> & { forActivities?: boolean }>,
  categories: PointsStandard['categories'],
): PointsItem[] {
  return items.map((i) => ({ ...i, forActivities: i.forActivities ?? forActivitiesByDefault(i.categoryId, categories) }));
}

/** Leaves out caps that are not set, so stored items say only what applies. */
function definedCaps(caps: PointsItem['caps']): PointsItem['caps'] {
  return Object.fromEntries(Object.entries(caps).filter(([, v]) => v !== undefined));
}

/** An item that may still be granted: it exists and is active. */
export function activeItem(standard: PointsStandard, itemId: string): PointsItem {
  const item = standard.items.find((i) => i.id === itemId);
  if (!item) throw new AppError('NOT_FOUND', '积分项目不存在');
  if (!item.active) throw new AppError('CONFLICT', '该积分项目已停用');
  return item;
}

export function categoryName(standard: PointsStandard, categoryId: string): string {
  return standard.categories.find((c) => c.id === categoryId)?.name ?? '';
}
