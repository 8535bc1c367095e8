/**
 * Every request the elements make to the force's endpoint, with the same privacy settings: no cookies or HTTP
 * sign-in sent (`credentials: 'omit'`), nothing kept in or taken from the browser's cache (`no-store`: answers
 * may be about a person, on a shared device), and no `Referer` (the page's address can say what the person was
 * reading). A caller chooses the method, headers and body, and may stop waiting (`signal`) or decline to follow a
 * redirect (`redirect`: a service definition is taken only from the address it was allowed at).
 */
export function endpointFetch(
  url: URL | string,
  init: Pick<RequestInit, 'method' | 'headers' | 'body' | 'signal' | 'redirect'> = {},
) {
  return fetch(url, {...init, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer'});
}
