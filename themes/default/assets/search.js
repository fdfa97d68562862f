// StaticPlans search client: reads the sharded index described in docs/search-format.md. No framework, no third-party
// code, no build step: the modules in search/ are shipped as written and imported relatively, so the site works under
// any base path. search/fold.js folds and tokenises, search/index.js reads the index, search/query.js finds and ranks
// (the tests run these in Node), search/render.js draws with DOM text APIs only, search/page.js keeps the page state.
// Without module scripts, fetch or DecompressionStream the page keeps its no-JavaScript text and links.
import { startSearchPage } from './search/page.js';

const root = document.getElementById('sp-search');
if (root && window.fetch && window.DecompressionStream) {
  const meta = document.querySelector('meta[name="sp-base"]');
  let base = meta ? meta.getAttribute('content') : '/';
  if (!base.endsWith('/')) base += '/';
  startSearchPage(root, base);
}
