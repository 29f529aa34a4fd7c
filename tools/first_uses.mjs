// Lists each section's first use of a glossary term that is not a link (the check of
// e2e/course_text.spec.mjs, printed in full): node tools/first_uses.mjs <dist> [query]
import { EXCLUDE, walkSections } from '../e2e/text_walk.mjs';
import { USE, unlinkedFirstUses } from '../e2e/term_uses.mjs';
import { withBuiltPage } from './built_page.mjs';

const [dist = 'dist', query = ''] = process.argv.slice(2);
await withBuiltPage(dist, query, async (page) => {
  const secs = await page.evaluate(walkSections, EXCLUDE);
  const lang = query.includes('lang=zh') ? 'zh' : 'en';
  for (const [id, term, around] of unlinkedFirstUses(secs, USE[lang])) console.log(`${id}\t${term}\t${around.replace(/\n/g, '⏎')}`);
});
