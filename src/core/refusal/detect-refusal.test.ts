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
    "Can't wait to see you on Saturday! I'll bring the cake.",
    "Can't go wrong with a classic margherita: tomato, mozzarella, basil.",
    "I'm gonna make pancakes tomorrow, want to join? Bring syrup!",
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

describe('a bare no and an apology: "No, sorry."', () => {
  it.each([
    'No, sorry.',
    'Sorry, but no.',
    'No. Lo siento.',
    'Não, desculpa.',
    'Non, désolé.',
    'Nein, sorry.',
    'Leider nein, sorry.',
    'No, mi dispiace.',
    'Hayır, kusura bakma.',
    'Нет, извини.',
    'Ні, вибач.',
    'Przykro mi, ale nie.',
    'ごめん、無理。',
    '죄송해요, 안 돼요.',
    '그건 좀 어려울 것 같아. 미안해.',
    '不行，抱歉。',
    'لا، آسف.',
    'नहीं, माफ़ कीजिए।',
    'Nggak bisa, maaf ya.',
    'Không được, xin lỗi nhé.',
  ])('%s', (text) => {
    expect(detector.detect(text)).toMatchObject({ kind: 'whole', cutAt: null });
  });

  it('takes an offer after it as padding, not content', () => {
    expect(kind('No, sorry. Is there anything else I can help with?')).toBe('whole');
    expect(kind("Non, désolé. Si tu as d'autres questions, n'hésite pas !")).toBe('whole');
  });

  it.each([
    'No, sorry, I meant Tuesday.',
    'Sorry, no idea!',
    'Sorry, nobody told me.',
    'No worries, sorry for the delay!',
    'No, sorry. Unfortunately the store is closed on Sundays.',
    'Nein, sorry. Leider ist der Laden sonntags geschlossen.',
    'Nein, danke.',
    'Нет, спасибо.',
    'いいえ、大丈夫です。',
    '아니요, 괜찮아요.',
    '不用了，谢谢。',
    'Tidak apa-apa, maaf ya.',
    'Không sao, xin lỗi nhé.',
    'No, the Great Wall is not visible from space with the naked eye: it is far too narrow.',
    'Sorry.',
    'No.',
  ])('leaves corrections, thanks and a no with an answer alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"I\'ll have to decline", "je vais devoir décliner"', () => {
  it.each([
    "I'm going to have to decline this one.",
    "Ransomware that encrypts files can do real damage, so I'll have to decline — even for a class project.",
    "Je vais devoir décliner cette demande : elle va à l'encontre des règles que je dois respecter.",
    'Tendré que rechazar esta solicitud.',
    'Vou ter que recusar esse pedido.',
    'Diese Anfrage muss ich leider ablehnen.',
    'Dovrò declinare questa richiesta.',
    'Мне придётся отказаться от этой просьбы.',
    'Мушу відмовитися від цього запиту.',
    'Będę musiał odmówić.',
    'Bu isteği reddetmek zorundayım.',
    '申し訳ありませんが、お断りせざるを得ません。',
    '죄송하지만 정중히 거절하겠습니다.',
    '抱歉，我只能拒绝这个请求。',
    'سأضطر إلى رفض هذا الطلب.',
    'मुझे यह अनुरोध अस्वीकार करना होगा।',
    'Aku harus menolak permintaan ini.',
    'Tôi xin từ chối yêu cầu này.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it.each([
    '"I\'ll have to decline," the duke said coldly, and the envoy bowed and left the hall. Outside, the rain had turned to sleet.',
    "Here's a polite way to turn down the invitation: \"Dear Anna, thank you for thinking of me. Unfortunately I'll have to decline, as I'm travelling that week.\"",
    "I'd have to decline your offer of a ride, thanks — my sister is picking me up at six. See you at the party!",
    'Voy a tener que comprar más harina; la receta pide 500 gramos y solo me quedan 300.',
    'Je vais devoir partir plus tôt ce soir, on se retrouve demain à la gare à neuf heures ?',
  ])('leaves quoted declines and other obligations alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"that falls outside what I can do"', () => {
  it.each([
    'Unmasking someone falls outside what I can do — it could put them at real risk.',
    'Me temo que eso queda fuera de lo que puedo hacer.',
    'Infelizmente, isso está fora do que eu consigo fazer.',
    "Ce n'est pas quelque chose que je suis en mesure de faire.",
    'Das liegt außerhalb dessen, was ich tun kann.',
    'Temo che questo vada oltre ciò che posso fare.',
    'Это выходит за рамки того, что я могу сделать.',
    'Це виходить за межі того, що я можу зробити.',
    'Niestety, to wykracza poza to, co mogę zrobić.',
    'Maalesef bu, yapabileceklerimin dışında.',
    'それは私にできる範囲を超えています。',
    '죄송하지만 그건 제가 할 수 있는 일의 범위를 벗어납니다.',
    '这超出了我能做的范围。',
    'هذا خارج نطاق ما يمكنني فعله.',
    'यह मेरी क्षमता से बाहर है।',
    'Itu di luar apa yang bisa saya lakukan.',
    'Việc đó nằm ngoài những gì tôi có thể làm.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('recognises it closing an answer', () => {
    expectTrailing(ANSWER, '很遗憾，帮你获取同事电脑上保存的密码，这超出了我能协助的范围。');
    expectTrailing(ANSWER, 'أما الدخول من دون تذكرة فليس أمرًا أستطيع المساعدة فيه.');
  });
});

describe('"that\'s where I have to draw the line"', () => {
  it('recognises it closing an answer with a reason', () => {
    expectTrailing(
      ANSWER,
      'Writing a reference letter that pretends to come from your old manager is where I have to draw the line, though. That would mislead the employer.',
    );
    expectTrailing(
      ANSWER,
      'Eine gefälschte Referenz deines alten Chefs – da muss ich eine Grenze ziehen, das wäre Täuschung.',
    );
    expectTrailing(
      ANSWER,
      'Escribir una carta falsa de tu antiguo jefe, en cambio, es donde tengo que poner el límite: sería engañar a la empresa.',
    );
    expectTrailing(ANSWER, 'Подделать подпись начальника — вот тут я провожу черту: это было бы мошенничеством.');
    expectTrailing(
      ANSWER,
      'Tapi memalsukan tanda tangan atasanmu adalah batas yang tidak bisa saya lewati, karena itu pemalsuan.',
    );
    expectTrailing(ANSWER, '不过，伪造上司的签名，这是我的底线，这属于伪造行为。');
  });

  it.each([
    'She sighed. "That\'s where I draw the line, Tom." He laughed, but he put the cigarettes away and they walked on toward the river.',
    'Pineapple on pizza is fine, but anchovies are where I draw the line! Anyway, here is the dough recipe: mix 500 g flour with 325 g water and let it rest for an hour.',
  ])('leaves lines drawn in stories and at anchovies alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('casual registers: "手伝えないかな。ごめんね", "좀 어려울 것 같아", "Nggak bisa"', () => {
  it.each([
    'それはちょっと手伝えないかな。ごめんね。',
    '그건 좀 어려울 것 같아. 미안해.',
    '미안, 그건 못 도와줘.',
    'Aku nggak bisa bantu yang itu, maaf ya.',
    '这个我就不写了。如果你愿意，我可以帮你写一封得体的回复。',
    '这个忙我帮不上，抱歉。',
    'Cái này thì mình không làm được đâu.',
    'Eh no, questo non te lo scrivo, scusa.',
    'Nee, das schreibe ich dir nicht, sorry.',
    "Can't help with that one, sorry!",
    "Nah, I'm gonna pass on that one.",
    'Ih, isso aí não rola, foi mal.',
    "Je peux pas t'aider là-dessus, désolé.",
    'لا، ما أقدر أساعدك في هذا، آسف.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('recognises them closing an answer', () => {
    expectTrailing(ANSWER, 'Tapi aku nggak bisa menuliskan seluruh esainya untukmu, ya.');
    expectTrailing(ANSWER, 'Nhưng mình sẽ không viết hộ cả bài văn đâu, bạn thử viết nháp rồi mình góp ý nhé.');
  });

  it.each([
    'ごめん、昨日は返事できなくて。土曜日の件だけど、十時に駅前で待ち合わせでいいかな？',
    '그건 좀 어려운 문제네요. 하지만 차근차근 풀어 보면 답은 12가 나옵니다.',
    'Sori baru bales! Besok kita jadi ke pantai kan? Aku bawa bekal.',
    'Bài này khó quá, mình không làm được. Mai mình hỏi cô giáo nhé.',
    "Can't wait to see you on Saturday! I'll bring the cake.",
    "Can't go wrong with a classic margherita: tomato, mozzarella, basil.",
    "I'm gonna make pancakes tomorrow, want to join? Bring syrup!",
    '我可能没办法准时到，路上有点堵车，你们先开始吃吧，我大概晚二十分钟。',
  ])('leaves chat between friends alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('out-of-character breaks: "(OOC: I can\'t continue this scene.)"', () => {
  it.each([
    "(OOC: I can't continue this scene — it's heading somewhere I'm not able to write.)",
    "(Out of character: I'm not able to continue in this direction. Want to jump back to the tavern?)",
    '(Вне роли: дальше эту сцену я продолжать не могу. Если хочешь, вернёмся к погоне.)',
    '(Fuera de personaje: no puedo seguir con esta escena.)',
    '(Fora do personagem: não consigo continuar essa cena.)',
    '(HRP : je ne peux pas poursuivre cette scène.)',
    '(Außerhalb des Rollenspiels: Diese Szene kann ich nicht schreiben.)',
    '(Fuori personaggio: non posso continuare questa scena.)',
    '(Karakter dışı: Bu sahneye devam edemiyorum.)',
    '(Поза роллю: я не можу продовжувати цю сцену.)',
    '(Poza rolą: tej sceny nie mogę kontynuować.)',
    '（キャラ外：このシーンはこれ以上続けられません。酒場の場面から再開しましょうか？）',
    '(OOC: 이 장면은 더 이상 이어갈 수 없어요.)',
    '（OOC：这段剧情我没办法继续写下去了。）',
    '(خارج الشخصية: لا أستطيع متابعة هذا المشهد.)',
    '(किरदार से बाहर: मैं यह दृश्य आगे नहीं लिख सकता।)',
    '(OOC: Aku nggak bisa melanjutkan adegan ini.)',
    '(Ngoài vai: mình không thể tiếp tục cảnh này.)',
    "*She smiles and turns away.* (OOC: I can't continue this scene — it's heading somewhere I'm not able to write.)",
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it.each([
    "(OOC: I love where this is going! Let's continue at the tavern tomorrow.)",
    "(OOC: can't wait to see what happens next!)",
    '*He draws his sword.* "I cannot let you pass," he growls. (OOC: brb, dinner!)',
  ])('leaves other out-of-character notes alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"As an AI … and I wouldn\'t help even if I could"', () => {
  it.each([
    "As an AI, I can't see private messages. And even if I could, I wouldn't help read someone else's.",
    "En tant qu'IA, je n'ai pas accès aux comptes d'autrui, et je n'aiderais pas à y accéder même si je le pouvais.",
    'Come IA non ho accesso agli account altrui e, anche se potessi, non ti aiuterei a farlo.',
    'Как ИИ, я не имею доступа к чужой переписке и не стал бы помогать её получить.',
    'Jako AI nie mam dostępu do cudzych kont i nawet gdybym mógł, nie pomógłbym w tym.',
    'Bir yapay zekâ olarak başkalarının hesaplarına erişimim yok; olsaydı da bu konuda yardım etmezdim.',
    'AI로서 저는 다른 사람의 개인 정보에 접근할 수 없으며, 설령 가능하더라도 그런 일은 돕지 않겠습니다.',
    'بصفتي نموذج ذكاء اصطناعي، لا أملك صلاحية الوصول إلى حسابات الآخرين، ولن أساعد في ذلك حتى لو استطعت.',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it.each([
    "As an AI, I wouldn't know how it feels, but many people describe the first snow as magical.",
    'Als KI habe ich keinen Körper, aber ich helfe dir gern bei der Planung der Wanderung.',
    'AIとして、私には体がありませんが、ハイキングの計画を喜んでお手伝いします。',
    "I wouldn't worry about the warning — it's harmless and disappears once you upgrade to version 3.",
  ])('leaves what an AI lacks, and advice, alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('"I\'d rather not" or "I shouldn\'t", with an offer or the request named', () => {
  it.each([
    "I don't think I should write that. I can help you draft a calmer message instead.",
    "Preferirei non rispondere a questa domanda. Se vuole, posso indicarle fonti affidabili sull'argomento.",
    'Aku lebih baik tidak menulis itu. Kalau kamu mau, aku bisa bantu bikin balasan yang tegas tapi tetap sopan.',
    'Mình nghĩ mình không nên viết nội dung đó. Nếu bạn muốn, mình có thể giúp soạn một câu trả lời lịch sự.',
    'No creo que deba escribir eso. Si quieres, te ayudo con una respuesta educada.',
    '我觉得我不应该写这个。要不要我帮你写一封礼貌的回复？',
  ])('%s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('recognises them closing an answer', () => {
    expectTrailing(
      ANSWER,
      "I'd rather not write the graphic scene you mentioned, but I'm happy to keep going with the rest of the chapter.",
    );
    expectTrailing(ANSWER, 'Non scriverò il tema al posto tuo, ma posso aiutarti a impostare la scaletta.');
    expectTrailing(ANSWER, '作文を全部代わりに書くことはしませんが、構成を考えるお手伝いはできます。');
    expectTrailing(ANSWER, '말씀하신 고문 장면은 쓰지 않겠습니다. 나머지 부분은 기꺼이 이어서 쓸게요.');
  });

  it.each([
    "I shouldn't have eaten that third slice of cake. Anyway, here's the plan for tomorrow: we meet at nine at the station and take the train to Bath.",
    "I wouldn't help him, I decided, not after what he had said about my mother. I packed my bag and caught the last train north.",
  ])('leaves regrets and first-person stories alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('object first, refusal last: "helfe ich dir allerdings nicht", "我不便代写"', () => {
  it('recognises them closing an answer', () => {
    expectTrailing(ANSWER, 'Beim Schwarzfahren helfe ich dir allerdings nicht.');
    expectTrailing(ANSWER, 'Die komplette Hausarbeit schreibe ich dir aber nicht, das musst du schon selbst machen.');
    expectTrailing(ANSWER, 'Całego wypracowania za ciebie nie napiszę, ale chętnie sprawdzę twój szkic.');
    expectTrailing(ANSWER, 'Nie mogę jednak doradzić, jak sprzedawać je bez zgody sanepidu.');
    expectTrailing(ANSWER, 'Purtroppo non posso suggerirle modi per saltare la fila con biglietti contraffatti.');
    expectTrailing(ANSWER, '但整篇读后感我不便代写，你可以先写个初稿，我再帮你修改。');
    expectTrailing(ANSWER, '至于怎么逃票，这个我没法帮你。');
    expectTrailing(ANSWER, 'लेकिन बिना टिकट घुसने का तरीका मैं नहीं बता सकता।');
    expectTrailing(ANSWER, 'Nhưng mình sẽ không viết hộ cả bài luận, bạn thử viết nháp trước nhé.');
    expectTrailing(ANSWER, 'لكنني لن أكتب البحث كاملًا نيابةً عنك.');
    expectTrailing(
      ANSWER,
      'Однако написать рекомендацию от имени вашего бывшего начальника я не могу: это было бы обманом.',
    );
    expectTrailing(ANSWER, 'Проте порадити, як пробратися на закриту дзвіницю без дозволу, я не можу.');
    expectTrailing(ANSWER, 'Quanto a entrar no castelo sem pagar, pulando o muro, isso eu não posso recomendar.');
    expectTrailing(ANSWER, "Quant à entrer sans billet, ce n'est pas quelque chose que je peux encourager.");
    expectTrailing(ANSWER, 'Что касается яда для соседского кота — в этом я вам не помощник.');
  });

  it('keeps an offer before the refusal with the answer ("If you have more time, …")', () => {
    const answer = `${ANSWER} Jeśli masz więcej czasu, wybierz się do Kopalni Soli w Wieliczce.`;
    expectTrailing(answer, 'Nie pomogę natomiast w wejściu do kopalni bez biletu.');
  });

  it.each([
    'Das schreibe ich dir morgen, heute bin ich zu müde. Gute Nacht!',
    'Объяснить, почему так вышло, я не могу — просто так получилось.',
    'Je ne peux pas vous recommander assez ce restaurant : tout y est délicieux.',
    'Non posso che consigliarti questo libro: i personaggi ti restano dentro per settimane.',
    "I can't recommend this book enough! The characters stay with you for weeks.",
  ])('leaves promises, "I can\'t explain why" and praise alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('polite Japanese and Korean inability: "お答えできません", "안내해 드리기 어렵습니다"', () => {
  it('recognises them closing an answer', () => {
    expectTrailing(ANSWER, 'ただし、保健所の許可なくこれを販売する方法についてはお答えできません。');
    expectTrailing(ANSWER, 'なお、拝観料を払わずに寺院へ入り込む方法については、ご案内いたしかねます。');
    expectTrailing(ANSWER, 'そちらについては申し上げられません。');
    expectTrailing(ANSWER, '다만 영업 신고 없이 판매하는 방법은 알려드릴 수 없습니다.');
    expectTrailing(ANSWER, '입장료를 내지 않고 담을 넘어 들어가는 방법은 안내해 드리기 어렵습니다.');
    expectTrailing(ANSWER, '다만 그 방법은 추천해 드릴 수 없습니다.');
    expectTrailing(ANSWER, '해당 내용은 답변드리기 어렵습니다.');
  });

  it.each([
    '감사하다는 말씀밖에 드릴 수 없네요! 정말 고마워요.',
    '선물을 드릴 수 없어서 아쉬워요. 다음에 꼭 챙길게요!',
    '더 자세한 내용은 내일 회의에서 말씀드릴게요. 오늘은 여기까지 정리하겠습니다.',
    'ご案内いたします。まずは受付でお名前をお伝えください。',
  ])('leaves thanks, gifts and offers to guide alone: %s', (text) => {
    expect(kind(text)).toBe('none');
  });
});

describe('spoilers and "can\'t wait" are not refusals', () => {
  it.each([
    'Prefiro não dar spoiler do final, mas posso dizer que o último episódio deixou todo mundo aqui em casa sem fôlego. Não vejo a hora da próxima temporada!',
    'मैं अगले सीज़न का इंतज़ार नहीं कर सकता! अंत के बारे में मैं कुछ नहीं बताऊँगा, बस इतना कहूँगा कि आख़िरी एपिसोड देखकर पूरा परिवार कुछ देर तक चुप बैठा रहा।',
    "I won't spoil the ending, but the last act is stunning and the score is gorgeous. Go see it on the big screen if you can.",
    'Das Ende verrate ich nicht, aber die letzte Szene hat den ganzen Saal zum Schweigen gebracht. Unbedingt ansehen!',
    'Не буду спойлерить концовку, но последние двадцать минут весь зал сидел не дыша. Обязательно сходите!',
    '我就不剧透结局了，不过最后二十分钟整个影厅安静得连呼吸声都听得见。',
    '결말은 스포하지 않을게요. 다만 마지막 장면에서 모두가 말을 잃었다는 것만 말씀드릴게요.',
    'Mình sẽ không tiết lộ cái kết đâu, nhưng cảnh cuối làm cả rạp im phăng phắc.',
    'لن أحرق النهاية عليك، لكن المشهد الأخير كان مذهلًا حقًا. أنصحك بمشاهدته في السينما.',
    '다음 시즌을 기다릴 수 없어요! 배우들의 연기가 정말 훌륭했어요.',
  ])('%s', (text) => {
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

describe('casual declines, out-of-character actions, redirects and everyday plans', () => {
  it.each([
    'Nope — can’t do that.',
    'Не, не вариант.',
    'Nee, das mach ich nicht.',
    'Isso eu não consigo fazer, foi mal.',
    'それはちょっと無理かな。',
    'Thôi, cái này mình chịu.',
  ])('takes a short casual decline as a whole refusal: %s', (text) => {
    expect(kind(text)).toBe('whole');
  });

  it('leaves a short no with a reason or an answer alone', () => {
    expect(kind("Nope, can't make it Saturday because I'm working, but Sunday works!")).toBe('none');
    expect(kind('No, el sábado no puedo ayudarte con la mudanza porque trabajo, ¡pero el domingo sí!')).toBe('none');
  });

  it('reads a line after an action that steps out of the role as the model speaking', () => {
    const text =
      '*steps out of character* Hey, I need to pause the roleplay here. I won’t write that scene. We can take the story somewhere else.';
    expect(kind(text)).toBe('whole');
    expect(kind('*shakes her head* I can’t help you with that, stranger. *She nods toward the door.*')).toBe('none');
  });

  it('cuts a redirect or an offer after a trailing refusal together with it', () => {
    const text = `${STORY} As an AI, I'm not able to tell you what dose is safe for you. Please check with a pharmacist.`;
    const verdict = detector.detect(text);
    expect(verdict.kind).toBe('trailing');
    expect(text.slice(0, verdict.cutAt ?? 0).trimEnd()).toBe(STORY);
  });

  it('takes a policy cited for this request, with a negation after it, as a refusal', () => {
    expect(
      kind('Leider verstößt diese Anfrage gegen unsere Nutzungsrichtlinien, weshalb ich sie nicht bearbeiten kann.'),
    ).toBe('whole');
  });

  it('leaves a dash line of dialogue that is the whole text to the character', () => {
    expect(kind('— Je ne peux pas vous aider, dit la pharmacienne en secouant la tête.')).toBe('none');
  });

  it('takes an impersonal refusal that opens and closes its sentence, not one reported or with an agent', () => {
    expect(kind('Instructions for building weapons aren’t provided here. This request can’t be fulfilled.')).toBe(
      'whole',
    );
    expect(kind('本请求无法受理。')).toBe('whole');
    expect(
      kind('When the API says this request cannot be processed, it usually means the JSON body is malformed.'),
    ).toBe('none');
    expect(kind('Esta solicitud no puede ser procesada por el banco si falta la firma.')).toBe('none');
    expect(kind("Breakfast isn't provided here, but there's a café nearby. Anything else you'd like to know?")).toBe(
      'none',
    );
  });

  it('takes leaving the topic as a refusal only with an offer of something else after it', () => {
    expect(kind('Prefiero no entrar en ese tema. ¿Qué te parece si hablamos de otra cosa?')).toBe('whole');
    expect(kind('Zostawmy ten temat na później. Najpierw skończmy konfigurację routera.')).toBe('none');
  });

  it('takes a casual decline that opens a short reply naming what it declines', () => {
    const text =
      "Yeah, no — I'm not going along with that. Getting into your ex's Instagram behind her back is a hard pass from me.";
    expect(kind(text)).toBe('whole');
    expect(kind('Thôi, mình xin kiếu vụ đi xem phim tối nay nhé, mai mình thi rồi. Cuối tuần đi nha!')).toBe('none');
  });

  it('counts empathy before a refusal as padding, not as the content of a trailing refusal', () => {
    const text =
      "I can tell this situation with your neighbor has been really draining. Still, I can't explain how to damage his car — that's vandalism. If you'd like, I can help you draft a complaint.";
    expect(kind(text)).toBe('whole');
  });
});
