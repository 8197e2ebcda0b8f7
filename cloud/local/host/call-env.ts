import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * wx-server-sdk reads the caller (WX_OPENID, WX_APPID, ...) and the backend URL
 * from `process.env` at call time. In CloudBase each invocation has its own
 * process environment; locally many calls share one process, so `process.env`
 * is wrapped to answer from the current call's variables first.
 */
const callEnv = new AsyncLocalStorage<Readonly<Record<string, string>>>();
let installed = false;

export function installCallEnv(): void {
  if (installed) return;
  installed = true;
  const base = process.env;
  const scoped = new Proxy(base, {
    get(target, key) {
      const store = callEnv.getStore();
      if (store && typeof key === 'string' && Object.hasOwn(store, key)) return store[key];
      return Reflect.get(target, key);
    },
    // Writes go straight to the real env: Node's env object refuses the partial
    // property descriptor a Proxy's default set would pass on.
    set(target, key, value) {
      if (typeof key !== 'string') return false;
      target[key] = String(value);
      return true;
    },
    has(target, key) {
      const store = callEnv.getStore();
      return (!!store && typeof key === 'string' && Object.hasOwn(store, key)) || Reflect.has(target, key);
    },
    ownKeys(target) {
      const store = callEnv.getStore();
      return [...new Set([...Reflect.ownKeys(target), ...(store ? Object.keys(store) : [])])];
    },
    getOwnPropertyDescriptor(target, key) {
      const store = callEnv.getStore();
      if (store && typeof key === 'string' && Object.hasOwn(store, key)) {
        return { value: store[key], writable: true, enumerable: true, configurable: true };
      }
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  Object.defineProperty(process, 'env', { value: scoped, writable: true, configurable: true, enumerable: true });
}

export function runWithCallEnv<T>(env: Record<string, string>, fn: () => T): T {
  return callEnv.run(Object.freeze({ ...env }), fn);
}
