import path from 'node:path';

/**
 * wx-server-sdk sends every database request through @cloudbase/node-sdk's
 * `request-core.request(opts, cb)`, after it has built the URL, the body and the
 * signed headers exactly as it does for CloudBase. That function only opens the
 * HTTP connection, so it is the narrowest point to hook: for the local cloud's
 * own endpoint in this process, the request is answered here, without a loopback
 * socket (which under load held thousands of queued requests in memory); every
 * other URL goes to the SDK's own code unchanged.
 */

/** What the SDK handed to the transport: the JSON body as the server would parse it, and the signed headers. */
export interface SdkRequest {
  url: string;
  body: Record<string, unknown>;
  headers: Readonly<Record<string, unknown>>;
}

export type SdkEndpoint = (req: SdkRequest) => Record<string, unknown>;

interface CoreOptions {
  url?: string;
  method?: string;
  body?: unknown;
  json?: boolean;
  headers?: Record<string, unknown>;
}
interface CoreResponse {
  statusCode: number;
  headers: Record<string, string>;
}
type CoreCallback = (err: Error | null, res?: CoreResponse, body?: unknown) => void;
type CoreRequest = (opts: CoreOptions, cb: CoreCallback) => unknown;

const endpoints = new Map<string, SdkEndpoint>();
let installed = false;

/** The SDK's transport module, resolved from wx-server-sdk so it is the very copy the SDK uses. */
function requestCoreModule(): { request: CoreRequest } {
  const sdkDir = path.dirname(require.resolve('wx-server-sdk/package.json'));
  const nodeSdk = path.dirname(require.resolve('@cloudbase/node-sdk/package.json', { paths: [sdkDir] }));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file inside the SDK, found at run time
  return require(path.join(nodeSdk, 'dist', 'utils', 'request-core.js')) as { request: CoreRequest };
}

function install(): void {
  if (installed) return;
  const core = requestCoreModule();
  const original = core.request;
  if (typeof original !== 'function') throw new Error('本地云：wx-server-sdk 的请求模块结构已变化，无法挂接进程内传输');
  core.request = (opts, cb) => {
    const endpoint = endpointFor(opts);
    if (!endpoint) return original(opts, cb);
    // No JSON round trip: the SDK's body is plain JSON-safe data (it would stringify it for
    // HTTP; the conformance test compares it with the recorded requests), and every answer is
    // built afresh, sharing nothing with the store.
    const req: SdkRequest = { url: opts.url!, body: (opts.body ?? {}) as Record<string, unknown>, headers: { ...opts.headers } };
    // Answered on a later turn, as a network reply would be: a call never completes synchronously.
    setImmediate(() => {
      let answer: Record<string, unknown>;
      try {
        answer = endpoint(req);
      } catch (err) {
        return cb(err as Error);
      }
      cb(null, { statusCode: 200, headers: { 'content-type': 'application/json; charset=utf-8' } }, answer);
    });
    return undefined;
  };
  installed = true;
}

function endpointFor(opts: CoreOptions): SdkEndpoint | undefined {
  if (typeof opts.url !== 'string' || opts.method?.toLowerCase() !== 'post' || opts.json !== true) return undefined;
  const q = opts.url.indexOf('?');
  return endpoints.get(q === -1 ? opts.url : opts.url.slice(0, q));
}

/** Answers the SDK's requests to `url` (the local cloud's endpoint) in this process until the returned function is called. */
export function serveSdkInProcess(url: string, endpoint: SdkEndpoint): () => void {
  install();
  endpoints.set(url, endpoint);
  return () => {
    if (endpoints.get(url) === endpoint) endpoints.delete(url);
  };
}
