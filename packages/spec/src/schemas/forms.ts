// Online application forms: definitions (schema + layout), saved answers and their errors.
import * as v from 'valibot';
import { CHOICE_STYLES, FORM_ERROR_CODES, FORM_PREFILLS, FORM_WIDGETS } from '../forms/codes.js';
import { DossierFormSchema } from './dossier-form.js';
import { boundedString, int, looseObject } from './primitives.js';

export const LocalizedTextSchema = v.object({ vi: v.string(), en: v.string() });
export const FormWidgetSchema = v.picklist(FORM_WIDGETS);
export const ChoiceStyleSchema = v.picklist(CHOICE_STYLES);
export const FormPrefillSchema = v.picklist(FORM_PREFILLS);
export const FormErrorCodeSchema = v.picklist(FORM_ERROR_CODES);

export const FormOptionSchema = v.object({ value: v.string(), label: LocalizedTextSchema });

export const FormConditionSchema = v.object({ pointer: boundedString(200), equals: v.string() });


const inputShape = {
  pointer: boundedString(200),
  widget: FormWidgetSchema,
  label: LocalizedTextSchema,
  help: v.optional(LocalizedTextSchema),
  choice: v.optional(ChoiceStyleSchema),
  options: v.optional(v.array(FormOptionSchema)),
  visibleWhen: v.optional(FormConditionSchema),
  prefill: v.optional(FormPrefillSchema),
};

export const FormInputSchema = v.object(inputShape);

export const FormFieldSchema = v.object({
  ...inputShape,
  fields: v.optional(v.array(FormInputSchema)),
  addLabel: v.optional(LocalizedTextSchema),
});

export const FormSectionSchema = v.object({
  id: boundedString(100),
  title: LocalizedTextSchema,
  help: v.optional(LocalizedTextSchema),
  visibleWhen: v.optional(FormConditionSchema),
  fields: v.array(FormFieldSchema),
});

export const FormLayoutSchema = v.object({ sections: v.pipe(v.array(FormSectionSchema), v.minLength(1)) });

export const FormDefinitionSchema = v.object({
  id: boundedString(100),
  version: int(1),
  procedureCode: v.string(),
  title: LocalizedTextSchema,
  schema: looseObject(),
  layout: FormLayoutSchema,
});

export const FormSummarySchema = v.object({
  procedureCode: v.string(),
  id: v.string(),
  version: int(1),
  title: LocalizedTextSchema,
});

export const FormListSchema = v.object({ items: v.array(FormSummarySchema) });

export const SaveFormRequestSchema = v.strictObject({ data: looseObject() });

export const FormErrorSchema = v.object({
  pointer: v.string(),
  code: FormErrorCodeSchema,
  message: LocalizedTextSchema,
});

export const FormCheckSchema = v.object({
  form: DossierFormSchema,
  complete: v.boolean(),
  errors: v.array(FormErrorSchema),
});
