/**
 * The public API (`import … from 'tanqih'`): the pipeline for one text or file (`processText`, `processBytes`), its
 * four pure stages (`decode`, `normalize`, `segment`, the emitters), a streaming normaliser (`createNormalizer`), the
 * batch engine as an async iterable of records (`ingest`), and the record's types. Re-exports only.
 */
export type * from './core/types.js';
export { FileError, RunError, UsageError } from './core/errors.js';
export { processBytes, processText, type PipelineOptions, type PipelineResult } from './core/pipeline.js';
export { formatMessage } from './core/message.js';
export { decode, detectedEncodings, isSupportedEncoding } from './decode/index.js';
export { normalize, parseSwitches, profileNames, SwitchError, type NormalizeOptions, type OpSwitches, type ProfileName } from './normalize/index.js';
export { createNormalizer, type Normalizer } from './io/normalizer-stream.js';
export { learnTemplate, segment, segmentTrace, type FolderTemplate, type Piece, type Role, type SegmentOptions, type SegmentRules, type SegmentTrace } from './segment/index.js';
export { toJsonLine, toJson, toMarkdown } from './emit/index.js';
export { ingest, type RecordsOptions } from './batch/records.js';
export type { BatchSummary, Reporter, Totals } from './batch/index.js';
