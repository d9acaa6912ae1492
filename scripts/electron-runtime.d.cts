// Types for scripts/electron-runtime.cjs.
export declare const ROOT: string;
export declare const MISSING_ELECTRON_MESSAGE: string;

export declare function findElectronBinary(options?: {
  root?: string;
  env?: Record<string, string | undefined>;
  platform?: string;
}): string | null;

export declare function electronVersion(root?: string): string;

export declare function nativeBindingPath(options: {
  root?: string;
  version: string;
  platform?: string;
  arch?: string;
}): string;

export declare function ensureNativeBinding(options?: {
  root?: string;
  version?: string;
  platform?: string;
  arch?: string;
  run?: (script: string, args: string[], cwd: string) => number | null;
  log?: (line: string) => void;
}): string;
