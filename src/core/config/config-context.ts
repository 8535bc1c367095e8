import {createContext} from '@lit/context';

/** What a `<soh-config>` hands down to the elements inside it. */
export interface SohConfigValue {
  force?: string;
  endpoint?: string;
}

// A string key rather than a Symbol: if a page loads two copies of the
// library, elements of one still find a <soh-config> of the other.
export const sohConfigContext = createContext<SohConfigValue>('soh-config');
