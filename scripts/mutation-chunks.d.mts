export interface MutationChunk {
  name: string;
  folder: 'contract' | 'db';
  mutate: string[];
  /** The tests it is measured by (globs), when not layerTests. */
  tests?: string[];
}
export const layerTests: string[];
export const notMutated: string[];
export const chunks: MutationChunk[];
export function chunksNamed(names: string[]): MutationChunk[];
