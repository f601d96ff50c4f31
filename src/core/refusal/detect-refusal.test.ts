import { describe, expect, it } from 'vitest';
import { createRefusalDetector } from './detect-refusal.js';

const detector = createRefusalDetector();
const kind = (text: string) => detector.detect(text).kind;

const STORY =
  'The lantern swung above the doorway as Elena stepped into the tavern, shaking the snow from her cloak. ' +
  'Every conversation stopped, and the old cartographer raised his cup as if he had been expecting her.';

describe('whole refusals', () => {
  it.each([
    "I'm sorry, but I can't help with that. If you have other questions, feel free to ask!",
    "I'm sorry, but I can't.",
    "I can't help",
    'As an AI language model, I cannot provide medical advice. Please consult a healthcare professional.',
    "I understand you're looking for more, and I appreciate your creativity. However, I'm not able to write explicit content. I'd be happy to help with a gentler scene instead.",
    'I must decline this request.',
    'That goes against my guidelines.',
    'Я не могу помочь с этим запросом. Если у вас есть другие вопросы, я с радостью помогу.',
    'Lo siento, no puedo ayudar con eso.',
    '申し訳ありませんが、そのご依頼にはお応えできません。',
    '抱歉，我不能帮助你完成这个请求。',
    '抱歉,我不能提供这类内容。',
    '죄송하지만 그 요청은 도와드릴 수 없습니다.',
    'عذرًا، لا يمكنني المساعدة في هذا الطلب.',
    'माफ़ कीजिए, मैं इसमें मदद नहीं कर सकता।',
    'Maaf, saya tidak dapat membantu dengan permintaan ini.',
    'Xin lỗi, tôi không thể giúp với yêu cầu này.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('is insensitive to case, apostrophe style and whitespace', () => {
    for (const text of [
      'I’M SORRY, BUT I CAN’T HELP WITH THAT.',
      'i cant   help\twith that.',
      'I can\u02BCt assist.',
    ]) {
      expect(kind(text)).toBe('whole');
    }
  });

  it('says which language and marker it saw', () => {
    expect(detector.detect('Извините, но я не могу продолжить эту историю.')).toMatchObject({
      kind: 'whole',
      language: 'ru',
      cutAt: null,
    });
    expect(detector.detect('Извините, но я не могу продолжить эту историю.').marker).toMatch(/^Извините/);
  });

  it('sees a refusal inside a JSON envelope', () => {
    expect(kind('{"content": "I\'m sorry, but I can\'t help with that."}')).toBe('whole');
  });
});

describe('innocent look-alikes', () => {
  it.each([
    "I can't wait to see you!",
    "I can't believe it",
    "I'm not able to sleep lately",
    "I can't help thinking about that ending. It was perfect.",
    'She said: "I can\'t help you," and left.',
    '*he shakes his head* "I cannot do that, my lady."',
    '*he shakes his head* I cannot help you with that, traveller. The gate stays shut until dawn.',
    'The function cannot handle null values, so check the input first.',
    'Старик долго смотрел на мальчика. — Я не могу тебе помочь, — сказал он наконец.',
    "As an AI, I don't have a favourite colour, but if I had to pick one for you, I'd say deep green.",
    "I'm sorry to hear that your cat is sick. Keep her warm and hydrated, and call the vet tomorrow.",
    'Я не могу дождаться нашей встречи!',
    'この関数はnullを処理できないので、呼び出す前に入力を確認してください。',
  ])('%s', (text) => {
    expect(kind(text)).toBe('none');
  });

  it('leaves a refusal in the middle of a story to the story', () => {
    expect(kind(`${STORY}\n\nI'm sorry, but I can't continue this story.\n\n${STORY}`)).toBe('none');
  });

  it('needs a refusal object after the negation: "can\'t wait" is not "can\'t help"', () => {
    expect(kind("I'm sorry, but I can't wait any longer.")).toBe('none');
    expect(kind("I'm sorry, but I can't write that.")).toBe('whole');
  });
});

describe('trailing refusals', () => {
  it('points cutAt at the first trailing refusal sentence', () => {
    const text = `${STORY}\n\nI'm sorry, but I can't continue this story further.`;
    expect(detector.detect(text)).toMatchObject({ kind: 'trailing', language: 'en', cutAt: STORY.length + 2 });
  });

  it('cuts an apology and an offer together with the refusal', () => {
    const text = `${STORY} I apologize. I can't write the rest of this scene. Let me know if you'd like something else!`;
    expect(detector.detect(text).cutAt).toBe(STORY.length + 1);
  });

  it('treats a fragment that opens like a refusal at the end of a cut answer as trailing', () => {
    const text = `${STORY}\n\nI'm sorry, but I can't write anyth`;
    expect(detector.detect(text)).toMatchObject({ kind: 'trailing', cutAt: STORY.length + 2 });
    // ...but a fragment alone is never a whole refusal: a stream's opening may still become anything.
    expect(kind("I'm sorry to hear th")).toBe('none');
  });

  it('finds trailing refusals in CJK text without spaces', () => {
    const story = '艾琳娜抖落斗篷上的雪走进酒馆时，门上的灯笼轻轻摇晃。所有的谈话一下子停了下来。';
    expect(detector.detect(`${story}抱歉，我无法继续这个故事。`)).toMatchObject({
      kind: 'trailing',
      cutAt: story.length,
    });
  });

  it('gives no cutAt for a JSON envelope (salvage unwraps it)', () => {
    const text = JSON.stringify({ content: `${STORY} I'm sorry, but I can't continue this story.` });
    expect(detector.detect(text)).toMatchObject({ kind: 'trailing', cutAt: null });
  });
});

describe('extra markers', () => {
  it('adds complete phrases to a known language', () => {
    const custom = createRefusalDetector({ en: ['OOC: stepping out'] });
    expect(kind('OOC: stepping out of the scene now.')).toBe('none');
    expect(custom.detect('OOC: stepping out of the scene now.').kind).toBe('whole');
  });

  it('accepts unknown language codes as new languages', () => {
    const custom = createRefusalDetector({ nl: ['Het spijt me, maar ik kan'] });
    expect(custom.detect('Het spijt me, maar ik kan je daar niet mee helpen.')).toMatchObject({
      kind: 'whole',
      language: 'nl',
    });
    expect(custom.detect("I'm sorry, but I can't help with that.").language).toBe('en');
  });
});
