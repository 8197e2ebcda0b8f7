import { EmptyState } from '@/components/empty-state';
import { Screen } from '@/components/screen';

export default function StationsPage() {
  return (
    <Screen>
      <EmptyState title='船员驿站即将开放' description='在这里查找沿江沿港的船员驿站、海员之家，查看服务与开放时间并预约。' />
    </Screen>
  );
}
