import type { SubscribedResult } from '../../../contracts/subscribe';
import { addAccept } from './accepts';
import { templateKeyOf } from './templates';

/** Counts the accepts the app saw; ids this deployment does not use are ignored. */
export async function recordAccepts(openid: string, templateIds: readonly string[], now: Date): Promise<SubscribedResult> {
  let counted = 0;
  for (const id of templateIds) {
    const key = templateKeyOf(id);
    if (key && (await addAccept(openid, key, now))) counted++;
  }
  return { counted };
}
