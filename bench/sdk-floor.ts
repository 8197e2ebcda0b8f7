// What no change to the local cloud can remove: wx-server-sdk builds and signs every database
// request (TC3-HMAC-SHA256, as for CloudBase), and a sign-up makes a fixed number of them. Measured
// here with the SDK's transport answering at once, and a sign-up's requests counted on the store.
import path from 'node:path';
import { installCallEnv, runWithCallEnv } from '../cloud/local/host/call-env';
import { setLocalSdkCredentials } from '../cloud/local/host/sdk-env';
import { serveSdkInProcess } from '../cloud/local/host/sdk-transport';
import { startLocalCloud } from '../cloud/local/server';
import { callApi, countDbRequests } from '../tests/cloud/helpers';
import { benchActivityInput } from './activity-input';
import type WxServerSdk from 'wx-server-sdk';


/** µs of one core per database request the SDK builds, signs and reads back (median of 5 rounds). */
export async function sdkMicrosPerRequest(): Promise<number> {
  installCallEnv();
  setLocalSdkCredentials();
  const url = 'http://127.0.0.1:9/sdk-floor';
  const stop = serveSdkInProcess(url, () => ({ data: { list: [] }, requestId: 'floor' }));
  const env = { TCB_CONTEXT_CNFG: JSON.stringify({ URL: url }), TCB_ENV: 'local', SCF_NAMESPACE: 'local', SCF_FUNCTIONNAME: 'floor', WX_OPENID: 'floor', WX_APPID: 'wxlocalcloud', TCB_SOURCE: 'wx_client' };
  try {
    return await runWithCallEnv(env, async () => {
      const sdk = require('wx-server-sdk') as typeof WxServerSdk;
      sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV as unknown as string });
      const activities = sdk.database().collection('activities');
      const rounds: number[] = [];
      for (let round = 0; round < 6; round++) {
        const t = performance.now();
        for (let i = 0; i < 2000; i++) await activities.where({ _id: `a${i}`, status: 'published' }).limit(1).get();
        rounds.push(((performance.now() - t) * 1000) / 2000);
      }
      return rounds.slice(1).sort((a, b) => a - b)[2]!; // the first round warms up
    });
  } finally {
    stop();
  }
}

/** Database requests of one sign-up that gets a seat, and of one that joins the line. */
export async function signUpRequests(): Promise<{ enrolled: number; waitlisted: number }> {
  const cloud = await startLocalCloud({ seedDemo: true, dataDir: null, functionsDir: path.join(__dirname, '..', 'cloud', 'functions'), devLogin: true, host: '127.0.0.1', log: () => {} });
  try {
    const admin = cloud.sessions.issue('demo_admin', 'wxlocalcloud');
    const input = benchActivityInput('压测报名', 1, 'floor-activity-1');
    const { id } = (await callApi(cloud, admin, 'volunteer', 'save', input)).body.data as { id: string };
    await callApi(cloud, admin, 'volunteer', 'publish', { id });
    const signUp = async (openid: string) => {
      const token = cloud.sessions.issue(openid, 'wxlocalcloud');
      const { result, requests } = await countDbRequests(cloud.db, () => callApi(cloud, token, 'volunteer', 'signUp', { id }));
      if (!result.body.ok) throw new Error(JSON.stringify(result.body));
      return requests;
    };
    return { enrolled: await signUp('floor_1'), waitlisted: await signUp('floor_2') };
  } finally {
    await cloud.close();
  }
}
