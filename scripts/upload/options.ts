/**
 * What `npm run upload` needs before it can upload: its arguments, the appid from
 * project.config.json (never touristappid) and the upload key from the environment.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

export const USAGE =
  '用法：npm run upload -- --version <版本号> --desc <说明> [--preview] [--robot 1-30] [--qrcode <图片路径>]';

export interface UploadArgs {
  version: string;
  desc: string;
  preview: boolean;
  robot: number;
  /** Where --preview writes the QR image. */
  qrcode: string;
}

export function parseUploadArgs(argv: string[], root: string): UploadArgs | { error: string } {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        version: { type: 'string' },
        desc: { type: 'string' },
        preview: { type: 'boolean', default: false },
        robot: { type: 'string', default: '1' },
        qrcode: { type: 'string', default: path.join(root, 'dist', 'preview-qrcode.jpg') },
      },
      strict: true,
    }).values;
  } catch (err) {
    return { error: `${(err as Error).message}\n${USAGE}` };
  }
  const missing = [...(values.version ? [] : ['--version']), ...(values.desc ? [] : ['--desc'])];
  if (missing.length > 0) return { error: `缺少 ${missing.join('、')}\n${USAGE}` };
  if (!/^[0-9A-Za-z][0-9A-Za-z.+-]{0,31}$/.test(values.version!))
    return { error: `版本号 ${values.version} 无效（例如 1.0.0）` };
  const robot = Number(values.robot);
  if (!Number.isInteger(robot) || robot < 1 || robot > 30) return { error: '--robot 须为 1 到 30 的整数' };
  return {
    version: values.version!,
    desc: values.desc!,
    preview: values.preview === true,
    robot,
    qrcode: path.resolve(values.qrcode!),
  };
}

export function readAppid(projectConfigFile: string): string {
  return String((JSON.parse(fs.readFileSync(projectConfigFile, 'utf8')) as { appid?: unknown }).appid ?? '');
}

export function appidProblem(appid: string): string | null {
  if (!appid || appid === 'touristappid') {
    return `project.config.json 的 appid 是 ${appid || '（空）'}：游客 appid 不能上传，也不能使用云开发。请填入小程序的 AppID（mp.weixin.qq.com → 开发管理 → 开发设置）`;
  }
  if (!/^wx[0-9a-f]{16}$/.test(appid)) return `appid ${appid} 不像小程序 AppID（wx 加 16 位十六进制）`;
  return null;
}

export type UploadKey = { privateKey: string } | { privateKeyPath: string };

/** WEAPP_PRIVATE_KEY holds the PEM text (CI secrets often turn newlines into `\n`), or WEAPP_PRIVATE_KEY_PATH a file. */
export function uploadKey(env: NodeJS.ProcessEnv): UploadKey | { error: string } | null {
  const text = env['WEAPP_PRIVATE_KEY'];
  if (text) {
    const pem = text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem))
      return { error: 'WEAPP_PRIVATE_KEY 不是 PEM 格式的私钥（应以 -----BEGIN RSA PRIVATE KEY----- 开头）' };
    return { privateKey: pem };
  }
  const file = env['WEAPP_PRIVATE_KEY_PATH'];
  if (file)
    return fs.existsSync(file)
      ? { privateKeyPath: path.resolve(file) }
      : { error: `WEAPP_PRIVATE_KEY_PATH 指向的文件不存在：${file}` };
  return null;
}
