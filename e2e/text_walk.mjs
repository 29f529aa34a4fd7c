// The lesson text a student reads, in document order (issue 11). Shared by the course-text
// test (first use of each glossary term is a link) and tools/dump_text.mjs (read it in full).
//
// Counted: the visible running text of each `section.lesson` (paragraphs, lists, notes,
// read-out sentences, the opening and takeaway lines). Left out: headings and <summary>s (titles,
// not sentences), folded parts (`details`, closed by default: "How this page computes", data
// tables, advanced inputs), plots (`figure`), tables of numbers and read-out cards (a name and a
// number), MathML and code, inputs with their labels, legends and buttons, section links (a
// title, not a use of its words), credits, and screen-reader-only text. A term used only in
// those places is read from the running text around them.
export const EXCLUDE = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'summary', 'details', 'figure', 'table', 'math', 'pre',
  'code', 'input', 'select', 'textarea', 'button', 'label', 'legend', '.label', 'svg', 'canvas',
  '.sr-only', '.readout-card', 'a.section-ref', '.credit',
  '[aria-hidden="true"]', '[role="radiogroup"]', '[role="group"] button',
].join(',');

/**
 * In the page: every section's [id, [[text, term id of the enclosing a.term or null], …]].
 * Runs inside page.evaluate (so it is one self-contained function); takes EXCLUDE.
 */
export function walkSections(exclude) {
  // Sections far from the viewport have `content-visibility: auto`, so their text can count
  // as not rendered: show every section for the walk, so none is skipped silently.
  const show = document.createElement('style');
  show.textContent = 'section.lesson { content-visibility: visible !important; }';
  document.head.append(show);
  void document.body.offsetHeight;
  const out = [];
  for (const sec of document.querySelectorAll('section.lesson')) {
    const runs = [];
    let block = null;
    const tw = document.createTreeWalker(sec, NodeFilter.SHOW_TEXT);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) {
      const el = n.parentElement;
      if (el.closest(exclude)) continue;
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
      const b = el.closest('p, li, dd, dt, div, figcaption, blockquote');
      if (!n.nodeValue.trim() && b !== block) continue;
      if (b !== block) {
        if (block) runs.push(['\n', null]);
        block = b;
      }
      const term = el.closest('a.term');
      runs.push([n.nodeValue, term ? term.dataset.term : null]);
    }
    out.push([sec.id, runs]);
  }
  show.remove();
  return out;
}

/** Opens `query` and waits until every lesson has been built. */
export async function openBuilt(page, query) {
  await page.goto('/' + query);
  await page.getByTestId('app-title').waitFor();
  await page.waitForFunction(() => {
    const s = [...document.querySelectorAll('section.lesson')];
    return s.length > 0 && s.every((x) => x.dataset.built === 'true');
  }, null, { timeout: 60_000 });
}
