/** Deeper than any operation's input; deeper nesting is refused rather than walked. */
const MAX_DEPTH = 32;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Control characters no keyboard types; SQLite's length() stops at NUL, so a NUL would pass the input
// check and fail the database's. Tabs and line breaks stay.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** One text rule for every operation: half an emoji becomes U+FFFD, invisible control characters go. */
export function normaliseText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '');
}

/**
 * Normalises every string in an input before it is checked, so the check and the database see the same
 * text and a saved value reads back exactly as it will be saved again. Returns undefined when the input
 * is nested too deeply to be any operation's.
 */
export function normaliseInput(value: unknown, depth = 0): { value: unknown } | undefined {
  if (typeof value === 'string') return { value: normaliseText(value) };
  if (value === null || typeof value !== 'object') return { value };
  if (depth >= MAX_DEPTH) return undefined;
  const entries: [string, unknown][] = [];
  for (const [key, item] of Object.entries(value)) {
    const normalised = normaliseInput(item, depth + 1);
    if (!normalised) return undefined;
    entries.push([key, normalised.value]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays a key (and zod refuses it).
  return { value: Array.isArray(value) ? entries.map(([, v]) => v) : Object.fromEntries(entries) };
}
