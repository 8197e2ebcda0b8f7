// 用户隐私保护指引. On weapp WeChat itself notices when the app first calls an API that touches
// personal data (__usePrivacyCheck__ in app.config.ts) and raises onNeedPrivacyAuthorization; the
// popup (components/privacy-popup.tsx) answers it. On h5 nothing raises it, so the app asks the
// same popup itself, through the same event, before it sends personal data (ensurePrivacyAgreed).
import Taro from '@tarojs/taro';

export type PrivacyAnswer = 'agree' | 'disagree';
/** What the popup gets: answer once, then the waiting API call (or the app) goes on. */
export type PrivacyRequest = (answer: PrivacyAnswer) => void;

export const PRIVACY_NEEDED = 'privacy:needed';
/** One popup answered: the others (on pages behind) close. */
export const PRIVACY_ANSWERED = 'privacy:answered';
const AGREED_KEY = 'rs.privacy.agreed';

let registered = false;

/** weapp: WeChat's request, handed to the popup as the same event the h5 app raises. */
export function listenForPrivacyRequests(): void {
  if (registered || process.env.TARO_ENV !== 'weapp') return;
  // NOTE: base libraries before 2.32.3 (and miniprogram-simulate) have no onNeedPrivacyAuthorization;
  // there WeChat shows its own privacy prompt, so there is nothing to answer.
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return;
  registered = true;
  Taro.onNeedPrivacyAuthorization((resolve) => {
    const answer: PrivacyRequest = (a) =>
      // NOTE: weapp wants the agree button's id with the answer (the button has openType agreePrivacyAuthorization).
      resolve(a === 'agree' ? { buttonId: 'agree-btn', event: 'agree' } : { event: 'disagree' });
    Taro.eventCenter.trigger(PRIVACY_NEEDED, answer);
  });
}

/** h5: asks once (remembered on this device); true when the person agreed. On weapp WeChat asks by itself. */
export function ensurePrivacyAgreed(): Promise<boolean> {
  if (process.env.TARO_ENV === 'weapp' || Taro.getStorageSync(AGREED_KEY) === true) return Promise.resolve(true);
  return new Promise((resolve) => {
    const answer: PrivacyRequest = (a) => {
      if (a === 'agree') Taro.setStorageSync(AGREED_KEY, true);
      resolve(a === 'agree');
    };
    Taro.eventCenter.trigger(PRIVACY_NEEDED, answer);
  });
}
