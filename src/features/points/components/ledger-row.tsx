import type { LedgerEntry } from '@contracts/points';
import { dayText, signed, SOURCE_LABEL } from '@/features/points/format';
import { PointsRow } from './points-row';

export function LedgerRow({ entry }: { entry: LedgerEntry }) {
  return (
    <PointsRow
      title={entry.itemName}
      meta={`${dayText(entry.date)} · ${SOURCE_LABEL[entry.source]}${entry.reason ? ` · ${entry.reason}` : ''}`}
      value={signed(entry.points)}
      tone={entry.points < 0 ? 'minus' : 'plus'}
    />
  );
}
