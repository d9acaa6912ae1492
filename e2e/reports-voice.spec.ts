import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { addQuarters, quarterDates, quarterLabel, quarterOf } from '../contract/rules/quarters';
import { movementSince } from '../contract/rules/voice-change';
import { REG45_WORRY_FOLLOW_UP, REG45_WORRY_SAID } from '../contract/rules/voice-safety';
import { A4_VIEWPORT, renderReportPdf } from '../shell-shared/print/render-report';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { firstPagePng, pdfText } from './report-files';
import { callApp, openSampleHome } from './review-helpers';

const latest = addQuarters(quarterOf(new Date()), -1);
const period = quarterLabel(latest);
const midQuarter = (q: string) => quarterDates(q).start.replace(/-01$/, '-15');

test('the Reg 45 draft prints the views of children, parents, placing authorities and staff, never a child’s comment', async ({
  page,
  app,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const homeId = await openSampleHome(page, app, request);

  // Three young people answered in the last quarter (the threshold), two in the one before (below it).
  const questions = (await callApp(request, app, 'voice.questions', { homeId })).filter(
    (q) => q.set === 'young' && q.current.scale !== 'open',
  );
  const survey = (takenOn: string, choice: number, comment: string) =>
    callApp(request, app, 'voice.savePaperSurvey', {
      homeId,
      set: 'young',
      takenOn,
      how: 'alone',
      answers: questions.map((q, i) => ({
        questionVersionId: q.current.id,
        choice,
        comment: i === 0 ? comment : '',
      })),
    });
  for (const choice of [0, 0, 2]) await survey(midQuarter(latest), choice, 'PRIVATE-COMMENT from a child');
  // Two in a quarter the sample has none: below the threshold of 3.
  const earlier = addQuarters(latest, -2);
  for (const choice of [1, 1]) await survey(midQuarter(earlier), choice, 'PRIVATE-COMMENT too');
  await callApp(request, app, 'voice.saveFeedback', {
    homeId,
    group: 'parents',
    role: 'Mother of a young person',
    receivedOn: midQuarter(latest),
    how: 'call',
    said: 'Staff keep me updated <b>every week</b> 🙂',
    domains: [],
    indicators: [],
    answers: [],
  });
  await callApp(request, app, 'voice.saveYouSaid', {
    homeId,
    suggestion: 'A film night on Fridays',
    suggestedOn: midQuarter(latest),
    weDid: 'Film night started in the lounge',
    doneOn: midQuarter(latest),
  });

  const results = (await callApp(request, app, 'voice.results', { homeId })).quarters.find(
    (q) => q.quarter === latest,
  )!;
  const safe = results.questions.find((q) => q.wordings.at(-1) === 'I feel safe living here.')!;
  expect(safe.shown).toBe(true);

  // The data went in behind the app's back: reload, as the dashboard may hold the earlier lists.
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  const link = page.getByRole('link', { name: `Reg 45 review draft for ${period}` });
  await link.click();
  await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The views of children, parents, placing authorities and staff' }),
  ).toBeVisible();
  await expectNoSeriousViolations(page, 'the Reg 45 draft with everyone’s views');

  const folder = testInfo.outputPath('pdf');
  mkdirSync(folder, { recursive: true });
  await page.setViewportSize(A4_VIEWPORT);
  const printed = async (name: string) => {
    const file = path.join(folder, `${name}.pdf`);
    writeFileSync(file, await renderReportPdf(page, page.url()));
    await testInfo.attach(name, { path: firstPagePng(file), contentType: 'image/png' });
    return pdfText(file).replace(/\s+/g, ' ');
  };
  let flat = await printed('reg45-latest');
  expect(flat).toContain(`${period}: ${results.sessions} surveys, answers per question`);
  expect(flat).toContain(
    `I feel safe living here. ${safe.counts.map((c) => `${c.label}: ${c.count}`).join(', ')}`,
  );
  expect(flat).toContain('Mother of a young person: Staff keep me updated <b>every week</b>');
  expect(flat).toContain('A film night on Fridays');
  expect(flat).toContain('Film night started in the lounge');
  expect(flat).not.toContain('PRIVATE-COMMENT');
  // A "Sometimes" to feeling safe and to a trusted adult: the review says at least one young person
  // said so, and what the registered person's analysis should confirm; never who or how many.
  expect(results.worries).toEqual(['safe', 'trusted-adult']);
  for (const sentence of [...Object.values(REG45_WORRY_SAID), REG45_WORRY_FOLLOW_UP]) {
    expect(flat).toContain(sentence);
  }
  // Each question's movement since the survey before, worded as on the Children's views screen.
  const before = (await callApp(request, app, 'voice.results', { homeId })).quarters.find(
    (q) => q.quarter === addQuarters(latest, -1),
  )!;
  const { since, words } = movementSince(before);
  expect(since).toBe(quarterLabel(addQuarters(latest, -1)));
  expect(flat).toContain(`Since ${since}`);
  expect(flat).toContain(`${safe.counts.map((c) => `${c.label}: ${c.count}`).join(', ')} ${words(safe)}`);

  // Six months earlier: few surveys and no feedback, said plainly.
  await page.goto(page.url().replace(`/${latest}`, `/${addQuarters(latest, -1)}`));
  await expect(page.locator('main[data-report-ready="true"]')).toBeVisible();
  flat = await printed('reg45-earlier');
  expect(flat).toContain(
    `${quarterLabel(earlier)}: the results are not printed: fewer than 3 young people answered`,
  );
  expect(flat).toContain(
    'No feedback from placing authorities (social workers or IROs) is recorded in this period.',
  );
  expect(flat).toContain('No feedback from staff is recorded in this period.');
  expect(flat).not.toContain('PRIVATE-COMMENT');
  // No young person raised a worry in those six months.
  expect(flat).not.toContain('Young people’s safety');
});
