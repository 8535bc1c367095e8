import type {FoundAddress} from '../../../src/contract/address-lookup.js';

/**
 * A small, made-up address book for the sandbox's postcode look-up: enough
 * to try the journey in English and Welsh places. No real person's address.
 */
export const addressFixtures: ReadonlyArray<FoundAddress> = [
  {uprn: '100000000001', line1: '1 Example Street', town: 'Chelmsford', postcode: 'CM1 1AA'},
  {uprn: '100000000002', line1: '2 Example Street', town: 'Chelmsford', postcode: 'CM1 1AA'},
  {uprn: '100000000003', line1: 'Flat 1', line2: '3 Example Street', town: 'Chelmsford', postcode: 'CM1 1AA'},
  {uprn: '100000000004', line1: 'The Library', line2: 'High Street', town: 'Chelmsford', postcode: 'CM1 1AB'},
  {uprn: '100000000005', line1: '10 Heol Enghraifft', town: 'Caerdydd', postcode: 'CF10 1AA'},
  {uprn: '100000000006', line1: '12 Heol Enghraifft', town: 'Caerdydd', postcode: 'CF10 1AA'},
  {uprn: '100000000007', line1: '1 Sample Road', line2: 'Westminster', town: 'London', postcode: 'SW1A 1AA'},
];
