// The five page kinds the quality checks cover (home, section, article, search, print),
// found on a running server the way a reader reaches them.
export const kSearchPath = '/tim-kiem?q=' + encodeURIComponent('dân vận');

// Returns [{kind, path}] for the seed served at `url`. The search page is included only
// when it answers 200 (`missing` lists what is not there yet, with the reason).
export async function pageKinds(url) {
  const home = await (await fetch(url + '/')).text();
  const m = home.match(/href="(\/quan-uy-huyen-uy\/o-mon-thoi-lai-[a-z0-9-]+-\d+)"/);
  if (!m) throw new Error('the home page does not link to the seed article');
  const article = m[1];
  const kinds = [
    { kind: 'home', path: '/' },
    { kind: 'section', path: '/quan-uy-huyen-uy' },
    { kind: 'article', path: article },
    { kind: 'search', path: kSearchPath },
    { kind: 'print', path: article + '/in' },
  ];
  const missing = {};
  const found = [];
  for (const k of kinds) {
    const res = await fetch(url + k.path);
    await res.arrayBuffer();
    if (res.status === 200) found.push(k);
    else missing[k.kind] = `${k.path} answers ${res.status}`;
  }
  return { pages: found, missing, article };
}

// Waits until the article page offers its "Nghe bài viết" play link: the server makes the
// audio in the background after start, and the quality checks measure the page as readers
// get it once that is done. Returns whether the link came within `timeoutMs`.
export async function waitForListenLink(url, articlePath, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const html = await (await fetch(url + articlePath)).text();
    if (html.includes('data-listen')) return true;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return false;
}
