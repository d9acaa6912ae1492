import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { logFilePath } from './log-file';

describe('logFilePath', () => {
  it('puts the log in a logs folder inside the data folder', () => {
    expect(logFilePath(path.join('/data', 'Hallmarks'))).toBe(
      path.join('/data', 'Hallmarks', 'logs', 'hallmarks.log'),
    );
  });
});
