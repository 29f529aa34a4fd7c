// Course text (issue 11): section links by name, the glossary and its term links, the folded
// "How this page computes" parts, and sentences that hold in edge states.
import { test, expect } from '@playwright/test';
import { watch, open, reveal, expectClean } from './helpers.mjs';
import { EXCLUDE, walkSections, openBuilt } from './text_walk.mjs';
import { USE, unlinkedFirstUses } from './term_uses.mjs';

const TERMS = ['logit', 'pt', 'alpha_t', 'gamma', 'anchor', 'posneg', 'easyhard', 'num_pos', 'ap', 'minival', 'fpn', 'iou', 'cdf'];

test('the glossary lists every term in both languages, and terms link to it', async ({ page }) => {
  const problems = watch(page);
  for (const lang of ['en', 'zh']) {
    await open(page, `?lang=${lang}`);
    const gl = page.getByTestId('glossary');
    for (const t of TERMS) await expect(gl.getByTestId(`gl-${t}`)).toHaveCount(1);
    // The explorer's orientation line links terms (with their definition on hover) and sections.
    const orient = page.getByTestId('explorer-orient');
    await expect(orient.locator('a.term[href="#gl-pt"] abbr')).toHaveAttribute('title', /.{20,}/);
    await expect(orient.locator('a.section-ref')).toHaveCount(4);
  }
  expectClean(problems);
});

test('a section link goes to that section by name, with no typed number', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await reveal(page, 'section-ce-forms');
  const link = page.getByTestId('section-ce-forms').locator('a.section-ref[data-section="softmax-ce"]');
  await expect(link).toHaveText('“Softmax cross-entropy: cat, dog, horse”');
  await link.click();
  await expect(page.getByTestId('section-softmax-ce')).toBeInViewport();
  await expect(page.getByTestId('section-ce-forms')).not.toContainText(/section \d/i);
  expectClean(problems);
});

test('implementation notes are folded away, closed by default', async ({ page }) => {
  const problems = watch(page);
  await open(page);
  await reveal(page, 'section-simulator');
  const sim = page.getByTestId('section-simulator');
  const folds = sim.getByTestId('how-computed');
  expect(await folds.count()).toBeGreaterThanOrEqual(2);
  for (const d of await folds.all()) await expect(d).not.toHaveAttribute('open', '');
  // Visible lesson text has none of the implementation words.
  const visible = await sim.evaluate((el) => {
    const copy = el.cloneNode(true);
    copy.querySelectorAll('details.how').forEach((d) => d.remove());
    return copy.textContent;
  });
  expect(visible).not.toMatch(/SplitMix64|quantile level|animation frame/);
  await folds.first().locator('summary').click();
  await expect(folds.first()).toContainText('SplitMix64');
  expectClean(problems);
});

test('generated sentences hold in edge states', async ({ page }) => {
  const problems = watch(page);
  await open(page, '?alpha=0');
  await expect(page.getByTestId('readout-verdict')).toContainText('switches this class off');
  await expect(page.getByTestId('readout-verdict')).not.toContainText('∞×');
  await open(page, '?alpha=off&gamma=0');
  await expect(page.getByTestId('readout-verdict')).toContainText('equals cross-entropy');
  await expect(page.getByTestId('readout-verdict')).toHaveText(/^This is an? /);
  await open(page, '?gamma=0.1&alpha=0.9');
  await reveal(page, 'quad-takeaway');
  await expect(page.getByTestId('quad-takeaway')).toContainText('does not simply move');
  await open(page, '?gamma=0');
  await reveal(page, 'seg-takeaway');
  await expect(page.getByTestId('seg-takeaway')).not.toContainText('but only');
  await open(page, '?lang=zh');
  await expect(page.getByTestId('readout-verdict')).toContainText('仅为交叉熵的 1/400。');
  await expect(page.getByTestId('readout-verdict')).not.toContainText('400.0');
  expectClean(problems);
});

test('each glossary term is a link at its first use in every section, in both languages', async ({ page }) => {
  test.setTimeout(240_000);
  const problems = watch(page);
  for (const lang of ['en', 'zh']) {
    await openBuilt(page, `?lang=${lang}`);
    const sections = await page.evaluate(walkSections, EXCLUDE);
    expect(sections.length).toBeGreaterThanOrEqual(19);
    // Every section of the contents is walked, in order, and has running text to check
    // (ce-forms, sigmoid-bce and the FCOS walk-through included).
    const toc = await page.evaluate(() => [...document.querySelectorAll('nav.toc a[href^="#"]')].map((a) => a.getAttribute('href').slice(1)));
    expect(toc).toEqual(expect.arrayContaining(['ce-forms', 'sigmoid-bce', 'fcos-walkthrough']));
    expect(sections.map(([id]) => id)).toEqual(toc);
    for (const [id, runs] of sections) {
      expect(runs.map((r) => r[0]).join('').trim().length, `${lang}: running text of ${id}`).toBeGreaterThan(150);
    }
    if (lang === 'zh') {
      // Full-width punctuation carries its own space: no space before or after it, also where
      // the page joins two texts (the summary's "→ section" links excepted).
      const bad = sections.flatMap(([id, runs]) => runs.map((r) => r[0]).join('').split('\n')
        .filter((line) => /[。，：；？！、] (?!→)| [。，：；？！、]/.test(line)).map((line) => `${id}: ${line}`));
      expect(bad).toEqual([]);
    }
    // The walk sees the lessons' text (a sanity check on what it leaves out).
    const all = sections.map(([, runs]) => runs.map((r) => r[0]).join('')).join(' ');
    expect(all.length).toBeGreaterThan(lang === 'en' ? 20_000 : 8_000);
    const links = sections.flatMap(([, runs]) => runs.filter((r) => r[1]));
    expect(links.length).toBeGreaterThanOrEqual(60);
    expect(unlinkedFirstUses(sections, USE[lang]), `${lang}: first uses that are not links`).toEqual([]);
  }
  // Sentences that only appear in edge states (α_t = 0 for one label, γ = 0, α off) link
  // their terms too.
  for (const lang of ['en', 'zh']) {
    for (const q of ['alpha=0', 'alpha=1&gamma=0.1', 'alpha=off&gamma=0']) {
      await openBuilt(page, `?lang=${lang}&${q}`);
      const sections = await page.evaluate(walkSections, EXCLUDE);
      expect(unlinkedFirstUses(sections, USE[lang]), `${lang}, ${q}: first uses that are not links`).toEqual([]);
    }
  }
  // The check can fail: a section whose first "logit" is plain text is reported.
  const fake = [['s', [['the ', null], ['logit', null], [' and ', null], ['logit', 'logit']]]];
  expect(unlinkedFirstUses(fake, USE.en)).toHaveLength(1);
  expectClean(problems);
});
