import {expect} from '@open-wc/testing';
import {memoryOutbox, sessionOutbox} from '../../../src/core/transport/outbox.js';
import {SubmissionSender, type RetryNotice} from '../../../src/core/transport/submission-sender.js';
// Served by the sandbox plugin: the real sandbox endpoint, over HTTP.
// @ts-expect-error a virtual module the test runner serves
import {operatorToken, sandboxUrl} from '/__sandbox.js';

const endpoint = new URL(sandboxUrl as string);

async function minimalIncident(): Promise<Record<string, unknown>> {
  const document = await (await fetch(new URL('../../fixtures/minimal-incident.json', import.meta.url))).json();
  // A fresh incident id each time, so reports are told apart in the inbox.
  document.data.id = crypto.randomUUID();
  return document;
}

// Faults are aimed at this test's own document: other test files send to the same sandbox at the same time.
const idOf = (document: Record<string, unknown>) => (document.data as {id: string}).id;

async function setFaults(faults: unknown): Promise<void> {
  const response = await fetch(new URL('__faults', endpoint), {
    method: 'POST',
    headers: {'Content-Type': 'application/json'},
    body: JSON.stringify(faults),
  });
  expect(response.status).to.equal(204);
}

async function storedWithIncidentId(id: string): Promise<number> {
  const signedIn = {headers: {authorization: `Bearer ${operatorToken}`}};
  const inbox = await (await fetch(new URL('inbox.json', endpoint), signedIn)).json();
  return inbox.data.filter((entry: {document: {data: {id: string}}}) => entry.document.data.id === id).length;
}

/** Records the waits asked for and skips them: the requests themselves are real. */
function recordingWait() {
  const waits: number[] = [];
  return {waits, wait: async (ms: number) => void waits.push(ms)};
}

describe('SubmissionSender against the sandbox endpoint', () => {
  afterEach(async () => {
    await fetch(new URL('__faults', endpoint), {method: 'DELETE'});
    sessionStorage.clear();
  });

  it('sends once and returns the reference the endpoint gives', async () => {
    const document = await minimalIncident();
    const outbox = sessionOutbox('crime');
    const outcome = await new SubmissionSender({endpoint, outbox}).send(document);
    expect(outcome.kind).to.equal('sent');
    expect(outcome.kind === 'sent' && outcome.customerReferenceNumber).to.match(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(outbox.read()).to.equal(undefined);
    expect(await storedWithIncidentId((document.data as {id: string}).id)).to.equal(1);
  });

  it('retries 503 three times, honouring Retry-After, then succeeds with one report stored', async () => {
    const document = await minimalIncident();
    await setFaults({incidents: {fail: 3, status: 503, retryAfter: 2, incidentId: idOf(document)}});
    const {waits, wait} = recordingWait();
    const notices: RetryNotice[] = [];
    const sender = new SubmissionSender({
      endpoint,
      outbox: memoryOutbox(),
      wait,
      onRetry: (notice) => notices.push(notice),
    });
    const outcome = await sender.send(document);
    expect(outcome.kind).to.equal('sent');
    expect(waits).to.deep.equal([2000, 2000, 2000]);
    expect(notices.map((notice) => notice.reason)).to.deep.equal(['unavailable', 'unavailable', 'unavailable']);
    expect(await storedWithIncidentId((document.data as {id: string}).id)).to.equal(1);
  });

  it('backs off exponentially with jitter when no Retry-After is given', async () => {
    const document = await minimalIncident();
    await setFaults({incidents: {fail: 3, status: 500, incidentId: idOf(document)}});
    const {waits, wait} = recordingWait();
    await new SubmissionSender({endpoint, outbox: memoryOutbox(), wait, random: () => 0.5}).send(document);
    expect(waits).to.deep.equal([750, 1500, 3000]);
  });

  it('stores once when the connection drops after the endpoint stored the report', async () => {
    const document = await minimalIncident();
    await setFaults({incidents: {dropAfterStore: 1, incidentId: idOf(document)}});
    const {wait} = recordingWait();
    const outcome = await new SubmissionSender({endpoint, outbox: memoryOutbox(), wait}).send(document);
    // Chromium itself resends a request whose reused connection closed before
    // any answer, so the retry may be the browser's or ours: either way it
    // carries the same key, and the endpoint replays the first answer.
    expect(outcome.kind).to.equal('sent');
    expect(await storedWithIncidentId((document.data as {id: string}).id)).to.equal(1);
    const remaining = await (await fetch(new URL('__faults', endpoint))).json();
    expect(remaining.incidents.dropAfterStore).to.equal(0);
  });

  it('gives up after six attempts, keeping the submission for another try with the same key', async () => {
    const document = await minimalIncident();
    await setFaults({incidents: {fail: 6, status: 503, incidentId: idOf(document)}});
    const outbox = sessionOutbox('crime');
    const {waits, wait} = recordingWait();
    const first = await new SubmissionSender({endpoint, outbox, wait}).send(document);
    expect(first).to.deep.equal({kind: 'gave-up', reason: 'unavailable'});
    expect(waits).to.have.length(5);
    const kept = outbox.read()!;
    expect(kept.body).to.equal(JSON.stringify(document));
    // After a reload: a new sender finds the same submission and key.
    const again = new SubmissionSender({endpoint, outbox: sessionOutbox('crime'), wait});
    expect(again.pending).to.equal(true);
    const second = await again.send({something: 'else'});
    expect(second.kind).to.equal('sent');
    expect(await storedWithIncidentId((document.data as {id: string}).id)).to.equal(1);
  });

  it('does not retry a business error, and forgets that submission', async () => {
    const document = await minimalIncident();
    const included = document.included as Array<{type: string; attributes: Record<string, unknown>}>;
    included.find((entity) => entity.type === 'submission')!.attributes.forceIdentifier = 99;
    const outbox = sessionOutbox('crime');
    const {waits, wait} = recordingWait();
    const outcome = await new SubmissionSender({endpoint, outbox, wait}).send(document);
    expect(outcome.kind).to.equal('refused');
    expect(outcome.kind === 'refused' && outcome.errors[0].code).to.equal('unknown-force');
    expect(waits).to.deep.equal([]);
    expect(outbox.read()).to.equal(undefined);
  });

  it('sends once when Send is pressed twice', async () => {
    const document = await minimalIncident();
    const sender = new SubmissionSender({endpoint, outbox: memoryOutbox()});
    const [one, two] = await Promise.all([sender.send(document), sender.send(document)]);
    expect(one).to.deep.equal(two);
    expect(await storedWithIncidentId((document.data as {id: string}).id)).to.equal(1);
  });

  it('reports an unreachable endpoint as offline', async () => {
    const {wait} = recordingWait();
    const outcome = await new SubmissionSender({
      endpoint: new URL('http://127.0.0.1:9/'),
      outbox: memoryOutbox(),
      wait,
    }).send({});
    expect(outcome).to.deep.equal({kind: 'gave-up', reason: 'offline'});
  });
});
