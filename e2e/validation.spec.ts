import { expect, test } from './fixtures';

test('an empty form is explained in an error summary and beside each field', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Save and continue' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
  await expect(page).toHaveTitle('Error: Set up your home – Hallmarks');

  const name = page.getByLabel('Name of the home');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('Error: Enter the name of the home');
  const places = page.getByLabel('Number of places');
  await expect(places).toHaveAccessibleDescription(
    /Error: Enter the number of places as a whole number, for example 4/,
  );
  await expect(page.getByLabel('Ofsted URN')).not.toHaveAttribute('aria-invalid');

  await summary.getByRole('link', { name: 'Enter the name of the home' }).click();
  await expect(name).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hallmarks' })).toBeVisible();
});

test('a very long name gets the length message and nothing is saved', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByLabel('Name of the home').fill('A'.repeat(10_000));
  await page.getByLabel('Number of places').fill('4');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('alert')).toContainText("Shorten the home's name to 120 characters or fewer");
  await expect(page.getByLabel('Name of the home')).toHaveAccessibleDescription(
    "Error: Shorten the home's name to 120 characters or fewer",
  );
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Hallmarks' })).toBeVisible();
});

test('the server’s own field messages are shown when it rejects what the page accepted', async ({
  page,
  app,
}) => {
  // Stand in for a rule only the server knows, to prove its field messages reach the form.
  await page.route('**/api/invoke', async (route) => {
    if (route.request().postDataJSON()?.name !== 'homes.create') return route.continue();
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: {
          code: 'conflict',
          message: 'Taken.',
          fields: { name: 'A home with this name already exists' },
        },
      }),
    });
  });
  await page.goto(app.url);
  await page.getByLabel('Name of the home').fill('Oak Lodge');
  await page.getByLabel('Number of places').fill('4');
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('alert')).toContainText('A home with this name already exists');
  await expect(page.getByLabel('Name of the home')).toHaveAccessibleDescription(
    'Error: A home with this name already exists',
  );
});

for (const name of ['<img src=x onerror=alert(1)>', 'Sunflower House 🌻 👩‍👧‍👦']) {
  test(`the name ${JSON.stringify(name)} is stored and shown as plain text`, async ({ page, app }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch((error: unknown) => dialogs.push(`could not dismiss: ${String(error)}`));
    });
    await page.goto(app.url);
    await page.getByLabel('Name of the home').fill(name);
    await page.getByLabel('Number of places').fill('3');
    await page.getByRole('button', { name: 'Save and continue' }).click();

    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('banner')).toContainText(name);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByLabel('Name of the home')).toHaveValue(name);

    await expect(page.locator('img')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
}
