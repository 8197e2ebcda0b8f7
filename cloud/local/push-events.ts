/**
 * The local cloud's stand-in for WeChat's message push (云开发 → 设置 → 消息推送): a function's local
 * stand-in for an asynchronous WeChat service (the image check) hands it the event WeChat would push,
 * and it invokes the function the event is routed to, as CloudBase does (SOURCE wx_unknown, the
 * sender's OPENID), a moment later. `hold` keeps events until `flush()` (tests look in between).
 */
import type { FunctionsHost } from './host/functions-host';

/** Event → function, as configured in the console for the deployed environment (docs/deploy.md). */
export const PUSH_ROUTES: Readonly<Record<string, string>> = { wxa_media_check: 'jobs' };

const HOOK = Symbol.for('redsail.localcloud.push');
type Hook = (event: Record<string, unknown>) => void;

export class LocalPushes {
  private readonly held: Array<Record<string, unknown>> = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly hook: Hook = (event) => this.receive(event);

  constructor(
    private readonly functions: () => FunctionsHost,
    private readonly opts: { hold: boolean; delayMs: number; log: (m: string) => void },
  ) {
    (globalThis as { [HOOK]?: Hook })[HOOK] = this.hook;
  }

  /** Events waiting (hold mode). */
  get pending(): ReadonlyArray<Record<string, unknown>> {
    return this.held;
  }

  /** Delivers every held event and waits for those on their way. */
  async flush(): Promise<unknown[]> {
    const out = await Promise.all(this.held.splice(0).map((e) => this.deliver(e)));
    await Promise.all([...this.inFlight]);
    return out;
  }

  close(): void {
    const g = globalThis as { [HOOK]?: Hook };
    if (g[HOOK] === this.hook) delete g[HOOK];
  }

  private receive(event: Record<string, unknown>): void {
    if (this.opts.hold) return void this.held.push(event);
    const t = setTimeout(() => void this.deliver(event), this.opts.delayMs);
    t.unref();
  }

  private deliver(event: Record<string, unknown>): Promise<unknown> {
    const name = typeof event['Event'] === 'string' ? PUSH_ROUTES[event['Event']] : undefined;
    if (!name) return Promise.resolve(undefined);
    const sender = typeof event['FromUserName'] === 'string' ? event['FromUserName'] : undefined;
    const run = this.functions()
      .invokeServer(name, event, 'wx_unknown', sender)
      .catch((err: Error) => this.opts.log(`本地云：推送 ${String(event['Event'])} 到 ${name} 失败：${err.message}`));
    this.inFlight.add(run);
    void run.finally(() => this.inFlight.delete(run));
    return run;
  }
}
