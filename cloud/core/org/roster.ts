import type { RosterRow } from '../../../contracts/org';
import { _, db, getList, isDuplicateKey, MAX_LIMIT } from '../sdk';
import { AppError } from '../errors';
import { listBranchDocs } from './branches';
import type { RosterDoc } from './docs';

const roster = () => db.collection('roster');

/** The org's roster row for this phone, if any (the org and phone are unique together). */
export async function findRosterRowByPhone(orgId: string, phone: string): Promise<RosterDoc | null> {
  const [row] = await getList<RosterDoc>(roster().where({ orgId, phone }).limit(1));
  return row ?? null;
}

/** Which of these phones the org's roster already lists, with the import that added each. */
export async function phonesInRoster(orgId: string, phones: readonly string[]): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  const unique = [...new Set(phones)];
  for (let i = 0; i < unique.length; i += MAX_LIMIT) {
    const chunk = unique.slice(i, i + MAX_LIMIT);
    const rows = await getList<RosterDoc>(
      roster().where({ orgId, phone: _.in(chunk) }).field({ phone: true, importId: true }).limit(chunk.length),
    );
    for (const r of rows) found.set(r.phone, r.importId ?? null);
  }
  return found;
}

const INSERT_BATCH = 500;

export async function insertRosterRows(rows: ReadonlyArray<Omit<RosterDoc, '_id'>>): Promise<void> {
  try {
    for (let i = 0; i < rows.length; i += INSERT_BATCH) await roster().add({ data: rows.slice(i, i + INSERT_BATCH) });
  } catch (err) {
    // The unique (orgId, phone) index: another import added one of these phones meanwhile.
    if (isDuplicateKey(err)) throw new AppError('CONFLICT', '名册中已有相同手机号，可能有人同时在导入，请刷新后重试');
    throw err;
  }
}

/** The org's roster by branch, then name, with branch names. */
export async function listRoster(orgId: string): Promise<RosterRow[]> {
  const [rows, branches] = await Promise.all([
    getList<RosterDoc>(roster().where({ orgId }).orderBy('branchId', 'asc').orderBy('name', 'asc').limit(MAX_LIMIT)),
    listBranchDocs(orgId),
  ]);
  const names = new Map(branches.map((b) => [b._id, b.name]));
  return rows.map((r) => ({
    id: r._id,
    name: r.name,
    phone: r.phone,
    branchId: r.branchId,
    branchName: names.get(r.branchId) ?? '',
    claimedBy: r.claimedBy ?? null,
  }));
}
