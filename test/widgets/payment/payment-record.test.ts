import {expect} from '@open-wc/testing';
import {
  clearPaymentRecord,
  readPaymentRecord,
  writePaymentRecord,
} from '../../../src/widgets/payment/payment-record.js';

// A tab keeps one record per application: two paid for in one tab (or shown side by side, as Storybook's docs
// page shows every outcome) each come back to their own payment; a return page that names none, to the last.
describe('payment records', () => {
  afterEach(() => sessionStorage.clear());

  const first = {reference: 'HXR7-3KQ9', items: ['firearm-grant' as const], idempotencyKey: 'a', paymentId: 'p1'};
  const second = {reference: 'TWCW-8WXJ', items: ['shotgun-grant' as const], idempotencyKey: 'b', paymentId: 'p2'};

  it('keeps each application apart, and knows the last', () => {
    writePaymentRecord(first);
    writePaymentRecord(second);
    expect(readPaymentRecord('HXR7-3KQ9')).to.deep.equal(first);
    expect(readPaymentRecord('TWCW-8WXJ')).to.deep.equal(second);
    expect(readPaymentRecord()).to.deep.equal(second);
    expect(readPaymentRecord('AAAA-BBBB')).to.equal(undefined);
  });

  it('forgets one application without the other', () => {
    writePaymentRecord(first);
    writePaymentRecord(second);
    clearPaymentRecord('TWCW-8WXJ');
    expect(readPaymentRecord('TWCW-8WXJ')).to.equal(undefined);
    expect(readPaymentRecord()).to.equal(undefined);
    expect(readPaymentRecord('HXR7-3KQ9')).to.deep.equal(first);
    clearPaymentRecord();
    expect(readPaymentRecord('HXR7-3KQ9')).to.deep.equal(first);
  });

  it('ignores a record that is not one', () => {
    sessionStorage.setItem('soh:payment', 'HXR7-3KQ9');
    sessionStorage.setItem('soh:payment:HXR7-3KQ9', '{not json');
    expect(readPaymentRecord()).to.equal(undefined);
    sessionStorage.setItem('soh:payment:HXR7-3KQ9', JSON.stringify({...first, reference: 'OTHER'}));
    expect(readPaymentRecord('HXR7-3KQ9')).to.equal(undefined);
  });
});
