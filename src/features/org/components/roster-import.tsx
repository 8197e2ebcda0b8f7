import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton } from 'taro-ui';
import type { RosterImportResult } from '@contracts/org';
import { call, toastError } from '@/api/client';
import { newRequestId } from '@/api/request-id';
import { useBusy } from '@/hooks/use-busy';
import { pickRosterFile } from '@/features/org/pick-file';
import './roster-import.scss';

/** 导入党员名册: a CSV or xlsx with 姓名, 手机号, 支部; members then join by matching their row. */
export function RosterImport({ onImported }: { onImported: () => void }) {
  const { busy, run } = useBusy();
  const [result, setResult] = useState<RosterImportResult | null>(null);
  // Kept until an import succeeds: trying again after a timeout is the same import.
  const [requestId, setRequestId] = useState(newRequestId);

  const importFile = async () => {
    // Choosing stays outside `run`: a cancelled file dialog on h5 never answers, and must not leave the button busy.
    const file = await pickRosterFile().catch((err: unknown) => {
      toastError(err);
      return null;
    });
    if (!file) return;
    await run(async () => {
      setResult(await call('org', 'importRoster', { fileName: file.name, contentBase64: file.base64, requestId }));
      setRequestId(newRequestId());
      onImported();
    });
  };

  return (
    <View className='roster-import'>
      <Text className='roster-import__hint'>表格第一行为表头：姓名、手机号、支部（支部名称须与系统一致），支持 .csv 与 .xlsx，不超过 1 MB。</Text>
      <AtButton type='primary' loading={busy} disabled={busy} onClick={importFile}>
        选择名册文件并导入
      </AtButton>
      {result ? (
        <View className='roster-import__result'>
          <Text className='roster-import__summary'>
            已导入 {result.imported} 人{result.skipped.length ? `，跳过 ${result.skipped.length} 行` : ''}
          </Text>
          {result.skipped.map((s) => (
            <Text key={s.line} className='roster-import__skipped'>
              第 {s.line} 行：{s.reason}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}
