// Plain ESM module, shared with the benchmark script (types in corpus.d.mts).
export { CORPUS_DIR, CORPUS_MISSING, corpusAvailable, loadCorpusDrafts, toMarkdown } from '../../scripts/lib/corpus.mjs';
