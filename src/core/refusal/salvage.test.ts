import { describe, expect, it } from 'vitest';
import { createRefusalDetector } from './detect-refusal.js';
import { codePointLength, cutToSentenceEnd, salvage } from './salvage.js';

const detector = createRefusalDetector();
const STORY =
  'The lantern swung above the doorway as Elena stepped into the tavern, shaking the snow from her cloak. ' +
  'Every conversation stopped, and the old cartographer raised his cup as if he had been expecting her.';

describe('salvage', () => {
  it('strips a trailing refusal', () => {
    expect(salvage(`${STORY}\n\nI'm sorry, but I can't continue this story further.`, detector)).toBe(STORY);
  });

  it('strips trailing refusals repeatedly, and the offers around them', () => {
    const text = `${STORY}\n\nI can't continue this. I'm sorry, but I won't write more. Let me know if you'd like something else!`;
    expect(salvage(text, detector)).toBe(STORY);
  });

  it('cuts at the last sentence end', () => {
    expect(salvage(`${STORY} Meanwhile, on the other side of the valley, the riders were`, detector)).toBe(STORY);
  });

  it('strips a refusal the stream cut off mid-word', () => {
    expect(salvage(`${STORY}\n\nI'm sorry, but I can't write anyth`, detector)).toBe(STORY);
  });

  it('returns innocent text that ends a sentence byte for byte, trailing spaces included', () => {
    const text = `${STORY} I can't wait to see what she does next!\n`;
    expect(salvage(text, detector)).toBe(text);
    const roleplay = `*She smiles.* "I cannot do that, my lord," she says. ${STORY} *She turns to the window.*`;
    expect(salvage(roleplay, detector)).toBe(roleplay);
  });

  it('never salvages a whole refusal', () => {
    expect(
      salvage("I'm sorry, but I can't help with that. If you have other questions, feel free to ask!", detector),
    ).toBeNull();
    expect(
      salvage(`I'm sorry, but I can't write that. ${'Feel free to ask me anything else. '.repeat(5)}`, detector),
    ).toBeNull();
  });

  it('never turns "I can\'t help" into "I can" (the 150-character gate)', () => {
    expect(salvage("I can't help", detector)).toBeNull();
    expect(salvage("Sure, here you go: the door opened.\n\nI'm sorry, but I can't continue.", detector)).toBeNull();
  });

  it('honours minChars and counts code points, so CJK and emoji count once', () => {
    const chinese = '门吱呀一声开了，里奥走了进来。'.repeat(5); // 75 code points
    expect(salvage(chinese, detector)).toBeNull();
    expect(salvage(chinese, detector, { minChars: 70 })).toBe(chinese);
    expect(codePointLength('😊日本')).toBe(3);
  });

  it('unwraps JSON envelopes: top level, message.content, fenced, truncated', () => {
    const refused = `${STORY} I'm sorry, but I can't continue this story.`;
    expect(salvage(JSON.stringify({ content: refused }), detector)).toBe(STORY);
    expect(salvage(JSON.stringify({ message: { role: 'assistant', content: refused } }), detector)).toBe(STORY);
    expect(salvage('```json\n' + JSON.stringify({ content: refused }) + '\n```', detector)).toBe(STORY);
    expect(salvage(`{"content": "${STORY} And then`, detector)).toBe(STORY);
  });

  it('cuts Arabic and Devanagari text at their own sentence ends', () => {
    const arabic = 'تأرجح الفانوس فوق الباب حين دخلت إيلينا الحانة وهي تنفض الثلج عن عباءتها. '.repeat(3);
    expect(salvage(`${arabic}هل كانت`, detector)).toBe(arabic.trimEnd());
    const hindi = 'जब एलेना सराय में दाखिल हुई, तो दरवाज़े के ऊपर लालटेन हिल उठी। '.repeat(3);
    expect(salvage(`${hindi}और फिर`, detector)).toBe(hindi.trimEnd());
  });
});

describe('cutToSentenceEnd', () => {
  it('keeps text that ends a sentence, and cuts text that does not', () => {
    expect(cutToSentenceEnd('Done. ')).toBe('Done. ');
    expect(cutToSentenceEnd('Done. And th')).toBe('Done.');
    expect(cutToSentenceEnd('完成了。然后')).toBe('完成了。');
    expect(cutToSentenceEnd('no end at all')).toBe('');
  });
});
