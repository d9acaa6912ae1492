import type { ScaleChoice } from '@contract/voice-scales';

const MOUTHS: Record<ScaleChoice['face'], string> = {
  'very-happy': 'M 28 58 Q 50 84 72 58 Z',
  happy: 'M 30 60 Q 50 76 70 60',
  'in-between': 'M 32 64 L 68 64',
  sad: 'M 30 70 Q 50 54 70 70',
  none: '',
};

/**
 * A face for the picture scale, drawn in SVG so it prints crisply. Always shown beside its words, so the
 * face is decoration (hidden from screen readers) and nothing rests on colour.
 */
export function Face({ face, size = 72 }: { face: ScaleChoice['face']; size?: number }) {
  return (
    <svg
      className={`face face--${face}`}
      width={size}
      height={size}
      viewBox="0 0 100 100"
      aria-hidden="true"
      focusable="false"
    >
      {face === 'none' ? (
        <>
          <circle
            cx="50"
            cy="50"
            r="44"
            fill="none"
            stroke="currentColor"
            strokeWidth="5"
            strokeDasharray="10 8"
          />
          <path
            d="M 38 40 Q 38 28 50 28 Q 62 28 62 40 Q 62 50 50 54 L 50 62"
            fill="none"
            stroke="currentColor"
            strokeWidth="6"
            strokeLinecap="round"
          />
          <circle cx="50" cy="74" r="4" fill="currentColor" />
        </>
      ) : (
        <>
          <circle cx="50" cy="50" r="44" className="face__skin" stroke="currentColor" strokeWidth="5" />
          <circle cx="36" cy="40" r="5" fill="currentColor" />
          <circle cx="64" cy="40" r="5" fill="currentColor" />
          <path
            d={MOUTHS[face]}
            fill={face === 'very-happy' ? 'currentColor' : 'none'}
            stroke="currentColor"
            strokeWidth="6"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
    </svg>
  );
}
