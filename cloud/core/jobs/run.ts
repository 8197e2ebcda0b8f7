// The `jobs` function's one timer trigger (hourly, see cloud/functions/jobs/config.json) runs every
// task; each decides from the China time what is due now. A task that fails is reported and
// logged, the others still run, and the run itself succeeds: the next hour tries again, instead of
// CloudBase retrying the whole run (a failed timer call is retried, ~9 times every 10 s).
import { activityReminders } from './activity-reminders';
import { bookingReminders } from './booking-reminders';
import { certificateReminders } from './certificate-reminders';
import { claimsNudge } from './claims-nudge';
import { cleanup } from './cleanup';
import { chinaHour } from './clock';
import { healBookings, healDeletions, healSeats, healStationIndex } from './heal';
import { retryMediaChecks } from '../content/media-retry';
import type { TaskResult } from './notices';

export interface Task {
  name: string;
  /** When in the China day it runs: every hour, or at one hour only (the night's maintenance). */
  at: 'hourly' | number;
  run(now: Date): Promise<TaskResult>;
}

/** At 03:00 China time: nobody is using the app, and a missed night waits for the next. */
const NIGHT = 3;

export const TASKS: readonly Task[] = [
  { name: 'activityReminders', at: 'hourly', run: activityReminders },
  { name: 'bookingReminders', at: 'hourly', run: bookingReminders },
  { name: 'certificateReminders', at: 'hourly', run: certificateReminders },
  { name: 'claimsNudge', at: 'hourly', run: claimsNudge },
  { name: 'healBookings', at: 'hourly', run: healBookings },
  { name: 'healDeletions', at: 'hourly', run: healDeletions },
  { name: 'mediaChecks', at: 'hourly', run: retryMediaChecks },
  { name: 'healSeats', at: NIGHT, run: healSeats },
  { name: 'healStationIndex', at: NIGHT, run: healStationIndex },
  { name: 'cleanup', at: NIGHT, run: cleanup },
];

export interface RunReport {
  trigger: string;
  at: string;
  tasks: Record<string, TaskResult | { error: string }>;
}

/** Runs the tasks due at `now` (or the named ones, whatever the hour: `npm run trigger -- jobs hourly --task …`). */
export async function runJobs(trigger: string, now: Date, only?: readonly string[]): Promise<RunReport> {
  const report: RunReport = { trigger, at: now.toISOString(), tasks: {} };
  const hour = chinaHour(now);
  for (const task of TASKS) {
    if (only ? !only.includes(task.name) : task.at !== 'hourly' && task.at !== hour) continue;
    try {
      report.tasks[task.name] = await task.run(now);
    } catch (err) {
      console.error(`[jobs] ${task.name} failed:`, err);
      report.tasks[task.name] = { error: (err as Error).message ?? String(err) };
    }
  }
  return report;
}
