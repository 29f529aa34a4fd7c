// Dumps the lesson text a student reads, section by section, to read it top to bottom:
// node tools/dump_text.mjs <dist> <out.txt> [query]   (e.g. ?lang=zh)
// Term links are shown as ⟦id:words⟧. See e2e/text_walk.mjs for what is left out.
import { writeFileSync } from 'node:fs';
import { EXCLUDE, walkSections } from '../e2e/text_walk.mjs';
import { withBuiltPage } from './built_page.mjs';

const [dist = 'dist', out = '/tmp/text.txt', query = ''] = process.argv.slice(2);
await withBuiltPage(dist, query, async (page) => {
  // Far sections skip rendering (content-visibility: auto); innerText needs them rendered.
  await page.addStyleTag({ content: 'section.lesson { content-visibility: visible !important; }' });
  const secs = await page.evaluate(walkSections, EXCLUDE);
  const all = await page.evaluate(() => [...document.querySelectorAll('section.lesson')].map((s) => [s.id, s.innerText]));
  let txt = '';
  for (const [id, runs] of secs) {
    txt += `\n===== ${id} (running text) =====\n`;
    txt += runs.map(([t, term]) => (term ? `⟦${term}:${t}⟧` : t)).join('').replace(/\n\s*\n+/g, '\n');
  }
  txt += '\n\n########## FULL innerText ##########\n';
  for (const [id, t] of all) txt += `\n===== ${id} =====\n${t}\n`;
  writeFileSync(out, txt);
  console.log('wrote', out);
});
