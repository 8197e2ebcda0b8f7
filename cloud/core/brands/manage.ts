// The brands a caller may edit, with where each draft stands (the editor's list).
import type { ManagedBrand } from '../../../contracts/brands';
import type { Actor } from '../access';
import { AppError } from '../errors';
import { findBranch, listBranchDocs } from '../org/branches';
import type { BranchDoc } from '../org/docs';
import { _, getList, MAX_LIMIT } from '../sdk';
import { byName } from '../sort';
import { BRANDS, brandId, coll, type BrandDoc } from './docs';
import { draftState, MANAGED_FIELDS } from './editable';
import { editsBrands, isOrgAdminOf } from './editors';
import { loadOrg } from './owners';

/** Refuses anyone who edits no brand. */
export function requireBrandEditor(actor: Actor): void {
  if (!editsBrands(actor)) throw new AppError('FORBIDDEN', '没有权限：只有支部书记或单位管理员可以编辑品牌');
}

/** Brands the caller may edit: the org admin's main brand and every branch; a secretary's own branch. */
export async function manageBrands(actor: Actor): Promise<ManagedBrand[]> {
  requireBrandEditor(actor);
  const orgAdmin = !!actor.orgId && isOrgAdminOf(actor, actor.orgId);
  const branches = orgAdmin
    ? (await listBranchDocs(actor.orgId)).sort(byName)
    : [await findBranch(actor.branchId!)].filter((b): b is BranchDoc => !!b);
  const ids = [...(orgAdmin ? [brandId('org', actor.orgId!)] : []), ...branches.map((b) => brandId('branch', b._id))];
  const docs = new Map(
    (
      await getList<BrandDoc>(
        coll(BRANDS)
          .where({ _id: _.in(ids) })
          .limit(MAX_LIMIT)
          .field(MANAGED_FIELDS),
      )
    ).map((d) => [d._id, d]),
  );
  const row = (id: string, kind: 'org' | 'branch', branchId: string | null, ownerName: string): ManagedBrand => {
    const doc = docs.get(id);
    return {
      brandId: id,
      kind,
      branchId,
      ownerName,
      name: doc?.draft?.name || null,
      state: doc ? draftState(doc, actor) : null,
    };
  };
  const org = orgAdmin ? await loadOrg(actor.orgId!) : null;
  return [
    ...(org ? [row(brandId('org', org._id), 'org', null, org.name)] : []),
    ...branches.map((b) => row(brandId('branch', b._id), 'branch', b._id, b.name)),
  ];
}
