export function discoverElements(elementsSrc: string): { tag: string; defineModule: string }[];
