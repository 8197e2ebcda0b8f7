import { useCallback, useState } from 'react';
import type { Schema } from '@contracts/validation';
import { toApiCallError } from '@/api/errors';
import { useBusy } from '@/hooks/use-busy';
import { notify } from '@/ui/feedback';
import { fieldOfMessage, firstError, validate, type FieldErrors } from './field-errors';

/**
 * Saving a showcase form: first the contract's own checks here (each wrong field marked where it
 * is), then the server, whose refusal (a blocked word, a stale version) is shown in a toast and,
 * when it names a field, beside that field too.
 */
export function useEditorSave(labels: Readonly<Record<string, string>>) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const { busy, run } = useBusy();
  const save = useCallback(
    async (schema: Schema, value: unknown, send: () => Promise<void>, what: string): Promise<boolean> => {
      const local = validate(schema, value);
      setErrors(local);
      const first = firstError(local);
      if (first) {
        notify(local[first]!);
        return false;
      }
      let ok = false;
      await run(async () => {
        try {
          await send();
          ok = true;
        } catch (err) {
          const e = toApiCallError(err);
          const key = fieldOfMessage(e.message, labels);
          if (key) setErrors({ [key]: e.message });
          throw err;
        }
      }, what);
      return ok;
    },
    [labels, run],
  );
  return { errors, busy, save };
}
