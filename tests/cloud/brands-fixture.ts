// Content the brand tests save and publish, and a signed-in caller per openid for the brands function.
import path from 'node:path';
import type { LocalCloud } from '../../cloud/local/server';
import { callerCache, okData, ROOT, seedOrgFixture, startTestCloud, uploadPhoto } from './helpers';
import { draftInput } from './volunteer-fixture';

export const BUCKET = 'cloud://local.local-bucket';
export const image = (openid: string, name: string) => `${BUCKET}/brands/${openid}/${name}.png`;

export function brandContent(over: Record<string, unknown> = {}) {
  return {
    name: '红帆领航、生态卫士',
    slogan: '支部有品牌、服务有特色、工作有亮点',
    logo: null,
    cover: null,
    meaning: '以“红帆”为旗，领航港航生态保护。',
    story: [
      { type: 'heading', text: '红帆领航' },
      { type: 'paragraph', text: '支部把重点工作和支部特色融入党建品牌。' },
      { type: 'paragraph', text: '常态化开展党员志愿服务。' },
    ],
    carriers: [{ title: '党员示范岗', text: '设置党员示范岗，带头服务比贡献。' }],
    results: [
      { kind: 'static', figure: { label: '线上检验船舶', value: 267, unit: '艘次', year: 2022, source: '济宁港航' } },
      { kind: 'live', metric: 'members', label: '' },
      { kind: 'live', metric: 'volunteerHours', label: '' },
    ],
    honours: [{ name: '五星级党支部', level: 'municipal', year: null, issuer: '市直机关工委' }],
    gallery: [],
    ...over,
  };
}

/** A local cloud with the brands function over the two-org fixture (helpers.seedOrgFixture). */
export async function startBrandsCloud(): Promise<{
  cloud: LocalCloud;
  b: (openid: string, action: string, data?: unknown) => Promise<any>;
}> {
  const cloud = await startTestCloud({ functionsDir: path.join(ROOT, 'cloud', 'functions') });
  seedOrgFixture(cloud.db);
  // The uploads the tests cite as sec_a1's own (image('sec_a1', name)).
  for (const name of ['c', 'g1', 'e1']) await uploadPhoto(cloud, 'sec_a1', `${name}.png`, 'brands');
  const as = callerCache(cloud);
  return { cloud, b: async (openid, action, data) => (await as(openid))('brands', action, data) };
}

/** Saves a branch brand as its editor and publishes it as the org admin; returns the brand id. */
export async function publishBrand(
  b: (openid: string, action: string, data?: unknown) => Promise<any>,
  editor: string,
  branchId: string | null,
  content = brandContent(),
): Promise<string> {
  const before = okData(await b(editor, 'brandDraft', { branchId }));
  const saved = okData(await b(editor, 'saveBrand', { branchId, baseVersion: before.state.version, content }));
  okData(await b('admin_a', 'publish', { kind: 'brand', id: saved.brand.id, version: saved.state.version }));
  return saved.brand.id;
}

/** A public volunteer activity as the app posts it, with no points item; `over` links it (projectId, allianceId). */
export function activityDraft(title: string, over: Record<string, unknown> = {}) {
  return draftInput({
    title,
    description: '党员志愿服务。',
    place: { name: '服务区', lat: null, lng: null },
    capacity: 0,
    waitlist: false,
    pointsItemId: null,
    audience: 'public',
    ...over,
  });
}
