import type { PropsWithChildren } from 'react';
import Taro from '@tarojs/taro';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import './app.scss';

// Dates read the Chinese way everywhere: 11月24日 星期二.
dayjs.locale('zh-cn');

if (process.env.TARO_ENV === 'weapp') {
  // The CloudBase environment comes from the build (CLOUD_ENV_ID); traceUser lets the console count users.
  Taro.cloud.init({ env: process.env.CLOUD_ENV_ID || undefined, traceUser: true });
}

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
