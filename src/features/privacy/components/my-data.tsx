import Taro from '@tarojs/taro';
import { AtList, AtListItem } from 'taro-ui';
import { call } from '@/api/client';
import { saveFile } from '@/features/points/save-file';
import { signOut } from '@/features/auth/api';
import { useBusy } from '@/hooks/use-busy';
import { confirmAction, notify } from '@/ui/feedback';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 我的 → 导出我的数据 / 注销账号 (docs/privacy.md says what each does). */
export function MyDataEntries() {
  const { run } = useBusy();
  const exportMine = () =>
    run(async () => {
      const file = await call('account', 'exportMine');
      await saveFile(file.fileName, file.base64, XLSX);
    }, '导出');
  const deleteMine = async () => {
    const ok = await confirmAction({
      title: '注销账号',
      content: '将删除您的证书、消息等个人数据；积分、志愿服务等组织记录保留但不再显示您的姓名。此操作不能撤销。',
      confirmText: '注销',
    });
    if (!ok) return;
    await run(async () => {
      await call('account', 'deleteMine', { confirm: true });
      notify('账号已注销');
      signOut();
      void Taro.reLaunch({ url: '/pages/login/index' });
    }, '注销');
  };
  return (
    <AtList>
      <AtListItem title='导出我的数据' note='个人资料、积分、报名、证书等' arrow='right' onClick={() => void exportMine()} />
      <AtListItem title='注销账号' arrow='right' onClick={() => void deleteMine()} />
    </AtList>
  );
}
