import { runJobs, type RunReport } from './run';

/**
 * The timer event's handler. A trigger's attached message `tasks=a,b` runs just those tasks
 * whatever the hour (`npm run trigger -- jobs hourly --tasks a,b` locally).
 */
export function jobsTimer({ name, now, message }: { name: string; now: Date; message: string }): Promise<RunReport> {
  const only = /^tasks=([\w,]+)$/.exec(message.trim())?.[1]?.split(',').filter(Boolean);
  return runJobs(name, now, only);
}
