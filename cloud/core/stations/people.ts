// 选择驿站工作人员: the org admin finds a person to make station staff — crew who belong to no org
// included — by the beginning of their name or their whole phone number. Phones show masked.
import type { Page, PersonRow } from '../../../contracts/stations';
import { requireOrgAdmin, type Actor } from '../access';
import type { UserDoc } from '../account/users';
import { AppError } from '../errors';
import { _, db, getList } from '../sdk';

const PAGE = 20;

export const maskPhone = (p: string | null) => (p ? `${p.slice(0, 3)}****${p.slice(-4)}` : null);

/** A person as the org admin picks staff: phone masked; their branch, so roles they hold can be kept. */
export const personRow = (u: UserDoc): PersonRow => ({
  openid: u._id,
  name: u.name,
  phone: maskPhone(u.phone),
  roles: u.roles,
  orgId: u.orgId,
  branchId: u.branchId,
  stationId: u.stationId,
});

export async function searchPeople(actor: Actor, q: string, cursor: string | null | undefined): Promise<Page<PersonRow>> {
  const orgId = requireOrgAdmin(actor);
  let where: object;
  if (/^1\d{10}$/.test(q)) where = { phone: q };
  else {
    const after = cursor ? decode(cursor) : null;
    const prefix = { name: _.and(_.gte(after?.name ?? q), _.lt(`${q}\uffff`)) };
    where = after ? _.and(prefix, _.or({ name: _.gt(after.name) }, { _id: _.gt(after.id) })) : prefix;
  }
  const rows = await getList<UserDoc>(
    db.collection('users').where(where).orderBy('name', 'asc').orderBy('_id', 'asc').limit(PAGE + 1),
  );
  // People of other organisations are not the admin's to see or appoint.
  const items = rows.slice(0, PAGE).filter((u) => !u.orgId || u.orgId === orgId);
  const last = rows[Math.min(rows.length, PAGE) - 1];
  return {
    items: items.map(personRow),
    cursor: rows.length > PAGE && last ? `${last.name}\u0001${last._id}` : null,
  };
}

function decode(cursor: string): { name: string; id: string } {
  const [name, id] = cursor.split('\u0001');
  if (!name || !id) throw new AppError('INVALID_INPUT', '分页参数无效，请刷新后重试');
  return { name, id };
}
