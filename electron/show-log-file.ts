import { existsSync } from 'node:fs';
import type { Shell } from 'electron';

/**
 * Help > Show log file: selects the log in the file manager so it can be attached to an email. Only the
 * path main chose when logging started is ever shown; nothing from the renderer reaches this call.
 */
export function showLogFile(shell: Pick<Shell, 'showItemInFolder'>, file: string): boolean {
  if (file === '' || !existsSync(file)) return false;
  shell.showItemInFolder(file);
  return true;
}
