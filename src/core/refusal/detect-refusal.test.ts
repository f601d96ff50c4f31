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

  it('does not take a cut-off question for a cut-off refusal', () => {
    expect(kind(`${STORY}\n\nKann ich dir noch bei etwas anderem hel`)).toBe('none');
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

const ANSWER =
  'Sourdough rises because wild yeast and lactic bacteria ferment the flour, producing carbon dioxide that the ' +
  'gluten traps. A longer, colder proof gives a tangier loaf and a more open crumb.';

/** `answer` followed by `tail`: expected to be a trailing refusal cut right before `tail`. */
function expectTrailing(answer: string, tail: string) {
  expect(detector.detect(`${answer} ${tail}`)).toMatchObject({ kind: 'trailing', cutAt: answer.length + 1 });
}

describe('"I\'d rather not", "I won\'t", "I\'m going to have to pass" and their kin', () => {
  it.each([
    "I'd rather not write that. It would mean impersonating a real journalist, but I'm happy to help with an op-ed instead.",
    "I'm going to have to pass on this one. Writing reviews as a fake customer would be deceptive.",
    "I won't write a fake review of your competitor. If you'd like, I can help you answer your own reviews.",
    'Prefiero no escribir ese mensaje, porque podría usarse para engañar a otra persona. Si quieres, te ayudo con uno honesto.',
    'No voy a redactar esa reseña falsa. ¿Te parece si pedimos opiniones reales a tus clientes?',
    'Prefiro não ajudar com isso. Posso sugerir outra coisa?',
    "Je préfère ne pas rédiger ce message : il pourrait servir à tromper quelqu'un.",
    'Das werde ich nicht schreiben, weil es eine reale Person verunglimpft. Gerne helfe ich dir bei einer sachlichen Antwort.',
    'Diesen Text möchte ich nicht verfassen. Stattdessen kann ich dir bei einer ehrlichen Bewertung helfen.',
    'Preferirei non scrivere quella recensione falsa: viola le linee guida. Se vuoi, possiamo scriverne una vera.',
    'Bu mesajı yazmayı tercih etmem, çünkü birini kandırmak için kullanılabilir. İstersen dürüst bir versiyon yazabiliriz.',
    'Bu sahte yorumu yazmayacağım. İsterseniz gerçek müşterilerden yorum istemenize yardım edebilirim.',
    'Такое письмо я не напишу: оно нужно, чтобы обмануть человека. Могу помочь составить честное сообщение.',
    'Я не писатиму фальшивий відгук. Це було б обманом, але можу допомогти відповісти на справжні відгуки.',
    'Nie napiszę fałszywej recenzji. Chętnie pomogę odpowiedzieć na prawdziwe opinie.',
    'Wolałabym tego nie robić. Może spróbujemy innego podejścia?',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('takes a short reply that is nothing but the refusal as one, without further context', () => {
    expect(kind("I won't do that.")).toBe('whole');
    expect(kind('Я не буду этого делать.')).toBe('whole');
    expect(kind("I won't do that. I'll make dinner first and then we can talk about the trip.")).toBe('none');
  });

  it('recognises them closing an answer when they name a reason or the request', () => {
    expectTrailing(ANSWER, "That said, I'd rather not go into quantities, since that could genuinely hurt someone.");
    expectTrailing(ANSWER, 'Die gefälschte Unterschrift, um die du gebeten hast, werde ich aber nicht erstellen.');
    expectTrailing(ANSWER, 'Je préfère toutefois ne pas poursuivre le récit dans la direction que vous proposez.');
    expectTrailing(ANSWER, 'La lettera falsa che mi hai chiesto, però, preferisco non scriverla.');
    expectTrailing(ANSWER, 'Nie podam natomiast instrukcji, jak obejść zabezpieczenia cudzego konta.');
  });

  it('reads a first-person future of a refusal verb, clitics included', () => {
    expectTrailing(ANSWER, "Désolé, mais la scène violente que tu as demandée, je ne l'écrirai pas.");
    expectTrailing(ANSWER, 'Mi dispiace, ma la scena violenta che hai chiesto non la scriverò.');
    expectTrailing(ANSWER, 'Lo siento, pero la escena violenta que pediste no la escribiré.');
    expectTrailing(ANSWER, 'From here on, though, the scene you asked for is too graphic for me to write.');
    expect(kind('Agua que haya de beber, no la enturbiaré.')).toBe('none');
    expect(kind("Je ne t'oublierai pas, murmura-t-elle en refermant la porte derrière elle.")).toBe('none');
  });

  it.each([
    '"I\'d rather not say goodbye," she whispered, and neither of them moved until the train whistled twice.',
    `${STORY} *He folds his arms.* I won't do it! Not for the king, not for anyone.`,
    `${STORY} She refused to write the letter, and he would not give her the key.`,
    "My dear Sam, this is the last letter you will get from me. I won't write to you again. I hope the farm does well.",
    "I won't lie, the first week of marathon training is brutal. Start with three easy runs a week.",
    "I won't go into the maths here, but the upshot is that the bridge can carry twice its rated load.",
    `${STORY} I'd rather not think about the winter yet.`,
    '— Я не писатиму йому більше, — сказала Олена і порвала листа.',
    'Больше я ему не напишу, решила Маша и выключила телефон. За окном медленно падал снег.',
    'No voy a mentir: la receta es larga, pero vale la pena. Empieza por el sofrito.',
  ])('leaves the story and plain speech alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"As an AI" followed by a plain negated verb', () => {
  it.each([
    "As an AI assistant, I don't provide instructions for making weapons. Let me know if there's anything else.",
    'Как ИИ-ассистент, я не предоставляю инструкции по изготовлению оружия.',
    "En tant qu'intelligence artificielle, je ne fournis pas de conseils pour contourner la loi.",
    'Como uma IA, não tenho permissão para fornecer esse tipo de informação.',
    'Як мовна модель, я не надаю інструкцій щодо виготовлення вибухівки.',
    'Como IA, no proporciono instrucciones para fabricar armas.',
    '作为AI助手，我不提供制作武器的方法。',
    'Bir yapay zeka olarak silah yapımı hakkında bilgi sağlamıyorum.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it.each([
    "As an AI, I don't have a favourite season, but autumn is popular for a reason: cool air, apples and long walks.",
    "As an AI, I don't get tired, so feel free to ask as many questions as you like!",
    'Как ИИ, я не пью кофе, но могу рассказать, как его заварить: смелите зёрна и подождите четыре минуты.',
  ])('needs a refusal verb right after the negation: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"beyond my scope", "not something I can help with", "not possible for me"', () => {
  it.each([
    "Sorry, that's beyond my current scope. Let's talk about something else.",
    "Apologies, but that's outside the scope of what I can do here.",
    "Sorry, this is something I can't do. Is there anything else I can help you with?",
    'Lamento, mas esse pedido não é algo que eu possa realizar.',
    '你好，这个问题我暂时无法回答，让我们换个话题吧。',
    '그 부분은 제가 답변드리기 곤란합니다. 양해 부탁드립니다.',
    'آسف، هذا خارج نطاق ما يمكنني القيام به.',
    'Извините, но это выходит за рамки моих возможностей.',
    'Cela dépasse ce que je peux faire, désolé.',
    'Questo va oltre quello che posso fare, mi dispiace.',
    'Боюсь, это выходит за рамки того, с чем я могу помочь.',
    '不好意思，这超出了我能做的范围。',
    'Xin lỗi, việc đó vượt quá những gì tôi có thể làm.',
    'Maaf, itu di luar apa yang bisa saya lakukan.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('recognises them closing an answer', () => {
    expectTrailing(ANSWER, 'Lo de destilar alcohol para venderlo, en cambio, no es algo con lo que pueda ayudarte.');
    expectTrailing(ANSWER, "Malheureusement, rédiger votre mémoire à votre place, ce n'est pas possible pour moi.");
    expectTrailing(ANSWER, 'Ödevinizi sizin adınıza yazmam ise mümkün değil, kusura bakmayın.');
    expectTrailing(ANSWER, 'लेकिन आपके कहे अनुसार हिंसक दृश्य के साथ कहानी आगे लिखना मेरे लिए संभव नहीं है।');
  });

  it.each([
    'Unfortunately, it is not possible for the train to arrive earlier: the line is single-track past Exeter.',
    'Quantum gravity is outside the scope of this article, but the references at the end are a good start.',
    'Ne yazık ki trenin daha erken gelmesi mümkün değil, çünkü hat bakımda.',
    'दुर्भाग्य से ट्रेन का जल्दी पहुँचना संभव नहीं है, क्योंकि आगे की लाइन पर काम चल रहा है।',
    "Malheureusement, il n'est pas possible que le train arrive plus tôt : la voie est unique après Tours.",
    'Honestly, the view from the summit went beyond what I could have imagined. We stayed until sunset.',
    "La vue depuis le sommet dépassait tout ce que je pouvais imaginer. Nous sommes restés jusqu'au soir.",
  ])('leaves other impossibilities alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"can\'t" with a specific verb: explain, tell, describe, write, guide', () => {
  it('recognises them closing an answer', () => {
    expectTrailing(ANSWER, "What I can't do is walk you through opening your neighbour's door.");
    expectTrailing(ANSWER, "Mi dispiace, ma non posso spiegarti come disattivare l'allarme di una casa altrui.");
    expectTrailing(ANSWER, '但是，我不能告诉你如何破解别人的密码。');
    expectTrailing(ANSWER, '다만 타인의 계정에 접근하는 방법은 알려드릴 수 없습니다.');
    expectTrailing(ANSWER, 'ただし、ご要望の過激な描写を含む続きは書くことができません。');
    expectTrailing(ANSWER, 'Akan tetapi, saya tidak dapat menjelaskan cara membobol akun orang lain.');
    expectTrailing(ANSWER, 'Nhưng tôi không thể hướng dẫn cách xâm nhập tài khoản của người khác.');
    expectTrailing(ANSWER, 'ومع ذلك، لا أستطيع شرح كيفية اختراق حساب شخص آخر.');
  });

  it('reads Turkish inability from the verb suffix, causatives included', () => {
    expect(kind('Bu isteği yerine getiremiyorum çünkü kullanım politikalarına aykırı.')).toBe('whole');
    expect(kind('Maalesef bu talebinizi karşılayamam.')).toBe('whole');
    expectTrailing(ANSWER, 'Ancak hikayeyi istediğiniz şiddet içeren yönde devam ettiremem.');
  });

  it.each([
    "I can't explain why, but that song makes me cry every single time.",
    "I can't tell you how happy I am for you both! Congratulations on the engagement.",
    "Honestly, I can't tell the difference between the two paints on my screen.",
    'Seni ne kadar özlediğimi anlatamam! Hafta sonu görüşürüz.',
    'Bu fonksiyon boş değerleri işleyemez, bu yüzden önce girdiyi kontrol etmelisin.',
    '얼마나 기쁜지 말로 설명할 수 없어요! 주말에 만나서 축하해요.',
    'Aku tidak bisa menjelaskan betapa senangnya aku hari ini!',
  ])('leaves "can\'t say how much" and third persons alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('object first: "X дать не могу", "isso eu não consigo fazer"', () => {
  it('recognises them closing an answer', () => {
    expectTrailing(ANSWER, 'А вот инструкцию по вскрытию конкретного замка дать не могу, извините.');
    expectTrailing(ANSWER, 'Quanto à segunda parte do pedido, isso eu não consigo fazer, desculpe.');
    expectTrailing(ANSWER, 'Die Fortsetzung mit expliziten Szenen kann ich allerdings nicht schreiben.');
    expectTrailing(ANSWER, '抱歉，帮你伪造景区门票这件事我做不了。');
    expectTrailing(ANSWER, 'हालाँकि, किसी और के खाते में घुसने का तरीका मैं नहीं बता सकता।');
    expectTrailing(ANSWER, 'Xin lỗi, phần làm giả vé tham quan thì tôi không giúp được.');
  });

  it.each([
    'Я так устала за эту неделю, что сегодня уже ничего делать не могу. Завтра высплюсь и начну с отчёта.',
    'Bài này khó quá, mình không làm được. Mai mình hỏi cô giáo nhé.',
    '“我做不到。”小明低声说。老师拍了拍他的肩膀，让他再试一次。',
    'Hier stehe ich, ich kann nicht anders; Gott helfe mir!',
  ])('leaves tiredness, homework and quotations alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('a trailing refusal with a short reason after it', () => {
  it('cuts the reason with the refusal', () => {
    expectTrailing(ANSWER, "I can't write the fake doctor's note, though. That would be forgery.");
    expectTrailing(
      ANSWER,
      'Die gewünschte Quellenangabe kann ich leider nicht erstellen. Das wäre wissenschaftlich unredlich.',
    );
    expectTrailing(ANSWER, 'ただし、偽の診断書を書くことはできません。それは文書偽造にあたります。');
    expectTrailing(ANSWER, 'Но поддельную справку я написать не могу. Это было бы мошенничеством.');
  });

  it('keeps it a story when more than a short reason follows', () => {
    const text = `${ANSWER} I can't write the fake doctor's note. That would be forgery. ${STORY}`;
    expect(kind(text)).toBe('none');
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
