import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../../src/engine/soh-report-form.js';
import type {SohReportForm} from '../../src/engine/report-form.js';
import type {ServiceDefinition} from '../../src/engine/definition.js';
import {answersSchema} from '../../src/engine/definition-sending.js';
import {covidBreachReport} from '../../src/services/covid-breach/definition.js';
import {settled, until} from '../helpers/fixtures.js';
import {
  answerCovidBreach,
  choose,
  deepActive,
  endpoint as sandboxUrl,
  heading,
  inbox,
  pressContinue,
  root,
  settledPage,
  type,
} from '../helpers/report-form-driver.js';

// A service definition loaded while the page runs (`src`, the `definition` property) is data from outside the
// library: these tests give the form hostile and broken ones and check that each is refused before any page shows,
// with the notice for the person and each problem, at its JSON Pointer, for the developer; that text is only ever
// text; and that a sound one is asked and sent as a shipped service is, to the real sandbox endpoint.

/** A sound definition, served by the test server from the page's own origin. */
const VALID = new URL('/test/fixtures/definitions/lost-property.json', document.baseURI).href;
const NOT_AVAILABLE = 'This form is not available here. To contact the police, call 101. In an emergency, call 999.';
const COULD_NOT_LOAD = 'This form could not be loaded. Check your internet connection and try again.';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a document to break in any way a hostile author might
type Document = any;

async function validDocument(): Promise<Document> {
  return (await fetch(VALID)).json();
}

/** What the form wrote with console.error, and the requests it made through fetch, during each test. */
let errors: string[] = [];
let requests: Array<{url: string; init?: RequestInit}> = [];
/** Addresses on the page's own origin the fetch stand-in answers itself (documents too big or odd for a file). */
let served = new Map<string, () => Promise<Response>>();
const realFetch = window.fetch;
const realError = console.error;

beforeEach(() => {
  errors = [];
  requests = [];
  served = new Map();
  sessionStorage.clear();
  delete (window as {__definitionRan?: boolean}).__definitionRan;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
    requests.push({url, init});
    const serve = served.get(url);
    return serve ? serve() : realFetch(input, init);
  };
});

afterEach(() => {
  window.fetch = realFetch;
  console.error = realError;
  sessionStorage.clear();
});

/** Serves `body` at an address of the page's own origin; answers its address. */
function serve(name: string, body: string | (() => Promise<Response>), status = 200): string {
  const url = new URL(`/__definitions/${name}`, document.baseURI).href;
  served.set(
    url,
    typeof body === 'string'
      ? async () => new Response(body, {status, headers: {'content-type': 'application/json'}})
      : body,
  );
  return url;
}

/** A form for the Essex endpoint (the sandbox) with the given source of its service. */
async function openWith(
  given: {src?: string; definition?: unknown; service?: string; lang?: string} = {},
): Promise<SohReportForm> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${given.lang ?? 'en'}>
      <soh-report-form
        service=${ifDefined(given.service)}
        src=${ifDefined(given.src)}
        .definition=${given.definition as ServiceDefinition | undefined}
        force="essex"
        endpoint=${sandboxUrl}
      ></soh-report-form>
    </div>`,
  );
  const form = wrapper.querySelector<SohReportForm>('soh-report-form')!;
  await settled(form);
  return form;
}

/** Waits for the first page, settled. */
async function firstPage(form: SohReportForm): Promise<void> {
  await until(() => root(form).querySelector('form [type="submit"]'));
  await settledPage(form);
}

/** Waits for the notice that the form is not available here, and answers what the page says. */
async function refused(form: SohReportForm): Promise<string> {
  await until(() => root(form).querySelector('[part="config-problem"]'));
  await settled(form);
  return text(form);
}

function text(form: SohReportForm): string {
  return root(form).textContent!.replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in the form, down through every shadow root. */
function deepQueryAll(node: ParentNode, selector: string): Element[] {
  return [...node.querySelectorAll('*')].flatMap((element) => [
    ...(element.matches(selector) ? [element] : []),
    ...(element.shadowRoot ? deepQueryAll(element.shadowRoot, selector) : []),
  ]);
}

/** The console line for one finding: `[soh-elements] <soh-report-form>: address#pointer: message`. */
function findingLine(where: string, pointer: string, message: string): string {
  return `[soh-elements] <soh-report-form>: ${where}#${pointer}: ${message}`;
}

describe('<soh-report-form src>', () => {
  it('asks the emergency question first, then the definition’s pages, and sends the report to the endpoint', async () => {
    const form = await openWith({src: VALID});
    await firstPage(form);
    expect(heading(form)).to.equal('Is anyone in immediate danger, or is a crime happening now?');
    // Fetched once, as the elements fetch from the endpoint: no cookies, no Referer.
    const fetched = requests.filter((request) => request.url === VALID);
    expect(fetched).to.have.length(1);
    expect(fetched[0].init).to.include({credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'manual'});

    await choose(form, 'emergency', 1);
    await pressContinue(form);
    // The label's markup is its text: no element made, nothing run.
    expect(heading(form)).to.equal('What did you lose? <img src=x onerror="window.__definitionRan = true">');
    const hint = "${window.__definitionRan = true} {{constructor.constructor('window.__definitionRan = true')()}}";
    const fieldText = deepQueryAll(root(form), 'soh-radios')[0].shadowRoot!.textContent!;
    expect(fieldText).to.contain(hint).and.to.contain('A phone <script>window.__definitionRan = true</script>');
    expect(deepQueryAll(root(form), 'img, script')).to.deep.equal([]);
    await choose(form, 'kind', 0);
    await pressContinue(form);
    await type(form, 'description', 'A black phone in a blue case');
    await pressContinue(form);

    expect(heading(form)).to.equal('Check your answers before sending your report');
    expect(root(form).querySelector('[part="summary"]')!.textContent).to.contain('A black phone in a blue case');
    await expect(form).to.be.accessible();
    const sent = oneEvent(form, 'soh-report-sent');
    await pressContinue(form);
    const {detail} = await sent;
    expect(detail.service).to.equal('lost-property');
    expect(heading(form)).to.equal('Report sent');
    expect((window as {__definitionRan?: boolean}).__definitionRan).to.equal(undefined);

    // No mapping declared: the incident and its submission, with every answer in its text.
    const stored = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!;
    const submission = stored.document.included.find((entity) => entity.type === 'submission')!;
    const attributes = submission.attributes as Record<string, unknown>;
    expect(attributes.category).to.equal('LPR');
    expect(attributes.submissionContent)
      .to.contain('What: A phone <script>')
      .and.to.contain('Description: A black phone in a blue case');
    expect(errors).to.deep.equal([]);
  });

  it('takes precedence over service, and a relative address is the page’s own', async () => {
    const form = await openWith({service: 'crime', src: '/test/fixtures/definitions/lost-property.json'});
    await firstPage(form);
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.match(/^What did you lose\?/);
  });

  for (const src of [
    'https://definitions.example/lost-property.json',
    // The endpoint's host on another port is another origin.
    new URL('/definition.json', sandboxUrl.replace(/:\d+\//, ':1/')).href,
  ]) {
    it(`refuses ${src}, on neither the page’s origin nor the endpoint’s, without a request`, async () => {
      const form = await openWith({src});
      expect(await refused(form)).to.equal(NOT_AVAILABLE);
      // Nothing went there: not through fetch, nor anything else the browser records.
      const host = new URL(src).host;
      expect(requests.filter((request) => new URL(request.url).host === host)).to.deep.equal([]);
      const entries = performance.getEntriesByType('resource').filter((entry) => new URL(entry.name).host === host);
      expect(entries).to.deep.equal([]);
      expect(errors.join('\n'))
        .to.contain(`src "${src}" is not requested`)
        .and.to.contain(location.origin)
        .and.to.contain(new URL(sandboxUrl).origin);
      await expect(form).to.be.accessible();
    });
  }

  for (const src of [
    'javascript:alert(document.domain)',
    'data:application/json,{}',
    'blob:https://x.example/1',
    // Credentials on the page's own origin: fetch would refuse it, which reads as offline.
    `${location.protocol}//x%2F@${location.host}/test/fixtures/definitions/lost-property.json`,
  ]) {
    it(`refuses ${src.split(':')[0]}: as src, without a request`, async () => {
      const form = await openWith({src});
      expect(await refused(form)).to.equal(NOT_AVAILABLE);
      expect(requests).to.deep.equal([]);
      expect(errors.join('\n')).to.contain(`src "${src}" is not an http(s) address`);
    });
  }

  it('asks the endpoint’s origin, and says what it answered', async () => {
    const src = new URL('definitions/none.json', sandboxUrl).href;
    const form = await openWith({src});
    expect(await refused(form)).to.equal(NOT_AVAILABLE);
    expect(requests.map((request) => request.url)).to.include(src);
    expect(errors.join('\n')).to.contain(`src "${src}" answered 404`);
  });

  it('does not follow a redirect, which could lead to another origin', async () => {
    // The sandbox sends a visitor who is not signed in from its inbox to its sign-in page.
    const src = new URL('inbox', sandboxUrl).href;
    const form = await openWith({src});
    expect(await refused(form)).to.equal(NOT_AVAILABLE);
    expect(errors.join('\n')).to.contain(`src "${src}" redirects`);
  });

  /** Hostile and broken documents, each refused with the notice and its problem at its JSON Pointer. */
  const hostile: Array<{name: string; body: (valid: Document) => string; pointer: string; message: string}> = [
    {
      name: 'a document that is not JSON',
      body: (valid) => JSON.stringify(valid).slice(0, -10),
      pointer: '',
      message: 'Not JSON (',
    },
    {
      name: 'a key that is not part of a definition',
      body: (valid) => {
        valid.pages[0].questions[0].onclick = 'window.__definitionRan = true';
        return JSON.stringify(valid);
      },
      pointer: '/pages/0/questions/0/onclick',
      message: '"onclick" is not part of a definition',
    },
    {
      name: 'a __proto__ key, which would change what every object inherits',
      body: (valid) =>
        JSON.stringify(valid).replace(/^\{/, '{"__proto__": {"sends": "application", "exitPage": true},'),
      pointer: '/__proto__',
      message: '"__proto__" is not part of a definition',
    },
    {
      name: 'a document over 1 MB',
      body: (valid) => JSON.stringify({...valid, padding: 'x'.repeat(1_000_001)}),
      pointer: '',
      message: 'Longer than 1000000 bytes',
    },
    {
      name: 'a condition nested thousands deep',
      body: (valid) =>
        JSON.stringify({...valid, follow: 'DEEP'}).replace(
          '"DEEP"',
          '{"not":'.repeat(5000) + '{"question":"kind","equals":"phone"}' + '}'.repeat(5000),
        ),
      pointer: '/follow' + '/not'.repeat(31),
      message: 'Nested more than 32 deep',
    },
    {
      name: 'a condition written as code',
      body: (valid) => {
        valid.pages[1].when = "function () { return answers.kind === 'phone' }";
        return JSON.stringify(valid);
      },
      pointer: '/pages/1/when',
      message: 'Give an object here',
    },
    {
      name: 'a kind of question written as code',
      body: (valid) => {
        valid.pages[0].questions[0].kind = '() => { window.__definitionRan = true }';
        return JSON.stringify(valid);
      },
      pointer: '/pages/0/questions/0/kind',
      message: 'Use one of "text", "email", "tel", "textarea"',
    },
    {
      name: 'a javascript: address in a hint',
      body: (valid) => {
        valid.pages[0].questions[0].hint.en = 'Look at javascript:window.__definitionRan=true';
        return JSON.stringify(valid);
      },
      pointer: '/pages/0/questions/0/hint/en',
      message: 'A script address (javascript:, vbscript:)',
    },
    {
      name: 'a javascript: address broken by a line break, as a browser would still follow it',
      body: (valid) => {
        valid.whatHappensNext.cy = 'java\nscript:window.__definitionRan=true';
        return JSON.stringify(valid);
      },
      pointer: '/whatHappensNext/cy',
      message: 'A script address',
    },
    {
      name: 'a condition on a question that does not exist (the checks beyond the shape)',
      body: (valid) => {
        valid.pages[1].when = {question: 'nowhere', equals: 'yes'};
        return JSON.stringify(valid);
      },
      pointer: '/pages/1/when/question',
      message: 'No question has the id "nowhere"',
    },
  ];

  for (const {name, body, pointer, message} of hostile) {
    it(`refuses ${name}, saying where`, async () => {
      const src = serve('hostile.json', body(await validDocument()));
      const form = await openWith({src});
      expect(await refused(form)).to.equal(NOT_AVAILABLE);
      expect(root(form).querySelector('form')).to.equal(null);
      expect(errors.join('\n')).to.contain(findingLine(src, pointer, message));
      expect(errors[0]).to.contain(`the service definition ${src} is not usable`);
      // Nothing in it ran, and nothing every object inherits changed.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect((window as {__definitionRan?: boolean}).__definitionRan).to.equal(undefined);
      expect(({} as {sends?: unknown}).sends).to.equal(undefined);
    });
  }

  it('says it could not load when the connection fails, and Try again loads it', async () => {
    let online = false;
    const src = serve('flaky.json', async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify(await validDocument()));
    });
    const form = await openWith({src});
    await until(() => root(form).querySelector('[part="load-problem"]'));
    await settled(form);
    expect(text(form)).to.contain(COULD_NOT_LOAD).and.to.contain('call 101').and.to.contain('call 999');
    expect(errors.join('\n')).to.contain(`src "${src}" could not be loaded`);
    await expect(form).to.be.accessible();

    // Still offline: the same notice, where focus is.
    root(form).querySelector<HTMLButtonElement>('[part="load-problem"] button')!.click();
    await until(() => deepActive()?.matches('[part="load-problem"]'));
    online = true;
    root(form).querySelector<HTMLButtonElement>('[part="load-problem"] button')!.click();
    await firstPage(form);
    await until(() => deepActive()?.matches('h1, [role="heading"]'));
    expect(heading(form)).to.equal('Is anyone in immediate danger, or is a crime happening now?');
  });

  it('offers to try again when the server is busy, not when the address is wrong', async () => {
    const busy = await openWith({src: serve('busy.json', '', 503)});
    await until(() => root(busy).querySelector('[part="load-problem"]'));
    const missing = await openWith({src: serve('missing.json', '', 404)});
    expect(await refused(missing)).to.equal(NOT_AVAILABLE);
    expect(root(missing).querySelector('button')).to.equal(null);
  });

  it('says it in Welsh on a Welsh page', async () => {
    const form = await openWith({src: serve('broken.json', '{'), lang: 'cy'});
    expect(await refused(form)).to.equal(
      'Nid yw’r ffurflen hon ar gael yma. I gysylltu â’r heddlu, ffoniwch 101. Mewn argyfwng, ffoniwch 999.',
    );
    const offline = await openWith({
      src: serve('offline.json', () => Promise.reject(new TypeError('Failed to fetch'))),
      lang: 'cy',
    });
    await until(() => root(offline).querySelector('[part="load-problem"]'));
    await settled(offline);
    expect(text(offline)).to.contain('Nid oedd modd llwytho’r ffurflen hon').and.to.contain('Rhoi cynnig arall arni');
  });
});

describe('<soh-report-form> .definition', () => {
  it('shows a definition the page holds, asks for nothing, and is not changed by later changes to the object', async () => {
    const definition = await validDocument();
    requests = [];
    const form = await openWith({definition, src: 'https://definitions.example/ignored.json'});
    await firstPage(form);
    expect(requests).to.deep.equal([]);
    definition.pages[0].questions[0].label.en = 'Changed after it was given';
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    expect(heading(form)).to.match(/^What did you lose\?/);
  });

  it('keeps its draft apart from a library service of the same id, and takes a question named like a form method', async () => {
    // A draft of the library's own crime report, part way through: not this definition's.
    sessionStorage.setItem('soh:draft:crime', JSON.stringify({at: 'describe', answers: {kind: 'bag'}}));
    const definition = {...(await validDocument()), id: 'crime'};
    definition.pages[1].questions[0].id = 'querySelectorAll';
    const form = await openWith({definition});
    await firstPage(form);
    expect(heading(form)).to.equal('Is anyone in immediate danger, or is a crime happening now?');
    await choose(form, 'emergency', 1);
    await pressContinue(form);
    await choose(form, 'kind', 0);
    await pressContinue(form);
    // The question named like the form's own method takes its answer, and Continue still checks the page.
    await type(form, 'querySelectorAll', 'A black phone');
    await pressContinue(form);
    expect(heading(form)).to.equal('Check your answers before sending your report');
    expect(JSON.parse(sessionStorage.getItem('soh:draft:definition:crime')!).answers).to.include({
      querySelectorAll: 'A black phone',
    });
    expect(JSON.parse(sessionStorage.getItem('soh:draft:crime')!).answers).to.deep.equal({kind: 'bag'});
    sessionStorage.removeItem('soh:draft:crime');
  });

  it('starts an application at its own first page: no emergency question', async () => {
    const definition = {...(await validDocument()), sends: 'application'};
    const form = await openWith({definition});
    await firstPage(form);
    expect(heading(form)).to.match(/^What did you lose\?/);
    expect(root(form).querySelector('[data-question="emergency"]')).to.equal(null);
  });

  it('sends the SDM document its mapping declares (COVID-19 breach, as a document)', async () => {
    const definition = JSON.parse(JSON.stringify(covidBreachReport));
    const form = await openWith({definition});
    await firstPage(form);
    await answerCovidBreach(form, 'A large party, loaded at run time');
    const sent = oneEvent(form, 'soh-report-sent');
    await pressContinue(form);
    const {detail} = await sent;
    // The sandbox held it to the service's own document schema (CVD) too: it was stored.
    const stored = (await inbox()).find((entry) => entry.customerReferenceNumber === detail.reference)!;
    expect(stored.document.data.attributes).to.include({incidentDescription: 'A large party, loaded at run time'});
    const location = stored.document.included.find((entity) => entity.type === 'location')!;
    expect(JSON.stringify(location.attributes)).to.contain('The park');
  });

  const notData: Array<{name: string; change: (definition: Document) => void; pointer: string; message: string}> = [
    {
      name: 'a function',
      change: (definition) => (definition.pages[0].questions[0].label.en = () => 'What did you lose?'),
      pointer: '/pages/0/questions/0/label/en',
      message: 'A function: a definition is data, never code',
    },
    {
      name: 'an object of a class',
      change: (definition) => (definition.pages[0].questions[0].hint = new Date()),
      pointer: '/pages/0/questions/0/hint',
      message: 'Not a plain object',
    },
    {
      name: 'an object with another prototype',
      change: (definition) => (definition.whatHappensNext = Object.create({en: 'Inherited', cy: 'Wedi’i etifeddu'})),
      pointer: '/whatHappensNext',
      message: 'Not a plain object',
    },
    {
      name: 'an object that holds itself',
      change: (definition) => (definition.pages[0].self = definition.pages[0]),
      pointer: '/pages/0/self',
      message: 'Holds itself',
    },
  ];

  for (const {name, change, pointer, message} of notData) {
    it(`refuses ${name}, saying where`, async () => {
      const definition = await validDocument();
      change(definition);
      const form = await openWith({definition});
      expect(await refused(form)).to.equal(NOT_AVAILABLE);
      expect(errors.join('\n')).to.contain(findingLine('definition', pointer, message));
    });
  }
});

describe('answersSchema (what a loaded definition sends is checked against)', () => {
  it('takes each question’s kind of answer, requires what is always asked, and bounds an add-another', async () => {
    const definition: Document = await validDocument();
    definition.pages.push({
      kind: 'repeat',
      id: 'items',
      ask: {en: 'Did you lose anything else?', cy: 'A wnaethoch chi golli unrhyw beth arall?'},
      askRequiredMessage: {en: 'Select yes or no', cy: 'Dewiswch oes neu nac oes'},
      askAnswers: {yes: {en: 'Yes', cy: 'Do'}, no: {en: 'No', cy: 'Naddo'}},
      itemTitle: {en: 'About the item', cy: 'Am yr eitem'},
      itemName: {en: 'Item', cy: 'Eitem'},
      listTitle: {en: 'Items', cy: 'Eitemau'},
      addAnother: {en: 'Add another item?', cy: 'Ychwanegu eitem arall?'},
      questions: [
        {
          id: 'what',
          kind: 'text',
          label: {en: 'What is it?', cy: 'Beth yw e?'},
          required: true,
          requiredMessage: {en: 'Enter what it is', cy: 'Rhowch beth yw e'},
        },
        {id: 'when', kind: 'date', label: {en: 'When?', cy: 'Pryd?'}},
      ],
      summaryQuestion: 'what',
      max: 2,
    });
    const schema = answersSchema(definition as ServiceDefinition);
    const sound = {
      kind: 'phone',
      description: 'Black',
      'items.any': 'yes',
      items: [{what: 'Keys', when: '2026-11-02'}],
    };
    expect(schema.safeParse(sound).success).to.equal(true);
    expect(schema.safeParse({...sound, 'items.any': 'no', items: undefined}).success).to.equal(true);
    for (const broken of [
      {...sound, kind: 'car'}, // not one of its options
      {...sound, description: undefined}, // required, always asked
      {...sound, description: ['Black']}, // text, not a list
      {...sound, 'items.any': 'maybe'},
      {...sound, items: [{when: '2026-11-02'}]}, // the item's required question
      {...sound, items: [{what: 'Keys', when: '2 November'}]}, // not a date
      {...sound, items: [{what: 'A'}, {what: 'B'}, {what: 'C'}]}, // more than its max
    ])
      expect(schema.safeParse(broken).success, JSON.stringify(broken)).to.equal(false);
  });
});
