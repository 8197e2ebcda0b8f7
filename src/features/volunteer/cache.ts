import type { ActivityView } from '@contracts/volunteer';
import { readCache, writeCache } from '@/offline/cache-store';
import { remoteKey } from '@/hooks/use-remote';

/** The stored copy of one activity: the detail page reads it, and every list that shows an activity fills it. */
export const ACTIVITY_CACHE = 'volunteer.activity';

/** Each activity a list brought is kept as its detail page's copy, so tapping it opens offline too. */
export function primeActivities(items: readonly ActivityView[], savedAt?: number): void {
  for (const a of items) {
    const key = remoteKey(ACTIVITY_CACHE, [a.id]);
    const kept = readCache<ActivityView>(key);
    if (kept && savedAt !== undefined && kept.savedAt >= savedAt) continue; // the detail page has a newer copy
    writeCache(key, a, savedAt);
  }
}
