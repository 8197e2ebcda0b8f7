import { useEffect, useState } from 'react';
import { AtInput } from 'taro-ui';

/** A number typed as text: what is typed stays as typed ("2." on the way to "2.5"), the value is the number it reads as. */
export function NumberInput({ name, title, value, onChange, placeholder }: { name: string; title: string; value: number | null; onChange: (v: number | null) => void; placeholder?: string }) {
  const [text, setText] = useState(value === null ? '' : String(value));
  useEffect(() => {
    if (Number(text) !== value) setText(value === null ? '' : String(value));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- follow the value only when it changes from outside
  }, [value]);
  return (
    <AtInput
      name={name}
      title={title}
      type='digit'
      placeholder={placeholder ?? '数字'}
      value={text}
      onChange={(v: string | number) => {
        const s = String(v);
        setText(s);
        const n = Number(s);
        onChange(s.trim() === '' || Number.isNaN(n) ? null : n);
      }}
    />
  );
}
