import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataFolder } from '../../web/data-folder';
import { logFilePath } from './log-file';

describe('logFilePath', () => {
  it('puts the log in a logs folder inside the data folder', () => {
    expect(logFilePath(path.join('/data', 'Hallmarks'))).toBe(
      path.join('/data', 'Hallmarks', 'logs', 'hallmarks.log'),
    );
  });

  it("is in the person's own app data folder on Windows", () => {
    const folder = defaultDataFolder('win32', { APPDATA: 'C:\\Users\\m\\AppData\\Roaming' }, 'C:\\Users\\m');
    expect(logFilePath(folder)).toBe(
      path.join('C:\\Users\\m\\AppData\\Roaming', 'Hallmarks', 'logs', 'hallmarks.log'),
    );
  });
});
