/** The source an entry cites, by id (the validator guarantees it exists in a valid dataset). */
import type { Dataset, Source } from './schema.ts';

export function sourceOf(dataset: Dataset, id: string): Source | undefined {
  return dataset.sources.find((source) => source.id === id);
}
