import type { PropsWithChildren } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import './app.scss';

// Dates read the Chinese way everywhere: 11月24日 星期二.
dayjs.locale('zh-cn');

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
