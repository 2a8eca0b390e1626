import type { nothing, TemplateResult } from 'lit';
import { stateView } from '../../controllers/state-view.js';
import type { Locale } from '../../i18n/locale.js';
import type { LoadFailure } from '../steps.js';
import type { DossierUploadStrings } from '../dvc-dossier-upload.strings.js';

export interface FailedStepView {
  failure: LoadFailure;
  locale: Locale;
  strings: DossierUploadStrings;
  retry(): void;
}

/** Why the procedure is not shown, with a retry unless only the page can mend it. */
export function failedStep(view: FailedStepView): TemplateResult | typeof nothing {
  const { failure, strings: s } = view;
  // The element's own sentences where they say more than the shared ones (the procedure, the code).
  const message =
    failure === 'no_procedure' ? s.noProcedure
    : failure === 'not_found' ? s.notFound
    : undefined;
  return stateView(failure === 'no_procedure' ? 'not_configured' : failure, {
    locale: view.locale,
    ...(message ? { message } : {}),
    // A missing attribute or client is the page's to mend; anything else may work another time.
    retryable: failure !== 'no_procedure' && failure !== 'not_configured',
    retry: view.retry,
  });
}
