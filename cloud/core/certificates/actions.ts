import { API } from '../../../contracts/api';
import { loadActor } from '../access';
import { implement } from '../handler';
import { dismissReminder, dueReminders } from './reminders';
import { archiveCertificate, birthDateOf, ownCertificate, saveCertificate, setBirthDate, toCertificate, updateCertificate, wallet } from './wallet';

// Every action reads or writes only the caller's own wallet (openid from the WeChat context).
export const certificatesActions = {
  wallet: implement(API.certificates.wallet, async ({ caller, now }) => wallet(await loadActor(caller.openid), now)),
  save: implement(API.certificates.save, async ({ caller, now }, input) => saveCertificate(await loadActor(caller.openid), input, now)),
  update: implement(API.certificates.update, async ({ caller, now }, input) => updateCertificate(await loadActor(caller.openid), input, now)),
  get: implement(API.certificates.get, async ({ caller, now }, input) => {
    const actor = await loadActor(caller.openid);
    return toCertificate(await ownCertificate(actor, input.id), await birthDateOf(actor.openid), now);
  }),
  archive: implement(API.certificates.archive, async ({ caller, now }, input) => archiveCertificate(await loadActor(caller.openid), input.id, now)),
  setBirthDate: implement(API.certificates.setBirthDate, async ({ caller, now }, input) =>
    setBirthDate(await loadActor(caller.openid), input.birthDate, now),
  ),
  reminders: implement(API.certificates.reminders, async ({ caller, now }, input) => dueReminders(await loadActor(caller.openid), input, now)),
  dismissReminder: implement(API.certificates.dismissReminder, async ({ caller }, input) =>
    dismissReminder(await loadActor(caller.openid), input.id, input.milestone),
  ),
};
