// The glossary terms as running text writes them (issue 11), and the check that each
// section's first use of a term is a link to its entry. Used by e2e/course_text.spec.mjs and
// tools/first_uses.mjs.
// How each glossary term is written in running text, per language. A word used in another
// sense is left out ("a positive logit", "the bias is negative"); a lesson that means the
// term writes it this way, and its first such use in a section must be a link to the entry.
export const USE = {
  en: {
    logit: /\blogits?\b/i,
    pt: /p_t/,
    alpha_t: /α_t/,
    gamma: /γ/,
    anchor: /\banchors?\b/i,
    posneg: /(?<!\b(?:is|are|be|non|stays)[ -])\b(?:positives?|negatives?)\b(?!\s+(?:logits?|part|terms?|bias|numbers?|values?|gradients?|sign|∂))/i,
    easyhard: /\b(?:easy|hard|easiest|hardest)\b/i,
    num_pos: /num_pos/,
    ap: /\bAP\b/,
    minival: /minival/,
    fpn: /FPN/,
    iou: /\bIoU\b/,
    cdf: /\bCDF\b|\bcumulative\b/i,
  },
  zh: {
    logit: /logit/i,
    pt: /p_t/,
    alpha_t: /α_t/,
    gamma: /γ/,
    anchor: /anchor/i,
    posneg: /正负样本|正样本|负样本/,
    easyhard: /易分|难分/,
    num_pos: /num_pos/,
    ap: /(?<![A-Za-z])AP(?![A-Za-z])/,
    minival: /minival/,
    fpn: /FPN/,
    iou: /(?<![A-Za-z])IoU/,
    cdf: /CDF|累积/,
  },
};

/** [section, term, the words around its first use] for each first use that is not a link. */
export function unlinkedFirstUses(sections, patterns) {
  const bad = [];
  for (const [id, runs] of sections) {
    const text = runs.map((r) => r[0]).join('');
    const starts = [];
    let at = 0;
    for (const r of runs) { starts.push(at); at += r[0].length; }
    for (const [term, re] of Object.entries(patterns)) {
      const m = re.exec(text);
      if (!m) continue;
      let k = starts.length - 1;
      while (starts[k] > m.index) k--;
      if (runs[k][1] !== term) bad.push([id, term, text.slice(Math.max(0, m.index - 40), m.index + 40)]);
    }
  }
  return bad;
}

