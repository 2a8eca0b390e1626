/**
 * Wraps a lookup keyed by the request so that asking twice about the same request does the work
 * once: the rate limiter and the routes both ask who is calling, and each answer costs database
 * queries. Answers live only as long as their request object.
 */
export function oncePerRequest<T>(lookup: (request: Request) => Promise<T>): (request: Request) => Promise<T> {
  const answers = new WeakMap<Request, Promise<T>>();
  return (request) => {
    let answer = answers.get(request);
    if (!answer) {
      answer = lookup(request);
      answers.set(request, answer);
    }
    return answer;
  };
}
