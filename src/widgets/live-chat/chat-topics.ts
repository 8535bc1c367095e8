import type {Msg} from '../../core/localize/translator.js';

/** What a chat can be about. A sensitive topic shows the exit-page control and keeps nothing on the device. */
export interface ChatTopic {
  id: string;
  label: string;
  sensitive: boolean;
}

export function chatTopics(msg: Msg): ChatTopic[] {
  return [
    {id: 'new-report', label: msg('Something I want to report', {id: 'chat.topic.new-report'}), sensitive: false},
    {
      id: 'existing-report',
      label: msg('Something I have already reported', {id: 'chat.topic.existing-report'}),
      sensitive: false,
    },
    {id: 'domestic-abuse', label: msg('Domestic abuse', {id: 'chat.topic.domestic-abuse'}), sensitive: true},
    {id: 'something-else', label: msg('Something else', {id: 'chat.topic.something-else'}), sensitive: false},
  ];
}

export const isSensitiveTopic = (topic: string) => topic === 'domestic-abuse';
