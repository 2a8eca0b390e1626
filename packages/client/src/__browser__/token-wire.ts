// What the provider's token endpoint answered, as the network panel would show it: the tests
// need the refresh tokens, which the sign-in rightly never exposes.

/** One answer of the token endpoint. */
export interface TokenAnswer {
  grantType: string | null;
  status: number;
  accessToken: string | undefined;
  refreshToken: string | undefined;
}

/** A fetch to give the sign-in, and the token endpoint answers it has passed through so far. */
export function recordTokenAnswers(): { fetch: typeof fetch; answers: TokenAnswer[] } {
  const answers: TokenAnswer[] = [];
  const recording: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.pathname.endsWith('/token')) {
      const body = (await response.clone().json()) as { access_token?: string; refresh_token?: string };
      answers.push({
        grantType: new URLSearchParams(String(init?.body ?? '')).get('grant_type'),
        status: response.status,
        accessToken: body.access_token,
        refreshToken: body.refresh_token,
      });
    }
    return response;
  };
  return { fetch: recording, answers };
}
