/** Every kind of page on the demo force site, by its English address (the Welsh one is `/cy` and the same). */
export const SITE_PAGES = [
  '/',
  '/report/crime',
  '/report/firearms',
  '/report/noise-nuisance',
  '/pay',
  '/follow',
  '/evidence',
  '/police-uk',
  '/report/no-such-service',
];

/** In the page: the report form's first level-1 heading, through every shadow root (its question is the page's h1). */
export const formHeading = () => {
  const roots: ParentNode[] = [
    document.querySelector('soh-report-form')?.shadowRoot ?? document.createDocumentFragment(),
  ];
  while (roots.length > 0) {
    const root = roots.shift()!;
    for (const element of root.querySelectorAll('*')) {
      if (element.matches('h1, [role="heading"][aria-level="1"]'))
        return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  return '';
};
