import type { Grade } from '@contract/framework';
import type { Movement } from '@contract/rules/trends';
import { GradeBadge } from './GradeBadge';
import { MovementText } from './MovementText';

/** One home's grade in short form, with its movement since that home's previous review. */
export function ProviderGradeCell({ grade, movement }: { grade: Grade | null; movement: Movement | null }) {
  return (
    <td className="provider-table__grade">
      <GradeBadge grade={grade} short />
      {movement && (
        <span className="provider-table__movement">
          <MovementText movement={movement} />
        </span>
      )}
    </td>
  );
}
