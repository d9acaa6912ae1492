import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('the dashboard fits a glance at 1280 x 800, keeps its order at 640, and the moved screens are one link away', async ({
  page,
  sampleHome,
}) => {
  // Reads only: the sample home this worker shares.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(sampleHome.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeVisible();
  const judgements = page.getByRole('region', { name: 'Judgements', exact: true });
  const due = page.getByRole('region', { name: 'Overdue and due soon' });
  const quarter = page.getByRole('region', { name: /^This quarter: / });
  const warning = page.getByRole('region', { name: 'Early warning signs' });
  await expect(judgements.getByRole('term')).toHaveText([
    'Overall experiences and progress of children and young people',
    'How well children and young people are helped and protected',
    'The effectiveness of leaders and managers',
  ]);
  await expect(due.getByRole('heading', { level: 3, name: /^Overdue/ })).toBeVisible();
  await expect(quarter.getByRole('term')).toHaveText([
    'Quarterly review',
    'Team meeting',
    'Children’s survey',
    'Reg 44 visit',
    'Reg 45 review',
  ]);
  // The whole of each, not just a corner, is on the first screen; the early warning comes after.
  for (const region of [judgements, due, quarter]) await expect(region).toBeInViewport({ ratio: 1 });
  const bottom = async (r: typeof due) => {
    const box = (await r.boundingBox())!;
    return box.y + box.height;
  };
  expect((await warning.boundingBox())!.y).toBeGreaterThanOrEqual(
    Math.max(await bottom(due), await bottom(quarter)),
  );

  // The sample home's manager change shows as a sign, saying what moved and where the record is.
  const manager = warning
    .getByRole('listitem')
    .filter({ hasText: 'Change of manager or no registered manager' });
  await expect(manager).toContainText(/\d+ days without a registered manager/);
  await expect(manager.getByRole('link', { name: /^Quarterly figures/ })).toHaveAttribute(
    'href',
    '#/figures',
  );
  await expect(warning).toContainText('not a forecast of any inspection judgement');
  await warning.getByText('How these signs are chosen').click();
  await expect(warning).toContainText("Hallmarks' own convention");
  await expectNoSeriousViolations(page, 'dashboard at a glance');

  // At 640 px the same order, one above the other.
  await page.setViewportSize({ width: 640, height: 800 });
  const tops = await Promise.all(
    [judgements, due, quarter, warning].map(async (r) => (await r.boundingBox())!.y),
  );
  expect([...tops].sort((a, b) => a - b)).toEqual(tops);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Trends, figures and team agreement each open from their link, and print from there.
  const more = page.getByRole('navigation', { name: 'More about this home' });
  for (const [link, heading] of [
    ['Trends: each judgement and domain over time, with its figures', 'Trends'],
    ['Team agreement by quarter', 'Team agreement'],
    ['Quarterly figures, and each rate over time', 'Quarterly figures'],
  ] as const) {
    await more.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeFocused();
    if (heading !== 'Quarterly figures')
      await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    await page.goBack();
    await expect(judgements).toBeVisible();
  }
});
