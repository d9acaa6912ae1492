import type { APIRequestContext, Page } from '@playwright/test';
import { todayIso, typedFromIso } from '../contract/rules/dates';
import type { BrowserModeApp } from './fixtures';
import { expectNoSeriousViolations } from './axe';
import { expect } from './fixtures';
import { callApp, openScreen } from './review-helpers';
import { setUpHome } from './set-up-home';
import { keepPicture } from './pictures';

/** Today in the home's time, as the manager types it (dd/mm/yyyy). */
export const todayTyped = (): string => typedFromIso(todayIso());

/** Opens one of the Views pages from the main navigation and its own. */
export async function openViews(page: Page, link?: string) {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Views', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Children’s views' })).toBeVisible();
  if (link) await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: link }).click();
}

/** Types in one paper survey through the form, giving `answer` to the first two questions. */
export async function typeInPaperSurvey(page: Page, answer: string) {
  await page.getByLabel('Date it was filled in').fill(todayTyped());
  await page.getByLabel('1. I feel safe living here.').selectOption({ label: answer });
  await page.getByLabel('2. The adults here listen to me.').selectOption({ label: answer });
  await page.getByRole('button', { name: 'Save this paper survey' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Paper survey saved' })).toBeVisible();
}

/** Saves `count` young people's surveys through the app, each giving `choice` to every scaled question. */
export async function saveSurveys(
  request: APIRequestContext,
  app: BrowserModeApp,
  homeId: number,
  count: number,
  choice: number,
  takenOn = todayIso(),
) {
  const questions = (await callApp(request, app, 'voice.questions', { homeId })).filter(
    (q) => q.set === 'young' && q.current.scale !== 'open',
  );
  for (let i = 0; i < count; i++) {
    await callApp(request, app, 'voice.savePaperSurvey', {
      homeId,
      set: 'young',
      takenOn,
      how: 'alone',
      answers: questions.map((q) => ({ questionVersionId: q.current.id, choice, comment: '' })),
    });
  }
}

/** A survey-mode screen: a picture in /tmp when asked (e2e/pictures.ts), axe, and no sideways scrolling. */
export async function checkSurveyScreen(page: Page, name: string) {
  await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
  await keepPicture(page, { path: `/tmp/voice-survey-${name}.png`, fullPage: true });
  await expectNoSeriousViolations(page, `survey mode: ${name}`);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(sideways, `survey mode ${name} scrolls sideways`).toBe(false);
}

/** A new home, Oak House, set up through the screens, with the manager's PIN set: returns the home. */
export async function homeWithPin(page: Page, app: BrowserModeApp, request: APIRequestContext, pin: string) {
  await setUpHome(page, app.url, { name: 'Oak House' });
  const home = (await callApp(request, app, 'homes.list', {}))[0]!;
  await callApp(request, app, 'pin.set', { newPin: pin });
  return home;
}

/** Starts the young people's survey on this computer at 1280×800; returns the welcome heading, focused. */
export async function openSurveyMode(page: Page, app: BrowserModeApp) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openScreen(page, app, '#/voice');
  await page.getByRole('radio', { name: /Young people/ }).check();
  await page.getByRole('button', { name: 'Start the survey' }).click();
  const hello = page.getByRole('heading', { level: 1, name: 'Hello!' });
  await expect(hello).toBeFocused();
  return hello;
}
