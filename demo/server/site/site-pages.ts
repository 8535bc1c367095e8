import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {FastifyInstance, FastifyReply} from 'fastify';
import {servicesOffered} from '../../../src/forces/service-offers.js';
import {serviceCatalogue} from '../../../src/generated/service-catalogue.js';
import {html, type Markup} from './html.js';
import {siteWords, type Language, type SiteWords} from './site-words.js';

/**
 * The demo force website, page by page, in English and in Welsh (`/cy/` and the same path): the home page with
 * the force's services, one page per service, the payment, following a report, sending evidence, and a national
 * page as Police.uk would have it. One template per kind of page, one word list per language.
 */

/** The force whose site this is: its services, theme and non-emergency number. Named here alone. */
export const SITE_FORCE = 'essex';

const LANGUAGES: ReadonlyArray<Language> = ['en', 'cy'];

/** A service a page can hold: one of the library's (by id), or a definition document of the force's own. */
interface SiteService {
  id: string;
  title: {en: string; cy: string};
  /** The force's own: the document beside the site (`/services/<id>.json`). */
  document?: string;
}

/** A page's address in a language: the English path, under `/cy` for Welsh. */
function address(language: Language, englishPath: string): string {
  return language === 'cy' ? `/cy${englishPath}` : englishPath;
}

function otherOf(language: Language): Language {
  return language === 'cy' ? 'en' : 'cy';
}

interface Page {
  language: Language;
  /** The page's English path (`/`, `/report/crime`): the counterpart link and the menu's current page need it. */
  englishPath: string;
  title: string;
  main: Markup;
  /** Police.uk's page: no force (the person says where it happened), and a look that is not the force's. */
  national?: boolean;
  /** The page's own scripts, beside the site (never inline: the site's policy allows none). */
  scripts?: string[];
}

/** The whole document around a page's main content: head, exit control, skip link, header, chat and footer. */
function renderPage(page: Page): string {
  const {language, englishPath} = page;
  const words = siteWords[language];
  const other = otherOf(language);
  const siteName = page.national ? words.nationalName : words.siteName;
  const menu: Array<[string, string]> = [
    ['/', words.reportOnline],
    ['/pay', words.pay],
    ['/follow', words.follow],
    ['/evidence', words.evidence],
  ];
  const configForce = page.national ? '' : SITE_FORCE;
  return html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} – ${siteName}</title>
        <link rel="stylesheet" href="/site.css" />
        <!-- The library's: holds the exit control's place while its code loads, so the page does not jump down. -->
        <link rel="stylesheet" href="/dist/soh-elements.css" />
        <link rel="icon" href="data:," />
        <link rel="alternate" hreflang="${other}" href="${address(other, englishPath)}" />
        <!-- What a force pastes into its page: the autoloader fetches the code of the elements the page holds. -->
        <script type="module" src="/dist/autoload.js"></script>
        ${(page.scripts ?? []).map((script) => html`<script type="module" src="${script}"></script>`)}
      </head>
      <body class="${page.national ? 'national' : 'force'}">
        <!-- First in the page, so it is the first thing a keyboard reaches. -->
        <soh-exit-page></soh-exit-page>
        <a class="skip-link" href="#main">${words.skipLink}</a>
        <soh-config ${configForce ? html`force="${configForce}" ` : ''}endpoint="/">
          <header class="site-header">
            <div class="page site-header__bar">
              <div>
                <a class="site-header__name" href="${address(language, page.national ? '/police-uk' : '/')}"
                  >${siteName}</a
                >
                <p class="site-header__tagline">${page.national ? words.nationalTagline : words.tagline}</p>
              </div>
              <a class="site-header__language" href="${address(other, englishPath)}" lang="${other}" hreflang="${other}"
                >${words.otherLanguage}</a
              >
            </div>
            ${
              page.national
                ? ''
                : html`<nav class="site-nav" aria-label="${words.menu}">
                    <ul class="page">
                      ${menu.map(
                        ([target, label]) =>
                          html`<li>
                            <a
                              href="${address(language, target)}"
                              ${target === englishPath ? html` aria-current="page"` : ''}
                              >${label}</a
                            >
                          </li>`,
                      )}
                    </ul>
                  </nav>`
            }
          </header>
          <main class="page" id="main" tabindex="-1">${page.main}</main>
          <aside class="page chat" aria-labelledby="chat-heading">
            <h2 id="chat-heading">${words.chatHeading}</h2>
            <p>${words.chatIntro}</p>
            <soh-live-chat></soh-live-chat>
          </aside>
          <footer class="site-footer">
            <div class="page">
              <h2>${words.sandboxHeading}</h2>
              <ul>
                <li><a href="/inbox">${words.inbox}</a></li>
                <li><a href="/agent">${words.agent}</a></li>
                <li><a href="/kitchen-sink.html">${words.kitchenSink}</a></li>
                <li><a href="${address(language, '/police-uk')}">${words.national}</a></li>
              </ul>
            </div>
          </footer>
        </soh-config>
      </body>
    </html> `.text;
}

/** The force's list of services, the library's own element, linking to this site's pages in the list's language. */
const serviceList = html`<soh-service-list
  href-template="${address('en', '/report/{service}')}"
  href-template-cy="${address('cy', '/report/{service}')}"
></soh-service-list>`;

function homePage(language: Language, words: SiteWords, ownServices: ReadonlyArray<SiteService>): Page {
  const more: Array<[string, string, string]> = [
    ...ownServices.map((service): [string, string, string] => [
      `/report/${service.id}`,
      service.title[language],
      words.ownServiceSummary,
    ]),
    ['/pay', words.payHeading, words.paySummary],
    ['/follow', words.followHeading, words.followSummary],
    ['/evidence', words.evidenceHeading, words.evidenceSummary],
  ];
  return {
    language,
    englishPath: '/',
    title: words.reportOnline,
    main: html`<h1>${words.reportOnline}</h1>
      <p>${words.homeIntro}</p>
      ${serviceList}
      <h2>${words.moreHeading}</h2>
      <ul class="link-list">
        ${more.map(
          ([target, title, summary]) =>
            html`<li>
              <a href="${address(language, target)}">${title}</a>
              <p>${summary}</p>
            </li>`,
        )}
      </ul>`,
  };
}

function servicePage(language: Language, service: SiteService): Page {
  const source = service.document ? html`src="${service.document}"` : html`service="${service.id}"`;
  const firearms = service.id === 'firearms';
  return {
    language,
    englishPath: `/report/${service.id}`,
    title: service.title[language],
    // The form's own headings are the page's: each of its pages has the question as its h1, as GOV.UK's do.
    main: html`<p class="caption">${service.title[language]}</p>
      <soh-report-form ${source} follow-url="${address(language, '/follow')}"></soh-report-form>
      ${
        firearms
          ? // The application ends with the fee: the payment takes it over here, shown once the application is sent
            // (firearms-page.js), and the provider returns to the payment page.
            html`<div id="payment" hidden>
              <soh-payment return-url="${address(language, '/pay')}"></soh-payment>
            </div>`
          : ''
      }`,
    scripts: firearms ? ['/firearms-page.js'] : [],
  };
}

function notFoundPage(language: Language, words: SiteWords, englishPath: string): Page {
  return {
    language,
    englishPath,
    title: words.notFoundTitle,
    main: html`<h1>${words.notFoundTitle}</h1>
      <p>${words.notFoundText}</p>
      <p>${words.notFoundChoose}</p>
      ${serviceList}`,
  };
}

function simplePage(language: Language, englishPath: string, heading: string, intro: string, element: Markup): Page {
  return {
    language,
    englishPath,
    title: heading,
    main: html`<h1>${heading}</h1>
      <p>${intro}</p>
      ${element}`,
  };
}

function nationalPage(language: Language, words: SiteWords): Page {
  return {
    language,
    englishPath: '/police-uk',
    title: words.nationalCaption,
    national: true,
    // No force: the form asks where it happened first (its force picker), then carries on as that force's.
    main: html`<p class="caption">${words.nationalCaption}</p>
      <p>${words.nationalIntro}</p>
      <soh-report-form service="crime" follow-url="${address(language, '/follow')}"></soh-report-form>`,
  };
}

/** The force's own services: each definition document beside the site (`demo/site/services/<id>.json`). */
function readOwnServices(siteDirectory: string): SiteService[] {
  const folder = path.join(siteDirectory, 'services');
  return readdirSync(folder)
    .filter((name) => /^[a-z-]+\.json$/.test(name))
    .sort()
    .map((name) => {
      const definition = JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as {title: {en: string; cy: string}};
      const id = name.slice(0, -'.json'.length);
      return {id, title: definition.title, document: `/services/${name}`};
    });
}

function send(reply: FastifyReply, page: Page, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page));
}

/** The site's pages, by their English paths (each is also under `/cy`): web pages, never the endpoint's API. */
export const SITE_PAGES = {
  home: '/',
  service: '/report/:service',
  pay: '/pay',
  follow: '/follow',
  evidence: '/evidence',
  national: '/police-uk',
} as const;

/** Old or short addresses that redirect to a page. */
const REDIRECTS = {'/cy': '/cy/', '/follow.html': SITE_PAGES.follow} as const;

/** Every address the site answers with a page or a redirect (GET only), as Fastify names them. */
export function sitePageAddresses(): string[] {
  return [
    ...LANGUAGES.flatMap((language) => Object.values(SITE_PAGES).map((page) => address(language, page))),
    ...Object.keys(REDIRECTS),
  ];
}

/** Registers the site's pages; `siteDirectory` is `demo/site`, where the force's own service documents are. */
export function registerSitePages(app: FastifyInstance, siteDirectory: string): void {
  const ownServices = readOwnServices(siteDirectory);
  // The library's list of the force's services, and the force's own: a page for each, and no other.
  const services = new Map<string, SiteService>(
    [...servicesOffered(SITE_FORCE, serviceCatalogue), ...ownServices].map((service) => [service.id, service]),
  );
  for (const language of LANGUAGES) {
    const words = siteWords[language];
    app.get(address(language, SITE_PAGES.home), async (_request, reply) =>
      send(reply, homePage(language, words, ownServices)),
    );
    app.get<{Params: {service: string}}>(address(language, SITE_PAGES.service), async (request, reply) => {
      const service = services.get(request.params.service);
      if (service) return send(reply, servicePage(language, service));
      return send(reply, notFoundPage(language, words, `/report/${encodeURIComponent(request.params.service)}`), 404);
    });
    // The pages that hold one element under a heading and a paragraph.
    const simplePages = [
      [SITE_PAGES.pay, words.payHeading, words.payIntro, html`<soh-payment></soh-payment>`],
      [SITE_PAGES.follow, words.followHeading, words.followIntro, html`<soh-report-status></soh-report-status>`],
      [SITE_PAGES.evidence, words.evidenceHeading, words.evidenceIntro, html`<soh-media-upload></soh-media-upload>`],
    ] as const;
    for (const [englishPath, heading, intro, element] of simplePages)
      app.get(address(language, englishPath), async (_request, reply) =>
        send(reply, simplePage(language, englishPath, heading, intro, element)),
      );
    app.get(address(language, SITE_PAGES.national), async (_request, reply) =>
      send(reply, nationalPage(language, words)),
    );
  }
  // `/cy` to the Welsh home page; the follow page's address before the site had one per page (links in
  // confirmations already given) to the page.
  for (const [from, to] of Object.entries(REDIRECTS)) app.get(from, async (_request, reply) => reply.redirect(to, 301));
}
