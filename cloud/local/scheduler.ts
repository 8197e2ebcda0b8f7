/**
 * Runs the functions' timer triggers (config.json "triggers") on their schedule, as CloudBase's
 * timers do: the function is invoked with `{ Type: 'Timer', TriggerName, Time }`, no OPENID and
 * SOURCE wx_trigger. `fire()` runs one at once (npm run trigger, tests).
 */
import { parseCron, type Cron } from './cron';
import type { LocalTimer } from './function-configs';
import type { FunctionsHost } from './host/functions-host';

/** setTimeout's longest wait; a later fire waits in steps. */
const MAX_WAIT_MS = 2 ** 31 - 1;

export class UnknownTriggerError extends Error {}

export interface FireOptions {
  /** The trigger's due time (`Time`); now when omitted. */
  at?: Date;
  /** The trigger's attached message (`Message`). */
  message?: string;
}

export class Scheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly crons: Array<{ timer: LocalTimer; cron: Cron }>;
  private running = false;

  constructor(
    private readonly functions: () => FunctionsHost,
    timers: readonly LocalTimer[],
    private readonly log: (message: string) => void,
  ) {
    this.crons = timers.map((timer) => ({ timer, cron: parseCron(timer.trigger.config) }));
  }

  get triggers(): LocalTimer[] {
    return this.crons.map((c) => c.timer);
  }

  /** Invokes one declared trigger now; throws when the function declares no such trigger. */
  async fire(functionName: string, triggerName: string, opts: FireOptions = {}): Promise<unknown> {
    const found = this.crons.find((c) => c.timer.functionName === functionName && c.timer.trigger.name === triggerName);
    if (!found) throw new UnknownTriggerError(`云函数 ${functionName} 没有名为 ${triggerName} 的定时触发器`);
    const event = {
      Type: 'Timer',
      TriggerName: triggerName,
      Time: (opts.at ?? new Date()).toISOString(),
      ...(opts.message ? { Message: opts.message } : {}),
    };
    return this.functions().invokeServer(functionName, event, 'wx_trigger');
  }

  start(): void {
    this.running = true;
    for (const c of this.crons) this.arm(c.timer, c.cron);
    if (this.crons.length) {
      this.log(`本地云：定时触发器（北京时间）${this.crons.map((c) => `${c.timer.functionName}/${c.timer.trigger.name} "${c.cron.expr}"`).join('，')}`);
    }
  }

  stop(): void {
    this.running = false;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private arm(timer: LocalTimer, cron: Cron, from = new Date()): void {
    const key = `${timer.functionName}/${timer.trigger.name}`;
    const due = cron.next(from);
    if (!this.running || !due) return;
    const wait = due.getTime() - Date.now();
    const t = setTimeout(
      () => {
        if (wait > MAX_WAIT_MS) return this.arm(timer, cron, from);
        this.fire(timer.functionName, timer.trigger.name, { at: due }).then(
          (result) => this.log(`本地云：定时触发 ${key} ${due.toISOString()} → ${summary(result)}`),
          (err: Error) => this.log(`本地云：定时触发 ${key} 失败：${err.message}`),
        );
        this.arm(timer, cron, due);
      },
      Math.max(0, Math.min(wait, MAX_WAIT_MS)),
    );
    t.unref();
    this.timers.set(key, t);
  }
}

function summary(result: unknown): string {
  const r = result as { ok?: boolean; code?: string } | null;
  return r?.ok === false ? `失败 ${r.code ?? ''}` : '完成';
}
