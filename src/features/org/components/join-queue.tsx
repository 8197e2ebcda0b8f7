import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput } from 'taro-ui';
import type { JoinQueueItem } from '@contracts/org';
import { call } from '@/api/client';
import { ErrorState, Loading } from '@/components/page-state';
import { EmptyState } from '@/components/empty-state';
import { useRemote } from '@/hooks/use-remote';
import { shortTime } from '@/features/org/format';
import { applicantText, viaText } from '@/features/org/applicant';
import { notify } from '@/ui/feedback';
import { useBusy } from '@/hooks/use-busy';
import './join-queue.scss';

/** 入支部申请: the branch's pending requests, approved or rejected one by one. */
export function JoinQueue({ onDecided }: { onDecided?: () => void }) {
  const queue = useRemote(() => call('org', 'listJoinRequests', { status: 'pending' }), [], { cache: 'org.joinRequests' });
  if (queue.loading && !queue.data) return <Loading />;
  if (queue.error && !queue.data) return <ErrorState error={queue.error} onRetry={queue.reload} />;
  if (!queue.data?.length) return <EmptyState title='没有待审核的申请' description='党员用邀请码或名册申请加入后，会出现在这里。' />;
  return (
    <View className='join-queue'>
      {queue.data.map((r) => (
        <JoinRequestItem
          key={r.id}
          request={r}
          onDone={() => {
            void queue.reload();
            onDecided?.();
          }}
        />
      ))}
    </View>
  );
}

function JoinRequestItem({ request, onDone }: { request: JoinQueueItem; onDone: () => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, run } = useBusy();

  const decide = async (approve: boolean) => {
    await run(async () => {
      await call('org', 'decideJoin', approve ? { requestId: request.id, approve } : { requestId: request.id, approve, reason });
      notify(approve ? '已通过' : '已驳回', { done: true });
      onDone();
    });
  };

  return (
    <View className='join-queue__item'>
      <View className='join-queue__head'>
        <Text className='join-queue__name'>{request.name}</Text>
        <Text className='join-queue__via'>{viaText(request)}</Text>
      </View>
      <Text className='join-queue__meta'>
        {request.phone ? `手机 ${request.phone} · ` : ''}
        {shortTime(request.createdAt)} 申请加入 {request.branchName}
      </Text>
      <Text className='join-queue__meta'>{applicantText(request)}</Text>
      {request.rosterMatch === 'not_found' ? (
        <Text className='join-queue__warn'>名册中没有此姓名和手机号，请核实后再通过</Text>
      ) : null}
      {rejecting ? (
        <View>
          <AtInput name='reason' title='驳回理由' placeholder='申请人会看到' value={reason} onChange={(v: string | number) => setReason(String(v))} />
          <View className='join-queue__actions'>
            <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={() => decide(false)}>
              确认驳回
            </AtButton>
            <AtButton size='small' disabled={busy} onClick={() => setRejecting(false)}>
              取消
            </AtButton>
          </View>
        </View>
      ) : (
        <View className='join-queue__actions'>
          <AtButton size='small' type='primary' loading={busy} disabled={busy} onClick={() => decide(true)}>
            通过
          </AtButton>
          <AtButton size='small' disabled={busy} onClick={() => setRejecting(true)}>
            驳回
          </AtButton>
        </View>
      )}
    </View>
  );
}
