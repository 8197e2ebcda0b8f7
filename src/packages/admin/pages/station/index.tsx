import { Screen } from '@/components/screen';
import { EmptyState } from '@/components/empty-state';
import { RequireRole } from '@/features/account/components/require-role';
import '@/packages/admin/pages/branch/index.scss';

function StationAdminPageBody() {
  return (
    <Screen className='admin-page'>
      <EmptyState title='驿站预约管理即将开放' description='船员预约证书帮办、健康问诊等服务后，你将在这里确认和处理预约。' />
    </Screen>
  );
}

export default function StationAdminPage() {
  return (
    <RequireRole role='station_staff'>
      <StationAdminPageBody />
    </RequireRole>
  );
}
