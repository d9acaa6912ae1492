import { expect, test } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { downloadCsv } from './csv-download';
import { openScreen, tabTo } from './review-helpers';
import { setUpHome } from './set-up-home';

test('keyboard: the manager logs a Regulation 40 event at 00:30 BST on 1 July and sees it counted in Jul to Sep', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  // 09:00 BST on 1 July 2026: the event happened half an hour after midnight, still 30 June in UTC.
  app.setClock('2026-07-01T08:00:00Z');
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  await openScreen(page, app, '#/inspections/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Notifications log' })).toBeVisible();
  await expect(page.getByText(/sets no number of hours/)).toBeVisible();

  await tabTo(page, page.getByLabel('What happened', { exact: true }));
  await page.getByLabel('What happened', { exact: true }).selectOption('police');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Police called after a fight in the garden; A.B. and C.D. unhurt.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('01/07/2026');
  await page.keyboard.press('Tab');
  await page.keyboard.type('00:30');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Entry added.' })).toBeVisible();

  const card = page.getByRole('article', { name: /needing the police/ });
  await expect(card).toContainText('Happened 1 July 2026 at 00:30; counted in Jul to Sep 2026.');
  await expect(card).toContainText('Ofsted not recorded as told yet: 8 hours 30 minutes since the event.');

  await tabTo(page, card.getByRole('button', { name: /^Record who was told/ }));
  await page.keyboard.press('Enter');
  await tabTo(page, card.getByLabel('Date they were told'));
  await page.keyboard.type('01/07/2026');
  await page.keyboard.press('Tab');
  await page.keyboard.type('08:45');
  await page.keyboard.press('Enter');
  await expect(card).toContainText('Ofsted (HMCI): told 1 July 2026 at 08:45.');
  await expect(card).toContainText('Told 8 hours 15 minutes after the event: without delay.');
  await expect(card.getByText('Without delay', { exact: true }).first()).toBeVisible();

  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Jul to Sep 2026/ })).toContainText('1');
  await expectNoSeriousViolations(page, 'notifications log');

  // The log downloads from its own screen as a spreadsheet, dated and timed by the home's clock.
  const file = await downloadCsv(page, 'notifications log');
  expect(file.rows).toHaveLength(1);
  const row = file.rows[0]!;
  expect(
    ['Event date', 'Event time', 'Quarter', 'Who was told', 'Told on', 'Told at'].map((h) =>
      file.cell(row, h),
    ),
  ).toEqual(['2026-07-01', '00:30', '2026-Q3', 'Ofsted (HMCI)', '2026-07-01', '08:45']);

  // The quarter's figure is the log's count, and says where it comes from.
  await openScreen(page, app, '#/figures/2026-Q3');
  await expect(page.getByText(/counted from the notifications log/)).toContainText('1, counted from the');
});
