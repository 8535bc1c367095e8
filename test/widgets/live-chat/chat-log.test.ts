import {expect} from '@open-wc/testing';
import {ChatLog} from '../../../src/widgets/live-chat/chat-log.js';
import type {ChatEvent} from '../../../src/contract/chat.js';
import {transcriptText} from '../../../src/widgets/live-chat/transcript.js';

const at = '2026-11-25T14:02:00Z';
const message = (seq: number, from: 'person' | 'agent', text: string, clientId = `c-${seq}`): ChatEvent => ({
  seq,
  at,
  kind: 'message',
  from,
  text,
  clientId,
});

describe('the chat log', () => {
  it('takes each event once, in order, and a pending message becomes the stored one', () => {
    const log = new ChatLog([{clientId: 'mine', text: 'Hello'}]);
    expect(log.messages().map((one) => one.delivery)).to.deep.equal(['waiting']);
    expect(log.take({seq: 1, at, kind: 'state', state: 'active', agentName: 'Sam'})).to.equal(true);
    expect(log.take(message(2, 'person', 'Hello', 'mine'))).to.equal(true);
    // The same event again (a replay after a reconnect) changes nothing.
    expect(log.take(message(2, 'person', 'Hello', 'mine'))).to.equal(true);
    expect(log.messages()).to.have.length(1);
    expect(log.messages()[0]).to.include({seq: 2, delivery: 'sent'});
    expect(log.take({seq: 3, at, kind: 'read', by: 'agent', upToSeq: 2})).to.equal(true);
    expect(log.messages()[0].delivery).to.equal('read');
    expect(log).to.include({state: 'active', agentName: 'Sam', lastSeq: 3});
  });

  it('marks the person’s messages read from the endpoint’s read frames, never going back', () => {
    const log = new ChatLog();
    log.take(message(1, 'person', 'one'));
    log.take(message(2, 'person', 'two'));
    log.read(1);
    expect(log.messages().map((one) => one.delivery)).to.deep.equal(['read', 'sent']);
    log.read(2);
    log.read(1);
    expect(log.messages().map((one) => one.delivery)).to.deep.equal(['read', 'read']);
    // Not an event: the next event still follows the last one taken.
    expect(log.lastSeq).to.equal(2);
  });

  it('refuses a gap, so the connection asks again from the last it took', () => {
    const log = new ChatLog();
    expect(log.take(message(1, 'agent', 'one'))).to.equal(true);
    expect(log.take(message(3, 'agent', 'three'))).to.equal(false);
    expect(log.lastSeq).to.equal(1);
    expect(log.lastAgentSeq()).to.equal(1);
  });

  it('writes a transcript of what was stored, with times and who said it', () => {
    const log = new ChatLog([{clientId: 'unsent', text: 'not yet'}]);
    log.take(message(1, 'person', 'Hello'));
    log.take(message(2, 'agent', 'How can I help?'));
    const text = transcriptText('Chat with the police', log.messages(), {person: 'You', agent: 'Sam'}, 'en-GB');
    expect(text).to.equal(
      'Chat with the police\n\n25 November 2026 at 14:02 You: Hello\n25 November 2026 at 14:02 Sam: How can I help?\n',
    );
  });
});
