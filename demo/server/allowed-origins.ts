/** The origins other than the sandbox's own that may call it, as one test (tus and chat sockets check it themselves). */
export function originTest(allowedOrigins: ReadonlyArray<string | RegExp>): (origin: string) => boolean {
  return (origin) =>
    allowedOrigins.some((allowed) => (typeof allowed === 'string' ? allowed === origin : allowed.test(origin)));
}
