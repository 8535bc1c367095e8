import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {startTestSandbox} from './sandbox-helpers.js';
import {feeFor, type FeeItems} from '../../demo/server/payments/fee-table.js';

// Every fee the 2025 Order sets, and every combination the application can ask for.
describe('the firearms fee table (2025 Order)', () => {
  const cases: Array<[FeeItems, number]> = [
    [{firearm: 'grant'}, 19800],
    [{firearm: 'renewal'}, 13100],
    [{shotgun: 'grant'}, 19400],
    [{shotgun: 'renewal'}, 12600],
    [{firearm: 'grant', shotgun: 'grant'}, 20200],
    [{firearm: 'renewal', shotgun: 'grant'}, 20200],
    [{firearm: 'grant', shotgun: 'renewal'}, 20200],
    [{firearm: 'renewal', shotgun: 'renewal'}, 15500],
    [{variation: 'standard'}, 2000],
    [{variation: 'one-for-one'}, 0],
    [{firearm: 'renewal', variation: 'standard'}, 13100],
    [{firearm: 'renewal', shotgun: 'renewal', variation: 'standard'}, 15500],
    [{replacement: true}, 400],
    [{firearm: 'grant', replacement: true}, 20200],
  ];
  for (const [items, pence] of cases) {
    it(`${JSON.stringify(items)} costs ${pence / 100} pounds`, () => {
      expect(feeFor(items).totalPence).toBe(pence);
    });
  }

  it('names each line, as the payment page shows it', () => {
    expect(feeFor({firearm: 'grant', shotgun: 'renewal'}).lines).toEqual([
      {description: 'Firearm certificate grant with shotgun certificate renewal (coterminous)', pence: 20200},
    ]);
    expect(feeFor({variation: 'standard', replacement: true}).lines.map((line) => line.description)).toEqual([
      'Firearm certificate variation',
      'Replacement certificate',
    ]);
  });
});

describe('GET /payments/fee', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({app} = await startTestSandbox());
  });
  afterAll(() => app.close());

  it('answers the fee for what is named, in pence, line by line', async () => {
    const response = await app.inject({method: 'GET', url: '/payments/fee?firearm=renewal&shotgun=renewal'});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      lines: [
        {description: 'Firearm certificate renewal with shotgun certificate renewal (coterminous)', pence: 15500},
      ],
      amount: 15500,
    });
  });

  it('refuses anything else, an amount included', async () => {
    expect((await app.inject({method: 'GET', url: '/payments/fee?firearm=sale'})).statusCode).toBe(400);
    expect((await app.inject({method: 'GET', url: '/payments/fee?firearm=grant&amount=1'})).statusCode).toBe(400);
  });
});
