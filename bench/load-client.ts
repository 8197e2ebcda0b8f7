/**
 * The load benchmark's side of the wire: keep-alive HTTP calls to POST /api/<fn> as the
 * h5 app makes them, closed-loop clients, and the server's resident memory from /proc.
 */
import fs from 'node:fs';
import http from 'node:http';

export interface CallResult {
  ok: boolean;
  status: number;
  ms: number;
  body: { ok?: boolean; code?: string; message?: string; data?: any } | null;
}

export class ApiClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });

  constructor(private readonly base: URL) {}

  call(token: string, fn: string, action: string, data?: unknown): Promise<CallResult> {
    return this.post(`/api/${fn}`, { action, data }, { authorization: `Bearer ${token}` });
  }

  post(path: string, payload: unknown, headers: Record<string, string> = {}): Promise<CallResult> {
    const body = JSON.stringify(payload);
    const started = performance.now();
    return new Promise((resolve) => {
      const req = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          path,
          method: 'POST',
          agent: this.agent,
          headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            let parsed: CallResult['body'] = null;
            try {
              parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CallResult['body'];
            } catch {
              /* not JSON: counted as a failure below */
            }
            const status = res.statusCode ?? 0;
            resolve({ ok: status === 200 && parsed?.ok === true, status, ms: performance.now() - started, body: parsed });
          });
        },
      );
      req.on('error', (err) => resolve({ ok: false, status: 0, ms: performance.now() - started, body: { message: err.message } }));
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/** Resident memory of a process in MB (Linux), or NaN elsewhere. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (clock ticks of 10 ms). */
export function cpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime: fields 14 and 15 of stat
  } catch {
    return NaN;
  }
}

/** Samples a process's resident memory every `everyMs` until stopped: the highest seen. */
export function watchRss(pid: number, everyMs = 250): { peak: () => number; stop: () => void } {
  let peak = rssMb(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMb(pid));
  }, everyMs);
  return { peak: () => peak, stop: () => clearInterval(timer) };
}

/** Runs `clients` loops, each awaiting `step(client)` again and again until `seconds` have passed. */
export async function closedLoop(clients: number, seconds: number, step: (client: number) => Promise<void>): Promise<void> {
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_v, c) => {
      while (performance.now() < until) await step(c);
    }),
  );
}
