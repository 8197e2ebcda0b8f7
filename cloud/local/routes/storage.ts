import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError, readJson, sendJson } from '../http/http-util';
import { CONTENT_TYPES, MAX_UPLOAD_BYTES, UPLOAD_PATH } from '../storage/file-store';
import { sessionOf, type Route, type RouteContext } from './context';

/** h5's stand-in for CloudBase storage: POST /api/storage/upload and GET /storage/<cloudPath>. */
export function storageRoutes(ctx: RouteContext): Route {
  /** `{ cloudPath, contentBase64 }`, only into the caller's own folder. */
  async function upload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const session = sessionOf(ctx, req);
    const body = await readJson(req, Math.ceil(MAX_UPLOAD_BYTES * 1.4));
    const cloudPath = String(body['cloudPath'] ?? '');
    const m = UPLOAD_PATH.exec(cloudPath);
    if (!m) throw new HttpError(400, 'INVALID_INPUT', '只能上传 jpg、png 或 webp 图片');
    if (m[1] !== session.openid) throw new HttpError(403, 'FORBIDDEN', '只能上传到自己的目录');
    const content = Buffer.from(String(body['contentBase64'] ?? ''), 'base64');
    if (content.length === 0) throw new HttpError(400, 'INVALID_INPUT', '文件是空的');
    if (content.length > MAX_UPLOAD_BYTES) throw new HttpError(413, 'INVALID_INPUT', '图片不能超过 5 MB');
    ctx.files.put(cloudPath, content);
    sendJson(res, 200, { ok: true, data: { fileID: ctx.files.fileId(cloudPath) } });
  }

  function download(cloudPath: string, res: ServerResponse): void {
    const content = UPLOAD_PATH.test(cloudPath) ? ctx.files.get(cloudPath) : null;
    if (!content) throw new HttpError(404, 'NOT_FOUND', '文件不存在');
    const ext = cloudPath.split('.').pop() ?? '';
    res.writeHead(200, { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'private, max-age=86400' });
    res.end(content);
  }

  return async (req, res, url) => {
    if (req.method === 'POST' && url.pathname === '/api/storage/upload') {
      await ctx.gate.run(() => upload(req, res));
      return true;
    }
    if (req.method === 'GET' && url.pathname.startsWith('/storage/')) {
      download(url.pathname.slice('/storage/'.length), res);
      return true;
    }
    return false;
  };
}
