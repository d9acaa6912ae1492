import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';
import { keepPicture } from './pictures';

test('export a home, delete it with its name typed, then import it on first run', async ({
  page,
  app,
}, testInfo) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', places: '4' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const move = page.getByRole('region', { name: 'Move a home to another computer' });

  // The file is encrypted with a passphrase typed twice; a plain file only after a warning.
  const PASSPHRASE = 'oak leaves in autumn';
  await move.getByRole('button', { name: 'Export this home' }).click();
  await expect(move.getByLabel('Passphrase for the file')).toHaveAccessibleDescription(
    /Type a passphrase of at least 10 characters/,
  );
  await move.getByLabel('Passphrase for the file').fill(PASSPHRASE);
  await move.getByLabel('Type the passphrase again').fill('oak leaves in winter');
  await move.getByRole('button', { name: 'Export this home' }).click();
  await expect(move.getByLabel('Type the passphrase again')).toHaveAccessibleDescription(
    /Type the same passphrase again/,
  );
  await move.getByLabel('Export without encryption').check();
  await expect(move.getByRole('note')).toContainText('An unencrypted file can be read by anyone who gets it');
  await expect(move.getByRole('button', { name: 'Export unencrypted' })).toBeVisible();
  await expectNoSeriousViolations(page, 'Settings with the unencrypted export warning');
  await move.getByLabel('Export without encryption').uncheck();
  await move.getByLabel('Passphrase for the file').fill(PASSPHRASE);
  await move.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  const download = page.waitForEvent('download');
  await move.getByRole('button', { name: 'Export this home' }).click();
  const file = testInfo.outputPath('oak.json');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(
    /^Oak Lodge \d{4}-\d\d-\d\d\.hallmarks-home\.encrypted\.json$/,
  );
  await expect(move.getByRole('status').filter({ hasText: 'Exported as Oak Lodge' })).toContainText(
    'encrypted',
  );
  expect(readFileSync(file, 'utf8')).not.toContain('Oak Lodge');

  // The same file over the same home: it asks for the passphrase, refuses a wrong one, then the preview
  // says it would replace the home, and Cancel changes nothing.
  await move.getByLabel('Import a home from a file').setInputFiles(file);
  const passphrase = move.getByLabel('Passphrase to open the file');
  await expect(move.getByRole('button', { name: 'Open the file' })).toBeVisible();
  await passphrase.fill('oak leaves in spring');
  await move.getByRole('button', { name: 'Open the file' }).click();
  await expect(passphrase).toHaveAccessibleDescription(/That passphrase does not open this home file/);
  await passphrase.fill(PASSPHRASE);
  await move.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.getByRole('heading', { name: 'Replace Oak Lodge?' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Replace Oak Lodge?' })).toContainText(
    'This computer already has a home called Oak Lodge',
  );
  await expectNoSeriousViolations(page, 'Settings with an import preview');
  await keepPicture(page, { path: '/tmp/hallmarks-home-file.png', fullPage: true });
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A file that is not a home export is refused with what to do.
  await move.getByLabel('Import a home from a file').setInputFiles(path.join(__dirname, 'home-file.spec.ts'));
  await expect(move.getByRole('alert')).toContainText('This file is not a Hallmarks home file.');

  const remove = page.getByRole('region', { name: 'Delete this home' });
  await expect(remove).toContainText('Backups taken before you delete it still hold it until they age out');
  await remove.getByLabel("To confirm, type the home's name: Oak Lodge").fill('Oak');
  await remove.getByRole('button', { name: 'Delete this home for good' }).click();
  await expect(
    remove.getByText("Type the home's name exactly as it is shown, Oak Lodge, to delete it"),
  ).toBeVisible();
  await expect(remove.getByLabel("To confirm, type the home's name: Oak Lodge")).toBeFocused();
  await remove.getByLabel("To confirm, type the home's name: Oak Lodge").fill('Oak Lodge');
  await remove.getByRole('button', { name: 'Delete this home for good' }).click();

  // No home left: first run, which offers the import.
  await expect(page.getByRole('heading', { name: 'Welcome to Hallmarks' })).toBeVisible();
  await page.getByLabel('Import a home from a file').setInputFiles(file);
  await page.getByLabel('Passphrase to open the file').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Open the file' }).click();
  await expect(page.getByRole('heading', { name: 'Import Oak Lodge?' })).toBeVisible();
  await page.getByRole('button', { name: 'Import Oak Lodge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge', exact: true })).toBeVisible();
});
