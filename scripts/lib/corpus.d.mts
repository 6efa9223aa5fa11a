export declare const CORPUS_DIR: string;
export declare const CORPUS_SETS: string[];
export declare const CORPUS_MISSING: string;
export declare function corpusAvailable(): boolean;
export declare function loadCorpusDrafts(): { id: string; file: string; raw: string; markdown: string }[];
export declare function toMarkdown(raw: string): string;
