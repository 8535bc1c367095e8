import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {FastifyInstance} from 'fastify';
import {startTestSandbox} from './sandbox-helpers.js';
import {feeFor, feeItemsFrom, type FeeItems} from '../../demo/server/payments/fee-table.js';

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

  it('names each line, as the payment page shows it, in English or Welsh', () => {
    expect(feeFor({firearm: 'grant', shotgun: 'renewal'}).lines).toEqual([
      {description: 'New firearm certificate with shotgun certificate renewal (coterminous)', pence: 20200},
    ]);
    expect(feeFor({variation: 'standard', replacement: true}, 'cy').lines.map((line) => line.description)).toEqual([
      'Amrywio tystysgrif arf tanio',
      'Tystysgrif yn lle un a gollwyd neu a ddinistriwyd',
    ]);
  });

  it('reads the items as the element names them, and refuses two of a kind', () => {
    expect(feeItemsFrom(['firearm-renewal', 'shotgun-grant', 'variation', 'replacement'])).toEqual({
      firearm: 'renewal',
      shotgun: 'grant',
      variation: 'standard',
      replacement: true,
    });
    expect(feeItemsFrom(['variation-one-for-one'])).toEqual({variation: 'one-for-one'});
    expect(feeItemsFrom(['firearm-grant', 'firearm-renewal'])).toMatch(/one firearm certificate/);
    expect(feeItemsFrom(['variation', 'variation-one-for-one'])).toMatch(/one variation/);
    expect(feeItemsFrom(['replacement', 'replacement'])).toMatch(/twice/);
  });
});

describe('GET /payments/fee', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    ({app} = await startTestSandbox());
  });
  afterAll(() => app.close());

  it('answers the fee for what is named, in pence, line by line', async () => {
    const response = await app.inject({method: 'GET', url: '/payments/fee?items=firearm-renewal,shotgun-renewal'});
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      lines: [{description: 'Firearm and shotgun certificate renewals together (coterminous)', pence: 15500}],
      amount: 15500,
    });
    const welsh = await app.inject({method: 'GET', url: '/payments/fee?items=firearm-grant,replacement&language=cy'});
    expect(welsh.json()).toEqual({
      lines: [
        {description: 'Tystysgrif arf tanio newydd', pence: 19800},
        {description: 'Tystysgrif yn lle un a gollwyd neu a ddinistriwyd', pence: 400},
      ],
      amount: 20200,
    });
  });

  it('refuses anything else, an amount included', async () => {
    for (const query of [
      'items=firearm-sale',
      'items=firearm-grant&amount=1',
      'items=',
      'items=firearm-grant,firearm-renewal',
    ])
      expect((await app.inject({method: 'GET', url: `/payments/fee?${query}`})).statusCode, query).toBe(400);
  });
});
