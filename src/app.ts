import type { PropsWithChildren } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { refreshMe } from '@/features/account/me-store';
import '@/features/points/claim-outbox';
import '@/features/stations/cancel-outbox';
import '@/features/stations/verify-outbox';
import '@/features/certificates/save-outbox';
import { flushOutbox } from '@/offline/outbox';
import { registerServiceWorker } from '@/offline/service-worker';
import { startOffline } from '@/offline/start';
import { listenForPrivacyRequests } from '@/features/privacy/privacy';
import './app.scss';

// Dates read the Chinese way everywhere: 11月24日 星期二.
dayjs.locale('zh-cn');

if (process.env.TARO_ENV === 'weapp') {
  // The CloudBase environment comes from the build (CLOUD_ENV_ID); traceUser lets the console count users.
  Taro.cloud.init({ env: process.env.CLOUD_ENV_ID || undefined, traceUser: true });
}

startOffline();
listenForPrivacyRequests();
registerServiceWorker();

function App({ children }: PropsWithChildren) {
  // Back in the app: send what waits in the outbox and refresh who the person is.
  useDidShow(() => {
    void flushOutbox();
    void refreshMe();
  });
  return children;
}

export default App;
