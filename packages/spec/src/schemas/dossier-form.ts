// A dossier's saved form, apart from the rest of the forms vocabulary: every dossier answer
// carries it, so it sits in the client's core while the definitions' schemas stay out of it.
import * as z from 'zod/mini';
import { looseObject } from './primitives.js';

export const DossierFormSchema = z.object({
  id: z.string(),
  version: z.int().check(z.minimum(1)),
  data: looseObject(),
});
