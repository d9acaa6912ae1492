import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, startServer, stopServer, test } from './fixtures';
import { indicatorGroup, startReviewFromList } from './review-helpers';
import { setUpHome } from './set-up-home';

const COMPLAINTS = 'Children know how to complain and can see that complaints lead to change.';

/** A real 8 MB disk (tmpfs) for the data file; mounting needs root, as in CI's container. */
function mountSmallDisk(): string | null {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return null;
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', folder], { stdio: 'ignore' });
    return folder;
  } catch {
    rmSync(folder, { recursive: true, force: true });
    return null;
  }
}

/** Writes a file until the disk refuses more, in ever smaller pieces, so not a block is left. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  try {
    for (const size of [1 << 20, 1 << 16, 1 << 12, 512, 1]) {
      const piece = Buffer.alloc(size, 7);
      try {
        for (;;) writeSync(fd, piece);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      }
    }
  } finally {
    closeSync(fd);
  }
}

test('what was typed stays in the form while the disk is full, and saves once there is room', async ({
  page,
}) => {
  const disk = mountSmallDisk();
  test.skip(
    !disk,
    'Needs root to mount a small tmpfs disk; the server side is tested in db/safety/save-on-full-disk.test.ts',
  );
  const dbFile = path.join(disk!, 'data', 'hallmarks.sqlite');
  mkdirSync(path.dirname(dbFile));
  const server = await startServer(dbFile);
  try {
    await setUpHome(page, server.url, { name: 'Oak Lodge' });
    await startReviewFromList(page);
    await page
      .getByRole('navigation', { name: 'Steps in this review' })
      .getByRole('link', { name: /^3\. / })
      .click();
    const indicator = indicatorGroup(page, COMPLAINTS);
    const note = indicator.getByLabel('Evidence note');
    await note.fill('First thoughts');
    await expect(indicator.getByRole('status')).toHaveText('Saved');

    const filler = path.join(disk!, 'filler.bin');
    fillDisk(filler);
    const typed = `Complaints box emptied weekly 🙂 <b>not bold</b> ${'and every one answered in writing. '.repeat(400)}`;
    await note.fill(typed);
    await expect(indicator.getByRole('status')).toHaveText(
      'Not saved. The disk is full: free some space. What you typed is kept here and will be saved when you try again.',
    );
    await expect(note).toHaveValue(typed);

    rmSync(filler);
    await indicator.getByRole('button', { name: 'Try again' }).click();
    await expect(indicator.getByRole('status')).toHaveText('Saved');
    await page.reload();
    await expect(indicatorGroup(page, COMPLAINTS).getByLabel('Evidence note')).toHaveValue(typed);
  } finally {
    await stopServer(server.process, [page]);
    execFileSync('umount', ['-l', disk!]);
    rmSync(disk!, { recursive: true, force: true });
  }
});

/** Whether `chattr +i` works in the temporary folder (root, on a file system that has the flag). */
function canMakeImmutable(folder: string): boolean {
  try {
    execFileSync('chattr', ['+i', folder], { stdio: 'ignore' });
    execFileSync('chattr', ['-i', folder], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('what was typed stays in the form while the data file cannot be written, and saves once it can', async ({
  page,
}) => {
  const folder = mkdtempSync(path.join(tmpdir(), 'hallmarks-locked-'));
  test.skip(
    process.getuid?.() !== 0 || !canMakeImmutable(folder),
    'Needs root and chattr to lock a file that is already open; the server side is tested in db/safety/save-on-full-disk.test.ts',
  );
  const dbFile = path.join(folder, 'hallmarks.sqlite');
  const locked = [dbFile, `${dbFile}-wal`];
  const server = await startServer(dbFile);
  try {
    await setUpHome(page, server.url, { name: 'Oak Lodge' });
    await startReviewFromList(page);
    await page
      .getByRole('navigation', { name: 'Steps in this review' })
      .getByRole('link', { name: /^3\. / })
      .click();
    const indicator = indicatorGroup(page, COMPLAINTS);
    const note = indicator.getByLabel('Evidence note');
    await note.fill('First thoughts');
    await expect(indicator.getByRole('status')).toHaveText('Saved');

    // Immutable files refuse writes even through the handles the app already holds, as a file made
    // read-only under a running program (a write-protected stick, a share's permissions changed) does.
    execFileSync('chattr', ['+i', ...locked]);
    const typed = `Complaints answered in writing 🙂 <i>kept</i> ${'every week. '.repeat(200)}`;
    await note.fill(typed);
    // SQLite reports any refused write to its log as an I/O error, so the message covers every cause.
    await expect(indicator.getByRole('status')).toHaveText(
      'Not saved. Hallmarks cannot save because the disk could not be written to. Check the disk is still ' +
        'connected, has space and is not write-protected, then try again. What you typed is kept here and ' +
        'will be saved when you try again.',
    );
    await expect(note).toHaveValue(typed);

    execFileSync('chattr', ['-i', ...locked]);
    await indicator.getByRole('button', { name: 'Try again' }).click();
    await expect(indicator.getByRole('status')).toHaveText('Saved');
    await page.reload();
    await expect(indicatorGroup(page, COMPLAINTS).getByLabel('Evidence note')).toHaveValue(typed);
  } finally {
    execFileSync('chattr', ['-i', ...locked], { stdio: 'ignore' });
    await stopServer(server.process, [page]);
    rmSync(folder, { recursive: true, force: true });
  }
});
