import type {FastifyInstance} from 'fastify';
import type {Page} from 'playwright';
import {TEST_OPERATOR_TOKEN} from '../helpers/test-sandbox-settings.js';

/** Signs a page in to the sandbox's back office as an operator would: the sign-in page, by keyboard. */
export async function signInToBackOffice(
  page: Page,
  origin: string,
  next: '/inbox' | '/agent' = '/inbox',
): Promise<void> {
  await page.goto(`${origin}${next}`);
  await page.getByLabel('Operator token').fill(TEST_OPERATOR_TOKEN);
  await page.keyboard.press('Enter');
  await page.waitForURL(`${origin}${next}`);
}

/** What the back office's JSON inbox holds, asked as a script would (with the operator's bearer token). */
export async function inboxEntries<Entry = Record<string, unknown>>(app: FastifyInstance): Promise<Entry[]> {
  const answer = await app.inject({
    method: 'GET',
    url: '/inbox.json',
    headers: {authorization: `Bearer ${TEST_OPERATOR_TOKEN}`},
  });
  return answer.json().data as Entry[];
}
