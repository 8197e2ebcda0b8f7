import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import type { DayBoard, VerifyResult } from '@contracts/stations';
import { QR_PREFIX } from '@contracts/stations-code';
import { call } from '@/api/client';
import { ApiCallError, toApiCallError } from '@/api/errors';
import { newRequestId } from '@/api/request-id';
import { useBusy } from '@/hooks/use-busy';
import { isOnline } from '@/offline/network';
import { submitWrite, useOutbox } from '@/offline/outbox';
import { notify } from '@/ui/feedback';
import '../verify-outbox';
import { verifyOffline } from './offline-verify';
import './console.scss';

type Check = { qr: string } | { code: string };

/** Online: the server checks and records. No signal: checked on the phone, queued as 待同步. */
async function verify(board: DayBoard, input: Check, used: ReadonlySet<string>): Promise<{ ok: boolean; text: string }> {
  try {
    if (!isOnline()) throw new ApiCallError('NETWORK');
    const r: VerifyResult = await call('stations', 'verify', { stationId: board.stationId, ...input });
    return { ok: r.outcome === 'verified', text: r.message };
  } catch (err) {
    if (toApiCallError(err).code !== 'NETWORK') throw err;
  }
  const offline = verifyOffline(board, input, used);
  if (!offline.ok) return { ok: false, text: offline.message };
  const draft = { stationId: board.stationId, bookingId: offline.bookingId, code: offline.code, at: new Date().toISOString(), via: offline.via, label: offline.label };
  const outcome = await submitWrite('stations.verification', newRequestId(), draft);
  if (outcome.sent) return { ok: outcome.result.outcome === 'verified', text: outcome.result.message };
  return { ok: true, text: `已核销（待同步）：${offline.label}${offline.note}` };
}

/** 核销: scan the crew member's QR (weapp) or type the 6-character code; works with no signal too. */
export function VerifyBox({ board, onChanged }: { board: DayBoard; onChanged: () => void }) {
  const [code, setCode] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const waiting = useOutbox('stations.verification').filter((e) => e.input.stationId === board.stationId && e.status === 'waiting');
  const { busy, run } = useBusy();
  const check = (input: Check) =>
    run(async () => {
      const r = await verify(board, input, new Set(waiting.map((e) => e.input.bookingId)));
      setResult(r);
      if (r.ok) {
        notify('核销成功', { done: true });
        setCode('');
        onChanged();
      }
    }, '核销');
  const scan = async () => {
    const scanned = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => null);
    if (!scanned) return;
    const text = scanned.result.trim();
    await check(text.startsWith(`${QR_PREFIX}.`) ? { qr: text } : { code: text });
  };
  return (
    <View className='card'>
      <Text className='card-title'>核销预约</Text>
      <AtInput name='code' title='预约码' placeholder='6 位字母或数字' maxlength={6} value={code} onChange={(v: string | number) => setCode(String(v).toUpperCase())} />
      <View className='actions'>
        <AtButton type='primary' size='small' loading={busy} disabled={busy} onClick={() => void check({ code })}>
          核销
        </AtButton>
        {process.env.TARO_ENV === 'weapp' ? (
          <AtButton size='small' disabled={busy} onClick={() => void scan()}>
            扫码核销
          </AtButton>
        ) : null}
      </View>
      {result ? (
        <Text className={`console__result${result.ok ? ' console__result--ok' : ''}`} data-testid='verify-result'>
          {result.text}
        </Text>
      ) : null}
      {waiting.length ? (
        <Text className='console__waiting' data-testid='verify-waiting'>
          待同步 {waiting.length} 条：联网后自动提交
        </Text>
      ) : null}
    </View>
  );
}
