import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtList, AtListItem } from 'taro-ui';
import type { Certificate } from '@contracts/certificates';
import { call } from '@/api/client';
import { DataAge } from '@/components/data-age';
import { EmptyState } from '@/components/empty-state';
import { beforeData } from '@/components/page-state';
import { Screen } from '@/components/screen';
import { useBusy } from '@/hooks/use-busy';
import { useRemote } from '@/hooks/use-remote';
import { BirthDateRow } from '@/features/certificates/components/birth-date-row';
import { CertificateCard } from '@/features/certificates/components/cert-card';
import { ReminderList } from '@/features/certificates/components/reminder-list';
import '@/features/certificates/save-outbox';
import { useReminders } from '@/features/certificates/use-reminders';
import { certificateEditUrl } from '@/features/stations/routes';
import { discardWrite, onLanded, useOutbox } from '@/offline/outbox';
import { confirmAction, notify } from '@/ui/feedback';
import { go } from '@/ui/navigate';

/** 我的证书: reminders first, then the certificates by expiry; archived (expired or replaced) apart. Only the owner reads it. */
function Wallet() {
  const wallet = useRemote(() => call('certificates', 'wallet'), [], { cache: 'certificates.wallet' });
  const reminders = useReminders();
  const waiting = useOutbox('certificates.save');
  const { run } = useBusy();
  const { reload } = wallet;
  const reloadReminders = reminders.reload;
  useEffect(
    () =>
      onLanded((e) => {
        if (e.kind !== 'certificates.save') return;
        void reload();
        void reloadReminders();
      }),
    [reload, reloadReminders],
  );
  const gate = beforeData(wallet);
  if (gate) return gate;
  const w = wallet.data!;
  const archive = async (c: Certificate) => {
    if (!(await confirmAction({ title: '归档证书', content: `${c.title || c.kindName}已换新？归档后不再提醒，仍可在“已归档”中查看。`, confirmText: '归档' }))) return;
    await run(async () => {
      await call('certificates', 'archive', { id: c.id });
      notify('已归档', { done: true });
      await Promise.all([reload(), reloadReminders()]);
    }, '归档');
  };
  return (
    <>
      <DataAge savedAt={wallet.savedAt} />
      {waiting.length ? (
        <AtList>
          {waiting.map((e) => (
            <AtListItem
              key={e.id}
              title={`${e.input.title || e.input.kindName} · ${e.status === 'refused' ? '未能保存' : '待发送'}`}
              note={e.status === 'refused' ? `${e.error ?? ''}（点击移除）` : '联网后自动保存'}
              onClick={e.status === 'refused' ? () => discardWrite(e.id) : undefined}
            />
          ))}
        </AtList>
      ) : null}
      <ReminderList reminders={reminders.data ?? []} onDismissed={() => void reloadReminders()} />
      <View className='actions actions--page'>
        <AtButton type='primary' onClick={() => go(certificateEditUrl())}>
          添加证书
        </AtButton>
      </View>
      {w.certificates.length === 0 && waiting.length === 0 ? (
        <EmptyState title='还没有添加证书' description='添加海员证、适任证书、健康证等，到期前 90、30、7 天提醒你换证。' />
      ) : null}
      {w.certificates.map((c) => (
        <CertificateCard key={c.id} c={c} onArchive={archive} />
      ))}
      <BirthDateRow value={w.birthDate} onSaved={() => void Promise.all([reload(), reloadReminders()])} />
      {w.archived.length ? (
        <>
          <Text className='section-title'>已归档（已过期或已换新）</Text>
          {w.archived.map((c) => (
            <CertificateCard key={c.id} c={c} />
          ))}
        </>
      ) : null}
    </>
  );
}

export default function CertificatesPage() {
  return (
    <Screen>
      <Wallet />
    </Screen>
  );
}
