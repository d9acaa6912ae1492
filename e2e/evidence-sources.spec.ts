import { expect, test } from './fixtures';
import { startReviewOfOnlyHome } from './review-helpers';
import { setUpHome } from './set-up-home';

/**
 * Each evidence-source label sits beside its box at every width (long labels wrap there instead of
 * dropping below the box), and below about 700 px the boxes form one column.
 */
test('evidence-source labels stay beside their boxes, in one column in a narrow window', async ({
  page,
  app,
  request,
}) => {
  await setUpHome(page, app.url, { name: 'Oak Lodge' });
  const review = await startReviewOfOnlyHome(request, app);
  await page.goto(`${app.url}#/reviews/${review.id}/domain/leadership`);
  const sources = page.getByRole('group', { name: 'Sources of evidence' }).first();
  await sources.getByText('More sources').click();
  const boxes = sources.getByRole('checkbox');
  await expect(boxes.last()).toBeVisible();
  const count = await boxes.count();
  expect(count).toBeGreaterThan(10);

  for (const width of [1280, 1024, 640, 320]) {
    await page.setViewportSize({ width, height: 800 });
    const layout = await sources.locator('.checkbox').evaluateAll((items) =>
      items.map((item) => {
        const box = item.querySelector('input')!.getBoundingClientRect();
        const label = item.querySelector('label')!.getBoundingClientRect();
        return { text: item.textContent, box, label };
      }),
    );
    for (const { text, box, label } of layout) {
      // Beside: the label starts right of the box and its first line is level with the box.
      expect(label.left, `"${text}" at ${width} px`).toBeGreaterThanOrEqual(box.right);
      expect(label.top, `"${text}" at ${width} px`).toBeLessThan(box.bottom);
      expect(
        Math.abs(label.top + 5 + 12 - (box.top + box.height / 2)),
        `"${text}" at ${width} px`,
      ).toBeLessThan(4);
    }
    const columns = new Set(layout.map(({ box }) => Math.round(box.left))).size;
    if (width < 700) expect(columns, `columns at ${width} px`).toBe(1);
    else expect(columns, `columns at ${width} px`).toBeGreaterThan(1);
  }
});
