import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtSegmentedControl } from 'taro-ui';
import type { Me } from '@contracts/account';
import type { BranchSummary } from '@contracts/org';
import { call } from '@/api/client';
import { ApiCallError } from '@/api/errors';
import { newRequestId } from '@/api/request-id';
import { refreshMe } from '@/features/account/me-store';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction, notify } from '@/ui/feedback';
import { BranchPicker } from '@/features/account/components/branch-picker';
import './join-branch.scss';

/**
 * 加入党支部: with the branch's invite code, or by naming one's branch with the name and phone
 * the organisation put in its roster. Either way the branch secretary verifies and approves.
 */
export function JoinBranch({ me }: { me: Me }) {
  const [mode, setMode] = useState(0);
  const [name, setName] = useState(me.profile.name);
  const [code, setCode] = useState('');
  const [phone, setPhone] = useState(me.profile.phone ?? '');
  const [branch, setBranch] = useState<BranchSummary | null>(null);
  // One per submit: a retried submit returns the request the first one filed.
  const [requestId, setRequestId] = useState(newRequestId);
  const { busy, run } = useBusy();

  const pending = me.pendingJoin;
  if (pending) {
    return (
      <View className='join-branch'>
        <Text className='join-branch__title'>入党支部申请</Text>
        <Text className='join-branch__status'>已申请加入「{pending.branchName}」，等待支部审核。</Text>
        <AtButton
          size='small'
          loading={busy}
          disabled={busy}
          onClick={async () => {
            if (!(await confirmAction({ title: '撤回申请？', content: '撤回后需要重新提交申请。', confirmText: '撤回申请', cancelText: '再想想' }))) return;
            await run(async () => {
              await call('account', 'cancelJoin');
              await refreshMe();
            });
          }}
        >
          撤回申请
        </AtButton>
      </View>
    );
  }

  const submit = async () => {
    await run(async () => {
      if (mode === 0) {
        await call('account', 'requestJoin', { inviteCode: code, name, requestId });
      } else {
        if (!branch) throw new ApiCallError('INVALID_INPUT', '请选择所在支部');
        await call('account', 'requestJoin', { name, phone, branchId: branch.id, requestId });
        notify('已提交申请，等待支部核实');
      }
      setRequestId(newRequestId());
      await refreshMe();
    });
  };

  return (
    <View className='join-branch'>
      <Text className='join-branch__title'>加入党支部</Text>
      <Text className='join-branch__hint'>党员加入所在支部后，可登记积分、报名志愿活动。</Text>
      <AtSegmentedControl values={['邀请码', '名册匹配']} current={mode} onClick={setMode} />
      <AtInput name='name' title='姓名' placeholder='与组织登记一致' value={name} onChange={(v: string | number) => setName(String(v))} />
      {mode === 0 ? (
        <AtInput
          name='inviteCode'
          title='邀请码'
          placeholder='6 位，向支部书记索取'
          maxlength={6}
          value={code}
          onChange={(v: string | number) => setCode(String(v).toUpperCase())}
        />
      ) : (
        <View>
          <AtInput
            name='phone'
            title='手机号'
            type='phone'
            placeholder='组织名册中登记的手机号'
            value={phone}
            onChange={(v: string | number) => setPhone(String(v))}
          />
          <BranchPicker value={branch} onChange={setBranch} />
        </View>
      )}
      <AtButton type='primary' loading={busy} disabled={busy} onClick={submit} className='join-branch__submit'>
        提交申请
      </AtButton>
    </View>
  );
}
