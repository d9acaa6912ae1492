/**
 * The staff-room page goes on the wall, where visitors and other children read it. A single capital letter
 * standing as a name ("J said", "with K.", "A's") is how a child's initial usually appears in a home's
 * notes, so the summary screen warns about it before it is printed. A warning, never a refusal: the
 * manager knows whether "Plan B" is a plan or a person.
 */
export interface InitialFound {
  /** The letter as written, for example "J". */
  initial: string;
  /** A few words around it, so the manager can find it. */
  excerpt: string;
}

/** A lone capital letter: not part of a word, not one of a run of initials like "UK". */
const LONE_CAPITAL = /(?<![\p{L}\p{N}'’.-])([A-Z])(?![\p{L}\p{N}])/gu;

/** Words before a letter that name a thing, not a person: "grade A", "Plan B", "Key stage C", "Part V". */
const NAMES_A_THING = new Set([
  'annex',
  'appendix',
  'band',
  'block',
  'category',
  'class',
  'form',
  'grade',
  'grades',
  'house',
  'level',
  'option',
  'part',
  'phase',
  'plan',
  'room',
  'schedule',
  'section',
  'stage',
  'step',
  'tier',
  'type',
  'unit',
  'vitamin',
  'wing',
]);

/** Letters that are grades as well as names: "B or C" is a choice of grades, "J or K" two children. */
const GRADE_LETTERS = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G']);

/** "A to E", "A-E", "B or C": a range or choice of grades, not names. */
function inRange(text: string, letter: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}])([A-Z])\s*(to|[-–—/]|or)\s*$/u.exec(
    text.slice(Math.max(0, start - 8), start),
  );
  const after = /^\s*(to|[-–—/]|or)\s*([A-Z])(?![\p{L}])/u.exec(text.slice(end, end + 8));
  const pairs: [string, string][] = [];
  if (before) pairs.push([before[2]!, before[1]!]);
  if (after) pairs.push([after[1]!, after[2]!]);
  return pairs.some(
    ([joint, other]) => joint !== 'or' || (GRADE_LETTERS.has(letter) && GRADE_LETTERS.has(other)),
  );
}

/** "J, K." or "J and K": a letter listed straight after an initial already found names a child too. */
function listedAfter(text: string, start: number, previousEnd: number): boolean {
  return previousEnd >= 0 && /^\s*(?:,|and|or|&)\s*$/u.test(text.slice(previousEnd, start));
}

function wordBefore(text: string, start: number): string | null {
  const m = /([\p{L}]+)[\s]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1]! : null;
}

function excerptAt(text: string, start: number, end: number): string {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 12)) + 1);
  const nextSpace = text.indexOf(' ', end + 12);
  const to = nextSpace === -1 ? text.length : nextSpace;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

/** Where the text seems to name someone by an initial, in the order written. */
export function childInitials(text: string): InitialFound[] {
  const found: InitialFound[] = [];
  let previousEnd = -1;
  for (const m of text.matchAll(LONE_CAPITAL)) {
    const letter = m[1]!;
    const start = m.index;
    const end = start + letter.length;
    const after = text.slice(end);
    const possessive = /^['’]s(?![\p{L}])/u.test(after);
    // "I" is the writer; a lone "A" before a word is the article ("A new rota").
    if (letter === 'I' && !possessive) continue;
    if (inRange(text, letter, start, end)) continue;
    const before = wordBefore(text, start);
    if (before && NAMES_A_THING.has(before.toLowerCase())) continue;
    const beforeIsLower = before !== null && /^\p{Ll}/u.test(before);
    const verbAfter = /^\s+\p{Ll}/u.test(after) && letter !== 'A';
    // "with K." or "told J," or "and M": a letter after an ordinary word, ending a phrase.
    const endsPhrase = beforeIsLower && /^(\s*[.,;:!?)]|\s*$|\s+(and|or|but)\b)/u.test(after);
    const listed = listedAfter(text, start, previousEnd);
    if (possessive || verbAfter || endsPhrase || listed) {
      found.push({ initial: letter, excerpt: excerptAt(text, start, end) });
      previousEnd = end;
    }
  }
  return found;
}
