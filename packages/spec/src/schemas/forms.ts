// Online application forms: definitions (schema + layout), saved answers and their errors.
import * as z from 'zod/mini';
import { CHOICE_STYLES, FORM_ERROR_CODES, FORM_WIDGETS } from '../forms/codes.js';
import { DossierFormSchema } from './dossier-form.js';
import { boundedString, looseObject } from './primitives.js';

export const LocalizedTextSchema = z.object({ vi: z.string(), en: z.string() });
export const FormWidgetSchema = z.enum(FORM_WIDGETS);
export const ChoiceStyleSchema = z.enum(CHOICE_STYLES);
export const FormErrorCodeSchema = z.enum(FORM_ERROR_CODES);

export const FormOptionSchema = z.object({ value: z.string(), label: LocalizedTextSchema });

export const FormConditionSchema = z.object({ pointer: boundedString(200), equals: z.string() });


const inputShape = {
  pointer: boundedString(200),
  widget: FormWidgetSchema,
  label: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  choice: z.optional(ChoiceStyleSchema),
  options: z.optional(z.array(FormOptionSchema)),
  visibleWhen: z.optional(FormConditionSchema),
};

export const FormInputSchema = z.object(inputShape);

export const FormFieldSchema = z.object({
  ...inputShape,
  fields: z.optional(z.array(FormInputSchema)),
  addLabel: z.optional(LocalizedTextSchema),
});

export const FormSectionSchema = z.object({
  id: boundedString(100),
  title: LocalizedTextSchema,
  help: z.optional(LocalizedTextSchema),
  visibleWhen: z.optional(FormConditionSchema),
  fields: z.array(FormFieldSchema),
});

export const FormLayoutSchema = z.object({ sections: z.array(FormSectionSchema).check(z.minLength(1)) });

export const FormDefinitionSchema = z.object({
  id: boundedString(100),
  version: z.int().check(z.minimum(1)),
  procedureCode: z.string(),
  title: LocalizedTextSchema,
  schema: looseObject(),
  layout: FormLayoutSchema,
});

export const FormSummarySchema = z.object({
  procedureCode: z.string(),
  id: z.string(),
  version: z.int().check(z.minimum(1)),
  title: LocalizedTextSchema,
});

export const FormListSchema = z.object({ items: z.array(FormSummarySchema) });

export const SaveFormRequestSchema = z.strictObject({ data: looseObject() });

export const FormErrorSchema = z.object({
  pointer: z.string(),
  code: FormErrorCodeSchema,
  message: LocalizedTextSchema,
});

export const FormCheckSchema = z.object({
  form: DossierFormSchema,
  complete: z.boolean(),
  errors: z.array(FormErrorSchema),
});
