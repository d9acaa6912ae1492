import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { setUpHome } from './set-up-home';
import { keepPicture } from './pictures';

test('back up, change something, restore, see the earlier state, then undo the restore', async ({
  page,
  app,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', places: '4' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const backups = page.getByRole('region', { name: 'Backups' });

  await backups.getByRole('button', { name: 'Back up now' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Backup taken on' })).toBeVisible();
  const newest = backups.getByRole('table').getByRole('row').nth(1);
  await expect(newest).toContainText('Backed up by hand');
  await expect(newest).toContainText('1 home, 0 reviews');
  await expectNoSeriousViolations(page, 'Settings with backups');
  await keepPicture(page, { path: '/tmp/hallmarks-backups.png', fullPage: true });

  await page.getByLabel('Name of the home').fill('Oak Lodge North');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Oak Lodge North');

  await newest.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByRole('heading', { name: /Restore the backup from/ })).toBeVisible();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'Restored the backup from' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Oak Lodge');
  await expect(page.getByRole('banner')).not.toContainText('Oak Lodge North');

  await backups.getByRole('button', { name: 'Undo the last restore' }).click();
  await expect(backups.getByRole('status').filter({ hasText: 'The restore was undone' })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Oak Lodge North');
  await expect(backups.getByRole('button', { name: 'Undo the last restore' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oak Lodge North' })).toBeVisible();
});
