// What the address asks for, set before the library loads (so before any element first renders), as a force's own
// page would have it in its HTML: the page's language (?lang=cy), and the form's service (?service=…, from the
// service list) or a definition document of the force's own beside the page (?definition=<name>, given as `src`).
// Set later, a form would first start the service written in the HTML, then switch.
const asked = new URLSearchParams(location.search);
const language = asked.get('lang');
if (language === 'cy' || language === 'en') document.documentElement.lang = language;
const form = document.querySelector('soh-report-form');
const service = asked.get('service');
if (service) form.setAttribute('service', service);
const definition = asked.get('definition');
if (definition && /^[a-z-]+$/.test(definition)) form.setAttribute('src', `/services/${definition}.json`);
