import { describe, expect, it } from 'vitest';
import { endsAtSentenceEnd, lastSentenceEnd, MASK, maskSpeech, splitSentences } from './sentences.js';

const parts = (text: string) => splitSentences(text).map((sentence) => text.slice(sentence.start, sentence.end));

describe('splitSentences', () => {
  it('splits Latin text at . ! ? … with closing quotes, but not inside numbers', () => {
    expect(parts('Version 3.5 is out! Is it "good?" Yes… mostly.')).toEqual([
      'Version 3.5 is out!',
      'Is it "good?"',
      'Yes…',
      'mostly.',
    ]);
  });

  it('splits CJK text without spaces at 。！？ and closing brackets', () => {
    expect(parts('你好。我很好！「真的吗？」是的')).toEqual(['你好。', '我很好！', '「真的吗？」', '是的']);
  });

  it('splits Arabic at ؟ and Devanagari at ।', () => {
    expect(parts('هل أنت بخير؟ نعم.')).toEqual(['هل أنت بخير؟', 'نعم.']);
    expect(parts('मैं ठीक हूँ। धन्यवाद।')).toEqual(['मैं ठीक हूँ।', 'धन्यवाद।']);
  });

  it('ends a sentence at every line break and skips blank lines', () => {
    expect(parts('Title\n\nFirst line\nSecond.  ')).toEqual(['Title', 'First line', 'Second.']);
  });
});

describe('maskSpeech', () => {
  const visible = (text: string) => maskSpeech(text).replaceAll(MASK, '_');
  const hidden = (speech: string) => '_'.repeat(speech.length);

  it('masks quoted speech in several quote styles, keeping offsets', () => {
    const text = 'She said: "I can\'t help you," and left. «Нет», — ответил он. 「できません」と言った。';
    const masked = maskSpeech(text);
    expect(masked).toHaveLength(text.length);
    expect(visible(text)).toBe(
      `She said: ${hidden('"I can\'t help you,"')} and left. ${hidden('«Нет»')}, — ответил он. ${hidden('「できません」')}と言った。`,
    );
  });

  it('does not take apostrophes for quotes, but does take word-initial single quotes', () => {
    expect(visible("I can't go, it's late.")).toBe("I can't go, it's late.");
    expect(visible("He wrote 'I cannot continue,' and left.")).toBe(
      `He wrote ${hidden("'I cannot continue,'")} and left.`,
    );
  });

  it('masks *actions* but not **bold**', () => {
    expect(visible('*shakes head* No. **Bold** text.')).toBe(`${hidden('*shakes head*')} No. **Bold** text.`);
  });

  it('masks dash dialogue up to the narrator, only where a sentence starts', () => {
    expect(visible('Он молчал. — Я не могу, — сказал он.')).toBe(`Он молчал. ${hidden('— Я не могу, —')} сказал он.`);
    expect(visible('—No puedo —dijo ella.')).toBe(`${hidden('—No puedo —')}dijo ella.`);
    expect(visible('It was late — I went home.')).toBe('It was late — I went home.');
  });

  it('runs an unclosed quote to the line end only', () => {
    expect(visible('"Open quote here\nNext line.')).toBe(`${hidden('"Open quote here')}\nNext line.`);
  });

  it('leaves an answer that is one quotation from end to end unmasked', () => {
    expect(maskSpeech('"I\'m sorry, but I can\'t help with that."')).toBe('"I\'m sorry, but I can\'t help with that."');
  });
});

describe('endsAtSentenceEnd', () => {
  it.each([
    ['Done.', true],
    ['Done.”  \n', true],
    ['完成了。', true],
    ['انتهى؟', true],
    ['हो गया।', true],
    ['See you tomorrow 😊', true],
    ['*smiles warmly*', true],
    ['```js\ncode\n```', true],
    ['And then she', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(endsAtSentenceEnd(text)).toBe(expected);
  });
});

describe('lastSentenceEnd', () => {
  it('finds the end of the last complete sentence', () => {
    expect(lastSentenceEnd('One. Two, thr')).toBe(4);
    expect(lastSentenceEnd('One! "Two?" and th')).toBe(11);
    expect(lastSentenceEnd('一。二。三')).toBe(4);
    expect(lastSentenceEnd('Pi is 3.14 and')).toBe(0);
  });
});
