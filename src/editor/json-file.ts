/**
 * The text of an exported dataset file: two-space indentation and a final
 * newline, like data/dataset.json, with "$schema" first so editors' tools
 * (VS Code, …) find the schema before anything else.
 */
export function datasetFileText(value: unknown): string {
  let ordered = value;
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && '$schema' in value) {
    const { $schema, ...rest } = value as Record<string, unknown>;
    ordered = { $schema, ...rest };
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
