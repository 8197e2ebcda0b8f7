import { API } from '../../../contracts/api';
import { loadActor, loadActorUser } from '../access';
import { implement } from '../handler';
import { checkFields } from '../content/check';
import { checkIn, checkinCode, markAttendance, roster } from './attendance';
import { closeActivity } from './close';
import { cancelActivity, publishActivity } from './lifecycle';
import { getActivity, listActivities, myActivities } from './list';
import { myHours } from './hours';
import { saveActivity } from './save';
import { arrivalKey, cancelSignUp, signUp } from './signup';

// Every action takes the caller from the context; scope checks are in visibility.ts and views.ts.
export const volunteerActions = {
  list: implement(API.volunteer.list, async ({ caller, now }, input) =>
    listActivities(await loadActor(caller.openid), input.filter, input.cursor, now),
  ),

  get: implement(API.volunteer.get, async ({ caller, now }, input) => getActivity(await loadActor(caller.openid), input.id, now)),

  save: implement(API.volunteer.save, async ({ caller, now }, input) => {
    const { actor, user } = await loadActorUser(caller.openid);
    return saveActivity(actor, user?.name ?? '', input, now);
  }),

  publish: implement(API.volunteer.publish, async ({ caller, now }, input) =>
    publishActivity(await loadActor(caller.openid), input.id, now),
  ),

  cancel: implement(API.volunteer.cancel, async ({ caller, now }, input) => {
    // The reason is sent to every participant.
    await checkFields(caller.openid, [{ label: '取消原因', text: input.reason }]);
    return cancelActivity(await loadActor(caller.openid), input.id, input.reason, now);
  }),

  signUp: implement(API.volunteer.signUp, async ({ caller, now }, input) => {
    const seqKey = arrivalKey(now); // taken on arrival, before any await: the waitlist's order
    return signUp(await loadActor(caller.openid), input.id, now, seqKey);
  }),

  cancelSignUp: implement(API.volunteer.cancelSignUp, async ({ caller, now }, input) =>
    cancelSignUp(await loadActor(caller.openid), input.id, now),
  ),

  myActivities: implement(API.volunteer.myActivities, async ({ caller, now }, input) =>
    myActivities(await loadActor(caller.openid), input.when, input.cursor, now),
  ),

  myHours: implement(API.volunteer.myHours, async ({ caller }) => myHours(await loadActor(caller.openid))),

  checkinCode: implement(API.volunteer.checkinCode, async ({ caller, now }, input) =>
    checkinCode(await loadActor(caller.openid), input.id, now),
  ),

  checkIn: implement(API.volunteer.checkIn, async ({ caller, now }, input) => checkIn(await loadActor(caller.openid), input, now)),

  markAttendance: implement(API.volunteer.markAttendance, async ({ caller, now }, input) => {
    // The reason stays on the participant's record.
    await checkFields(caller.openid, [{ label: '原因', text: input.reason }]);
    return markAttendance(await loadActor(caller.openid), input, now);
  }),

  roster: implement(API.volunteer.roster, async ({ caller, now }, input) => roster(await loadActor(caller.openid), input.id, now)),

  close: implement(API.volunteer.close, async ({ caller, now }, input) => {
    const { actor, user } = await loadActorUser(caller.openid);
    return closeActivity(actor, { openid: caller.openid, name: user?.name ?? '' }, input.id, now);
  }),
};
