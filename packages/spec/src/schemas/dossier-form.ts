// A dossier's saved form, apart from the rest of the forms vocabulary: every dossier answer
// carries it, so it sits in the client's core while the definitions' schemas stay out of it.
import * as v from 'valibot';
import { int, looseObject } from './primitives.js';

export const DossierFormSchema = v.object({
  id: v.string(),
  version: int(1),
  data: looseObject(),
});
