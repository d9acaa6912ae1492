import { expect, test } from '@playwright/test';
import { overflowOf } from './reflow/overflow';

/** The reflow test's detector, on pages made to overflow (or not) in the ways the app once did. */
const HIDDEN =
  'position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

test('finds what stretches the page, and blames the element that escapes', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 600 });
  await page.setContent(`<!doctype html><body style="margin:0">
    <p>Fits.</p>
    <div style="overflow-x:auto;position:relative"><table><tr><td><div style="width:900px">Wide, framed</div></td>
      <td><span style="${HIDDEN}">Good</span></td></tr></table></div>
  </body>`);
  expect(await overflowOf(page)).toBeNull();

  // The frame is not the hidden text's containing block, so the text escapes it: the bug of issue 14.
  await page.setContent(`<!doctype html><body style="margin:0">
    <div style="overflow-x:auto"><table><tr><td><div style="width:900px">Wide, framed</div></td>
      <td><span style="${HIDDEN}">Good</span></td></tr></table></div>
  </body>`);
  const escaped = await overflowOf(page);
  expect(escaped?.documentWidth).toBeGreaterThan(320);
  expect(escaped?.widest[0]).toMatch(/^<span> in <table> right edge \d+ px "Good"$/);

  await page.setContent(`<!doctype html><body style="margin:0"><main id="main">
    <pre class="note">${'x'.repeat(300)}</pre></main></body>`);
  const unframed = await overflowOf(page);
  expect(unframed?.widest[0]).toMatch(/^<pre\.note> in <main#main> right edge \d+ px "x{60}"$/);
});
