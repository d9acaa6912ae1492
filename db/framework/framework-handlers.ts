import type { Handlers } from '../../contract/operations';
import { ServiceError } from '../../contract/result';
import { frameworkByVersion } from './index';

/** The framework's text, by version: a review started under an older version is read with that one. */
export function createFrameworkHandlers(): Pick<Handlers, 'framework.get'> {
  return {
    'framework.get': ({ version }) => {
      try {
        return frameworkByVersion(version);
      } catch {
        throw new ServiceError(
          'not_found',
          `This copy of Hallmarks does not have version ${version} of the framework.`,
        );
      }
    },
  };
}
