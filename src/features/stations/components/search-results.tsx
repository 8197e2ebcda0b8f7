import { quoted } from '@contracts/quotes';
import { call } from '@/api/client';
import { EmptyState } from '@/components/empty-state';
import { beforeData } from '@/components/page-state';
import { useRemote } from '@/hooks/use-remote';
import type { Position } from '../location';
import { StationRow } from './station-row';

/** Stations whose name or port contains the words typed, nearest first when the position is known. */
export function SearchResults({ q, position }: { q: string; position: Position | null }) {
  const where = position ? { lat: Math.round(position.lat * 100) / 100, lng: Math.round(position.lng * 100) / 100 } : {};
  const found = useRemote(() => call('stations', 'search', { q, ...where }), [q, where.lat ?? null], { cache: 'stations.search' });
  const gate = beforeData(found);
  if (gate) return gate;
  const rows = found.data!;
  if (rows.length === 0) return <EmptyState title={`没有名称含${quoted(q)}的驿站`} description='试试港口名，或驿站名称中的两个字。' />;
  return (
    <>
      {rows.map((s) => (
        <StationRow key={s.id} station={s} />
      ))}
    </>
  );
}
