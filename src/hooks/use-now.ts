import { useEffect, useState } from 'react';

/** The time now, renewed every `everyMs`: what a page offers can change while it stays open (check-in opens). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
