import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database } from '../store/database';
import type { FunctionsHost } from '../host/functions-host';
import type { Session, SessionSigner } from '../host/session';
import type { FileStore } from '../storage/file-store';
import type { ConcurrencyGate } from '../http/gate';
import type { ServerLimits } from '../http/limits';
import { HttpError } from '../http/http-util';

/** What the routes share: the store, the functions, sessions, files and the front door. */
export interface RouteContext {
  db: Database;
  functions: () => FunctionsHost;
  sessions: SessionSigner;
  files: FileStore;
  gate: ConcurrencyGate;
  limits: ServerLimits;
  appid: string;
  /** Dev sign-in is on: asked for, and the server listens on loopback only. */
  devLogin: boolean;
  log: (message: string) => void;
}

/** Handles the request and returns true, or returns false when the path is not its own. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function bearerToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
}

export function sessionOf(ctx: RouteContext, req: IncomingMessage): Session {
  const session = ctx.sessions.verify(bearerToken(req));
  if (!session) throw new HttpError(401, 'UNAUTHENTICATED', '请先登录');
  return session;
}
