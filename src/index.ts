// Public API of newsgraph: re-exports only.
export { NewsgraphError } from './errors/NewsgraphError';
export { EntityTypeSchema, type EntityType } from './knowledge/EntityType';
export { EntitySchema, type Entity } from './entities/EntitySchema';
export { MentionSchema, type Mention } from './mentions/MentionSchema';
export { RelationTypeSchema, RELATION_TYPES, type RelationType } from './relations/RelationType';
export { EvidenceSchema, type Evidence } from './relations/EvidenceSchema';
export { RelationSchema, type Relation } from './relations/RelationSchema';
export { DocumentSchema, type Document } from './document/DocumentSchema';
export { DocumentExtractionSchema, type DocumentExtraction } from './pipeline/DocumentExtractionSchema';
export { DocumentMetaSchema, type DocumentMeta } from './graph/DocumentMetaSchema';
export { NodeAttributesSchema, type NodeAttributes } from './graph/NodeAttributesSchema';
export { EdgeAttributesSchema, type EdgeAttributes } from './graph/EdgeAttributesSchema';
export { GraphAttributesSchema, type GraphAttributes } from './graph/GraphAttributesSchema';
export { SerializedGraphSchema, type SerializedGraph } from './graph/SerializedGraphSchema';
export type { NewsGraph } from './graph/NewsGraph';
export { edgeKey } from './graph/edgeKey';
export { buildGraph } from './graph/buildGraph';
