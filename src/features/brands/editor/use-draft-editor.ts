import type { DraftState } from '@contracts/brands';
import type { Schema } from '@contracts/validation';
import { useRemote } from '@/hooks/use-remote';
import { notify } from '@/ui/feedback';
import { useLeaveGuard } from '../leave-guard';
import { useDraftForm } from './use-draft-form';
import { useEditorSave } from './use-editor-save';

interface DraftView<C> {
  content: C;
  state: DraftState;
}

interface DraftEditorOptions<C, D extends DraftView<C>, I> {
  /** Reads the draft (its stored copy under `cache` shows first, offline too). */
  load: () => Promise<D>;
  deps: readonly unknown[];
  cache: string;
  /** The form's value until the draft has loaded. */
  blank: C;
  labels: Readonly<Record<string, string>>;
  /** The save action's contract, checked here before sending. */
  schema: Schema;
  /** The save action's input for the draft as loaded and the content as edited. */
  input: (draft: D, content: C) => I;
  send: (input: I) => Promise<{ content: C }>;
}

/**
 * Editing a showcase draft (brand, project, alliance): the draft read, the form over its content,
 * the leave prompt while it differs, and 保存 (checked here, then sent; the form takes the saved
 * content and the draft is read again for its new version).
 */
export function useDraftEditor<C, D extends DraftView<C>, I>(o: DraftEditorOptions<C, D, I>) {
  const draft = useRemote(o.load, o.deps, { cache: o.cache });
  const form = useDraftForm(draft.data?.content, o.blank);
  const { errors, busy, save } = useEditorSave(o.labels);
  useLeaveGuard(form.dirty);
  const onSave = () => {
    if (!draft.data) return;
    const input = o.input(draft.data, form.value);
    void save(
      o.schema,
      input,
      async () => {
        form.reset((await o.send(input)).content);
        await draft.reload();
        notify('草稿已保存', { done: true });
      },
      '保存',
    );
  };
  return { draft, form, errors, busy, onSave };
}
