import type { Movement } from '@contract/trends';
import { MOVEMENT_GLYPHS, movementWords } from '../lib/grades';

/** "↑ Improved": the word carries the meaning; the arrow repeats it and is not read aloud. */
export function MovementText({ movement }: { movement: Movement }) {
  return (
    <span className={`movement movement--${movement}`}>
      <span className="movement__glyph" aria-hidden="true">
        {MOVEMENT_GLYPHS[movement]}
      </span>{' '}
      {movementWords(movement)}
    </span>
  );
}
