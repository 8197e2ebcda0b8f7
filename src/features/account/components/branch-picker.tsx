import { Picker } from '@tarojs/components';
import { AtListItem } from 'taro-ui';
import type { BranchSummary } from '@contracts/org';
import { call } from '@/api/client';
import { useRemote } from '@/hooks/use-remote';

const label = (b: BranchSummary) => `${b.orgName} · ${b.name}`;

/** 所在支部: the branches someone may say they belong to, as 单位 · 支部. */
export function BranchPicker({
  value,
  onChange,
}: {
  value: BranchSummary | null;
  onChange: (b: BranchSummary) => void;
}) {
  const branches = useRemote(() => call('org', 'listBranches'), [], { cache: 'org.branches' });
  const list = branches.data ?? [];
  if (branches.error) {
    return (
      <AtListItem
        title="所在支部"
        extraText="加载失败，点此重试"
        arrow="right"
        onClick={() => void branches.reload()}
      />
    );
  }
  return (
    <Picker
      mode="selector"
      range={list.map(label)}
      onChange={(e) => {
        const picked = list[Number(e.detail.value)];
        if (picked) onChange(picked);
      }}
    >
      <AtListItem
        title="所在支部"
        extraText={value ? value.name : branches.loading ? '加载中…' : '请选择'}
        arrow="right"
      />
    </Picker>
  );
}
