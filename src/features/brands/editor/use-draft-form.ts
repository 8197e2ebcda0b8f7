import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A form over content loaded from the server: the value being edited, whether it differs from
 * what was loaded (for the leave prompt and 先保存再发布), and a reset when a save comes back.
 */
export function useDraftForm<T>(loaded: T | undefined, blank: T) {
  const [value, setValue] = useState<T>(loaded ?? blank);
  const baseline = useRef<string>(JSON.stringify(loaded ?? blank));
  const touched = useRef(false);
  // The first answer (stored copy or server) fills the form, until the person starts typing.
  useEffect(() => {
    if (loaded === undefined || touched.current) return;
    baseline.current = JSON.stringify(loaded);
    setValue(loaded);
  }, [loaded]);
  const set = useCallback((patch: Partial<T>) => {
    touched.current = true;
    setValue((v) => ({ ...v, ...patch }));
  }, []);
  const reset = useCallback((next: T) => {
    touched.current = false;
    baseline.current = JSON.stringify(next);
    setValue(next);
  }, []);
  return { value, set, reset, dirty: JSON.stringify(value) !== baseline.current };
}
