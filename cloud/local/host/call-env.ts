import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * wx-server-sdk reads the caller (WX_OPENID, WX_APPID, ...) and the backend URL
 * from `process.env` at call time. In CloudBase each invocation has its own
 * process environment; locally many calls share one process, so `process.env`
 * is wrapped to answer from the current call's variables first.
 *
 * The SDK reads dozens of variables per database request, and each read of the
 * real environment is a native lookup that builds a new string: reads are served
 * from a plain copy instead, and writes go to both the copy and the real
 * environment (which child processes and native code see).
 */
const callEnv = new AsyncLocalStorage<Readonly<Record<string, string>>>();
let installed = false;

export function installCallEnv(): void {
  if (installed) return;
  installed = true;
  const real = process.env;
  const copy: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, real);
  const scoped = new Proxy(copy, {
    get(target, key) {
      if (typeof key !== 'string') return undefined;
      const store = callEnv.getStore();
      if (store && Object.hasOwn(store, key)) return store[key];
      return target[key];
    },
    set(target, key, value) {
      if (typeof key !== 'string') return false;
      real[key] = String(value); // the real env turns values into strings: keep the copy the same
      target[key] = real[key]!;
      return true;
    },
    deleteProperty(target, key) {
      if (typeof key !== 'string') return false;
      delete real[key];
      delete target[key];
      return true;
    },
    has(target, key) {
      const store = callEnv.getStore();
      return typeof key === 'string' && ((!!store && Object.hasOwn(store, key)) || Object.hasOwn(target, key));
    },
    ownKeys(target) {
      const store = callEnv.getStore();
      return [...new Set([...Reflect.ownKeys(target), ...(store ? Object.keys(store) : [])])];
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key !== 'string') return undefined;
      const store = callEnv.getStore();
      if (store && Object.hasOwn(store, key)) return { value: store[key], writable: true, enumerable: true, configurable: true };
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  Object.defineProperty(process, 'env', { value: scoped, writable: true, configurable: true, enumerable: true });
}

export function runWithCallEnv<T>(env: Record<string, string>, fn: () => T): T {
  return callEnv.run(Object.freeze({ ...env }), fn);
}
