import type { Page } from '@playwright/test';

/** Given when the sample's recorded periods are out of step with the draft's; it has no word "draft". */
export const SAMPLE_PERIOD_REASON = 'The sample home’s recorded periods are not whole quarters.';

/**
 * Signs off the Reg 45 draft open on screen. The sample home's recorded Reg 45 periods are counted back
 * from today, so on most days they do not line up with the draft's two whole quarters and sign-off asks
 * for a reason (the box is on screen from the moment the sign-off form is): it is then given, as a
 * manager would. The form renders with the draft, so the count below is never read too early.
 */
export async function signOffReg45Draft(page: Page, name = 'Alex Morgan') {
  await page.getByLabel('Name of the registered person signing off').fill(name);
  const reason = page.getByLabel('Your reason for signing off this period');
  if ((await reason.count()) > 0) await reason.fill(SAMPLE_PERIOD_REASON);
  await page.getByRole('button', { name: 'Sign off the review' }).click();
}
