import {expect} from '@open-wc/testing';
import {holds} from '../../src/engine/conditions.js';
import {domesticAbuseReport} from '../../src/services/domestic-abuse/definition.js';
import {crimeReport} from '../../src/services/crime/definition.js';

// Following a report online is offered after every report, except where
// contact could endanger the person: domestic abuse offers it only when the
// person chose it as a safe way to be contacted.
describe('when following a report is offered', () => {
  it('after a crime report, always', () => {
    expect(holds(crimeReport.follow, {})).to.equal(true);
  });

  it('after domestic abuse, only when the person chose messages on this website as safe', () => {
    expect(holds(domesticAbuseReport.follow, {contactMethods: ['phone', 'email']})).to.equal(false);
    expect(holds(domesticAbuseReport.follow, {})).to.equal(false);
    expect(holds(domesticAbuseReport.follow, {contactMethods: ['text', 'online']})).to.equal(true);
  });
});
