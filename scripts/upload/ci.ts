/**
 * The part of miniprogram-ci the upload uses, behind a small interface so tests can record what
 * would be sent. The real module is loaded only when there is a key (it takes seconds to load).
 */
import type * as MiniprogramCi from 'miniprogram-ci';
import type { UploadKey } from './options';

export interface CiProjectOptions {
  appid: string;
  type: 'miniProgram';
  /** dist/weapp: exactly what was built and checked. */
  projectPath: string;
  ignores: string[];
  privateKey?: string;
  privateKeyPath?: string;
}

export interface CiUploadOptions {
  version: string;
  desc: string;
  robot: number;
  /** preview only: where the QR image goes. */
  qrcodeOutputDest?: string;
}

export interface CiResult {
  subPackageInfo?: Array<{ name: string; size: number }>;
}

export interface CiApi {
  upload(project: CiProjectOptions, options: CiUploadOptions): Promise<CiResult>;
  preview(project: CiProjectOptions, options: CiUploadOptions): Promise<CiResult>;
}

export const projectOptions = (appid: string, dist: string, key: UploadKey): CiProjectOptions => ({
  appid,
  type: 'miniProgram',
  projectPath: dist,
  ignores: ['node_modules/**/*'],
  ...key,
});

export function realCi(): CiApi {
  const ci = require('miniprogram-ci') as typeof MiniprogramCi;
  // The project's own project.config.json settings (es6/minify off): Taro's output goes up as built.
  const setting = { useProjectConfig: true };
  const onProgressUpdate = (task: unknown) => {
    const t = task as { message?: string; status?: string };
    if (t.status === 'done' || typeof task === 'string') console.log(`  ${t.message ?? String(task)}`);
  };
  return {
    upload: (p, o) =>
      ci.upload({
        project: new ci.Project(p),
        version: o.version,
        desc: o.desc,
        robot: o.robot,
        setting,
        onProgressUpdate,
      }),
    preview: (p, o) =>
      ci.preview({
        project: new ci.Project(p),
        version: o.version,
        desc: o.desc,
        robot: o.robot,
        setting,
        qrcodeFormat: 'image',
        qrcodeOutputDest: o.qrcodeOutputDest,
        onProgressUpdate,
      }),
  };
}
