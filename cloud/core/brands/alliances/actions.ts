import { API } from '../../../../contracts/api';
import { loadActor } from '../../access';
import { implement } from '../../handler';
import { editorAction } from '../caller';
import { resolveOrgId } from '../owners';
import { addMeeting } from './meetings';
import { closeOffer, postOffer } from './offers';
import { listAlliances, readAlliance } from './read';
import { allianceDraft, createAlliance, manageAlliances, saveAlliance } from './save';

export const allianceActions = {
  alliances: implement(API.brands.alliances, async ({ caller }, input) =>
    listAlliances(resolveOrgId(await loadActor(caller.openid), input?.orgId)),
  ),
  alliance: implement(API.brands.alliance, async ({ caller }, input) =>
    readAlliance(await loadActor(caller.openid), input.id),
  ),
  manageAlliances: implement(API.brands.manageAlliances, async ({ caller }) =>
    manageAlliances(await loadActor(caller.openid)),
  ),
  allianceDraft: implement(API.brands.allianceDraft, async ({ caller }, input) =>
    allianceDraft(await loadActor(caller.openid), input.id),
  ),
  createAlliance: editorAction(API.brands.createAlliance, createAlliance),
  saveAlliance: editorAction(API.brands.saveAlliance, saveAlliance),
  addMeeting: editorAction(API.brands.addMeeting, addMeeting),
  postOffer: editorAction(API.brands.postOffer, postOffer),
  closeOffer: implement(API.brands.closeOffer, async ({ caller }, input) =>
    closeOffer(await loadActor(caller.openid), input.allianceId, input.offerId),
  ),
};
