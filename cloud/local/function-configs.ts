/**
 * The local cloud reads the same config.json files as the deploy: at start it validates them (a
 * bad one fails the start, as it would fail the deploy), and a scheduler can take the timer
 * triggers from here to run functions the way CloudBase's timers do.
 */
import { listCloudFunctions, type TimerTrigger } from '../function-configs';

export interface LocalTimer {
  functionName: string;
  trigger: TimerTrigger;
}

/** Every timer trigger declared under `functionsDir`; throws naming the file when a config.json is invalid. */
export function loadTimerTriggers(functionsDir: string): LocalTimer[] {
  return listCloudFunctions(functionsDir).flatMap((f) =>
    f.config.triggers.map((trigger) => ({ functionName: f.name, trigger })),
  );
}
