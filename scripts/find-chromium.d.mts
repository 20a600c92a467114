// Types for find-chromium.mjs, so that playwright.config.ts (TypeScript) imports its flags
// instead of keeping a copy.
export declare const CHROMIUM_ARGS: readonly string[];
export declare const NO_THROTTLE_ARGS: readonly string[];
export declare const SYSTEM_CANDIDATES: readonly string[];
export declare const INSTALL_HELP: string;
export declare function launchOptions(executablePath: string, options?: { measure?: boolean }): { executablePath: string; headless: boolean; args: string[] };
export declare function locateChromium(env?: Record<string, string | undefined>): Promise<{ path: string; source: string } | null>;
export declare function findChromium(options?: { install?: boolean }): Promise<string>;
