// Delivers a task's notices: those already marked are skipped with one read, the rest go through
// deliver() one by one (each claims its own mark, so a twin run sends each at most once).
import { deliver, type Delivery, type Notice } from '../subscribe/deliver';
import { markedAlready } from '../subscribe/marks';

/** What a task did: counts by outcome, or why it did nothing this run. */
export type TaskResult = Partial<Record<Delivery | 'done', number>> & { skipped?: string; [extra: string]: unknown };

export async function deliverAll(notices: readonly Notice[], now: Date): Promise<TaskResult> {
  const done = await markedAlready(notices.map((n) => n.key));
  const result: TaskResult = { done: done.size };
  for (const n of notices) {
    if (done.has(n.key)) continue;
    const outcome = await deliver(n, now);
    result[outcome] = ((result[outcome] as number | undefined) ?? 0) + 1;
  }
  return result;
}
