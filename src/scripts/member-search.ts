// A federation's member page: search within that member's own published reviews, by merging the member's Pagefind
// bundle (its site allows the federation's origin, docs/federation.md) into the federation's own Pagefind. The
// member's index is another site's data: its titles and excerpts are written as text, only Pagefind's <mark>
// kept, and only http(s) links followed. Without JavaScript the page links to the member's own search.

interface MemberResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  mergeIndex: (url: string, options: { mergeFilter: Record<string, string> }) => Promise<void>;
  search: (
    term: string,
    options: { filters: Record<string, string> },
  ) => Promise<{ results: { data: () => Promise<MemberResult> }[] } | null>;
}

/** The filter Pagefind puts on every page of the merged bundle, so a search can keep to it. */
const MERGED = "merged-site";

/** Appends the excerpt to the element as text, with Pagefind's highlighted words in <mark> and nothing else. */
export function appendExcerpt(element: HTMLElement, excerpt: string): void {
  const parts = excerpt.split(/<mark>|<\/mark>/);
  parts.forEach((part, index) => {
    const text = element.ownerDocument.createTextNode(part.replace(/<[^>]*>/g, ""));
    if (index % 2 === 1) {
      const mark = element.ownerDocument.createElement("mark");
      mark.append(text);
      element.append(mark);
    } else {
      element.append(text);
    }
  });
}

/** Starts the member search form, if the page has one. */
export function startMemberSearch(doc: Document): void {
  const form = doc.getElementById("member-search") as HTMLFormElement | null;
  const status = doc.getElementById("member-search-status");
  const list = doc.getElementById("member-search-results");
  const bundle = form?.dataset["bundle"];
  const member = form?.dataset["member"] ?? "";
  if (form === null || status === null || list === null || bundle === undefined) return;
  const base = import.meta.env.BASE_URL;
  let pagefind: Promise<Pagefind> | undefined;
  const load = (): Promise<Pagefind> => {
    pagefind ??= (async () => {
      const loaded = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await loaded.mergeIndex(bundle, { mergeFilter: { [MERGED]: member } });
      return loaded;
    })();
    return pagefind;
  };
  form.hidden = false;
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = (new FormData(form).get("q") ?? "").toString().trim();
    if (query === "") return;
    status.textContent = "Searching…";
    void load()
      .then(async (search) => {
        const found = await search.search(query, { filters: { [MERGED]: member } });
        const results = await Promise.all((found?.results ?? []).slice(0, 10).map((result) => result.data()));
        list.replaceChildren();
        for (const result of results) {
          const item = doc.createElement("li");
          const heading = doc.createElement("h3");
          heading.className = "govuk-heading-s";
          const title = result.meta["title"] ?? result.url;
          if (/^https?:\/\//.test(result.url)) {
            const link = doc.createElement("a");
            link.className = "govuk-link";
            link.href = result.url;
            link.textContent = title;
            heading.append(link);
          } else {
            heading.textContent = title;
          }
          const excerpt = doc.createElement("p");
          excerpt.className = "govuk-body";
          appendExcerpt(excerpt, result.excerpt);
          item.append(heading, excerpt);
          list.append(item);
        }
        status.textContent =
          results.length === 0
            ? `Nothing found for “${query}” in ${member}'s reviews.`
            : `First ${results.length} results from ${member}'s own site:`;
      })
      .catch(() => {
        status.textContent = `${member}'s search could not be read just now: use the link to its own search.`;
      });
  });
}
