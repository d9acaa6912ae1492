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

  const download = page.waitForEvent('download');
  await move.getByRole('button', { name: 'Export this home' }).click();
  const file = testInfo.outputPath('oak.json');
  await (await download).saveAs(file);
  expect((await download).suggestedFilename()).toMatch(/^Oak Lodge \d{4}-\d\d-\d\d\.hallmarks-home\.json$/);
  await expect(move.getByRole('status').filter({ hasText: 'Exported as Oak Lodge' })).toBeVisible();

  // The same file over the same home: the preview says it would replace it, and Cancel changes nothing.
  await move.getByLabel('Import a home from a file').setInputFiles(file);
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
  await expect(page.getByRole('heading', { name: 'Import Oak Lodge?' })).toBeVisible();
  await page.getByRole('button', { name: 'Import Oak Lodge' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge', exact: true })).toBeVisible();
});
