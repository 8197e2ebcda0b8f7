/**
 * cloudbaserc.json for those who deploy functions with the tcb CLI (`tcb fn deploy --force`),
 * generated from the same config.json files as `npm run deploy`. A test keeps it in sync:
 * after changing a function's config.json, run `npm run deploy:rc`.
 *
 * Values come from `.env` / `.env.local` through the CLI's {{env.NAME}} variables (config
 * version 2.0). envVariables replace the online set, so every declared variable must be set there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CLOUD_RUNTIME, listCloudFunctions } from '../../cloud/function-configs';
import { ROOT } from './desired';

export const CLOUDBASERC_FILE = path.join(ROOT, 'cloudbaserc.json');

export function cloudbaserc(functionsSrc = path.join(ROOT, 'cloud', 'functions')): unknown {
  return {
    version: '2.0',
    envId: '{{env.ENV_ID}}',
    functionRoot: './dist/cloudfunctions',
    functions: listCloudFunctions(functionsSrc).map(({ name, config }) => ({
      name,
      runtime: CLOUD_RUNTIME,
      handler: 'index.main',
      timeout: config.timeout,
      memorySize: config.memorySize,
      // wx-server-sdk stays outside the bundle and is installed cloud-side.
      installDependency: true,
      ignore: ['node_modules', 'node_modules/**/*'],
      ...(config.env.length > 0
        ? { envVariables: Object.fromEntries(config.env.map((v) => [v, `{{env.${v}}}`])) }
        : {}),
      ...(config.triggers.length > 0 ? { triggers: config.triggers } : {}),
    })),
  };
}

export const cloudbasercText = (): string => `${JSON.stringify(cloudbaserc(), null, 2)}\n`;

if (require.main === module) {
  const text = cloudbasercText();
  if (process.argv.includes('--write')) {
    fs.writeFileSync(CLOUDBASERC_FILE, text);
    console.log(`已写入 ${path.relative(process.cwd(), CLOUDBASERC_FILE)}`);
  } else process.stdout.write(text);
}
