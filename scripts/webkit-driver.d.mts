export declare function startWebKitDriver(): Promise<{port: number; stop: () => void}>;
export declare function webkitCapabilities(browserPath: string): Record<string, unknown>;
