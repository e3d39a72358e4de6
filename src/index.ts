export {parseInterview, type Options} from './parse-interview.js'
export {ruleIds, type RuleId} from './diagnostics.js'
export type {
  Attribution,
  AttributionData,
  Cue,
  CueData,
  EditorialNote,
  EditorialNoteData,
  EditorialNoteKind,
  Heading,
  HeadingData,
  InterviewRoot,
  InterviewRootData,
  Metadata,
  MetadataData,
  MetadataKind,
  Quote,
  QuoteData,
  QuoteKind,
  Speaker,
  SpeakerKind,
  SpeakerMention,
  SpeakerMentionData,
  Turn,
  TurnData,
  TurnRole,
  ZitatNode
} from './types.js'
export {retextInterview, type RetextInterviewOptions} from './plugin.js'
export {quotes, speakers, type QuoteView, type SpeakerView} from './views.js'
