import { EntityTypeSchema } from '../knowledge/EntityType';
import { RelationTypeSchema } from '../relations/RelationType';
import { type CypherStatement, cypherFileError } from './parseCypherFile';

/** What may fill a template: `{{label}}` an entity type, `{{type}}` a relation type. */
export interface CypherTemplateValues {
  label?: string;
  type?: string;
}

const VOCABULARIES = { label: EntityTypeSchema, type: RelationTypeSchema } as const;

/**
 * Fills the `{{label}}` / `{{type}}` placeholders of a statement. Labels and relationship types cannot be Cypher
 * parameters, so each value must belong to the vocabulary (EntityTypeSchema, RelationTypeSchema) before it is pasted.
 */
export function fillCypherTemplate(statement: CypherStatement, values: CypherTemplateValues, file: string): string {
  return statement.text.replace(/\{\{\s*([A-Za-z]+)\s*\}\}/g, (_placeholder, key: string) => {
    if (key !== 'label' && key !== 'type') {
      throw cypherFileError(file, `statement ${statement.name} has an unknown placeholder {{${key}}}`, 'use only {{label}} and {{type}}');
    }
    const value = values[key];
    const checked = VOCABULARIES[key].safeParse(value);
    if (!checked.success) {
      const allowed = VOCABULARIES[key].options.join(', ');
      throw cypherFileError(
        file,
        `statement ${statement.name} needs {{${key}}} to be one of ${allowed}, not ${JSON.stringify(value)}`,
        'load only graphs whose types belong to the vocabulary',
      );
    }
    return checked.data;
  });
}
