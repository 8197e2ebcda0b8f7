import { Picker, Text, View } from '@tarojs/components';
import { AtButton, AtInput, AtList, AtListItem } from 'taro-ui';
import { STATION_KINDS, WATERWAYS } from '@contracts/stations-catalog';
import { Toggle } from '@/components/toggle';
import type { StationForm } from './station-fields';
import { TextAreaField } from './text-area-field';
import './console.scss';

type Set = (patch: Partial<StationForm>) => void;

const input = (f: StationForm, set: Set, key: 'name' | 'port', title: string, placeholder: string, max: number) => (
  <AtInput name={key} title={title} placeholder={placeholder} maxlength={max} value={f[key]} onChange={(v: string | number) => set({ [key]: String(v) })} />
);

function Phones({ f, set }: { f: StationForm; set: Set }) {
  const change = (i: number, patch: Partial<{ label: string; number: string }>) => set({ phones: f.phones.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <View className='card'>
      <Text className='card-title'>电话</Text>
      {f.phones.map((p, i) => (
        <View key={i} className='console__booking'>
          <AtInput name={`phone-label-${i}`} title='名称' placeholder='如 值班电话' maxlength={12} value={p.label} onChange={(v: string | number) => change(i, { label: String(v) })} />
          <AtInput name={`phone-number-${i}`} title='号码' type='phone' placeholder='手机或座机' value={p.number} onChange={(v: string | number) => change(i, { number: String(v) })} />
          <View className='actions'>
            <AtButton size='small' onClick={() => set({ phones: f.phones.filter((_, j) => j !== i) })}>
              删除这个电话
            </AtButton>
          </View>
        </View>
      ))}
      {f.phones.length < 6 ? (
        <View className='actions'>
          <AtButton size='small' onClick={() => set({ phones: [...f.phones, { label: '', number: '' }] })}>
            添加电话
          </AtButton>
        </View>
      ) : null}
    </View>
  );
}

function Parcel({ f, set }: { f: StationForm; set: Set }) {
  const p = f.parcel;
  const change = (patch: Partial<NonNullable<StationForm['parcel']>>) => p && set({ parcel: { ...p, ...patch } });
  return (
    <View className='card'>
      <Toggle title='快递代收' checked={!!p} onChange={(on) => set({ parcel: on ? { recipient: '', phone: '', address: f.address, note: '' } : null })} />
      {p ? (
        <>
          <AtInput name='parcel-recipient' title='收件人' placeholder='如 驿站值班室' maxlength={20} value={p.recipient} onChange={(v: string | number) => change({ recipient: String(v) })} />
          <AtInput name='parcel-phone' title='电话' placeholder='收件电话' value={p.phone} onChange={(v: string | number) => change({ phone: String(v) })} />
          <AtInput name='parcel-address' title='地址' placeholder='船员填写的收件地址' maxlength={100} value={p.address} onChange={(v: string | number) => change({ address: String(v) })} />
          <AtInput name='parcel-note' title='说明' placeholder='如 收件人后注明船名' maxlength={100} value={p.note} onChange={(v: string | number) => change({ note: String(v) })} />
        </>
      ) : null}
    </View>
  );
}

/** 驿站信息: name, kind, where it is (GCJ-02, as WeChat's maps), the waterway and 航道里程, arriving by water, phones, 快递代收. */
export function StationFormView({ f, set }: { f: StationForm; set: Set }) {
  const kind = STATION_KINDS.find((k) => k.id === f.kind)!;
  const waterway = WATERWAYS.find((w) => w.id === f.waterwayId);
  return (
    <>
      <View className='card'>
        {input(f, set, 'name', '名称', '如 “济舟港湾”红色驿站', 40)}
        <AtList hasBorder={false}>
          <Picker mode='selector' range={STATION_KINDS.map((k) => k.name)} value={STATION_KINDS.indexOf(kind)} onChange={(e) => set({ kind: STATION_KINDS[Number(e.detail.value)]!.id })}>
            <AtListItem title='类型' extraText={kind.name} arrow='right' />
          </Picker>
        </AtList>
        <TextAreaField label='地址' placeholder='省市区与码头' max={100} value={f.address} onChange={(address) => set({ address })} />
        {input(f, set, 'port', '港口', '如 济宁港', 20)}
        <AtInput name='lat' title='纬度' type='digit' placeholder='如 35.405' value={f.lat} onChange={(v: string | number) => set({ lat: String(v) })} />
        <AtInput name='lng' title='经度' type='digit' placeholder='如 116.587' value={f.lng} onChange={(v: string | number) => set({ lng: String(v) })} />
        <Text className='muted'>经纬度按微信地图的坐标（火星坐标）填写，船员导航时直接使用。</Text>
        <AtList hasBorder={false}>
          <Picker
            mode='selector'
            range={['不在航道上', ...WATERWAYS.map((w) => w.name)]}
            value={waterway ? WATERWAYS.indexOf(waterway) + 1 : 0}
            onChange={(e) => set({ waterwayId: Number(e.detail.value) ? WATERWAYS[Number(e.detail.value) - 1]!.id : null })}
          >
            <AtListItem title='所在航道' extraText={waterway?.name ?? '不在航道上'} arrow='right' />
          </Picker>
        </AtList>
        {waterway ? <AtInput name='km' title='航道里程' type='digit' placeholder={`距${waterway.kmFrom}的公里数`} value={f.km} onChange={(v: string | number) => set({ km: String(v) })} /> : null}
      </View>
      <Text className='section-title'>水上到达</Text>
      <View className='card'>
        <TextAreaField label='靠泊' placeholder='在哪里靠泊、锚泊' max={200} value={f.mooring} onChange={(mooring) => set({ mooring })} />
        <TextAreaField label='交通船' placeholder='接送时间与怎样叫船' max={200} value={f.shuttle} onChange={(shuttle) => set({ shuttle })} />
        <TextAreaField label='其他' placeholder='如 夜间请提前电话联系' max={200} value={f.arrivalNote} onChange={(arrivalNote) => set({ arrivalNote })} />
      </View>
      <Phones f={f} set={set} />
      <Parcel f={f} set={set} />
    </>
  );
}
