import { initialState } from '../controllers/portal-task.js';
import type { PortalClient } from '@dvc-kit/client';
import { formsApi } from '@dvc-kit/client/forms';
import type { Dossier, FormDefinition } from '@dvc-kit/spec';
import { notConfiguredError } from '../controllers/failure.js';

export interface LoadedForm {
  definition: FormDefinition;
  /** The draft whose saved answers to show, when the element has one. */
  draft: Dossier | null;
}

export type LoadArgs = readonly [procedure: string, dossier: string | null, given: FormDefinition | null, client: PortalClient | null];

/**
 * The definition (unless given) and the draft, both at once when the procedure is known; with
 * only a draft, its procedure's form. Nothing to load (a definition given without a draft, or
 * nothing named) is `initialState`.
 */
export async function loadForm([procedure, dossier, given, client]: LoadArgs, signal: AbortSignal): Promise<LoadedForm | typeof initialState> {
  if ((given && !dossier) || (!procedure && !given && !dossier)) return initialState;
  if (!client) throw notConfiguredError();
  const forms = formsApi(client);
  if (!procedure && !given && dossier) {
    const draft = await client.dossiers.get(dossier, { signal });
    return { definition: await forms.get(draft.procedureCode, { signal }), draft };
  }
  const [definition, draft] = await Promise.all([
    given ?? forms.get(procedure, { signal }),
    dossier ? client.dossiers.get(dossier, { signal }) : null,
  ]);
  return { definition, draft };
}
