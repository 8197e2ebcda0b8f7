import { EmptyState } from '@/components/empty-state';

export function NoStations({ openNow }: { openNow: boolean }) {
  return openNow ? (
    <EmptyState title='附近暂时没有营业中的驿站' description='取消“营业中”可查看全部驿站和开门时间。' />
  ) : (
    <EmptyState title='没有找到符合条件的驿站' description='换一项服务，或选择其他航道、港口看看。' />
  );
}
