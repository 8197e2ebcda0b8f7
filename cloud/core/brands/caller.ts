import type * as z from 'zod/mini';
import type { ActionContract } from '../../../contracts/api';
import type { Schema } from '../../../contracts/validation';
import { loadActorUser, type Actor } from '../access';
import { implement } from '../handler';
import type { Editor } from './editable';

/** The caller as permissions see them, and as records name them. */
export async function loadEditor(openid: string): Promise<{ actor: Actor; editor: Editor }> {
  const { actor, user } = await loadActorUser(openid);
  return { actor, editor: { openid, name: user?.name ?? '' } };
}

/** An action that writes in the caller's name: it gets the actor (for permissions) and the editor (for records). */
export function editorAction<I extends Schema, O>(
  contract: ActionContract<I, O>,
  run: (actor: Actor, editor: Editor, input: z.output<I>, now: Date) => Promise<O>,
) {
  return implement(contract, async ({ caller, now }, input) => {
    const { actor, editor } = await loadEditor(caller.openid);
    return run(actor, editor, input, now);
  });
}
