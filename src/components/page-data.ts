/** The JSON that `PageData.astro` put inside `root`, or `fallback` when it is missing or unreadable. */
export function readPageData<T>(root: ParentNode, fallback: T): T {
  try {
    return JSON.parse(root.querySelector('script.page-data')?.textContent ?? '') as T;
  } catch {
    return fallback;
  }
}
