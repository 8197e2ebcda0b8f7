import { API } from '../../../contracts/api';
import { loadActor } from '../access';
import { checkFields } from '../content/check';
import { implement } from '../handler';
import { consume, type Limit } from '../rate-limit';
import { allianceActions } from './alliances/actions';
import { brandDraft, readBrand, saveBrand } from './brand';
import { manageBrands, requireBrandEditor } from './manage';
import { brandFields } from './brand-content';
import { editorAction } from './caller';
import { shareOf } from './cards';
import { readCarousel, saveCarousel } from './carousel';
import { countView, engagementOf, setLike } from './engagement';
import { loadListed } from './load';
import { brandMatrix } from './matrix';
import { resolveOrgId } from './owners';
import { projectActions } from './projects/actions';
import { publishShowcase, requireListed, unpublishShowcase } from './publish';

/** Checking without saving calls WeChat's content check: bounded per person. */
const CHECK_LIMIT: Limit = { name: 'brandCheck', max: 60, windowMs: 3600_000, what: '内容检查过于频繁' };

// Every action takes the caller from the context; who may do what is in editors.ts and editable.ts.
export const brandsActions = {
  matrix: implement(API.brands.matrix, async ({ caller, now }, input) =>
    brandMatrix(resolveOrgId(await loadActor(caller.openid), input?.orgId), now),
  ),
  brand: implement(API.brands.brand, async ({ caller, now }, input) =>
    readBrand(await loadActor(caller.openid), input.id, now),
  ),
  carousel: implement(API.brands.carousel, async ({ caller }, input) => {
    const actor = input?.orgId ? null : await loadActor(caller.openid);
    return readCarousel(input?.orgId ?? actor?.orgId ?? process.env['HOME_ORG_ID'] ?? null);
  }),

  view: implement(API.brands.view, async (_ctx, input) => {
    await requireListed(input.kind, input.id);
    await countView(input.kind, input.id);
    return null;
  }),
  like: implement(API.brands.like, async ({ caller, now }, input) => {
    await requireListed(input.kind, input.id);
    await setLike(input.kind, input.id, caller.openid, true, now);
    return engagementOf(input.kind, input.id, caller.openid);
  }),
  // Unliking needs no published item: taking back a like on something taken down is fine.
  unlike: implement(API.brands.unlike, async ({ caller, now }, input) => {
    await setLike(input.kind, input.id, caller.openid, false, now);
    return engagementOf(input.kind, input.id, caller.openid);
  }),
  share: implement(API.brands.share, async (_ctx, input) =>
    shareOf(input.kind, input.id, await loadListed(input.kind, input.id)),
  ),

  manageBrands: implement(API.brands.manageBrands, async ({ caller }) => manageBrands(await loadActor(caller.openid))),
  brandDraft: implement(API.brands.brandDraft, async ({ caller, now }, input) =>
    brandDraft(await loadActor(caller.openid), input.branchId, now),
  ),
  saveBrand: editorAction(API.brands.saveBrand, saveBrand),
  // The editor's 检查 button: only brand editors may spend WeChat's content checks on it.
  checkBrand: implement(API.brands.checkBrand, async ({ caller, now }, input) => {
    requireBrandEditor(await loadActor(caller.openid));
    await consume(CHECK_LIMIT, caller.openid, now);
    await checkFields(caller.openid, brandFields(input));
    return null;
  }),

  ...projectActions,
  ...allianceActions,

  publish: implement(API.brands.publish, async ({ caller, now }, input) =>
    publishShowcase(await loadActor(caller.openid), input.kind, input.id, input.version, now),
  ),
  unpublish: implement(API.brands.unpublish, async ({ caller }, input) =>
    unpublishShowcase(await loadActor(caller.openid), input.kind, input.id),
  ),
  saveCarousel: implement(API.brands.saveCarousel, async ({ caller, now }, input) =>
    saveCarousel(await loadActor(caller.openid), input, now),
  ),
};
