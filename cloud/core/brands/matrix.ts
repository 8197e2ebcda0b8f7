// 一主多元: the main brand and each branch's brand as tiles with their live numbers, in one call:
// the org, its branches and its published brands (one query each), the live numbers of every
// branch at once (live.ts: three requests) and every tile's views and likes (one query).
import type { BrandMatrix, BrandTile } from '../../../contracts/brands';
import { listBranchDocs } from '../org/branches';
import { chinaYear } from '../points/dates';
import { getList, MAX_LIMIT } from '../sdk';
import { byName } from '../sort';
import { BRANDS, brandId, coll, targetKey, type BrandDoc } from './docs';
import { countsOf } from './engagement';
import { liveForOrg, type LiveNumbers } from './live';
import { loadOrg } from './owners';
import { allLiveFigures } from './results';

/** What a tile shows of a brand. */
const TILE_FIELDS = {
  _id: true,
  branchId: true,
  'published.name': true,
  'published.slogan': true,
  'published.logo': true,
  'published.cover': true,
  'published.honours': true,
} as const;

type TileDoc = Pick<BrandDoc, '_id' | 'branchId'> & {
  published: Pick<NonNullable<BrandDoc['published']>, 'name' | 'slogan' | 'logo' | 'cover' | 'honours'>;
};

export async function brandMatrix(orgId: string, now: Date): Promise<BrandMatrix> {
  const year = chinaYear(now);
  const [org, branches, brands] = await Promise.all([
    loadOrg(orgId),
    listBranchDocs(orgId).then((list) => list.sort(byName)),
    getList<TileDoc>(coll(BRANDS).where({ orgId, listed: true }).limit(MAX_LIMIT).field(TILE_FIELDS)),
  ]);
  const byId = new Map(brands.map((b) => [b._id, b]));
  const ids = [brandId('org', orgId), ...branches.map((b) => brandId('branch', b._id))];
  const [live, counts] = await Promise.all([
    liveForOrg(orgId, branches, year),
    countsOf(ids.filter((id) => byId.has(id)).map((id) => targetKey('brand', id))),
  ]);
  const tile = (id: string, branchId: string | null, ownerName: string, numbers: LiveNumbers): BrandTile => {
    const b = byId.get(id)?.published;
    const c = counts.get(targetKey('brand', id));
    return {
      branchId,
      ownerName,
      brandId: b ? id : null,
      name: b?.name ?? null,
      slogan: b?.slogan ?? null,
      logo: b?.logo ?? null,
      cover: b?.cover ?? null,
      figures: allLiveFigures(numbers, branchId ? '本支部' : '本单位', year, now),
      honours: b?.honours.length ?? 0,
      views: c?.views ?? 0,
      likes: Math.max(0, c?.likes ?? 0),
    };
  };
  return {
    orgId,
    orgName: org.name,
    year,
    main: tile(ids[0]!, null, org.name, live.org),
    tiles: branches.map((b, i) => tile(ids[i + 1]!, b._id, b.name, live.byBranch.get(b._id)!)),
  };
}
