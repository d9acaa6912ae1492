/** Types for import-aliases.mjs (plain JavaScript so that scripts/build-node.mjs can load it in Node). */
export declare const importAliases: Record<'@contract' | '@shared' | '@review' | '@tracking', string>;
