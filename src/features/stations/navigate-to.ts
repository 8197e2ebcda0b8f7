import Taro from '@tarojs/taro';
import type { StationSummary } from '@contracts/stations';
import { notify } from '@/ui/feedback';

/**
 * 导航: WeChat's map with the station marked (GCJ-02), from which the person picks a navigation app.
 * NOTE: openLocation works on h5 only inside WeChat's JSSDK; the h5 build copies the address and
 * coordinates for a map app instead.
 */
export async function navigateTo(s: Pick<StationSummary, 'name' | 'address' | 'location'>): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.openLocation({ latitude: s.location.lat, longitude: s.location.lng, name: s.name, address: s.address, scale: 15 }).catch(() => undefined);
    return;
  }
  await copyText(`${s.name} ${s.address}（${s.location.lat},${s.location.lng}）`, '已复制地址和坐标，可粘贴到地图应用');
}

/** Copies text for pasting elsewhere (a delivery address, a position) and says so. */
export async function copyText(data: string, said = '已复制'): Promise<void> {
  try {
    await Taro.setClipboardData({ data });
    // weapp shows its own 内容已复制 toast; h5 needs ours.
    if (process.env.TARO_ENV !== 'weapp') notify(said);
  } catch {
    notify('复制失败，请长按文字复制');
  }
}
