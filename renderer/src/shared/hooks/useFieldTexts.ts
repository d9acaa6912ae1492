import { useState } from 'react';

/**
 * A form's typed text, one string per field, and what wires a field to it: `bind(key)` gives the
 * field's id (`${prefix}-${key}`, the id a problem's link and focus look for), its value, its change
 * handler and its problem, so a form writes each field's label and hint, not the same four props.
 */
export function useFieldTexts<K extends string>(
  prefix: string,
  initial: Record<K, string>,
  errors: Readonly<Record<string, string | undefined>>,
) {
  const [text, setText] = useState(initial);
  const bind = (key: K) => ({
    id: `${prefix}-${key}`,
    value: text[key],
    onChange: (value: string) => setText((now) => ({ ...now, [key]: value })),
    error: errors[key],
  });
  return { text, setText, bind };
}
