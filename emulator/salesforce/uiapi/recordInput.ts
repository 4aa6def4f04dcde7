import { recordBody } from '../http/body';
import { fail } from '../http/errors';

/**
 * The Record Input body of UI API writes: `apiName`, `fields` (a map of field values) and
 * `allowSaveOnDuplicate`. https://developer.salesforce.com/docs/atlas.en-us.uiapi.meta/uiapi/ui_api_requests_record_input.htm
 * A body the deserialiser cannot map (not an object, an unknown property) is a JSON_PARSER_ERROR.
 */
const PROPERTIES = new Set(['allowSaveOnDuplicate', 'apiName', 'fields']);

export interface RecordInput {
  apiName: string;
  fields: Record<string, unknown>;
}

export function recordInput(value: unknown): RecordInput {
  const body = recordBody(value, 'RecordInputRepresentation');
  const unknown = Object.keys(body).find((key) => !PROPERTIES.has(key));
  if (unknown !== undefined) throw fail(400, 'JSON_PARSER_ERROR', `Unrecognized field "${unknown}" (class RecordInputRepresentation), not marked as ignorable at [line:1, column:1]`);
  const fields = body.fields === undefined || body.fields === null ? {} : recordBody(body.fields, 'Map');
  return { apiName: typeof body.apiName === 'string' ? body.apiName : '', fields };
}
