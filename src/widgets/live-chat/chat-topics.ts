import type {Msg} from '../../core/localize/translator.js';

/** What a chat can be about. */
export function chatTopics(msg: Msg): Array<{value: string; label: string}> {
  return [
    {value: 'new-report', label: msg('Something I want to report', {id: 'chat.topic.new-report'})},
    {value: 'existing-report', label: msg('Something I have already reported', {id: 'chat.topic.existing-report'})},
    {value: 'domestic-abuse', label: msg('Domestic abuse', {id: 'chat.topic.domestic-abuse'})},
    {value: 'something-else', label: msg('Something else', {id: 'chat.topic.something-else'})},
  ];
}

/** A sensitive topic shows the exit-page control, and its chat is kept in memory only. */
export const isSensitiveTopic = (topic: string) => topic === 'domestic-abuse';
