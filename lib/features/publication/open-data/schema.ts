/**
 * zod schema of the JSON open-data files (envelope.ts), per dataset: the documented field list is
 * checked against the records, so a record with a missing, extra or mistyped field fails.
 * Published for consumers and used by the tests.
 */
import { z } from "zod";
import { DATASET_NAMES, DATASETS, type DatasetName, type FieldDefinition, type FieldType } from "./datasets";

const localized = z.object({ en: z.string().min(1), nl: z.string().min(1) }).strict();

const FIELD_VALUE: Record<FieldType, z.ZodType> = {
  string: z.string(),
  integer: z.number().int(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  datetime: z.iso.datetime({ offset: true }),
  "string[]": z.array(z.string()),
  "integer[]": z.array(z.number().int()),
};

function fieldSchema(field: FieldDefinition): z.ZodType {
  const value = FIELD_VALUE[field.type];
  return field.nullable ? value.nullable() : value;
}

export function recordSchema(dataset: DatasetName) {
  return z.object(Object.fromEntries(DATASETS[dataset].fields.map((f) => [f.name, fieldSchema(f)]))).strict();
}

const fieldDefinition = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9_]*$/),
    type: z.enum(["string", "integer", "date", "datetime", "string[]", "integer[]"]),
    nullable: z.boolean(),
    description: localized,
  })
  .strict();

export function datasetEnvelopeSchema(dataset: DatasetName) {
  return z
    .object({
      dataset: z.literal(dataset),
      city: z.object({ slug: z.string().min(1), name: z.string().min(1) }).strict(),
      published_at: z.iso.datetime({ offset: true }).nullable(),
      licence: z.object({ id: z.string().min(1), url: z.url() }).strict(),
      fields: z.array(fieldDefinition).refine((fields) => fields.map((f) => f.name).join() === DATASETS[dataset].fields.map((f) => f.name).join(), {
        message: "the field list differs from the documented one",
      }),
      records: z.array(recordSchema(dataset)),
      note: localized.optional(),
    })
    .strict();
}

/** Any dataset's file: the envelope of the dataset it names. */
export const datasetFileSchema = z.discriminatedUnion(
  "dataset",
  DATASET_NAMES.map((name) => datasetEnvelopeSchema(name)) as unknown as [
    ReturnType<typeof datasetEnvelopeSchema>,
    ...ReturnType<typeof datasetEnvelopeSchema>[],
  ],
);
