/**
 * Child process of the refusals section: `node time-long-answers.mjs ROOT quick|full` prints, as JSON, detection
 * time on ~2,000-character answers: `nearMisses` per language (that language's innocent corpus texts joined: a
 * heavy case) and `typical` per script (an ordinary paragraph repeated), and on ~32,000-character ones (`long`). Alone in its process so that no earlier
 * work changes how fast V8 runs the catalogue's regexes (see docs/performance.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { timeDetection } from './time-detection.mjs';

const [root, mode] = process.argv.slice(2);
const { createRefusalDetector } = await import(
  pathToFileURL(join(root, 'dist', 'core', 'refusal', 'detect-refusal.js')).href
);
const corpus = JSON.parse(
  readFileSync(join(root, 'src', 'core', 'refusal', '__fixtures__', 'refusal-corpus.json'), 'utf8'),
);
const detector = createRefusalDetector();
const settings = mode === 'quick' ? { batches: 5, rounds: 10 } : { batches: 15, rounds: 40 };

/** Ordinary answers with nothing refusal-like in them, one per script family. */
const TYPICAL = {
  en: 'The history of the Silk Road is a story of exchange. Merchants carried silk, spices and paper west, while glass, gold and horses moved east. ',
  ru: 'Москва является столицей России и одним из крупнейших городов Европы. Город был основан в двенадцатом веке и пережил множество событий. ',
  ja: '東京は日本の首都であり、世界でも有数の大都市です。江戸時代には江戸と呼ばれ、徳川幕府の拠点として栄えました。',
  zh: '长城是中国古代的伟大建筑，绵延数千公里。它最初是为了抵御北方游牧民族的入侵而修建的。',
  ar: 'تعد القاهرة أكبر مدينة في العالم العربي، وتقع على ضفاف نهر النيل. تأسست المدينة منذ أكثر من ألف عام، وتضم العديد من المعالم التاريخية. ',
  hi: 'भारत एक विशाल देश है जिसमें अनेक भाषाएँ और संस्कृतियाँ हैं। गंगा नदी को पवित्र माना जाता है और यह कई शहरों से होकर बहती है। ',
};
const typical = {};
for (const [script, paragraph] of Object.entries(TYPICAL)) {
  const text = paragraph.repeat(Math.ceil(2_000 / paragraph.length));
  const flagged = detector.detect(text).kind !== 'none';
  typical[script] = { chars: text.length, flagged, medianUs: timeDetection(detector, [text], settings).medianUs };
}

// A cost that grows faster than the text shows at 32,000 characters (a long answer, ~8K tokens): a hit's search that
// read to the end of the answer made this 32 ms for Arabic, against 0.9 ms once bounded by its sentence.
const long = {};
for (const script of ['en', 'ar']) {
  const paragraph = TYPICAL[script];
  const text = paragraph.repeat(Math.ceil(32_000 / paragraph.length));
  long[script] = { chars: text.length, medianUs: timeDetection(detector, [text], { batches: 5, rounds: 3 }).medianUs };
}

const nearMisses = {};
for (const language of [...new Set(corpus.map((entry) => entry.lang))]) {
  const texts = corpus
    .filter((entry) => entry.label === 'innocent' && entry.lang === language)
    .map((entry) => entry.text);
  if (texts.length === 0) continue;
  let joined = '';
  for (let index = 0; joined.length < 2_000; index++) joined += `${texts[index % texts.length]}\n\n`;
  nearMisses[language] = { chars: joined.length, medianUs: timeDetection(detector, [joined], settings).medianUs };
}
process.stdout.write(JSON.stringify({ typical, long, nearMisses }));
