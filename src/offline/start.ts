import { notify } from '@/ui/feedback';
import { sweepOldCacheVersions } from './cache-store';
import { onReconnect, startNetworkWatch } from './network';
import { flushOutbox, landedText, onLanded } from './outbox';

/** At launch: watch the network, clear old cache versions, send waiting writes now and whenever the network returns. */
export function startOffline(): void {
  startNetworkWatch();
  sweepOldCacheVersions();
  onReconnect(() => void flushOutbox());
  // The person sees a queued write land, wherever they are in the app.
  onLanded((entry) => notify(landedText(entry.kind)));
  void flushOutbox();
}
