import { expect, test } from './fixtures';
import { checkScreens } from './screen-checks';

const screens: [string, string][] = [
  ['#/voice', 'Children’s views'],
  ['#/voice/feedback', 'Others’ views'],
  ['#/voice/you-said', 'You said, we did'],
  ['#/voice/questions', 'Survey questions'],
  ['#/voice/paper', 'Paper surveys'],
];

test('the views screens pass axe at 1280 and 640 px with no sideways scrolling', async ({ page, app }) => {
  test.setTimeout(180_000);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Rowan House (sample)' })).toBeFocused();
  await checkScreens(page, app.url, screens, 'voice', true);
  // The dashboard with its children's views panel (its own disclosures are checked by the tracking specs).
  await checkScreens(page, app.url, [['#/', 'Rowan House (sample)']], 'voice-dashboard');
});
