import type {SandboxOptions} from '../../demo/server/sandbox.js';

/** The back office's secret in every test sandbox (tests sign in with it as a real operator would). */
export const TEST_OPERATOR_TOKEN = 'test-operator-token-0123456789';

const plenty = {burst: 100_000, perSecond: 100_000};

/**
 * What every sandbox built for tests shares: the operator secret, the test
 * switches, and rate limits far above what any journey test sends from its one
 * address. The security tests (test/security/) build sandboxes with the
 * defaults instead, as `npm start` runs.
 */
export const TEST_SANDBOX_SETTINGS = {
  operatorToken: TEST_OPERATOR_TOKEN,
  testRoutes: true,
  rateLimits: {
    reports: plenty,
    uploads: plenty,
    uploadBytes: {burst: 1024 ** 4, perSecond: 1024 ** 4},
    payments: plenty,
    chatsOpened: plenty,
    statusChecks: plenty,
    statusReplies: plenty,
  },
} satisfies Partial<SandboxOptions>;
