import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../spec/chat.js';
import { conversationLanguage, detectLanguage, textOf } from './detect-language.js';
import { isSupportedLanguage, SUPPORTED_LANGUAGES } from './languages.js';

const SAMPLES: Record<string, string[]> = {
  en: [
    'hi, how are you?',
    'What did you do this morning?',
    'I love you 😘',
    'Thanks, that was really helpful!',
    'I am flying to Łódź tomorrow with my sister and it is going to be great',
  ],
  ru: [
    'привет, как дела?',
    'Что ты делаешь сегодня вечером?',
    'Спасибо, мне очень понравилось 🥰',
    'Расскажи мне сказку',
  ],
  uk: ['Привіт, як справи?', 'Що ти робиш сьогодні ввечері?', 'Дякую, мені дуже сподобалось', 'як справи'],
  es: ['hola qué tal', '¿Cómo estás hoy?', 'Gracias, eres muy amable 😊', 'Mañana voy a la playa con mis amigos'],
  pt: [
    'Oi, tudo bem?',
    'boa noite',
    'Olá, como você está?',
    'Não sei o que fazer hoje',
    'Obrigado pela ajuda, você é demais',
  ],
  fr: ['Salut, ça va ?', 'Bonjour, comment tu vas ?', 'Je ne sais pas quoi faire ce soir', 'Merci beaucoup 🙏'],
  de: [
    'Hallo, wie geht es dir?',
    'Ich weiß nicht, was ich heute machen soll',
    'Danke, das ist sehr nett',
    'Schön, dich zu sehen!',
  ],
  it: ['Ciao, come stai?', 'buonanotte', 'Non so cosa fare oggi', 'Grazie mille, sei molto gentile', 'Perché no?'],
  tr: ['Merhaba, nasılsın?', 'Bugün ne yapıyorsun?', 'Çok teşekkürler, çok iyisin', 'naber'],
  pl: ['Cześć, jak się masz?', 'Nie wiem, co robić dzisiaj', 'Dzięki, jesteś bardzo miły', 'Dzień dobry!'],
  ja: ['こんにちは', '今日は何をしていますか？', 'ありがとう😊', '東京に行きたいです', '今日はmeetingがある'],
  ko: ['안녕하세요', '오늘 뭐 해?', '고마워요 😊', '오늘 meeting 있어'],
  zh: ['你好，最近怎么样？', '今天你在做什么？', '谢谢你 😊', '我喜欢吃火锅'],
  ar: ['مرحبا كيف حالك؟', 'ماذا تفعل اليوم؟', 'شكرا جزيلا 😊', 'أحب القهوة في الصباح'],
  hi: ['नमस्ते, आप कैसे हैं?', 'आज तुम क्या कर रहे हो?', 'धन्यवाद 😊', 'मुझे चाय पसंद है'],
  id: ['Halo, apa kabar?', 'Kamu lagi apa hari ini?', 'Terima kasih banyak ya', 'Aku mau makan dulu'],
  vi: ['Xin chào, bạn khỏe không?', 'Hôm nay bạn làm gì?', 'Cảm ơn bạn nhiều nhé', 'Mình đang ăn cơm'],
};

describe('detectLanguage', () => {
  it('has samples for every supported language', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  for (const [language, sentences] of Object.entries(SAMPLES)) {
    it.each(sentences)(`detects ${language}: %s`, (sentence) => {
      expect(detectLanguage(sentence)).toBe(language);
    });
  }

  it.each(['ok 👍', '42', '12:30', '', '   ', '👍👍👍', '?!', 'lol', 'x', '好', 'la'])('is unsure about %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('reads decomposed (NFD) Vietnamese', () => {
    expect(detectLanguage('Xin chào, bạn khỏe không?'.normalize('NFD'))).toBe('vi');
  });

  it('tells Ukrainian from Russian by letters alone', () => {
    expect(detectLanguage('їжак')).toBe('uk');
    expect(detectLanguage('съешь')).toBe('ru');
    expect(detectLanguage('кот')).toBe('ru');
  });

  it('keeps Chinese that borrows の as Chinese', () => {
    expect(detectLanguage('我最喜欢の东西是火锅和奶茶')).toBe('zh');
  });

  it('looks only at the first 2000 characters', () => {
    expect(detectLanguage(`${'hello and thanks '.repeat(200)}${'привет как дела '.repeat(400)}`)).toBe('en');
  });

  it('always answers one of the 17 codes', () => {
    for (const sentences of Object.values(SAMPLES)) {
      for (const sentence of sentences) expect(isSupportedLanguage(detectLanguage(sentence) ?? 'en')).toBe(true);
    }
  });
});

describe('textOf', () => {
  it('joins text parts and skips images', () => {
    expect(
      textOf([
        { type: 'text', text: 'hola' },
        { type: 'image_url', image_url: { url: 'data:' } },
        { type: 'text', text: 'amigo' },
      ]),
    ).toBe('hola\namigo');
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });
});

describe('conversationLanguage', () => {
  const user = (content: ChatMessage['content']): ChatMessage => ({ role: 'user', content });

  it('takes the latest user message that yields a language', () => {
    const messages: ChatMessage[] = [
      user('hi, how are you?'),
      { role: 'assistant', content: 'Hola, ¿qué tal?' },
      user('привет, как дела?'),
    ];
    expect(conversationLanguage(messages, 'en')).toBe('ru');
  });

  it('looks back past messages that say nothing', () => {
    const messages: ChatMessage[] = [user('Oi, tudo bem?'), { role: 'assistant', content: 'Tudo!' }, user('ok 👍')];
    expect(conversationLanguage(messages, 'en')).toBe('pt');
  });

  it('ignores system and assistant messages', () => {
    const messages: ChatMessage[] = [
      { role: 'system', content: 'Ты — дружелюбный собеседник.' },
      { role: 'assistant', content: 'Привет! Как дела?' },
      user('👍'),
    ];
    expect(conversationLanguage(messages, 'de')).toBe('de');
  });

  it('reads text parts', () => {
    const messages: ChatMessage[] = [
      user([
        { type: 'image_url', image_url: { url: 'https://example.com/cat.png' } },
        { type: 'text', text: 'Regarde ce chat, il est trop mignon' },
      ]),
    ];
    expect(conversationLanguage(messages, 'en')).toBe('fr');
  });

  it('falls back when nothing is known', () => {
    expect(conversationLanguage([], 'es')).toBe('es');
    expect(conversationLanguage([user('ok'), user(null)], 'it')).toBe('it');
  });
});
