// Types for scripts/chromium.mjs (imported by the TypeScript e2e harness).
export declare const CHROMIUM_ARGS: string[];
export declare function extensionArgs(dir: string): string[];
export declare function findChromium(): Promise<string | undefined>;
export declare const INSTALL_HINT: string;
export declare function findOrInstallChromium(): Promise<string>;
