import { AtSwitch } from 'taro-ui';
import { TOKENS } from '@/styles/tokens';

/** A labelled on/off row in the brand red (taro-ui's switch is blue unless told otherwise). */
export function Toggle(p: { title: string; checked: boolean; disabled?: boolean; onChange: (value: boolean) => void }) {
  return <AtSwitch title={p.title} checked={p.checked} disabled={p.disabled} color={TOKENS.red} onChange={p.onChange} />;
}
