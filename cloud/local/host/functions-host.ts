import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { installCallEnv, runWithCallEnv } from './call-env';
import { setLocalSdkCredentials } from './sdk-env';

export interface Caller {
  openid: string;
  appid: string;
  unionid?: string;
  clientIp?: string;
}

type CloudMain = (event: Record<string, unknown>, context: Record<string, unknown>) => unknown;

export interface FunctionsHostOptions {
  /** Folder holding one sub-folder per function, each with index.ts (sources) or index.js (bundles). */
  dir: string;
  /** Where wx-server-sdk sends its database requests. */
  adminUrl: string;
  envId?: string;
  timeoutMs?: number;
  warn?: (message: string) => void;
}

export class FunctionNotFoundError extends Error {}
export class FunctionTimeoutError extends Error {}

let rejectionGuard = false;

/**
 * Loads cloud functions and invokes them the way CloudBase does: `main(event, context)`
 * with the caller's identity visible to `cloud.getWXContext()`, one call apart from another.
 */
export class FunctionsHost {
  private readonly mains = new Map<string, CloudMain>();

  constructor(private readonly opts: FunctionsHostOptions) {
    installCallEnv();
    setLocalSdkCredentials();
    if (!rejectionGuard) {
      rejectionGuard = true;
      // A stray SDK rejection must not take the whole local cloud down, as it would on Node 20.
      process.on('unhandledRejection', (reason) => {
        (opts.warn ?? console.warn)(`本地云：未处理的异步错误：${String((reason as Error)?.message ?? reason)}`);
      });
    }
    this.load();
  }

  get names(): string[] {
    return [...this.mains.keys()].sort();
  }

  private load(): void {
    const dir = path.resolve(this.opts.dir);
    for (const name of fs.readdirSync(dir)) {
      const entry = ['index.js', 'index.ts'].map((f) => path.join(dir, name, f)).find((f) => fs.existsSync(f));
      if (!entry) continue;
      // Each function is its own module, loaded inside its own call env so module-level init sees it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- functions are CommonJS modules found at run time
      const mod = runWithCallEnv(this.baseEnv(name), () => require(entry)) as { main?: CloudMain };
      if (typeof mod.main !== 'function') throw new Error(`云函数 ${name} 没有导出 main`);
      this.mains.set(name, mod.main);
    }
  }

  private baseEnv(name: string): Record<string, string> {
    return {
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: this.opts.adminUrl }),
      TCB_ENV: this.opts.envId ?? 'local',
      SCF_NAMESPACE: this.opts.envId ?? 'local',
      SCF_FUNCTIONNAME: name,
    };
  }

  /** A person's app calling the function (wx.cloud.callFunction): their OPENID, SOURCE wx_client. */
  async invoke(name: string, event: Record<string, unknown>, caller: Caller): Promise<unknown> {
    const env = {
      ...this.baseEnv(name),
      WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
      WX_OPENID: caller.openid,
      WX_APPID: caller.appid,
      WX_UNIONID: caller.unionid ?? '',
      WX_CLIENTIP: caller.clientIp ?? '127.0.0.1',
      TCB_SOURCE: 'wx_client',
    };
    return this.run(name, { ...event, userInfo: { appId: caller.appid, openId: caller.openid } }, env);
  }

  /**
   * CloudBase itself invoking the function: a timer trigger (SOURCE wx_trigger, no OPENID) or a
   * message push (SOURCE wx_unknown, OPENID the sender: for security events a system account).
   */
  async invokeServer(name: string, event: Record<string, unknown>, source: 'wx_trigger' | 'wx_unknown', sender?: string): Promise<unknown> {
    const env = {
      ...this.baseEnv(name),
      WX_CONTEXT_KEYS: 'WX_OPENID',
      WX_OPENID: sender ?? '',
      TCB_SOURCE: source,
    };
    return this.run(name, event, env);
  }

  private async run(name: string, event: Record<string, unknown>, env: Record<string, string>): Promise<unknown> {
    const main = this.mains.get(name);
    if (!main) throw new FunctionNotFoundError(`云函数 ${name} 不存在`);
    const context = {
      request_id: randomUUID(),
      function_name: name,
      function_version: '$LATEST',
      namespace: this.opts.envId ?? 'local',
      memory_limit_in_mb: 256,
      time_limit_in_ms: this.opts.timeoutMs ?? 20_000,
    };
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new FunctionTimeoutError(`云函数 ${name} 执行超时`)),
        this.opts.timeoutMs ?? 20_000,
      );
    });
    try {
      return await Promise.race([runWithCallEnv(env, () => Promise.resolve().then(() => main(event, context))), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
