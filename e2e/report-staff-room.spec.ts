import { writeFileSync } from 'node:fs';
import { todayIso } from '../contract/rules/dates';
import { A4_VIEWPORT, printViewUrl, renderReportPdf } from '../shell-shared/print/render-report';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { pdfText } from './report-files';
import { answerReview, callApp, openScreen, startReviewFromList, thisQuarter } from './review-helpers';
import { setUpHome } from './set-up-home';

const WALL = 'Thank you all: the new rota started well, and the garden is finished.';

test('the staff-room page prints the summary written for the wall, after a warning about an initial', async ({
  page,
  app,
  request,
}, testInfo) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge', registeredManager: 'Sam Patel' });
  const reviewId = await startReviewFromList(page);
  await answerReview(request, app, reviewId);
  await openScreen(page, app, `#/reviews/${reviewId}/summary`);

  const field = page.getByLabel('Staff-room summary (printed for the staff room wall)');
  await field.fill('We went bowling with K. and everyone enjoyed it.');
  const warning = page.getByTestId('staff-room-initials');
  await expect(warning).toContainText('This may name a child by an initial');
  await expect(warning).toContainText('bowling with K.');
  await expectNoSeriousViolations(page, 'review summary with the initials warning');

  await field.fill(WALL);
  await expect(warning).toHaveCount(0);
  await field.blur();
  await expect
    .poll(async () => (await callApp(request, app, 'reviews.get', { id: reviewId })).staffRoomSummary)
    .toBe(WALL);

  await callApp(request, app, 'reviews.complete', {
    reviewId,
    signedByName: 'Sam Patel',
    signedByRole: 'Registered manager',
    signedOn: todayIso(),
  });
  await page.setViewportSize(A4_VIEWPORT);
  const file = testInfo.outputPath('staff-room.pdf');
  writeFileSync(
    file,
    await renderReportPdf(
      page,
      printViewUrl(page.url(), { report: 'staff-room', homeId: 1, quarter: thisQuarter() }),
    ),
  );
  const text = pdfText(file).replace(/\s+/g, ' ');
  expect(text).toContain(WALL);
  expect(text).not.toContain('A settled team that knows the children well.');
});
