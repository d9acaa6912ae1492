import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { operationNames } from '../../contract/operation-names';
import { operations, type OperationName } from '../../contract/operations';
import { openDatabase, type OpenDatabase } from '../open-database';
import { useTempFolder } from '../test-support/temp-folder';
import { ACTIVITY_BACKUP_GAP_MS, createBackupHandlers } from './backup-handlers';
import { listBackups } from './backups';

const tempFolder = useTempFolder();

/**
 * What reading the screens calls, written out by hand rather than read from the declarations under test.
 * Before each operation declared whether it reads, a hand-kept list in the backup hook missed most of these,
 * so opening the actions, Reg 44, voice or team screens counted as a change and made a backup due.
 */
const KNOWN_READS: OperationName[] = [
  'app.info',
  'app.start',
  'app.today',
  'framework.get',
  'homes.list',
  'homes.get',
  'homes.export',
  'homes.importPreview',
  'homes.copies',
  'reviews.list',
  'reviews.get',
  'customIndicators.list',
  'reports.inspectionPack',
  'dashboard.get',
  'dashboard.earlyWarning',
  'provider.overview',
  'metrics.get',
  'actions.list',
  'reg44.overview',
  'ofsted.overview',
  'duties.overview',
  'reg45.records',
  'reg45Draft.get',
  'reg45Draft.list',
  'voice.questions',
  'voice.results',
  'voice.comments',
  'voice.feedback',
  'voice.youSaid',
  'voice.triangulation',
  'staff.list',
  'pin.status',
  'lock.status',
  'teamRound.get',
  'rating.sheet',
  'meeting.get',
  'meeting.agreement',
  'meeting.list',
  'meeting.held',
];

/** A few that change the data, one from each feature, which must still make a backup due. */
const KNOWN_WRITES: OperationName[] = [
  'homes.create',
  'reviews.saveIndicator',
  'reviews.reopen',
  'metrics.save',
  'actions.create',
  'reg45Draft.sign',
  'voice.saveAnswer',
  'rating.submit',
  'meeting.record',
  'lock.enter',
  'pin.set',
];

const opened: OpenDatabase[] = [];
afterEach(() => {
  for (const o of opened.splice(0)) o.db.close();
});

/** The backup hook over a fresh data file, 31 minutes after its last backup. */
function hookAfterQuietHalfHour() {
  let time = Date.UTC(2026, 10, 20, 9);
  const now = () => new Date(time);
  const current = openDatabase({ file: path.join(tempFolder(), 'h.sqlite'), appVersion: 't', now });
  opened.push(current);
  const hook = createBackupHandlers({ get: () => current, reopen: () => current }, now);
  const backupsBefore = listBackups(current.backupsDir).length;
  time += ACTIVITY_BACKUP_GAP_MS + 60_000;
  return { hook, backupsMade: () => listBackups(current.backupsDir).length - backupsBefore };
}

describe('which operations make a backup due', () => {
  it('every operation declares whether it reads or writes', () => {
    const undeclared = operationNames.filter(
      (name) => !['read', 'write'].includes((operations[name] as { access?: string }).access ?? ''),
    );
    expect(undeclared).toEqual([]);
  });

  it.each(KNOWN_READS)('%s is declared a read and makes no backup, then or on closing', (name) => {
    expect(operations[name].access).toBe('read');
    const { hook, backupsMade } = hookAfterQuietHalfHour();
    hook.afterCall(name, null);
    hook.beforeClose();
    expect(backupsMade()).toBe(0);
  });

  it.each(KNOWN_WRITES)('%s is declared a write and, after half an hour, backs up', (name) => {
    expect(operations[name].access).toBe('write');
    const { hook, backupsMade } = hookAfterQuietHalfHour();
    hook.afterCall(name, null);
    expect(backupsMade()).toBe(1);
  });
});
