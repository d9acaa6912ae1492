import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface HomeDetails {
  name: string;
  urn?: string;
  registeredManager?: string;
  places?: string;
}

/** Completes first run through the form, as a manager would, and waits for the dashboard. */
export async function setUpHome(page: Page, url: string, home: HomeDetails): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Name of the home').fill(home.name);
  if (home.urn) await page.getByLabel('Ofsted URN').fill(home.urn);
  if (home.registeredManager) await page.getByLabel('Registered manager').fill(home.registeredManager);
  await page.getByLabel('Number of places').fill(home.places ?? '4');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: home.name, exact: true })).toBeVisible();
}
