import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addDays, formatIsoDate } from '../contract/rules/dates';
import { quarterOf } from '../contract/rules/quarters';
import { A4_VIEWPORT, renderReportPdf } from '../shell-shared/print/render-report';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { firstPagePng, pdfText } from './report-files';
import { callApp, openSampleHome, openScreen } from './review-helpers';

test('a team meeting prints its agenda before the meeting and its minutes after it', async ({
  page,
  app,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const homeId = await openSampleHome(page, app, request);
  const review = await callApp(request, app, 'reviews.start', { homeId, quarter: quarterOf(new Date()) });
  const indicator = review.indicators[0]!;
  await callApp(request, app, 'reviews.saveIndicator', {
    reviewId: review.id,
    indicatorKey: indicator.key,
    rating: 4,
    note: '',
    sources: [],
    otherSource: '',
    discuss: true,
  });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
  const doorAction = await callApp(request, app, 'actions.create', {
    homeId,
    title: 'Fix the fire door closer',
    link: null,
    owner: 'Sam Reid',
    dueOn: addDays(today, -3),
    source: 'review',
    origin: null,
  });
  const before = await callApp(request, app, 'meeting.get', { reviewId: review.id });
  await callApp(request, app, 'meeting.saveAgenda', {
    reviewId: review.id,
    order: [...before.items.map((i) => i.id), 'added:0'],
    added: ['Night handovers <b>again</b> 🌙'],
  });

  const folder = testInfo.outputPath('pdf');
  mkdirSync(folder, { recursive: true });
  const printed = async (name: string) => {
    await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
    await expectNoSeriousViolations(page, `the team meeting ${name}`);
    await page.setViewportSize(A4_VIEWPORT);
    const file = path.join(folder, `${name}.pdf`);
    writeFileSync(file, await renderReportPdf(page, page.url()));
    await page.setViewportSize({ width: 1280, height: 800 });
    await testInfo.attach(name, { path: firstPagePng(file), contentType: 'image/png' });
    return pdfText(file).replace(/\s+/g, ' ');
  };

  await openScreen(page, app, `#/team/meeting/${review.id}`);
  await page.getByRole('link', { name: 'Print the agenda' }).click();
  let flat = await printed('agenda');
  expect(flat).toContain('Team meeting agenda');
  expect(flat).toContain('Meeting held Not yet');
  expect(flat).toContain('Why it is on the agenda: Flagged to discuss with the team.');
  expect(flat).toContain('Night handovers <b>again</b>');
  expect(flat).not.toContain('Agreed rating');

  await callApp(request, app, 'meeting.agree', {
    reviewId: review.id,
    indicatorKey: indicator.key,
    rating: 3,
    reasoning: 'Evenings lack a familiar adult 🌙',
  });
  await callApp(request, app, 'meeting.record', {
    reviewId: review.id,
    heldOn: today,
    attendees: 'Priya Shah, Sam Reid',
    notes: 'Rota to be redone.',
  });
  // Done after the meeting, the overdue action stays in the minutes: it was overdue on the day.
  await callApp(request, app, 'actions.setStatus', {
    id: doorAction.id,
    status: 'done',
    completedOn: today,
    evidence: 'New closer fitted',
    byName: 'Sam Reid',
  });
  // One action made in meeting mode, and one given "Team meeting" on the Actions page the same day:
  // only the first was made in this meeting, so only it is in the minutes.
  await openScreen(page, app, `#/team/meeting/${review.id}/present`);
  const mode = page.getByRole('region', { name: 'Meeting mode' });
  const at = before.items.findIndex((item) => item.indicator?.key === indicator.key);
  for (let n = 1; n <= at; n++) {
    await mode.getByRole('button', { name: 'Next item (→)' }).click();
    await expect(mode.getByText(`Item ${n + 1} of ${before.items.length + 1}`)).toBeVisible();
  }
  await mode.getByRole('button', { name: /^Add an action/ }).click();
  await mode.getByLabel('What is to be done').fill('Redo the evening rota with familiar staff');
  await mode.getByRole('button', { name: 'Save action' }).click();
  await expect(mode.getByText('Action added.')).toBeVisible();
  await callApp(request, app, 'actions.create', {
    homeId,
    title: 'Order new kitchen chairs',
    link: null,
    owner: 'Sam Reid',
    dueOn: today,
    source: 'team_meeting',
    origin: null,
  });
  await openScreen(page, app, `#/team/meeting/${review.id}`);
  await page.getByRole('link', { name: 'Print the minutes' }).click();
  flat = await printed('minutes');
  expect(flat).toContain('Team meeting minutes');
  expect(flat).toContain('Who attended Priya Shah, Sam Reid');
  expect(flat).toContain(
    `Overdue actions are listed as they stood on ${formatIsoDate(today)}, the day of the meeting.`,
  );
  expect(flat).toContain('Fix the fire door closer Why it is on the agenda: Overdue action.');
  expect(flat).toContain('Agreed rating: Good. Reasoning: Evenings lack a familiar adult');
  expect(flat).toContain('Rota to be redone.');
  expect(flat).toContain('Actions added in the meeting');
  expect(flat).toContain('Redo the evening rota with familiar staff');
  expect(flat).not.toContain('Order new kitchen chairs');
  // The sample home's own "team meeting" action was made today too, but not in this meeting.
  expect(flat).not.toContain('you said, we did” board');
});
