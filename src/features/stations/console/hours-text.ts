import type { Span } from '@contracts/stations-hours';

/**
 * Staff type a day's hours as text: "08:00-12:00，14:00-18:00" (an empty line is 休息); an
 * overnight span is "20:00-06:00". Parsing answers the spans or the reason it cannot.
 */
export function spansToText(spans: readonly Span[]): string {
  return spans.map((s) => `${s.open}-${s.close}`).join('，');
}

const SPAN = /^([01]?\d|2[0-3])[:：]([0-5]\d)\s*[-－—~～至]\s*([01]?\d|2[0-4])[:：]([0-5]\d)$/;
const pad = (h: string, m: string) => `${h.padStart(2, '0')}:${m}`;

export function parseSpans(text: string): { spans: Span[] } | { error: string } {
  const parts = text
    .split(/[,，;；、\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  const spans: Span[] = [];
  for (const p of parts) {
    const m = SPAN.exec(p);
    if (!m) return { error: `“${p}”应写成 08:00-17:30` };
    const close = pad(m[3]!, m[4]!);
    if (close > '24:00') return { error: `“${p}”的结束时间无效` };
    spans.push({ open: pad(m[1]!, m[2]!), close });
  }
  if (spans.length > 4) return { error: '每天最多 4 个时段' };
  return { spans };
}
