import type { FormError } from '@dvc-kit/spec';
import { ProblemError } from '../http/problem.js';

export function formNotFound(procedureCode: string): ProblemError {
  return new ProblemError(404, 'form_not_found', {
    vi: `Thủ tục ${procedureCode} chưa có tờ khai trực tuyến: hãy nộp tờ khai theo mẫu dưới dạng tệp đính kèm.`,
    en: `Procedure ${procedureCode} has no online form: attach the form template, filled in, as a file.`,
  });
}

/** 422 form_invalid listing every missing or wrong answer; submit answers this whatever the client sent. */
export function formInvalid(errors: FormError[]): ProblemError {
  return new ProblemError(
    422,
    'form_invalid',
    {
      vi: `Tờ khai còn ${errors.length} mục thiếu hoặc sai; xem errors.`,
      en: `The form has ${errors.length} missing or wrong ${errors.length === 1 ? 'answer' : 'answers'}; see errors.`,
    },
    undefined,
    undefined,
    errors,
  );
}
