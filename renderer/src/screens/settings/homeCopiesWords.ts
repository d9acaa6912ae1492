import type { DeleteOutcome, HomeCopies } from '@contract/home-file';
import { formatIsoDate } from '@contract/rules/dates';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many copies outside the data file hold the home: 0 when none does. */
export function copiesCount(copies: HomeCopies): number {
  return (
    copies.backups +
    copies.earlierFolders +
    copies.restoreCopies +
    copies.setAsides +
    copies.unreadable.length
  );
}

/** "2 backups, 1 backup in a folder used before, …": each kind found, in words. */
function kinds(copies: HomeCopies): string {
  const parts = [
    copies.backups > 0 ? plural(copies.backups, 'backup', 'backups') : '',
    copies.earlierFolders > 0
      ? plural(copies.earlierFolders, 'backup in a folder used before', 'backups in folders used before')
      : '',
    copies.restoreCopies > 0
      ? plural(copies.restoreCopies, 'copy a restore kept', 'copies restores kept')
      : '',
    copies.setAsides > 0
      ? plural(copies.setAsides, 'damaged data file set aside', 'damaged data files set aside')
      : '',
    copies.unreadable.length > 0
      ? plural(copies.unreadable.length, 'copy that cannot be read', 'copies that cannot be read')
      : '',
  ].filter(Boolean);
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** What is found before deleting: where the home still is, and how long the backups keep it. */
export function copiesFound(name: string, copies: HomeCopies): string[] {
  if (copiesCount(copies) === 0) return [`No backup or other copy holds ${name}.`];
  const lines = [`${name} is also in ${kinds(copies)}.`];
  if (copies.lastAgesOutOn !== null && copies.daysLeft !== null)
    lines.push(
      `Left as they are, the backups in the backup folder that hold it are deleted as newer ones replace them: the last within ${plural(copies.daysLeft, 'day', 'days')} (by ${formatIsoDate(copies.lastAgesOutOn)}), as long as Hallmarks takes a backup each month.`,
    );
  if (copies.earlierFolders + copies.restoreCopies + copies.setAsides + copies.unreadable.length > 0)
    lines.push('The other copies stay until they are removed.');
  return lines;
}

/** What the deletion did, and what still holds the home. */
export function deletedMessage(outcome: DeleteOutcome): string {
  const done = `Deleted ${outcome.deletedName} from this computer's data.`;
  const removed =
    outcome.removedFrom > 0 ? ` Removed it from ${plural(outcome.removedFrom, 'copy', 'copies')} too.` : '';
  const left = copiesCount(outcome.copies);
  if (left === 0) return `${done}${removed} No backup or other copy holds it.`;
  const unreadable =
    outcome.copies.unreadable.length > 0
      ? ` Delete these yourself if it must be gone: ${outcome.copies.unreadable.join(', ')}.`
      : '';
  const ages =
    outcome.copies.daysLeft !== null
      ? ` The backups holding it age out within ${plural(outcome.copies.daysLeft, 'day', 'days')}.`
      : '';
  return `${done}${removed} It is still in ${kinds(outcome.copies)}.${ages}${unreadable}`;
}
