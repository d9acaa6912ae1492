import os from 'node:os';
import path from 'node:path';

/** The same folder Electron uses as userData for an app named Hallmarks, so both modes share one file. */
export function defaultDataFolder(
  platform = process.platform,
  env = process.env,
  home = os.homedir(),
): string {
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Hallmarks');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Hallmarks');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Hallmarks');
}

export function defaultDatabaseFile(): string {
  return path.join(defaultDataFolder(), 'hallmarks.sqlite');
}
