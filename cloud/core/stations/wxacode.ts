// The station poster's mini-program code.
// NOTE: the one place that tells deployed from local. Deployed, WeChat makes the real 小程序码 with
// wxacode.getUnlimited (scene ≤ 32 characters, opened at packages/stations/pages/station/index). That API does not
// exist offline, so the local cloud returns a plain QR code of the same page and scene, drawn with
// qrcode-generator (which the app already depends on): same data, different picture.
import qrcode from 'qrcode-generator';
import type { StationPoster } from '../../../contracts/stations';
import { inLocalCloud } from '../runtime';
import { cloud } from '../sdk';

export const STATION_PAGE = 'packages/stations/pages/station/index';

type Poster = StationPoster;

export async function stationCode(scene: string): Promise<Poster> {
  if (!inLocalCloud()) {
    const res = (await cloud.openapi.wxacode.getUnlimited({ scene, page: STATION_PAGE, checkPath: false, width: 430 })) as {
      buffer: Buffer;
      contentType?: string;
    };
    return { scene, page: STATION_PAGE, mime: 'image/png', base64: Buffer.from(res.buffer).toString('base64'), wxacode: true };
  }
  const qr = qrcode(0, 'M');
  qr.addData(`${STATION_PAGE}?scene=${encodeURIComponent(scene)}`);
  qr.make();
  const gif = qr.createDataURL(8, 16);
  return { scene, page: STATION_PAGE, mime: 'image/gif', base64: gif.slice(gif.indexOf(',') + 1), wxacode: false };
}
