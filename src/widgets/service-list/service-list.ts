import {css, html, nothing, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import type {ConfigSetting} from '../../core/config/resolve-config.js';
import {httpAddress, webAddress} from '../../core/safe-url.js';
import {baseStyles, SohElement} from '../../core/soh-element.js';
import {hostTypography} from '../../core/host-typography.js';
import {offerFor, servicesOffered} from '../../forces/service-offers.js';
import {serviceCatalogue} from '../../generated/service-catalogue.js';
import type {Msg} from '../../core/localize/translator.js';

/** A service as the list knows it, and the part of the list it is in (report; apply, register or request; …). */
type ServiceMeta = (typeof serviceCatalogue)[number];
type ServiceGroup = ServiceMeta['group'];
import {
  colorFocus,
  colorFocusIndicator,
  colorFocusText,
  colorLink,
  colorTextSecondary,
  fontWeightBold,
  space2,
  space4,
} from '../../generated/tokens.js';

/** The parts of the list, in the order Single Online Home shows them. */
const GROUPS: ReadonlyArray<ServiceGroup> = ['report', 'request', 'feedback'];

/** Each part's heading. */
function groupHeading(group: ServiceGroup, msg: Msg): string {
  if (group === 'request') return msg('Apply, register or request', {id: 'service-list.group.request'});
  if (group === 'feedback') return msg('Complaints and compliments', {id: 'service-list.group.feedback'});
  return msg('Report', {id: 'service-list.group.report'});
}

/**
 * The "online services" block a force puts on its home page: the services
 * that force offers (its catalogue: core, full, and any it switched on),
 * each a link to the page where the force embeds its form, with the force's
 * own non-emergency wording and 999. A long list is in parts, as Single
 * Online Home's pages are: Report; Apply, register or request; Complaints
 * and compliments (each with a heading one level below the list's).
 *
 * @summary A force's list of online services, linked to the pages that hold their forms.
 * @tag soh-service-list
 *
 * @csspart heading - The list's heading.
 * @csspart group-heading - The heading of each part of the list (Report; Apply, register or request; …).
 * @csspart list - The list of services (one for each part).
 * @csspart link - Each service's link.
 * @csspart config-problem - The message shown instead of the list when its configuration cannot work.
 *
 * @cssprop --soh-color-link - The links.
 * @cssprop --soh-color-text-secondary - Each service's one-line summary.
 */
export class SohServiceList extends SohElement {
  static override styles = [
    baseStyles,
    hostTypography,
    css`
      .heading {
        font-size: 24px;
        margin: 0 0 ${space2};
      }
      .group-heading {
        font-size: 19px;
        font-weight: ${fontWeightBold};
        margin: ${space4} 0 0;
      }
      ul {
        margin: 0 0 ${space4};
        padding: 0;
        list-style: none;
      }
      li {
        padding-block: ${space2};
        border-block-end: 1px solid ${colorTextSecondary};
      }
      a {
        font-weight: ${fontWeightBold};
        color: ${colorLink};
      }
      a:focus-visible {
        outline: 3px solid transparent;
        background: ${colorFocus};
        color: ${colorFocusText};
        box-shadow: 0 4px 0 ${colorFocusIndicator};
        text-decoration: none;
      }
      .summary {
        margin: 5px 0 0;
        color: ${colorTextSecondary};
      }
    `,
  ];

  protected static override configNeeds: ReadonlyArray<ConfigSetting> = ['force'];
  protected static override usesForceDetails = true;

  /**
   * Where each service's form lives on the force's site; `{service}` becomes the service's id (`crime`, `asb`…),
   * and `{lang}` the language the list speaks (`en` or `cy`), so that a list on a Welsh page links to Welsh pages
   * (`?service={service}&lang={lang}`, `/{lang}/report/{service}`). Only `http:` and `https:` addresses are linked.
   */
  @property({attribute: 'href-template'}) hrefTemplate = '?service={service}';

  /**
   * The same for the list in Welsh, where the force's Welsh pages have addresses of their own
   * (`/cy/rhoi-gwybod/{service}`); without it, the list in Welsh uses `href-template`.
   */
  @property({attribute: 'href-template-cy'}) hrefTemplateCy?: string;

  /** The heading's level in the host page (2 by default). */
  @property({attribute: 'heading-level', type: Number}) headingLevel = 2;

  /** The template last found to make an address that is not http(s), so the console hears of it once. */
  private refusedTemplate?: string;

  /**
   * Where a service's link goes: the template for the list's language filled in, when that is an http(s) address.
   * Otherwise (`javascript:`…) there is no link, and the service is still listed.
   */
  private linkTo(serviceId: string): string | undefined {
    const welsh = this.i18n.locale === 'cy';
    const [template, attribute] =
      welsh && this.hrefTemplateCy ? [this.hrefTemplateCy, 'href-template-cy'] : [this.hrefTemplate, 'href-template'];
    const href = template
      .replaceAll('{service}', encodeURIComponent(serviceId))
      .replaceAll('{lang}', welsh ? 'cy' : 'en');
    const url = httpAddress(href);
    if (!url && this.refusedTemplate !== template) {
      this.refusedTemplate = template;
      webAddress(href, `<soh-service-list> ${attribute}`);
    }
    // As written (a relative address stays relative): the check resolved it the way the browser will.
    return url && href;
  }

  private renderList(
    services: ReadonlyArray<ServiceMeta>,
    pick: (text: {en: string; cy: string}) => string,
  ): TemplateResult {
    return html`<ul part="list">
      ${services.map((service) => {
        const href = this.linkTo(service.id);
        return html`<li>
          ${href ? html`<a part="link" href=${href}>${pick(service.title)}</a>` : html`<strong>${pick(service.title)}</strong>`}
          <p class="summary">${pick(service.summary)}</p>
        </li>`;
      })}
    </ul>`;
  }

  protected renderContent(): TemplateResult | typeof nothing {
    // Nothing until the table of forces has come (it needs a force: a missing or unknown one shows a problem).
    const force = this.config.force;
    if (!force) return nothing;
    const {msg} = this.i18n;
    const pick = (text: {en: string; cy: string}) => this.i18n.bilingual(text);
    const offered = servicesOffered(force.id, serviceCatalogue);
    const groups = GROUPS.map((group) => ({
      group,
      services: offered.filter((service) => service.group === group),
    })).filter(({services}) => services.length > 0);
    return html`<div role="heading" aria-level=${this.headingLevel} class="heading" part="heading">
        ${msg('Online services', {id: 'service-list.title'})}
      </div>
      ${groups.map(
        ({group, services}) =>
          html`<div role="heading" aria-level=${this.headingLevel + 1} class="group-heading" part="group-heading">
              ${groupHeading(group, msg)}
            </div>
            ${this.renderList(services, pick)}`,
      )}
      <p>
        ${msg('In an emergency, call 999.', {id: 'service-list.emergency'})} ${pick(offerFor(force.id).nonEmergency)}
      </p>`;
  }
}
