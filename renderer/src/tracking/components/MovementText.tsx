import type { ReactNode } from 'react';
import type { Movement } from '@contract/rules/trends';
import { MOVEMENT_GLYPHS, movementWords } from '../lib/grades';

/**
 * "↑ Improved": the word carries the meaning; the arrow repeats it and is not read aloud. `children`
 * replaces the word with a fuller sentence ("Same as Apr to Jun 2026 (Good).").
 */
export function MovementText({ movement, children }: { movement: Movement; children?: ReactNode }) {
  return (
    <span className={`movement movement--${movement}`}>
      <span className="movement__glyph" aria-hidden="true">
        {MOVEMENT_GLYPHS[movement]}
      </span>{' '}
      {children ?? movementWords(movement)}
    </span>
  );
}
