import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempFolder } from '../db/test-support/temp-folder';
import { logFilePath } from '../db/log/log-file';
import { startLogging } from '../db/log/logger';
import { showLogFile } from './show-log-file';

const tempFolder = useTempFolder();

describe('showLogFile', () => {
  it('selects the log file in the file manager once logging has started', () => {
    const shell = { showItemInFolder: vi.fn() };
    const file = startLogging({ file: logFilePath(tempFolder()) });
    expect(showLogFile(shell, file)).toBe(true);
    expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
  });

  it('does nothing for a log that does not exist', () => {
    const shell = { showItemInFolder: vi.fn() };
    expect(showLogFile(shell, '')).toBe(false);
    expect(showLogFile(shell, path.join(tempFolder(), 'missing.log'))).toBe(false);
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});
