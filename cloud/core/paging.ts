import { AppError } from './errors';
import { _, getList, type Database } from './sdk';

type Collection = ReturnType<Database['collection']>;

/** Where a page ends: the sort field's value and the `_id` that breaks its ties. */
interface CursorKey {
  at: Date;
  id: string;
}

function encodeCursor(key: CursorKey): string {
  return `${key.at.getTime()}~${key.id}`;
}

function decodeCursor(cursor: string): CursorKey {
  const m = /^(\d{1,15})~(.{1,100})$/.exec(cursor);
  if (!m) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试');
  return { at: new Date(Number(m[1])), id: m[2]! };
}

export interface PageRequest {
  /** Equality filter of the page's index prefix, e.g. { openid }. */
  where: Record<string, unknown>;
  /** A Date field; `_id` breaks ties so no document is skipped or shown twice. */
  field: string;
  order: 'asc' | 'desc';
  cursor: string | null | undefined;
  limit: number;
}

/**
 * One page in (field, _id) order, continuing after `cursor`. The bound on `field` sits beside
 * the equality filter, so an index on (…where, field, _id) serves it as a range, not a scan.
 */
export async function pageOf<T extends { _id: string }>(
  collection: Collection,
  req: PageRequest,
): Promise<{ items: T[]; cursor: string | null }> {
  const after = req.cursor ? decodeCursor(req.cursor) : null;
  const desc = req.order === 'desc';
  const beyond = (v: Date | string) => (desc ? _.lt(v) : _.gt(v));
  const where = after
    ? _.and(
        { ...req.where, [req.field]: desc ? _.lte(after.at) : _.gte(after.at) },
        _.or({ [req.field]: beyond(after.at) }, { _id: beyond(after.id) }),
      )
    : req.where;
  const rows = await getList<T>(
    collection
      .where(where)
      .orderBy(req.field, req.order)
      .orderBy('_id', req.order)
      .limit(req.limit + 1),
  );
  const items = rows.slice(0, req.limit);
  const last = items[items.length - 1];
  const more = rows.length > req.limit && last;
  return {
    items,
    cursor: more
      ? encodeCursor({ at: new Date((last as Record<string, unknown>)[req.field] as Date), id: last._id })
      : null,
  };
}

/**
 * One page over several queries, merged in (field, _id) order without repeats: an OR whose branches
 * different indexes serve. Each query reads a page from the same cursor, so the merged first
 * `limit` are exact.
 */
export async function mergedPageOf<T extends { _id: string }>(
  collection: Collection,
  wheres: ReadonlyArray<Record<string, unknown>>,
  req: Omit<PageRequest, 'where'>,
): Promise<{ items: T[]; cursor: string | null }> {
  const pages = await Promise.all(wheres.map((where) => pageOf<T>(collection, { ...req, where })));
  const at = (d: T) => new Date((d as Record<string, unknown>)[req.field] as Date).getTime();
  const sign = req.order === 'desc' ? -1 : 1;
  const seen = new Set<string>();
  const all = pages
    .flatMap((p) => p.items)
    .filter((d) => !seen.has(d._id) && !!seen.add(d._id))
    .sort((x, y) => sign * (at(x) - at(y) || (x._id < y._id ? -1 : x._id > y._id ? 1 : 0)));
  const items = all.slice(0, req.limit);
  const last = items[items.length - 1];
  const more = all.length > req.limit || pages.some((p) => p.cursor !== null);
  return { items, cursor: more && last ? encodeCursor({ at: new Date(at(last)), id: last._id }) : null };
}
