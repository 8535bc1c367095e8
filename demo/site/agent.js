// The sandbox's agent console: picks up waiting chats and answers them.
// Everything from a person is shown with textContent, never as HTML. The page
// is signed in (the back office's session cookie), and its socket carries the
// cookie: a socket the sandbox does not take (4401) is not tried again.
const nameInput = document.getElementById('agent-name');
const connection = document.getElementById('connection');
const waitingList = document.getElementById('waiting');
const chatsArea = document.getElementById('chats');

/** chatId → {lastSeq, log, typing, input, ended, seen (client ids)} */
const chats = new Map();
let socket;
let attempt = 0;

function element(tag, text, attributes = {}) {
  const made = document.createElement(tag);
  if (text !== undefined) made.textContent = text;
  for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, value);
  return made;
}

function connect() {
  const url = new URL('/chat/agent', location.href);
  url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  socket = new WebSocket(url);
  socket.onopen = () => {
    const lastSeqs = Object.fromEntries([...chats].map(([id, chat]) => [id, chat.lastSeq]));
    socket.send(JSON.stringify({type: 'hello', agentName: nameInput.value.trim() || 'Agent', lastSeqs}));
  };
  socket.onmessage = (message) => onFrame(JSON.parse(message.data));
  socket.onclose = (close) => {
    if (close.code === 4401) {
      connection.replaceChildren(
        'You are signed out. ',
        element('a', 'Sign in again', {href: '/sign-in?next=/agent'}),
        ' to answer chats.',
      );
      return;
    }
    connection.textContent = 'Disconnected: reconnecting…';
    // Quickly at first, then less often while the sandbox stays away (at most every 30 seconds).
    setTimeout(connect, Math.min(30_000, 200 * 2 ** attempt++) * (0.5 + Math.random() / 2));
  };
}

function onFrame(frame) {
  if (frame.type === 'synced') {
    attempt = 0;
    connection.textContent = `Connected as ${nameInput.value.trim() || 'Agent'}.`;
  } else if (frame.type === 'queue') showQueue(frame.waiting, frame.total);
  else if (frame.type === 'chat') chatFor(frame.chat);
  else if (frame.type === 'event') take(frame.chatId, frame.event);
  else if (frame.type === 'typing') {
    const chat = chats.get(frame.chatId);
    if (chat) chat.typing.textContent = frame.typing ? 'The person is typing…' : '';
  }
}

/** The first waiting chats the sandbox lists (the longest waiting), and how many wait in all. */
function showQueue(waiting, total) {
  waitingList.replaceChildren(
    ...waiting.map((chat) => {
      const item = element(
        'li',
        `${chat.name || 'No name given'} – ${chat.topic} – since ${new Date(chat.createdAt).toLocaleTimeString()} `,
      );
      const pick = element('button', 'Pick up', {type: 'button'});
      pick.addEventListener('click', () => socket.send(JSON.stringify({type: 'pick', chatId: chat.id})));
      item.append(pick);
      return item;
    }),
  );
  if (waiting.length === 0) waitingList.replaceChildren(element('li', 'No one is waiting.'));
  else if (total > waiting.length) waitingList.append(element('li', `and ${total - waiting.length} more waiting`));
}

function chatFor(chat) {
  if (chats.has(chat.id)) return chats.get(chat.id);
  const section = element('section', undefined, {'aria-label': `Chat with ${chat.name || 'a person'}`});
  section.append(element('h3', `${chat.name || 'No name given'} (${chat.topic})`));
  const log = element('ol', undefined, {role: 'log', 'aria-live': 'polite'});
  const typing = element('p');
  const form = element('form');
  const label = element('label', 'Reply', {for: `reply-${chat.id}`});
  const input = element('textarea', undefined, {id: `reply-${chat.id}`, rows: '2'});
  const send = element('button', 'Send');
  const end = element('button', 'End chat', {type: 'button'});
  form.append(label, input, send, end);
  section.append(log, typing, form);
  chatsArea.append(section);
  const state = {lastSeq: 0, log, typing, input, form};
  chats.set(chat.id, state);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    socket.send(JSON.stringify({type: 'send', chatId: chat.id, clientId: crypto.randomUUID(), text}));
    input.value = '';
  });
  let typingSent = false;
  input.addEventListener('input', () => {
    if (!typingSent) socket.send(JSON.stringify({type: 'typing', chatId: chat.id, typing: true}));
    typingSent = true;
    clearTimeout(state.typingTimer);
    state.typingTimer = setTimeout(() => {
      typingSent = false;
      socket.send(JSON.stringify({type: 'typing', chatId: chat.id, typing: false}));
    }, 3000);
  });
  end.addEventListener('click', () => socket.send(JSON.stringify({type: 'end', chatId: chat.id})));
  return state;
}

function take(chatId, event) {
  const chat = chats.get(chatId);
  if (!chat || event.seq <= chat.lastSeq) return;
  chat.lastSeq = event.seq;
  if (event.kind === 'message') {
    chat.log.append(element('li', `${event.from === 'person' ? 'Person' : 'You'}: ${event.text}`));
    if (event.from === 'person') {
      chat.typing.textContent = '';
      socket.send(JSON.stringify({type: 'read', chatId, upToSeq: event.seq}));
    }
  } else if (event.kind === 'state' && event.state === 'ended') {
    chat.log.append(element('li', 'The chat has ended.'));
    chat.form.hidden = true;
  }
}

connect();
