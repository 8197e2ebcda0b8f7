import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConcurrencyGate } from '../http/gate';
import { HttpError, readJson, sendJson } from '../http/http-util';
import { mayRead } from '../storage/access';
import { MAX_UPLOAD_BYTES, USER_QUOTA_BYTES } from '../storage/file-store';
import { sniffImage } from '../storage/image-type';
import { parseStoredPath, type StoredPath } from '../storage/paths';
import { SIGNED_URL_TTL_SECONDS, UrlSigner } from '../storage/signed-url';
import { bearerToken, sessionOf, type Route, type RouteContext } from './context';

const MAX_URLS = 50;

/**
 * h5's stand-in for CloudBase storage: POST /api/storage/upload (own files, real images,
 * within the quota), POST /api/storage/urls (short-lived signed URLs for files the caller
 * may read, for <img>), GET /storage/<cloudPath> (a session or a signed URL).
 */
export function storageRoutes(ctx: RouteContext): Route {
  const signer = new UrlSigner();
  // Uploads hold up to 7 MB of JSON each while they arrive: a few at a time.
  const uploads = new ConcurrencyGate({ maxConcurrent: 4, maxQueued: 16, queueTimeoutMs: ctx.limits.queueTimeoutMs });

  function ownFolder(file: StoredPath): { folder: string; prefix: string } {
    if (file.kind === 'avatar') return { folder: 'avatars', prefix: `${file.owner}-` };
    const folder = file.kind === 'claim' ? 'claims' : file.kind === 'certificate' ? 'certificates' : 'brands';
    return { folder: `${folder}/${file.owner}`, prefix: '' };
  }

  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessionOf(ctx, req);
    const body = await readJson(req, Math.ceil(MAX_UPLOAD_BYTES * 1.4));
    const cloudPath = body['cloudPath'];
    const file = parseStoredPath(cloudPath);
    if (typeof cloudPath !== 'string' || !file) {
      throw new HttpError(400, 'INVALID_PATH', '只能上传 jpg、png、webp 或 gif 图片到 claims/<openid>/、certificates/<openid>/、brands/<openid>/ 或 avatars/<openid>-<时间>');
    }
    if (file.owner !== session.openid) throw new HttpError(403, 'FORBIDDEN', '只能上传到自己的目录');
    if (typeof body['contentBase64'] !== 'string') throw new HttpError(400, 'INVALID_INPUT', '缺少文件内容');
    const content = Buffer.from(body['contentBase64'], 'base64');
    if (content.length === 0) throw new HttpError(400, 'INVALID_INPUT', '文件是空的');
    if (content.length > MAX_UPLOAD_BYTES) throw new HttpError(413, 'FILE_TOO_LARGE', '图片不能超过 5 MB');
    // The bytes must be an image; the name's extension may disagree (h5 picks name blobs
    // without one .jpg), which is harmless since files are served as the type their bytes are.
    if (!sniffImage(content)) throw new HttpError(400, 'NOT_AN_IMAGE', '文件不是 jpg、png、webp 或 gif 图片');
    const { folder, prefix } = ownFolder(file);
    const used = ctx.files.bytesUnder(folder, prefix) - (ctx.files.get(cloudPath)?.length ?? 0);
    if (used + content.length > USER_QUOTA_BYTES) throw new HttpError(413, 'QUOTA_EXCEEDED', '存储空间已满：每人最多 50 MB');
    ctx.files.put(cloudPath, content);
    sendJson(res, 200, { ok: true, data: { fileID: ctx.files.fileId(cloudPath) } });
  }

  /** `{ fileIDs }` → `{ urls }` in the same order: a signed URL, or null for a file the caller may not read. */
  async function urls(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessionOf(ctx, req);
    const ids = (await readJson(req))['fileIDs'];
    if (!Array.isArray(ids) || ids.length === 0 || ids.length > MAX_URLS) {
      throw new HttpError(400, 'INVALID_INPUT', `fileIDs 须为 1-${MAX_URLS} 个文件 ID`);
    }
    const out = ids.map((id) => {
      const cloudPath = ctx.files.cloudPathOf(id);
      const file = cloudPath ? parseStoredPath(cloudPath) : null;
      if (!cloudPath || !file || !mayRead(ctx.db, session.openid, file)) return null;
      return `/storage/${cloudPath}?${signer.sign(cloudPath)}`;
    });
    sendJson(res, 200, { ok: true, data: { urls: out, expiresIn: SIGNED_URL_TTL_SECONDS } });
  }

  /** Showcase pictures are public, as the showcase is; anything else needs a signed URL or a session that may read it. */
  function requireReadable(req: IncomingMessage, url: URL, cloudPath: string, file: StoredPath, signed: boolean): void {
    if (file.kind === 'brand') return;
    if (signed) {
      if (!signer.verify(cloudPath, url.searchParams.get('exp'), url.searchParams.get('sig'))) {
        throw new HttpError(403, 'URL_EXPIRED', '链接已失效，请刷新页面');
      }
      return;
    }
    if (!bearerToken(req)) throw new HttpError(401, 'UNAUTHENTICATED', '请先登录');
    if (!mayRead(ctx.db, sessionOf(ctx, req).openid, file)) throw new HttpError(403, 'FORBIDDEN', '没有权限查看此文件');
  }

  function download(req: IncomingMessage, res: ServerResponse, url: URL): void {
    const cloudPath = url.pathname.slice('/storage/'.length);
    const file = parseStoredPath(cloudPath);
    if (!file) throw new HttpError(400, 'INVALID_PATH', '文件路径无效');
    const signed = url.searchParams.has('sig');
    requireReadable(req, url, cloudPath, file, signed);
    const content = ctx.files.get(cloudPath);
    if (!content) throw new HttpError(404, 'NOT_FOUND', '文件不存在');
    res.writeHead(200, {
      'content-type': sniffImage(content) ?? 'application/octet-stream',
      'content-length': content.length,
      // A signed URL may be cached until it expires; a session's answer only by this browser.
      'cache-control': signed ? `private, max-age=${SIGNED_URL_TTL_SECONDS}` : 'private, no-cache',
    });
    res.end(content);
  }

  return async (req, res, url) => {
    const storage = url.pathname.startsWith('/storage/') || url.pathname.startsWith('/api/storage/');
    if (!storage) return false;
    // Every storage answer, refusals too: browsers must never guess another type.
    res.setHeader('x-content-type-options', 'nosniff');
    if (req.method === 'POST' && url.pathname === '/api/storage/upload') await uploads.run(() => upload(req, res));
    else if (req.method === 'POST' && url.pathname === '/api/storage/urls') await urls(req, res);
    else if (req.method === 'GET' && url.pathname.startsWith('/storage/')) download(req, res, url);
    else throw new HttpError(404, 'NOT_FOUND', '接口不存在');
    return true;
  };
}
