export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare const firefoxPath: string;
export declare const webkitBrowserPath: string;
