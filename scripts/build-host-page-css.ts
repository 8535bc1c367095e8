/**
 * Writes `dist/soh-elements.css`, the style sheet a host page links so that
 * elements hold their place while their code loads (src/host-page-styles.ts).
 * Run by `npm run build`, after vite.
 */
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {hostPageStyles} from '../src/host-page-styles.js';
import {root} from './tokens.js';

writeFileSync(path.join(root, 'dist/soh-elements.css'), hostPageStyles);
