import Taro from '@tarojs/taro';

/** Dials a number: WeChat's call sheet on weapp, a tel: link on h5. Cancelling is not an error. */
export function callNumber(number: string): void {
  void Taro.makePhoneCall({ phoneNumber: number.replace(/-/g, '') }).catch(() => undefined);
}

/** 12395, 全国统一水上遇险求救电话 (中国海上搜救中心): confirmed in the field notes §1.1. */
export const DISTRESS_NUMBER = '12395';
