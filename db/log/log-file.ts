import path from 'node:path';

export const LOG_FOLDER_NAME = 'logs';
export const LOG_FILE_NAME = 'hallmarks.log';

/** The log lives in the data folder (the app's user data folder, or the folder holding the database). */
export function logFilePath(dataFolder: string): string {
  return path.join(dataFolder, LOG_FOLDER_NAME, LOG_FILE_NAME);
}
