import { todayIso } from '../contract/rules/dates';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { callApp, openScreen, tabTo } from './review-helpers';
import { checkSurveyScreen as shot, homeWithPin, openSurveyMode } from './voice-helpers';

const PIN = '246813';

/** Answers the question on screen with the keyboard alone: Space picks the first face, then Next. */
async function answerByKeyboard(page: Page, comment: string) {
  const scale = page.getByRole('group');
  if ((await scale.count()) > 0) {
    await tabTo(page, page.getByRole('radio').first());
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio').nth(1)).toBeChecked();
  }
  await tabTo(page, page.getByRole('textbox'));
  await page.keyboard.type(comment);
  await tabTo(page, page.getByRole('button', { name: /^(Next|Finish)$/ }));
  await page.keyboard.press('Enter');
}

test('a young person completes the survey by keyboard and cannot leave it without the PIN', async ({
  page,
  app,
  request,
}) => {
  test.setTimeout(180_000);
  const home = await homeWithPin(page, app, request, PIN);
  const today = todayIso();
  await callApp(request, app, 'voice.saveYouSaid', {
    homeId: home.id,
    suggestion: 'Pizza on Fridays, please.',
    suggestedOn: today,
    weDid: 'We have pizza night every Friday now.',
    doneOn: today,
  });

  const hello = await openSurveyMode(page, app);
  await shot(page, 'welcome-1280x800');

  // Escape, browser back, a reload and typing another address all leave the survey on screen.
  await page.keyboard.press('Escape');
  await expect(hello).toBeVisible();
  await page.goBack();
  await expect(hello).toBeVisible();
  await page.reload();
  await expect(hello).toBeVisible();
  await page.goto(`${app.url.split('?')[0]}#/settings`);
  await expect(hello).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  const refused = await request.post(`${new URL(app.url).origin}/api/invoke`, {
    headers: {
      Origin: new URL(app.url).origin,
      'X-Hallmarks-Key': new URL(app.url).searchParams.get('key') ?? '',
    },
    data: { name: 'voice.results', input: { homeId: home.id } },
  });
  expect(((await refused.json()) as { ok: boolean }).ok).toBe(false);

  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Question 1 of 11')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'I feel safe living here.' })).toBeFocused();
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'question-1024x768');
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'question-1280x800');

  await answerByKeyboard(page, 'I like it here <b>mostly</b> 🙂');
  await expect(page.getByText('Question 2 of 11')).toBeVisible();
  // Skip is always there.
  await tabTo(page, page.getByRole('button', { name: 'Skip this question' }));
  await page.keyboard.press('Enter');
  for (let n = 3; n <= 11; n++) {
    await expect(page.getByText(`Question ${n} of 11`)).toBeVisible();
    await answerByKeyboard(page, n === 11 ? 'More trips' : '');
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you!' })).toBeFocused();
  await expect(page.getByText('We have pizza night every Friday now.')).toBeVisible();
  await shot(page, 'end-1280x800');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'end-1024x768');

  await page.getByRole('button', { name: 'I’m done' }).click();
  await expect(hello).toBeVisible();

  await page.getByRole('button', { name: 'Exit (manager’s PIN)' }).click();
  await page.getByLabel('Manager’s PIN').fill('1111');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert').or(page.locator('.error-message')).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await page.getByLabel('Manager’s PIN').fill(PIN);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();

  await openScreen(page, app, '#/voice');
  // The survey is counted, but below the threshold no count is shown.
  await expect(page.getByRole('main')).toContainText('results hidden until at least 3 young people');
  await expect(page.getByRole('main')).not.toContainText('1 survey');
  await page.getByRole('button', { name: 'Show comments' }).click();
  await expect(page.getByText('I like it here <b>mostly</b> 🙂')).toBeVisible();
});
