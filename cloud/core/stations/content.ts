// 内容安全 for crew stations: what staff publish on the station page (details, notices, service
// notes, closures) and what crew write to staff (booking notes, ship names, parcel notes) passes the
// shared check (word list, then WeChat's msgSecCheck), naming the field at fault.
import { checkFields, type Field } from '../content/check';

interface StationText {
  name: string;
  address: string;
  port: string;
  arrival: { mooring: string; shuttle: string; note: string };
  phones: Array<{ label: string }>;
  parcel: { recipient: string; address: string; note: string } | null;
}

export function checkStationText(openid: string, s: StationText): Promise<void> {
  const fields: Field[] = [
    { label: '驿站名称', text: s.name },
    { label: '地址', text: s.address },
    { label: '港口', text: s.port },
    { label: '靠泊说明', text: s.arrival.mooring },
    { label: '交通船说明', text: s.arrival.shuttle },
    { label: '到达说明', text: s.arrival.note },
    ...s.phones.map((p) => ({ label: '电话名称', text: p.label })),
    ...(s.parcel
      ? [
          { label: '收件人', text: s.parcel.recipient },
          { label: '收件地址', text: s.parcel.address },
          { label: '代收说明', text: s.parcel.note },
        ]
      : []),
  ];
  return checkFields(openid, fields);
}

/** Any other station text, by label: a notice's title and body, a service note, a closure reason … */
export function checkTexts(openid: string, texts: Record<string, string | null | undefined>): Promise<void> {
  return checkFields(
    openid,
    Object.entries(texts).map(([label, text]) => ({ label, text: text ?? '' })),
  );
}
