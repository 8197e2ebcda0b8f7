import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { grantLater, lastPosition, locate, POSITION_TTL_MS, type Located, type Position } from './location';

export interface PositionState {
  position: Position | null;
  /** Asked and refused (or unavailable): the page offers the waterway/port picker. */
  refused: boolean;
  asking: boolean;
  /** The gentle way to grant it later (settings on weapp). */
  grant: () => Promise<void>;
}

/** The phone's position for a page: asked once when shown (a fresh one is reused), kept while shown. */
export function usePosition(): PositionState {
  const fresh = lastPosition();
  const [position, setPosition] = useState<Position | null>(fresh && Date.now() - fresh.at < POSITION_TTL_MS ? fresh : null);
  const [refused, setRefused] = useState(false);
  const [asking, setAsking] = useState(!position);

  const apply = useCallback((r: Located) => {
    if ('position' in r) {
      setPosition(r.position);
      setRefused(false);
    } else {
      setRefused(true);
    }
    setAsking(false);
  }, []);

  // The first show runs both the effect and useDidShow: one question at a time, not two prompts.
  const inFlight = useRef(false);
  const ask = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setAsking(true);
    try {
      apply(await locate());
    } finally {
      inFlight.current = false;
    }
  }, [apply]);

  useEffect(() => {
    void ask();
  }, [ask]);
  // Back on the tab after a while at sea: a new position if the old one is stale.
  useDidShow(() => {
    const p = lastPosition();
    if (!p || Date.now() - p.at >= POSITION_TTL_MS) void ask();
  });

  const grant = useCallback(async () => {
    setAsking(true);
    apply(await grantLater());
  }, [apply]);

  return { position, refused, asking, grant };
}
