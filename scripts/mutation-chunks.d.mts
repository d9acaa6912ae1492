export interface MutationChunk {
  name: string;
  folder: 'contract' | 'db';
  mutate: string[];
}
export const notMutated: string[];
export const chunks: MutationChunk[];
export function chunksNamed(names: string[]): MutationChunk[];
