import type { Claim } from '@contracts/points';
import { signed } from '@/features/points/format';

/**
 * What a bulk approval amounts to, said before it is done: 通过 20 条，共 +56 分，其中 3 条含照片未查看.
 * `viewed` holds the claims whose photos the secretary opened.
 */
export function bulkSummary(claims: readonly Claim[], viewed: ReadonlySet<string>): string {
  const points = claims.reduce((s, c) => s + c.points, 0);
  const unseen = claims.filter((c) => c.photos.length > 0 && !viewed.has(c.id)).length;
  return `通过 ${claims.length} 条，共 ${signed(points)} 分${unseen ? `，其中 ${unseen} 条含照片未查看` : ''}`;
}
