/** The situations the reflow test visits every screen in, and the text they are made of. */
export const SITUATIONS = [
  'one home and one review',
  'the sample home',
  '10 homes with long names',
  '50 homes with long names',
  '40 quarters of history',
  'a 100,000-character evidence note',
  'a 300-character word',
  'right-to-left text',
] as const;

export type SituationName = (typeof SITUATIONS)[number];

/**
 * The situations in which the reflow test also runs axe at 320 px. What axe checks (names, roles,
 * contrast, structure) changes with which states a screen shows, not with how many rows it repeats nor
 * with the length or direction of the words in it (a word that spills out of its box is this test's own
 * failure). So it runs where the states differ: every screen empty, and every screen full of the
 * sample's records. The other situations check the layout only. Axe at 1280 and 640 px runs in the
 * accessibility specs.
 */
export const AXE_SITUATIONS: readonly SituationName[] = ['one home and one review', 'the sample home'];

/** One unbroken word of 300 letters: a pasted link or reference number does this. */
export const WORD_300 = 'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(7).slice(0, 300);

/** Arabic and Hebrew, with English and digits mixed in, as a bilingual team writes. */
export const RIGHT_TO_LEFT = {
  name: 'دار الزيتون للأطفال - בית הזית לילדים',
  short: 'محاضر اجتماع الفريق ١٢ / פרוטוקול ישיבת צוות',
  note:
    'يظهر سجل الجولات أن المدير حاضر في جميع المناوبات هذا الربع، بما في ذلك الأمسيات وعطلات نهاية الأسبوع. ' +
    'המנהלת נוכחת בכל המשמרות, כולל ערבים וסופי שבוע, לפי יומן הסיורים (Reg 44 report, 14/09/2026). '.repeat(
      4,
    ),
};

const PLACES = [
  'Little Snoring-on-the-Marsh, North Norfolk',
  'Newcastle-under-Lyme, Staffordshire',
  'Westward Ho!, Torridge District, Devon',
  'Upper Slaughter and Lower Slaughter, Cotswolds',
  'Kingston upon Hull, East Riding of Yorkshire',
];

/** Long but ordinary home names, all different: "The Old Vicarage Children's Home ... 07". */
export function homeName(index: number): string {
  const place = PLACES[index % PLACES.length];
  return `The Old Vicarage Children's Home and Short Breaks Service, ${place} ${String(index + 1).padStart(2, '0')}`;
}

/** A note pasted from elsewhere: paragraphs of ordinary sentences, exactly `length` characters. */
export function longNote(length: number): string {
  const paragraph =
    'The manager reviewed the rota, the supervision tracker and the minutes of the last three team meetings. ' +
    'Every child named at least one adult they trust, and two asked for more time with their keyworker. ' +
    'Agency cover fell to four shifts, all worked by staff who already knew the children well.\n\n';
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
}
