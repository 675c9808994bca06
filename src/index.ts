/** The public API: the four pure stages and the whole pipeline for one file. */
export type * from './core/types.js';
export { FileError, RunError, UsageError } from './core/errors.js';
export { processBytes, type PipelineOptions, type PipelineResult } from './core/pipeline.js';
export { formatMessage } from './core/message.js';
export { decode, detectedEncodings, isSupportedEncoding } from './decode/index.js';
export { normalize, profileNames, type NormalizeOptions, type ProfileName } from './normalize/index.js';
export { segment, segmentTrace, type Piece, type Role, type SegmentOptions, type SegmentRules, type SegmentTrace } from './segment/index.js';
export { toJsonLine, toJson, toMarkdown } from './emit/index.js';
