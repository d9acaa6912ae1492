import type { Rating } from '@contract/framework';

/** What one key does on an indicator, or null for a key that is not a shortcut. */
export type IndicatorKeyAction =
  { kind: 'rate'; rating: Rating } | { kind: 'note' } | { kind: 'same' } | { kind: 'next' };

/** The keys, as shown on screen and given to assistive technology (aria-keyshortcuts). */
export const INDICATOR_KEYS = { note: 'E', same: 'S', next: 'N' } as const;

/** The element a key was pressed in. */
export type KeyTarget = { tagName: string; type?: string; isContentEditable?: boolean } | null;

interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  target: KeyTarget;
}

// Inputs a key press moves or ticks, never types into: shortcuts may act while one of these has focus.
const NOT_TYPED = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Whether the person is typing: then every key is theirs, and no shortcut fires. */
export function isTyping(target: KeyPress['target']): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TYPED.has((target.type ?? 'text').toLowerCase());
}

/**
 * 4 to 1 choose that grade (the scale's own numbers: 4 Outstanding … 1 Inadequate), 0 "not enough
 * evidence yet"; E goes to the evidence note, S confirms "Same as last quarter", N moves to the next
 * unrated indicator. Nothing while typing in a text box, or with Ctrl, Alt or Cmd held (the browser's and
 * the screen reader's own keys).
 */
export function indicatorKeyAction(press: KeyPress): IndicatorKeyAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || isTyping(press.target)) return null;
  if (/^[0-4]$/.test(press.key)) return { kind: 'rate', rating: Number(press.key) as Rating };
  switch (press.key.toUpperCase()) {
    case INDICATOR_KEYS.note:
      return { kind: 'note' };
    case INDICATOR_KEYS.same:
      return { kind: 'same' };
    case INDICATOR_KEYS.next:
      return { kind: 'next' };
    default:
      return null;
  }
}
