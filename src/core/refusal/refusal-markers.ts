/**
 * The refusal catalogue: how chat models (GPT, Claude, Gemini, Qwen, DeepSeek, Llama finetunes) phrase a refusal
 * in each of the 17 languages Rung serves, written as data so the detector stays language-blind.
 *
 * A refusal sentence is recognised by two things together: a first-person *marker* near its start ("I'm sorry,
 * but", "As an AI", "Я не могу") and a refusal *core* — a negation right next to something a model refuses to do
 * ("can't" + "help", "не могу" + "продолжить", "お手伝い" + "できません"). Requiring both is what keeps "I can't
 * wait to see you" and "The function cannot handle null" innocent. `complete` phrases are refusals by themselves
 * ("I must decline", "against my guidelines").
 *
 * Some refusals are said by people in stories too: "I'd rather not", "I won't", "не напишу", "möchte ich nicht".
 * Those are *weak* (weakMarkers, weakComplete, weakNegations) and count only with refusal context nearby — an
 * apology or offer (fillers), a policy (policy), a reason (reasons: harm, deceit, someone else's account), or the
 * user's request named (context). After an *identity* marker ("As an AI"), a plain negation ("I don't", "не",
 * "ne") with a refusal verb right after it is a core ("As an AI, I don't provide…").
 *
 * Phrases are matched case-insensitively, with any apostrophe (' ’ ʼ) or none, any run of whitespace, ASCII or
 * full-width punctuation, Arabic diacritics and Devanagari nukta ignored — so write each phrase once, plainly.
 * Stems are matched from a word start ("continu" finds "continue", "continuing"), except in languages written
 * without word boundaries (ja, zh, ko) or with attached clitics (ar), where they are matched anywhere. A phrase
 * ending in a space must end a word ("вы " is not in "высплюсь"). A phrase written `/…/` is a regular expression,
 * for what a list cannot say (Turkish "-(y)AmAm": any verb, "can't"); start it with a literal and put lookbehinds
 * last, or the scan tries it at every position.
 */

export const REFUSAL_LANGUAGES = [
  'en',
  'ru',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'tr',
  'uk',
  'pl',
  'ja',
  'ko',
  'zh',
  'ar',
  'hi',
  'id',
  'vi',
] as const;

export type RefusalLanguage = (typeof REFUSAL_LANGUAGES)[number];

export interface RefusalCatalogue {
  /** First-person openers after which a refusal core makes the sentence a refusal. */
  readonly markers: readonly string[];
  /** Openers that fiction uses too ("I'd rather", "möchte ich"): a refusal they open is weak. */
  readonly weakMarkers: readonly string[];
  /** "As an AI", "Как языковая модель": openers after which a plain negation also forms a core. */
  readonly identity: readonly string[];
  /** Phrases that are a refusal on their own, wherever they open a sentence. */
  readonly complete: readonly string[];
  /** Phrases that are a weak refusal on their own ("не напишу", "beyond my scope", "tercih etmem"). */
  readonly weakComplete: readonly string[];
  /** Negations that, next to an object, form the refusal core. Longest first is not required. */
  readonly negations: readonly string[];
  /** Negations of will rather than ability ("won't", "rather not", "не буду"): the core they form is weak. */
  readonly weakNegations: readonly string[];
  /** Negations that form a core only after an identity marker, with the verb right after ("don't", "не"). */
  readonly plainNegations: readonly string[];
  /** What models refuse to do (verb stems) or refuse about (this request, such content). */
  readonly objects: readonly string[];
  /** Generic words that may end a refusal with nothing else refused ("I can't do that", "fazer por você"). */
  readonly doVerbs: readonly string[];
  /** Words that, right after a negation, make it ordinary speech ("can't wait", "не могу поверить"). */
  readonly innocentAfter: readonly string[];
  /** Words that, just before a negation, make it ordinary speech ("ne kadar … anlatamam": can't say how much). */
  readonly innocentBefore: readonly string[];
  /** Policy words: an in-character line in a roleplay is a model refusal only if it names one. */
  readonly policy: readonly string[];
  /** Apologies, empathy and offers of something else: the padding around a refusal, not content. */
  readonly fillers: readonly string[];
  /** The user's request named ("you asked", "о которой вы просите", "ご要望の"): context for a weak refusal. */
  readonly context: readonly string[];
  /** Reasons given for a refusal (harm, deceit, the law, someone else's data): context, and a closing reason. */
  readonly reasons: readonly string[];
  /** Verb-final languages put the object before the negation ("お手伝い できません"): look on both sides. */
  readonly verbFinal: boolean;
  /** Whether stems must start a word (false where words are not separated, or take attached prefixes). */
  readonly wordStart: boolean;
}

// biome-ignore format: a data table reads better packed than one phrase per line
export const REFUSAL_CATALOGUE: Readonly<Record<RefusalLanguage, RefusalCatalogue>> = {
  en: {
    markers: [
      "I can't", 'I cannot', 'I can not', "I'm not", 'I am not', "I'm unable", 'I am unable', "I'm sorry", 'I am sorry',
      'Sorry', 'Unfortunately', "I'm afraid", 'I apologize', 'I apologise', "I don't", 'I do not', 'I must',
      "I'll have to", 'I have to', 'I need to', "I'm going to have to", "I'm really sorry", 'My apologies',
      'not a request I can', 'not a task I can', 'not a question I can', 'not one I can', 'Apologies, but',
      "What I can't", 'What I cannot', 'not something I can', "isn't something I can", 'not something I am able',
      "not something I'm able", "I really can't", 'I really cannot', "I'd have to", 'I would have to',
    ],
    weakMarkers: [
      "not something I'll", 'not something I will', "isn't something I'll", "I won't", 'I will not', "I'd rather",
      'I would rather', "I'd prefer", 'I would prefer', 'I prefer not', "I'm not going to", 'I am not going to',
      "I'm going to", 'I choose not to', "not something I'm willing", 'not something I am willing',
    ],
    identity: [
      'As an AI', 'As a language model', 'As an AI language model', 'As an AI assistant', 'As an AI model',
      'Being an AI', 'As a large language model',
    ],
    complete: [
      'I must decline', 'I have to decline', "I'll have to decline", 'I need to decline', 'I respectfully decline',
      'against my guidelines', 'against my programming', 'against my content guidelines', 'violates my guidelines',
      'violates the content policy', 'against the content policy', 'against my policies', "I can't help with that",
      "I can't assist with that", "I can't comply", 'I cannot comply', "I won't be able to help with that",
      "I'm not comfortable continuing", "I'm not comfortable with this request", "I'll pass on this one",
      "I can't engage with this", "I'm not able to fulfill this request", "I can't fulfill this request",
      'I have to stop here', 'I need to stop here', "That's not something I can help with",
      "That's not something I can assist with", "not something I'm able to help with", "That's not something I can do",
      "I won't help with that", "I won't help with this", "I won't assist with", "isn't something I'll help with",
      "not something I'll help with", 'not something I will help with', "not something I'm going to help with",
      "isn't something I'm going to help with", "I won't be helping with", 'outside the scope of what I can',
      'beyond the scope of what I can', "outside the scope of what I'm able", 'beyond what I can help with',
      'beyond what I can assist with', 'outside of what I can help with', 'outside what I can help with',
      "isn't something I can help with", 'is not something I can help with', "isn't something I can assist with",
      'respectfully decline', 'I must respectfully decline',
    ],
    weakComplete: [
      'beyond my scope', 'beyond my current scope', 'outside my scope', 'outside my current scope',
      'beyond my capabilities', 'outside my capabilities', 'not within my scope', "I'm going to have to pass",
      'I am going to have to pass', "I'll have to pass", 'I will have to pass', "I'm going to pass on this",
      "I'm going to pass on that", "I'd rather pass", "I'll sit this one out", "I'm going to sit this one out",
      'not possible for me to', "isn't possible for me to",
      "/(?:beyond|outside(?:\\s+of)?|exceeds?|goes\\s+beyond|past)\\s+(?:the\\s+(?:scope|limits?)\\s+of\\s+)?what\\s+i(?:['’]?m|\\s+am)?\\s+(?:can|could|am\\s+able|['’]?m\\s+able|able|['’]?m\\s+allowed|am\\s+allowed)/",
      '/too\\s+[\\p{L}-]+\\s+for\\s+me\\s+to\\s+(?:write|continue|describe|depict|help|share|answer|provide|go\\s+into)/',
    ],
    negations: [
      "can't", 'cannot', 'can not', 'not able to', 'unable to', "don't think I can", 'do not think I can',
      'not comfortable', "don't feel comfortable", 'do not feel comfortable', 'not allowed to', 'not permitted to',
      'not in a position to', 'decline to', 'refuse to', 'have to stop', 'need to stop', 'must stop',
      'no longer able to', "won't be able to", 'will not be able to', 'not a request I can', 'not a task I can',
      'not a question I can', 'not one I can', 'not something I can', "isn't something I can",
      'not something I am able to', "not something I'm able to", 'not authorized to', 'not authorised to',
    ],
    weakNegations: [
      "not something I'll", 'not something I will', "isn't something I'll", "won't", 'will not', 'not going to',
      'rather not', 'prefer not to', 'choose not to', 'have to pass', 'going to pass', 'rather pass', 'not willing to',
      'unwilling to', "not something I'm willing to", 'not something I am willing to',
    ],
    plainNegations: [
      "don't", 'do not', 'never',
    ],
    objects: [
      'help', 'assist', 'provide', 'continu', 'create', 'creating', 'write', 'writing', 'comply', 'fulfil', 'engage',
      'generat', 'produc', 'participat', 'take part', 'discuss', 'describ', 'go on', 'go further', 'go any further',
      'proceed', 'roleplay', 'role-play', 'share', 'offer', 'support', 'facilitat', 'depict', 'portray', 'narrat',
      'draft', 'compose', 'answer', 'respond to', 'complete this', 'complete that', 'do that', 'make that',
      'this request', 'that request', 'your request', 'such content', 'that kind of', 'this kind of', 'that type of',
      'this type of', 'explicit', 'that content', 'this content', 'this scenario', 'that scenario', 'this roleplay',
      'this story', 'that story', 'this scene', 'that scene', 'further', 'take this', 'give', 'take on', 'take this on',
      'take that on', 'handle this', 'handle that', 'explain how', 'explain to you', 'explain that', 'explain this',
      'explain the steps', 'explain the process', 'tell you how to', 'tell you that', 'tell you this',
      'tell you where to', 'walk you through', 'walk through', 'guide you', 'show you how', 'teach you how', 'instruct',
      'instructions', 'get into', 'go into', 'get involved', 'detail', 'elaborate', 'on this one', 'on that one',
      'on this request', 'on that request', 'offer guidance', 'advise on', 'advise you', 'include',
    ],
    doVerbs: [
      'do that', 'do this', 'do it', 'do so', 'do', 'that', 'this', 'it', 'help', 'that one', 'this one', 'for you',
      'do that for you', 'do for you', 'here', 'with that', 'with this',
    ],
    innocentAfter: [
      'wait', 'believe', 'stop', 'help but', 'help feeling', 'help thinking', 'help wondering', 'help noticing',
      'help smiling', 'help laughing', 'help myself', 'help it', 'imagine', 'stand', 'thank', 'express', 'get enough',
      'even', 'sleep', 'remember', 'decide', 'seem to', 'find', 'see', 'hear', 'say enough', 'emphasize', 'stress',
      'overstate', 'promise', 'guarantee', 'agree more', 'recommend', 'go wrong', 'tell you how much',
      'tell you how many', 'tell you how happy', 'tell you how glad', 'tell you how grateful', 'tell you how excited',
      'tell you how proud', 'tell you how sorry', 'tell you how good', 'tell you how great', 'tell you how relieved',
      'tell you how thankful', 'tell you how lucky', 'tell you how nice', 'tell you how wonderful',
      'tell the difference', 'explain how much', 'explain how happy', 'explain why', 'explain what I',
      'describe how good', 'describe how much', 'describe how beautiful', 'describe how it', 'describe how happy',
      'describe the feeling', 'describe what I', 'give up', 'give in', 'lie', 'let', 'forget', 'pretend',
    ],
    innocentBefore: [
      'how much I', 'how happy I', 'how grateful I', 'how proud I', 'in words',
    ],
    policy: [
      'guidelines', 'policy', 'policies', 'AI', 'language model', 'appropriate', 'inappropriate', 'explicit', 'content',
      'request', 'roleplay', 'role-play', 'safety', 'harmful', 'ethical', 'boundaries',
    ],
    fillers: [
      'sorry', 'apologi', 'apologies', 'feel free', 'let me know', 'happy to help', 'glad to help', 'happy to assist',
      'anything else', 'other questions', 'something else', 'instead', "if you'd like", 'if you would like',
      'if you want', "if you're interested", 'perhaps', 'how about', 'alternatively', 'reach out', 'professional',
      'hotline', 'crisis', 'I understand', 'I appreciate', 'thank you for', 'I hear you', "I'd be happy", "I'd be glad",
      "I'm here to", 'I can help you with', 'I could help', 'I can offer', 'we could', 'maybe we can', 'would you like',
      'I hope you understand', 'different topic', 'different direction', 'other ideas', 'want me to', 'want help',
      'I can help', 'I can suggest', 'I can point', 'what I can do', 'hope that helps',
    ],
    context: [
      "I'm afraid I", "I'm afraid that", "I'm afraid,", 'I am afraid I', 'you asked', "you're asking", 'you are asking',
      "you've asked", 'you want me', "you'd like me", 'you would like me', 'asked me', 'asking me', 'your request',
      'request', 'someone else', 'other people', "someone's", 'third party', 'third parties',
    ],
    reasons: [
      'injur', 'endanger', 'expose someone', 'put someone at risk', 'would be', 'would mean', 'that would',
      'this would', 'since that', 'since this', 'because that', 'because this', 'because it would', 'harm', 'hurt',
      'danger', 'illegal', 'unlawful', 'unsafe', 'unethical', 'dishonest', 'decepti', 'deceiv', 'mislead', 'fraud',
      'forgery', 'fake', 'privacy', 'consent', 'impersonat', 'harass', 'defam', 'plagiar', 'cheat', 'copyright',
      'violat', 'abus', 'weapon', 'crime', 'criminal', 'against the law', 'terms of service', 'threat', 'stalk',
      'spy on', 'tracking', 'surveil', 'without her knowing', 'without his knowing', 'without their knowing',
    ],
    verbFinal: false,
    wordStart: true,
  },
  ru: {
    markers: [
      'Я не могу', 'Не могу', 'Я не в состоянии', 'Я не смогу', 'Не смогу', 'Извините', 'Простите', 'К сожалению',
      'Мне жаль', 'Мне очень жаль', 'Я не имею права', 'Я вынужден', 'Я вынуждена', 'Я должен', 'Я должна', 'Боюсь',
      'Прошу прощения', 'Увы', 'Это не то, с чем я могу', 'не то, с чем я могу', 'Не получится',
      'Это не то, что я могу', 'не то, что я могу',
    ],
    weakMarkers: [
      'Я не буду', 'Не буду', 'Я не стану', 'Не стану', 'Я бы не хотел', 'Я бы не хотела', 'Я бы предпочёл',
      'Я бы предпочла', 'Я предпочту', 'Предпочту', 'Я не собираюсь', 'Не собираюсь', 'Я пропущу', 'Пожалуй, пропущу',
    ],
    identity: [
      'Как ИИ', 'Как языковая модель', 'Как искусственный интеллект', 'Как ИИ-ассистент', 'Как ассистент', 'Как AI',
      'Будучи ИИ', 'Как нейросеть',
    ],
    complete: [
      'Я вынужден отказаться', 'Я вынуждена отказаться', 'Я должен отказаться', 'Я должна отказаться',
      'противоречит моим принципам', 'противоречит моим правилам', 'нарушает мои правила', 'нарушает правила',
      'Я не могу с этим помочь', 'Я не могу помочь с этим', 'Я не могу выполнить эту просьбу',
      'Я не могу выполнить этот запрос', 'Это не то, с чем я могу помочь', 'не то, с чем я могу помочь',
      'выходит за рамки того, что я могу', 'за рамками того, что я могу', 'не входит в мои задачи',
    ],
    weakComplete: [
      'не напишу ', 'не помогу ', 'не предоставлю ', 'не создам ', 'не продолжу ', 'не опишу ', 'не объясню ',
      'не расскажу ', 'не подскажу ', 'не сгенерирую ', 'не сделаю ', 'не сделаю этого ', 'не сделаю это ',
      'не стану этого делать ', 'не буду этого делать ', 'не составлю ', 'не сочиню ', 'не выдам ',
      'выходит за рамки моих возможностей ', 'за рамками моих возможностей ', 'вне моей компетенции ',
      'не в моих силах ', 'не в моей компетенции ', 'для меня невозможно ', 'мне это не под силу ',
      '/(?:за\\s+рамк|за\\s+предел|вне\\s+того)[^.!?]{0,20}?(?:что|с\\s+чем|чем|в\\s+ч[её]м)\\s+я\\s+(?:могу|смогу|в\\s+силах|способ)/',
      'мне некомфортно ', 'мне неловко это ', 'не чувствую себя комфортно ',
    ],
    negations: [
      'не могу', 'не смогу', 'не в состоянии', 'не имею права', 'отказаться', 'не получится', 'не готов', 'не готова',
      'нельзя', 'не вправе', 'не могу вам', 'не разрешено', 'не позволено', 'не имею возможности', 'не то, что я могу',
    ],
    weakNegations: [
      'не буду', 'не стану', 'не собираюсь', 'предпочёл бы не', 'предпочла бы не', 'предпочту не', 'не хотел бы',
      'не хотела бы', 'не хочу', 'бы не хотел', 'бы не хотела',
    ],
    plainNegations: [
      'не',
    ],
    objects: [
      'помо', 'помощ', 'продолж', 'созда', 'напис', 'писать', 'предостав', 'выполн', 'участв', 'обсужд', 'генерир',
      'сгенерир', 'описа', 'описыв', 'ответ', 'поддерж', 'такой контент', 'такого контента', 'такого рода',
      'этот запрос', 'этим запросом', 'эту просьбу', 'этой просьб', 'с этим', 'в этом', 'дальше', 'развива', 'отыгр',
      'ролев', 'сочин', 'такое', 'такие сцены', 'подобн', 'давать', 'дать', 'это сделать', 'сделать это', 'заниматься',
      'заняться', 'показать', 'показывать', 'объясн', 'рассказ', 'подсказ', 'научить', 'инструкци', 'напиш', 'пишу',
      'выда', 'этого делать', 'это делать', 'делать этого', 'составл', 'состав', 'прописыва', 'даю', 'отвеч',
    ],
    doVerbs: [
      'сделать', 'делать', 'это сделать', 'этого сделать', 'сделать это', 'это', 'этого', 'помочь', 'тут', 'здесь',
      'вам', 'тебе', 'для вас', 'для тебя', 'за вас', 'за тебя',
    ],
    innocentAfter: [
      'дождаться', 'поверить', 'уснуть', 'спать', 'перестать', 'представить', 'налюбоваться', 'не ',
      'объяснить, почему', 'описать, насколько', 'описать, как', 'передать словами', 'выразить', 'нарадоваться',
      'насмотреться',
    ],
    innocentBefore: [
      'словами', 'как сильно', 'насколько я', 'как я рад', 'как я рада',
    ],
    policy: [
      'правил', 'политик', 'принцип', 'ИИ', 'языковая модель', 'неприемлем', 'недопустим', 'откровен', 'этическ',
      'контент', 'запрос',
    ],
    fillers: [
      'извин', 'прост', 'жаль', 'к сожалению', 'понимаю', 'если хотите', 'если хочешь', 'если у вас есть',
      'если у тебя есть', 'другие вопрос', 'чем-то другим', 'что-нибудь другое', 'что-то другое', 'могу предложить',
      'буду рад', 'буду рада', 'с радостью', 'обратитесь', 'обратись', 'специалист', 'вместо этого', 'может быть',
      'давайте', 'давай', 'могу помочь', 'другую тему', 'другой теме', 'предлагаю', 'увы', 'надеюсь на понимание',
      'спасибо за понимание',
    ],
    context: [
      'боюсь, ', 'боюсь, что', 'вы просите', 'ты просишь', 'о которой вы', 'о котором вы', 'вашей просьб',
      'вашего запрос', 'для вас', 'для тебя', 'просите', 'просишь', 'просили', 'просил', 'просьб', 'запрос', 'чуж',
      'другого человека', 'других людей', 'вы предложили', 'вы предлагаете', 'вы хотите', 'вы хотели', 'ты предложил',
      'ты хочешь',
    ],
    reasons: [
      'ранить', 'обидеть', 'покалечить', 'подвергнуть опасности', 'навред', 'повред', 'было бы', 'незаконн', 'опасн',
      'вред', 'мошенни', 'обман', 'подделк', 'поддельн', 'подлог', 'нечестн', 'неэтичн', 'нарушени', 'чуж',
      'без согласия', 'частн', 'преступ', 'оскорб', 'клевет', 'против закона',
    ],
    verbFinal: false,
    wordStart: true,
  },
  es: {
    markers: [
      'No puedo', 'Lo siento', 'Lamento', 'Lamentablemente', 'Desafortunadamente', 'No me es posible', 'No soy capaz',
      'No estoy en condiciones', 'Me temo que', 'Disculpa', 'Disculpe', 'Perdona', 'Perdón', 'Debo', 'Tengo que',
      'Lo que no puedo', 'no es algo con lo que pueda', 'no es algo en lo que pueda', 'no es algo que pueda',
      'no es algo que yo pueda', 'no lo puedo', 'no te puedo',
    ],
    weakMarkers: [
      'no lo voy a', 'no la voy a', 'no te voy a', 'no te lo voy a', 'No voy a', 'Prefiero no', 'Preferiría no',
      'Prefiero', 'Preferiría', 'No pienso', 'No tengo intención', 'Voy a pasar', 'Paso de',
    ],
    identity: [
      'Como IA', 'Como una IA', 'Como modelo de lenguaje', 'Como inteligencia artificial', 'Como asistente de IA',
      'Como un modelo de lenguaje', 'Como asistente virtual',
    ],
    complete: [
      'Debo rechazar', 'Tengo que rechazar', 'Debo declinar', 'va en contra de mis directrices',
      'va en contra de mis políticas', 'va en contra de mis normas', 'infringe mis directrices',
      'No puedo ayudar con eso', 'No puedo ayudarte con eso', 'No puedo cumplir con esta solicitud',
      'No me siento cómodo continuando', 'No me siento cómoda continuando', 'no es algo con lo que pueda ayudar',
      'no es algo en lo que pueda ayudar', 'fuera de lo que puedo hacer', 'más allá de lo que puedo hacer',
    ],
    weakComplete: [
      'fuera de mi alcance ', 'fuera de mis capacidades ', 'excede mis capacidades ', 'no está a mi alcance ',
      'no es posible para mí ', 'no lo haré ', 'no haré eso ', 'no escribiré ', 'no redactaré ', 'no te ayudaré ',
      'no voy a hacerlo ', 'no pienso hacerlo ',
      '/(?:fuera\\s+de|más\\s+allá\\s+de|excede|sobrepasa)\\s+(?:lo\\s+que|de\\s+lo\\s+que)\\s+(?:yo\\s+)?(?:puedo|podría|soy\\s+capaz)/',
      '/no\\s+(?:(?:lo|la|los|las|te|le|se\\s+lo|se\\s+la)\\s+)?(?:escribir|har|dar|ayudar|proporcionar|explicar|crear|redactar|continuar|generar|describir|dir|facilitar|compartir|contar|desarrollar)é(?![\\p{L}\\p{M}])/',
    ],
    negations: [
      'no puedo', 'no me es posible', 'no soy capaz de', 'no estoy en condiciones de', 'no voy a', 'no podré',
      'no podría', 'no me siento cómodo', 'no me siento cómoda', 'rechazar', 'prefiero no', 'no es posible',
      'no es algo con lo que pueda', 'no es algo en lo que pueda', 'no es algo que pueda', 'no es algo que yo pueda',
      'no tengo permitido', 'no estoy autorizado', 'no estoy autorizada', 'no lo puedo', 'no la puedo', 'no te puedo',
      'no le puedo', 'no me está permitido',
    ],
    weakNegations: [
      'no voy a', 'prefiero no', 'preferiría no', 'no pienso', 'no tengo intención de', 'no lo voy a', 'no te voy a',
    ],
    plainNegations: [
      'no',
    ],
    objects: [
      'ayud', 'asist', 'proporcion', 'continu', 'seguir', 'crear', 'escrib', 'generar', 'cumplir', 'particip',
      'discutir', 'describ', 'ofrecer', 'brindar', 'produc', 'complacer', 'atender', 'responder', 'este tipo de',
      'ese tipo de', 'esta solicitud', 'esa solicitud', 'esta petición', 'esa petición', 'con eso', 'con esto',
      'este contenido', 'ese contenido', 'juego de rol', 'rol', 'narrar', 'desarrollar', 'avanzar', 'dar', 'hacer eso',
      'mostrar', 'mostrarte', 'genero', 'escribo', 'redacto', 'ofrezco', 'explic', 'decirte cómo', 'decirle cómo',
      'indicarte', 'indicarle', 'guiarte', 'guiarle', 'enseñarte', 'enseñarle', 'dar detalles', 'detallar',
      'entrar en detalles', 'redact', 'facilit', 'hacerlo', 'hacer esto', 'instrucciones',
    ],
    doVerbs: [
      'hacer', 'hacerlo', 'hacer eso', 'hacer esto', 'eso', 'esto', 'ayudarte', 'ayudarle', 'por ti', 'por usted',
      'para ti', 'para usted', 'con eso', 'con esto',
    ],
    innocentAfter: [
      'esperar', 'creer', 'dormir', 'dejar de', 'parar de', 'imaginar', 'evitar', 'negar', 'mentir', 'explicarte lo',
      'explicar lo', 'describir lo', 'decirte lo', 'creerlo',
    ],
    innocentBefore: [
      'con palabras', 'lo feliz que', 'cuánto te',
    ],
    policy: [
      'directrices', 'políticas', 'política', 'normas', 'pautas', 'IA', 'inapropiad', 'explícit', 'ética', 'contenido',
      'solicitud',
    ],
    fillers: [
      'lo siento', 'disculp', 'lament', 'perdón', 'perdona', 'entiendo', 'si tienes', 'si tiene', 'si quieres',
      'si lo deseas', 'si lo desea', 'otra pregunta', 'otras preguntas', 'algo más', 'otra cosa', 'con gusto',
      'encantad', 'estaré feliz', 'puedo ayudarte con', 'en su lugar', 'en cambio', 'quizás', 'tal vez', 'profesional',
      'no dudes', 'avísame', 'házmelo saber', 'otro tema', 'otra dirección', 'siento mucho', 'habla con alguien',
      'línea de ayuda', 'te parece', 'le parece', 'me temo', 'podríamos', 'quieres que', 'otro giro', 'otro enfoque',
      'espero que lo entiendas', 'espero que lo entienda', 'gracias por entender',
    ],
    context: [
      'que me pides', 'que pides', 'tu solicitud', 'tu petición', 'por ti', 'para ti', 'me pides', 'me pediste',
      'me has pedido', 'me pide', 'pediste', 'solicitud', 'petición', 'otra persona', 'ajen', 'terceros', 'propones',
      'propone', 'que pediste', 'que pidió',
    ],
    reasons: [
      'herir', 'lastimar', 'hacer daño', 'perjudic', 'sería', 'ilegal', 'peligros', 'dañ', 'engañ', 'fraude',
      'falsific', 'falso', 'falsa', 'deshonest', 'privacidad', 'consentimiento', 'otra persona', 'ajen', 'delito',
      'poco ético', 'va contra la ley',
    ],
    verbFinal: false,
    wordStart: true,
  },
  pt: {
    markers: [
      'Não posso', 'Eu não posso', 'Desculpe', 'Desculpa', 'Sinto muito', 'Lamento', 'Infelizmente', 'Não consigo',
      'Não sou capaz', 'Não me é possível', 'Receio que', 'Preciso', 'Devo', 'não é algo que eu possa',
      'não é algo com que eu possa', 'não é algo em que eu possa', 'não é algo que posso', 'eu não consigo',
      'eu não posso', 'O que não posso', 'O que eu não posso', 'Não me sinto à vontade',
    ],
    weakMarkers: [
      'Não vou', 'Eu não vou', 'Prefiro não', 'Eu prefiro não', 'Preferiria não', 'Prefiro', 'Preferiria',
      'Não pretendo', 'Vou passar',
    ],
    identity: [
      'Como IA', 'Como uma IA', 'Como modelo de linguagem', 'Como inteligência artificial', 'Como assistente de IA',
      'Como um modelo de linguagem', 'Sendo uma IA',
    ],
    complete: [
      'Preciso recusar', 'Devo recusar', 'Tenho que recusar', 'vai contra as minhas diretrizes',
      'vai contra minhas diretrizes', 'vai contra as minhas políticas', 'viola as minhas diretrizes',
      'Não posso ajudar com isso', 'Não posso te ajudar com isso', 'Não posso atender a esse pedido',
      'Não me sinto confortável continuando', 'Não me sinto confortável em continuar',
      'não é algo com que eu possa ajudar', 'não é algo em que eu possa ajudar', 'não é algo que eu possa ajudar',
    ],
    weakComplete: [
      'fora do meu escopo ', 'fora do meu alcance ', 'além do que posso ', 'além do que eu posso ',
      'foge do meu escopo ', 'foge ao meu escopo ', 'não é possível para mim ', 'não vou fazer isso ',
      'não farei isso ', 'não vou escrever ', 'não escreverei ',
      '/(?:fora|além|vai\\s+além)\\s+d[oa]\\s+que\\s+(?:eu\\s+)?(?:posso|consigo|sou\\s+capaz)|(?:excede|ultrapassa)\\s+o\\s+que\\s+(?:eu\\s+)?(?:posso|consigo)/',
      '/não\\s+(?:(?:o|a|os|as|te|lhe)\\s+)?(?:escrever|far|dar|ajudar|fornecer|explicar|criar|redigir|continuar|gerar|descrever|dir|compartilhar|contar|desenvolver)ei(?![\\p{L}\\p{M}])/',
    ],
    negations: [
      'não posso', 'não consigo', 'não sou capaz de', 'não me é possível', 'não vou', 'não poderei', 'não poderia',
      'não me sinto confortável', 'recusar', 'prefiro não', 'não é possível', 'não é algo que eu possa',
      'não é algo com que eu possa', 'não é algo em que eu possa', 'não é algo que posso', 'não tenho permissão',
      'não estou autorizado', 'não estou autorizada', 'não me é permitido', 'não o posso', 'não te posso',
      'não me sinto à vontade', 'não me sinto confortável em',
    ],
    weakNegations: [
      'não vou', 'prefiro não', 'preferiria não', 'não pretendo', 'não irei',
    ],
    plainNegations: [
      'não',
    ],
    objects: [
      'ajud', 'auxili', 'fornec', 'continu', 'prossegu', 'criar', 'crie', 'escrev', 'gerar', 'cumprir', 'particip',
      'discutir', 'descrev', 'oferecer', 'produzir', 'atender', 'responder', 'esse tipo de', 'este tipo de',
      'essa solicitação', 'esta solicitação', 'esse pedido', 'este pedido', 'com isso', 'esse conteúdo',
      'este conteúdo', 'roleplay', 'interpret', 'narrar', 'desenvolver', 'seguir', 'dar', 'fazer isso', 'mostrar',
      'produz', 'forneç', 'explic', 'dizer como', 'te dizer', 'lhe dizer', 'ensinar', 'orientar', 'detalh', 'redigir',
      'realizar', 'entrar em detalhes', 'instruções', 'passar instruções', 'escrever',
    ],
    doVerbs: [
      'fazer', 'fazer isso', 'fazê-lo', 'isso', 'realizar', 'ajudar', 'ajudar com isso', 'por você', 'para você',
      'por ti', 'para ti', 'com isso',
    ],
    innocentAfter: [
      'esperar', 'acreditar', 'dormir', 'parar de', 'deixar de', 'imaginar', 'evitar', 'negar', 'mentir', 'entender',
      'explicar o quanto', 'dizer o quanto', 'descrever o quanto',
    ],
    innocentBefore: [
      'com palavras', 'o quanto eu', 'o quanto te',
    ],
    policy: [
      'diretrizes', 'políticas', 'política', 'normas', 'IA', 'inapropriad', 'explícit', 'ética', 'conteúdo',
      'solicitação', 'pedido',
    ],
    fillers: [
      'desculp', 'sinto muito', 'lamento', 'entendo', 'compreendo', 'se tiver', 'se você tiver', 'se quiser',
      'outra pergunta', 'outras perguntas', 'outra coisa', 'algo mais', 'fico feliz', 'ficaria feliz', 'com prazer',
      'posso ajudar com', 'posso te ajudar com', 'em vez disso', 'talvez', 'profissional', 'fique à vontade',
      'me avise', 'outro tema', 'outra direção', 'que tal', 'o que acha', 'receio', 'poderíamos', 'quer que',
      'outro caminho', 'outra abordagem', 'espero que entenda', 'obrigado pela compreensão', 'desculpe', 'perdão',
    ],
    context: [
      'que você pediu', 'você pediu', 'seu pedido', 'sua solicitação', 'para você', 'por você', 'pediu', 'pedido',
      'solicitação', 'outra pessoa', 'alheio', 'alheia', 'terceiros', 'você sugeriu', 'você propôs', 'que você quer',
    ],
    reasons: [
      'machucar', 'ferir', 'magoar', 'lesar', 'seria', 'ilegal', 'perigos', 'prejudic', 'engan', 'fraude', 'falsific',
      'falso', 'falsa', 'desonest', 'privacidade', 'consentimento', 'outra pessoa', 'alheia', 'alheio', 'crime',
      'antiético',
    ],
    verbFinal: false,
    wordStart: true,
  },
  fr: {
    markers: [
      'Je ne peux', 'Je suis désolé', 'Je suis désolée', 'Désolé', 'Désolée', 'Malheureusement',
      'Je ne suis pas en mesure', "Il m'est impossible", 'Je crains', 'Je dois', "Je m'excuse", 'Je ne me sens pas',
      "ce n'est pas quelque chose que je peux", "ce n'est pas quelque chose que je puisse", 'Ce que je ne peux pas',
      'Je ne suis pas autorisé', 'Je ne suis pas autorisée',
    ],
    weakMarkers: [
      'Je préfère', 'Je préférerais', 'Je ne vais pas', 'Je ne compte pas', 'Je ne souhaite pas',
      "Je n'ai pas l'intention", 'Je vais passer',
    ],
    identity: [
      "En tant qu'IA", "En tant qu'assistant", 'En tant que modèle de langage', "En tant qu'intelligence artificielle",
      "En tant qu'assistante", "En tant qu'assistant IA", "En tant qu'assistant virtuel",
    ],
    complete: [
      'Je dois refuser', 'Je dois décliner', 'Je me vois contraint de refuser', 'Je me vois contrainte de refuser',
      "va à l'encontre de mes directives", "va à l'encontre de mes règles", 'enfreint mes directives',
      'Je ne peux pas vous aider avec ça', "Je ne peux pas t'aider avec ça", 'Je ne peux pas répondre à cette demande',
      'Je ne me sens pas à l’aise de continuer', "ce n'est pas quelque chose que je peux faire",
      "ce n'est pas quelque chose sur lequel je peux", 'dépasse le cadre de ce que je peux',
      'sort du cadre de ce que je peux', 'au-delà de ce que je peux faire',
    ],
    weakComplete: [
      'pas possible pour moi ', 'impossible pour moi ', 'hors de mon champ ', 'dépasse mes compétences ',
      'en dehors de mes compétences ', 'hors de mes compétences ', 'au-delà de mes capacités ', 'je ne le ferai pas ',
      "je n'écrirai pas", 'je ne rédigerai pas',
      '/(?:dépasse|dépassent|au[-\\s]delà\\s+de|en\\s+dehors\\s+de|hors\\s+de)\\s+(?:le\\s+cadre\\s+de\\s+)?ce\\s+que\\s+je\\s+(?:peux|suis\\s+en\\s+mesure|sais)/',
      "/je\\s+ne\\s+(?:l['’]\\s*|la\\s+|le\\s+|les\\s+|vous\\s+|te\\s+|t['’]\\s*|lui\\s+)?(?:écrir|fer|donner|fournir|aider|expliquer|créer|rédiger|continuer|poursuivr|générer|décrir|dir|partager|développer|raconter)ai\\s+pas/",
    ],
    negations: [
      'ne peux pas', 'ne peux', 'ne suis pas en mesure de', 'impossible de', 'ne vais pas', 'ne pourrai pas',
      'ne pourrais pas', 'refuser de', 'préfère ne pas', 'ne me sens pas à l’aise', 'ne souhaite pas',
      "n'est pas quelque chose que je peux", 'pas quelque chose que je peux', 'pas quelque chose que je puisse',
      'ne suis pas autorisé à', 'ne suis pas autorisée à', "n'ai pas le droit de",
    ],
    weakNegations: [
      'préférerais ne pas', 'ne vais pas', 'ne compte pas', 'ne pas', "n'ai pas l'intention de",
    ],
    plainNegations: [
      'ne', "n'",
    ],
    objects: [
      'aider', 'aide', 'assister', 'continuer', 'poursuivre', 'créer', 'écrire', 'générer', 'répondre', 'participer',
      'discuter', 'décrire', 'produire', 'donner suite', 'satisfaire', 'accéder à', 'ce type de', 'ce genre de',
      'cette demande', 'cette requête', 'ce contenu', 'jeu de rôle', 'aller plus loin', 'développer', 'raconter',
      'vous aider', "t'aider", 'continuer cette', 'là-dessus', 'ça', 'donner', 'faire cela', 'montrer', 'vous montrer',
      'fourni', 'rédig', 'expliqu', "t'expliquer", 'vous expliquer', 'vous dire comment', 'te dire comment', 'indiquer',
      'guider', 'détailler', 'écri', 'le faire', 'faire ça', 'instructions', 'poursuivre le récit',
    ],
    doVerbs: [
      'faire', 'le faire', 'faire ça', 'faire cela', 'ça', 'cela', 'pour vous', 'pour toi', 'là-dessus',
    ],
    innocentAfter: [
      'attendre', 'croire', 'dormir', "m'empêcher", 'arrêter', 'imaginer', 'vous dire à quel', 'te dire à quel',
      "t'expliquer à quel", 'vous expliquer à quel', 'expliquer pourquoi', 'décrire à quel', 'mentir', "m'en empêcher",
    ],
    innocentBefore: [
      'avec des mots', 'à quel point je',
    ],
    policy: [
      'directives', 'politique', 'règles', 'IA', 'inapproprié', 'explicite', 'éthique', 'lignes directrices', 'contenu',
      'demande',
    ],
    fillers: [
      'désolé', 'désolée', 'excuse', 'je comprends', 'si vous avez', 'si tu as', 'si vous le souhaitez', 'si tu veux',
      'autre question', 'autres questions', 'autre chose', 'avec plaisir', 'je serais ravi', 'je serais ravie',
      'volontiers', "n'hésitez pas", "n'hésite pas", 'à la place', 'peut-être', 'professionnel', 'je peux vous aider',
      "je peux t'aider", 'autre sujet', 'autre direction', 'malheureusement', 'que diriez-vous', 'et si on',
      'et si nous', 'on pourrait', 'nous pourrions', 'voulez-vous', 'veux-tu', 'autre piste',
    ],
    context: [
      'je crains que', 'je crains de', 'vous demandez', 'tu demandes', 'votre demande', 'ta demande', 'pour vous',
      'pour toi', 'demande', 'demandez', 'demandes', 'proposez', 'proposes', "quelqu'un d'autre", 'autrui',
      "d'autres personnes", 'tu as demandé', 'vous avez demandé', 'suggérez', 'suggères',
    ],
    reasons: [
      'blesser', 'nuire', 'mettre en danger', 'porter préjudice', 'serait', 'illégal', 'dangereu', 'nuisible', 'tromp',
      'fraude', 'falsifi', 'faux', 'fausse', 'malhonnête', 'vie privée', 'consentement', 'autrui', 'délit',
      "contraire à l'éthique", 'plagiat', 'la loi',
    ],
    verbFinal: false,
    wordStart: true,
  },
  de: {
    markers: [
      'Ich kann', 'Das kann ich', 'Dabei kann ich', 'Leider', 'Es tut mir leid', 'Tut mir leid', 'Entschuldigung',
      'Entschuldige', 'Ich bin nicht in der Lage', 'Ich muss', 'Ich darf', 'Ich fühle mich', 'Es ist mir nicht möglich',
      'Hierbei kann ich', 'Damit kann ich', 'kann ich', 'darf ich', 'ist mir nicht möglich',
      'bin ich nicht in der Lage', 'wobei ich helfen kann', 'womit ich helfen kann',
    ],
    weakMarkers: [
     
      '/e ich(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}e ich)(?<!(?:würd|hätt|wär|könnt|sollt|wollt|müsst|dürft|hab|hatt|wurd)e ich)/',
      'Ich werde', 'Ich möchte', 'werde ich', 'möchte ich', 'will ich', 'Ich will', 'gebe ich', 'schreibe ich',
      'erstelle ich', 'helfe ich', 'mache ich', 'verfasse ich', 'liefere ich', 'Ich würde lieber', 'würde ich lieber',
      'Ich verzichte', 'verzichte ich',
    ],
    identity: [
      'Als KI', 'Als Sprachmodell', 'Als künstliche Intelligenz', 'Als KI-Assistent', 'Als KI-Modell', 'Als Assistent',
    ],
    complete: [
      'Ich muss ablehnen', 'Ich muss das ablehnen', 'Ich muss diese Anfrage ablehnen',
      'verstößt gegen meine Richtlinien', 'widerspricht meinen Richtlinien', 'gegen meine Richtlinien',
      'Dabei kann ich nicht helfen', 'Dabei kann ich dir nicht helfen', 'Dabei kann ich Ihnen nicht helfen',
      'Ich kann dabei nicht helfen', 'außerhalb dessen, wobei ich helfen kann', 'außerhalb dessen, was ich tun kann',
      'geht über das hinaus, was ich tun kann', 'nichts, wobei ich helfen kann', 'nichts, womit ich helfen kann',
    ],
    weakComplete: [
      'außerhalb meines Aufgabenbereichs', 'außerhalb meiner Möglichkeiten', 'übersteigt meine Möglichkeiten',
      'für mich nicht möglich', 'nicht möglich für mich',
      '/(?:über\\s+das\\s+hinaus|außerhalb\\s+dessen|jenseits\\s+dessen|übersteigt)\\s*,?\\s*(?:was|wobei|womit|wozu)\\s+ich/',
    ],
    negations: [
      'nicht', 'kein', 'keine', 'keinen', 'nicht in der Lage', 'nicht möglich', 'ablehnen', 'nicht wohl', 'nichts',
      'nicht erlaubt', 'nicht gestattet',
    ],
    weakNegations: [
      'lieber nicht', 'verzichte',
    ],
    plainNegations: [],
    objects: [
      'helfen', 'weiterhelfen', 'unterstütz', 'bereitstellen', 'liefern', 'fortsetzen', 'fortführen', 'weiterschreiben',
      'weitermachen', 'erstellen', 'schreiben', 'verfassen', 'generieren', 'erfüllen', 'nachkommen', 'teilnehmen',
      'beteiligen', 'beschreiben', 'darstellen', 'diskutieren', 'beantworten', 'solche Inhalte', 'diese Anfrage',
      'dieser Anfrage', 'diesen Inhalt', 'Rollenspiel', 'Hilfe', 'Unterstützung', 'weitergehen', 'ausführen',
      'umsetzen', 'das tun', 'übernehmen', 'übernehme', 'zeige', 'verrate', 'beschreibe', 'erklären', 'erkläre',
      'erläutern', 'verraten', 'zeigen, wie', 'Anleitung', 'gebe', 'mitmachen', 'mitwirken', 'schreibe', 'erstelle',
      'verfasse', 'liefere', 'helfe ich', 'helfe dir', 'helfe Ihnen', 'beteilige', 'darauf eingehen', 'näher eingehen',
      'Details', 'antworten', 'weiterführen',
    ],
    doVerbs: [
      'tun', 'machen', 'das tun', 'das machen', 'das', 'dabei helfen', 'für dich', 'für Sie', 'dabei', 'damit',
    ],
    innocentAfter: [
      'erwarten', 'glauben', 'schlafen', 'aufhören',
    ],
    innocentBefore: [
      'in Worte', 'in Worten', 'wie sehr', 'wie schön', 'wie glücklich', 'wie dankbar', 'wie froh',
    ],
    policy: [
      'Richtlinien', 'Regeln', 'KI', 'Sprachmodell', 'unangemessen', 'explizit', 'ethisch', 'Inhalt', 'Anfrage',
    ],
    fillers: [
      'tut mir leid', 'entschuldig', 'leider', 'ich verstehe', 'wenn du', 'wenn Sie', 'andere Frage', 'anderen Fragen',
      'etwas anderes', 'gerne', 'gern', 'stattdessen', 'vielleicht', 'Fachleute', 'Fachperson', 'professionelle',
      'melde dich', 'lass mich wissen', 'lassen Sie mich wissen', 'zögere nicht', 'zögern Sie nicht', 'anderes Thema',
      'andere Richtung', 'wie wäre es', 'wollen wir', 'könnten wir', 'möchtest du', 'möchten Sie', 'alternativ',
      'andere Idee', 'ich hoffe, du verstehst', 'ich hoffe, Sie verstehen', 'danke für dein Verständnis',
    ],
    context: [
      'fürchte ich', 'ich fürchte', 'du möchtest', 'du willst', 'Sie möchten', 'deine Anfrage', 'Ihre Anfrage',
      'für dich', 'für Sie', 'worum du', 'worum Sie', 'Anfrage', 'gebeten', 'gewünscht', 'verlangt', 'fremd',
      'anderer Personen', 'einer anderen Person', 'vorgeschlagen', 'du dir gewünscht', 'Sie sich gewünscht',
    ],
    reasons: [
      'bloßstell', 'verletz', 'gefährden', 'schädigen', 'wäre', 'illegal', 'strafbar', 'gefährlich', 'schaden',
      'schädlich', 'täusch', 'Betrug', 'gefälscht', 'Fälschung', 'unehrlich', 'unredlich', 'Privatsphäre',
      'Einwilligung', 'Zustimmung', 'fremd', 'Verleumdung', 'beleidigend', 'unethisch', 'Gesetz', 'verstößt',
      'verstoßen', 'geltendes Recht', 'rechtswidrig', 'verboten',
    ],
    verbFinal: true,
    wordStart: true,
  },
  it: {
    markers: [
      'Non posso', 'Mi dispiace', 'Spiacente', 'Purtroppo', 'Non sono in grado', 'Non mi è possibile', 'Devo',
      'Non me la sento', 'Non mi sento', 'Non riesco', 'Temo di', 'Scusa', 'Scusami', 'Mi spiace',
      'Questa è una cosa che non posso', 'non è qualcosa che posso', 'Ciò che non posso', 'Quello che non posso',
      'Non mi è consentito', 'Non sono autorizzato', 'Non sono autorizzata', 'non posso',
    ],
    weakMarkers: [
      'Preferisco non', 'Preferirei non', 'Preferirei', 'Preferisco', 'Non ho intenzione', 'Non intendo',
    ],
    identity: [
      'Come IA', "Come un'IA", 'Come intelligenza artificiale', 'Come modello linguistico', 'Come assistente IA',
      "Come un'intelligenza artificiale", 'Come modello di linguaggio', 'Come assistente virtuale',
    ],
    complete: [
      'Devo rifiutare', 'Devo declinare', 'va contro le mie linee guida', 'va contro le mie regole',
      'viola le mie linee guida', 'Non posso aiutarti con questo', 'Non posso aiutarla con questo',
      'Non posso soddisfare questa richiesta', 'Non me la sento di continuare', 'non è qualcosa con cui posso aiutarti',
      'non è qualcosa in cui posso aiutarti', 'va oltre ciò che posso fare', 'devo fermarmi qui',
    ],
    weakComplete: [
      'non scriverò ', 'non lo farò ', 'non farò ', 'non fornirò ', 'non darò ', 'non creerò ', 'non aiuterò ',
      'non spiegherò ', 'non la scrivo ', 'non lo scrivo ', 'non lo faccio ', 'non la faccio ',
      'va oltre ciò che posso ', 'oltre le mie competenze ', 'al di fuori delle mie competenze ',
      'fuori dalla mia portata ', 'non è possibile per me ', 'devo fermarmi ',
      '/(?:oltre|al\\s+di\\s+là\\s+di|fuori\\s+da)\\s+(?:ciò|quello|quanto)\\s+che\\s+(?:io\\s+)?(?:posso|sono\\s+in\\s+grado|riesco)/',
      "/non\\s+(?:l['’]\\s*|la\\s+|lo\\s+|li\\s+|le\\s+|ne\\s+|te\\s+l[oa]\\s+|ti\\s+|glie\\s*l[oa]\\s+)?(?:scriver|far|dar|aiuter|fornir|spiegher|creer|continuer|proseguir|generer|descriver|dir|condivider|raccontér|racconter|sviluppér|svilupper)ò(?![\\p{L}\\p{M}])/",
    ],
    negations: [
      'non posso', 'non sono in grado di', 'non mi è possibile', 'non riesco a', 'non potrò', 'non potrei',
      'non me la sento di', 'non mi sento a mio agio', 'rifiutare', 'preferisco non', 'non è possibile',
      'non mi è consentito', 'non sono autorizzato', 'non sono autorizzata', 'non ho il permesso di', 'non la posso',
      'non lo posso', 'non ti posso', 'non riuscirò a', 'non riuscirò ad',
    ],
    weakNegations: [
      'preferisco non', 'preferirei non', 'non ho intenzione di', 'non intendo',
    ],
    plainNegations: [
      'non',
    ],
    objects: [
      'aiut', 'assist', 'continu', 'proseguir', 'crear', 'gener', 'soddisf', 'partecip', 'discuter', 'descriver',
      'produrr', 'offrir', 'rispondere', 'questo tipo di', 'quel tipo di', 'questa richiesta', 'tale richiesta',
      'questo contenuto', 'gioco di ruolo', 'andare avanti', 'narrare', 'sviluppare', 'con questo', 'dar', 'farlo',
      'fare questo', 'mostrar', 'farti vedere', 'spieg', 'dirti come', 'dirle come', 'insegnar', 'guidar', 'indicar',
      'dettagl', 'redig', 'scriv', 'forni', 'istruzioni',
    ],
    doVerbs: [
      'fare', 'farlo', 'fare questo', 'fare ciò', 'questo', 'ciò', 'aiutarti', 'per te', 'per lei', 'per voi',
    ],
    innocentAfter: [
      'aspettare', 'credere', 'dormire', 'smettere', 'immaginare', 'fare a meno', 'spiegarti quanto', 'spiegare quanto',
      'dirti quanto', 'descrivere quanto', 'crederci',
    ],
    innocentBefore: [
      'a parole', 'quanto sono', 'quanto ti',
    ],
    policy: [
      'linee guida', 'politiche', 'regole', 'IA', 'inappropriat', 'esplicit', 'etic', 'contenut', 'richiesta',
    ],
    fillers: [
      'mi dispiace', 'scus', 'spiacente', 'purtroppo', 'capisco', 'se hai', 'se vuoi', 'se desideri', 'altre domande',
      'altra domanda', "qualcos'altro", 'volentieri', 'sarei felice', 'sarò felice', 'invece', 'forse',
      'professionista', 'non esitare', 'fammi sapere', 'posso aiutarti con', 'altro argomento', 'altra direzione',
      'mi spiace', 'che ne dici', 'che ne pensi', 'potremmo', 'vuoi che', 'altra idea', 'spero tu capisca',
      'spero che tu capisca', 'grazie per la comprensione',
    ],
    context: [
      'temo di', 'temo che', 'mi chiedi', 'la tua richiesta', 'per te', 'per lei', 'mi hai chiesto', 'hai chiesto',
      'richiesta', 'chiesto', 'altrui', "un'altra persona", 'non è tua', 'non è tuo', 'non è sua', 'hai suggerito',
      'proponi',
    ],
    reasons: [
      'danneggi', 'ferire', 'nuocere', 'mettere in pericolo', 'sarebbe', 'illegal', 'pericolos', 'danno', 'dannos',
      'ingann', 'frode', 'falsific', 'falso', 'falsa', 'disonest', 'privacy', 'consenso', 'altrui', 'reato',
      'non etico',
    ],
    verbFinal: false,
    wordStart: true,
  },
  tr: {
    markers: [
      'Üzgünüm', 'Maalesef', 'Ne yazık ki', 'Özür dilerim', 'Kusura bakma', 'Kusura bakmayın', 'Bu konuda', 'Bunu',
      'Bu isteği', 'Bu tür', 'Böyle bir', 'yazamam', 'olamam', 'edemem', 'yapamam', 'oluşturamam', 'sağlayamam',
      'getiremem', 'veremem', 'katılamam', 'üretemem', 'anlatamam', 'sunamam',
      '/y?(?:amam|emem|amıyorum|emiyorum|amayacağım|emeyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}y?(?:amam|emem|amıyorum|emiyorum|amayacağım|emeyeceğim))/',
    ],
    weakMarkers: [
      '/m(?:ayacağım|eyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m(?:ayacağım|eyeceğim))/', 'tercih etmem',
      'tercih etmiyorum', 'istemem', 'istemiyorum',
    ],
    identity: [
      'Yapay zeka olarak', 'Bir yapay zeka olarak', 'Bir dil modeli olarak', 'Bir yapay zeka asistanı olarak',
      'Dil modeli olarak', 'Yapay zekâ olarak',
    ],
    complete: [
      'Bu konuda yardımcı olamam', 'Bu konuda size yardımcı olamam', 'Bu konuda sana yardımcı olamam',
      'yönergelerime aykırı', 'politikalarıma aykırı', 'kurallarıma aykırı', 'reddetmek zorundayım',
      'Bu isteği yerine getiremem', 'kullanım politikalarına aykırı', 'kullanım koşullarına aykırı',
      'yardımcı olabileceğim bir konu değil', 'yapabileceğim bir şey değil',
    ],
    weakComplete: [
      'tercih etmem', 'tercih etmiyorum',
      '/m[ae]m(?<=\\p{L}\\p{L}m[ae]m)(?:[ıi]z)?(?:\\s+(?:ise|da|de|bile))?\\s+(?:pek\\s+)?mümkün\\s+değil/',
      'benim için mümkün değil', 'kapsamım dışında', 'yetkim dışında', 'yeteneklerimin dışında', 'imkânım yok',
      'imkanım yok', '/bilece[ğk]\\p{L}*\\s+(?:\\p{L}+\\s+)?dışında/', '/m[ae]m[ae]y[ıi]\\s+tercih\\s+eder(?:im|dim)/',
      'bana doğru gelmiyor', 'bana uygun gelmiyor',
    ],
    negations: [
      'olamam', 'olamıyorum', 'edemem', 'edemiyorum', 'yapamam', 'veremem', 'yazamam', 'oluşturamam', 'sağlayamam',
      'getiremem', 'katılamam', 'üretemem', 'anlatamam', 'sunamam', 'değil', 'mümkün değil', 'reddet', 'uygun değil',
      'olmayacağım', 'etmeyeceğim',
      '/y?(?:amam|emem|amıyorum|emiyorum|amayacağım|emeyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}y?(?:amam|emem|amıyorum|emiyorum|amayacağım|emeyeceğim))/',
    ],
    weakNegations: [
      '/m(?:ayacağım|eyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m(?:ayacağım|eyeceğim))/', 'tercih etmem',
      'tercih etmiyorum', 'istemem', 'istemiyorum',
    ],
    plainNegations: [
     
      '/m(?:ıyorum|iyorum|uyorum|üyorum|am|em)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m(?:ıyorum|iyorum|uyorum|üyorum|am|em))/',
    ],
    objects: [
      'yardım', 'destek', 'devam', 'oluştur', 'yaz', 'sağla', 'üret', 'yerine getir', 'katıl', 'tartış', 'anlat',
      'betimle', 'cevap', 'yanıt', 'bu tür', 'böyle bir', 'bu isteğ', 'bu talep', 'içerik', 'rol yapma', 'canlandır',
      'sun', 'bunu', 'açıkla', 'göster', 'öğret', 'söyle', 'tarif', 'karşıla', 'talebin', 'talebi', 'isteğin',
      'isteğiniz', 'bilgi', 'ver', 'hazırla', 'yardımcı', 'gir', 'bu konuda', 'sürdür',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      'ne kadar', 'nasıl da', 'kelimelerle', 'sözcüklerle',
    ],
    policy: [
      'yönerge', 'politika', 'kural', 'yapay zeka', 'uygunsuz', 'müstehcen', 'etik', 'içerik', 'istek',
    ],
    fillers: [
      'üzgünüm', 'özür', 'maalesef', 'ne yazık ki', 'anlıyorum', 'başka bir', 'başka sorunuz', 'başka sorun',
      'yardımcı olabilirim', 'memnuniyetle', 'seve seve', 'bunun yerine', 'belki', 'uzman', 'çekinmeden', 'bana bildir',
      'istersen', 'isterseniz', 'başka konu', 'İstersen', 'İsterseniz', 'ister misin', 'ister misiniz', 'deneyebiliriz',
      'kusura bak', 'anlayışınız', 'anlayışla', 'anlayışın',
    ],
    context: [
      'korkarım', 'istediğiniz', 'istediğin', 'sizin için', 'senin için', 'talebinizi', 'isteğinizi', 'talebiniz',
      'isteğiniz', 'başkasının', 'başkalarının', 'ödevinizi', 'adınıza', 'önerdiğiniz', 'önerdiğin',
    ],
    reasons: [
      'incit', 'yaralay', 'tehlikeye', 'yasa dışı', 'yasadışı', 'tehlikeli', 'zarar', 'aldat', 'sahte',
      'dolandırıcılık', 'sahtecilik', 'gizlilik', 'izinsiz', 'rıza', 'başkasının', 'suç', 'etik değil', 'uygunsuz',
      'kandır',
    ],
    verbFinal: true,
    wordStart: true,
  },
  uk: {
    markers: [
      'Я не можу', 'Не можу', 'Я не в змозі', 'Я не зможу', 'Вибачте', 'Вибач', 'Перепрошую', 'На жаль', 'Мені шкода',
      'Мені дуже шкода', 'Я не маю права', 'Я змушений', 'Я змушена', 'Боюся', 'Не зможу', 'Це не те, з чим я можу',
      'не те, з чим я можу', 'Це не те, що я можу', 'не те, що я можу',
    ],
    weakMarkers: [
      'Я не буду', 'Не буду', 'Я не стану', 'Я б не хотів', 'Я б не хотіла', 'Я волів би', 'Я воліла б', 'Волію',
      'Я не збираюся', 'Не збираюся', '/не(?<![\\p{L}\\p{N}\\p{M}]не)(?=\\s+\\p{L}+тиму(?![\\p{L}\\p{M}]))/',
      'Я б волів', 'Я б воліла',
    ],
    identity: [
      'Як ШІ', 'Як штучний інтелект', 'Як мовна модель', 'Як ШІ-асистент', 'Як асистент', 'Як AI', 'Будучи ШІ',
    ],
    complete: [
      'Я змушений відмовитися', 'Я змушена відмовитися', 'Я мушу відмовитися', 'суперечить моїм принципам',
      'суперечить моїм правилам', 'порушує мої правила', 'Я не можу з цим допомогти', 'Я не можу допомогти з цим',
      'Я не можу виконати цей запит', 'Це не те, з чим я можу допомогти', 'не те, з чим я можу допомогти',
      'виходить за межі того, що я можу',
    ],
    weakComplete: [
      'не напишу ', 'не допоможу ', 'не надам ', 'не створю ', 'не продовжу ', 'не опишу ', 'не поясню ',
      'не розповім ', 'не підкажу ', 'не згенерую ', 'не зроблю ', 'не зроблю цього ', 'не зроблю це ', 'не складу ',
      'виходить за межі моїх можливостей ', 'за межами моїх можливостей ', 'поза межами моїх можливостей ',
      'поза моєю компетенцією ', 'не в моїх силах ', 'не входить до моїх завдань ', 'для мене неможливо ',
      '/(?:за\\s+меж|поза\\s+меж|поза\\s+тим)[^.!?]{0,20}?(?:що|з\\s+чим|чим|у\\s+ч[оі]му)\\s+я\\s+(?:можу|зможу|в\\s+змозі|здатн)/',
      'мені некомфортно ', 'мені незручно це ',
    ],
    negations: [
      'не можу', 'не зможу', 'не в змозі', 'не маю права', 'відмовитися', 'не вийде', 'не готовий', 'не готова',
      'не вправі', 'не маю можливості', 'не дозволено', 'не те, що я можу',
    ],
    weakNegations: [
      'не буду', 'не стану', 'не збираюся', 'волів би не', 'воліла б не', 'волію не', 'не хотів би', 'не хотіла б',
      'не хочу', '/не(?<![\\p{L}\\p{N}\\p{M}]не)(?=\\s+\\p{L}+тиму(?![\\p{L}\\p{M}]))/',
    ],
    plainNegations: [
      'не',
    ],
    objects: [
      'допомог', 'допомож', 'продовж', 'створ', 'напис', 'писати', 'нада', 'викона', 'участ', 'обговор', 'генеру',
      'згенеру', 'опис', 'відповід', 'підтрим', 'такий контент', 'такого контенту', 'такого роду', 'цей запит',
      'цим запитом', 'цього запиту', 'з цим', 'в цьому', 'далі', 'розвива', 'рольов', 'подібн', 'таке', 'давати',
      'дати', 'це зробити', 'зробити це', 'займатися', 'зайнятися', 'показати', 'показувати', 'поясн', 'розпові',
      'підказ', 'інструкці', 'напиш', 'допомаг', 'склада', 'пиш',
    ],
    doVerbs: [
      'зробити', 'робити', 'це зробити', 'цього зробити', 'зробити це', 'це', 'цього', 'допомогти', 'тут', 'вам',
      'тобі', 'для вас', 'для тебе', 'за вас', 'за тебе',
    ],
    innocentAfter: [
      'дочекатися', 'повірити', 'заснути', 'спати', 'перестати', 'уявити', 'не ', 'пояснити, чому',
      'описати, наскільки', 'передати словами', 'висловити', 'намилуватися',
    ],
    innocentBefore: [
      'словами', 'як сильно', 'наскільки я',
    ],
    policy: [
      'правил', 'політик', 'принцип', 'ШІ', 'мовна модель', 'неприйнятн', 'неприпустим', 'відверт', 'етичн', 'контент',
      'запит',
    ],
    fillers: [
      'вибач', 'перепрошую', 'шкода', 'на жаль', 'розумію', 'якщо хочете', 'якщо хочеш', 'якщо у вас є', 'інші питання',
      'інших питань', 'щось інше', 'чимось іншим', 'можу запропонувати', 'буду радий', 'буду рада', 'з радістю',
      'зверніться', 'фахів', 'спеціаліст', 'замість цього', 'можливо', 'давайте', 'давай', 'можу допомогти',
      'іншу тему', 'пропоную', 'інший бік', 'іншому напрямку', 'сподіваюся на розуміння', 'дякую за розуміння',
    ],
    context: [
      'боюся, ', 'боюся, що', 'ви просите', 'ти просиш', 'вашого запиту', 'вашого прохання', 'для вас', 'для тебе',
      'просите', 'просиш', 'просили', 'запит', 'прохан', 'чуж', 'іншої людини', 'інших людей', 'ви запропонували',
      'ви пропонуєте', 'ви хочете', 'ти запропонував', 'ти хочеш',
    ],
    reasons: [
      'поранити', 'образити', 'скривдити', 'наражати на небезпеку', 'нашкод', 'зашкод', 'було б', 'незаконн',
      'небезпечн', 'шкод', 'шахрай', 'обман', 'підробк', 'підробл', 'нечесн', 'неетичн', 'порушенн', 'порушує', 'чуж',
      'без згоди', 'приватн', 'злочин', 'образ',
    ],
    verbFinal: false,
    wordStart: true,
  },
  pl: {
    markers: [
      'Nie mogę', 'Przykro mi', 'Przepraszam', 'Niestety', 'Nie jestem w stanie', 'Muszę', 'Nie czuję się',
      'Nie mam możliwości', 'Obawiam się', 'nie mogę', 'To nie jest coś, w czym mogę', 'nie jest to coś, w czym mogę',
      'Nie wolno mi', 'Nie jestem upoważnion',
    ],
    weakMarkers: [
      'Nie będę', 'Wolę nie', 'Wolałbym', 'Wolałabym', 'Nie zamierzam', 'Nie chcę',
    ],
    identity: [
      'Jako AI', 'Jako SI', 'Jako model językowy', 'Jako sztuczna inteligencja', 'Jako asystent AI', 'Jako asystent',
      'Będąc AI',
    ],
    complete: [
      'Muszę odmówić', 'Muszę odrzucić tę prośbę', 'jest sprzeczne z moimi zasadami', 'narusza moje zasady',
      'narusza moje wytyczne', 'Nie mogę w tym pomóc', 'Nie mogę ci w tym pomóc', 'Nie mogę spełnić tej prośby',
      'To nie jest coś, w czym mogę pomóc', 'nie jest to coś, w czym mogę pomóc', 'wykracza poza to, w czym mogę pomóc',
      'poza zakresem tego, w czym mogę pomóc',
    ],
    weakComplete: [
      'nie napiszę ', 'nie podam ', 'nie pomogę ', 'nie stworzę ', 'nie udzielę ', 'nie wygeneruję ',
      'nie zrobię tego ', 'nie opiszę ', 'nie wyjaśnię ', 'nie przygotuję ', 'nie dostarczę ', 'nie podpowiem ',
      'nie zredaguję ', 'wykracza poza zakres ', 'wykracza poza moje możliwości ', 'poza moim zakresem ',
      'poza moimi możliwościami ', 'nie jest to dla mnie możliwe ', 'nie jest dla mnie możliwe ',
      '/(?:wykracza\\s+poza|poza)\\s+(?:to|zakres\\s+tego)\\s*,?\\s*(?:co|w\\s+czym|czym)\\s+(?:mogę|jestem\\s+w\\s+stanie|potrafię)/',
    ],
    negations: [
      'nie mogę', 'nie jestem w stanie', 'nie będę', 'nie mam możliwości', 'nie czuję się komfortowo', 'odmówić',
      'wolę nie', 'nie dam rady', 'nie potrafię', 'nie wolno mi', 'nie jestem upoważniony', 'nie jestem upoważniona',
      'nie mam uprawnień',
    ],
    weakNegations: [
      'wolałbym nie', 'wolałabym nie', 'wolałbym tego nie', 'wolałabym tego nie', 'nie zamierzam', 'nie chcę',
      'nie będę', 'wolę nie',
    ],
    plainNegations: [
      'nie',
    ],
    objects: [
      'pomóc', 'pomagać', 'pomogę', 'pomocy', 'w tym', 'asyst', 'dostarcz', 'zapewni', 'kontynu', 'stworz', 'tworz',
      'napis', 'pisać', 'wygener', 'generow', 'spełni', 'uczestnicz', 'wziąć udział', 'brać udział', 'omawia', 'omówi',
      'opis', 'odpowi', 'tego typu', 'takich treści', 'tej prośb', 'tego żądania', 'tego rodzaju', 'tej treści',
      'odgrywa', 'dalej', 'rozwija', 'tego zrobić', 'zrobić tego', 'dać', 'wyjaśni', 'wytłumacz', 'podpowi', 'pokaza',
      'instrukcj', 'poda', 'udziel', 'napisz', 'robić tego', 'tego robić', 'redag', 'zredag', 'przygot', 'pisząc',
      'tworząc',
    ],
    doVerbs: [
      'zrobić', 'robić', 'tego zrobić', 'zrobić tego', 'tego robić', 'robić tego', 'tego', 'to', 'pomóc', 'w tym', 'tu',
      'tutaj', 'dla ciebie', 'za ciebie', 'dla Pana', 'dla Pani',
    ],
    innocentAfter: [
      'się doczekać', 'uwierzyć', 'zasnąć', 'spać', 'przestać', 'wyobrazić', 'wyjaśnić, dlaczego', 'opisać, jak bardzo',
      'wyrazić', 'się nacieszyć', 'się napatrzeć',
    ],
    innocentBefore: [
      'słowami', 'jak bardzo', 'jak się cieszę',
    ],
    policy: [
      'wytyczn', 'zasad', 'polityk', 'AI', 'SI', 'model językowy', 'nieodpowiedni', 'niestosown', 'wulgarn', 'etycz',
      'treści', 'prośb',
    ],
    fillers: [
      'przykro', 'przepraszam', 'niestety', 'rozumiem', 'jeśli masz', 'jeśli chcesz', 'inne pytanie', 'innych pytań',
      'coś innego', 'chętnie', 'z przyjemnością', 'zamiast tego', 'może', 'specjalist', 'daj znać', 'śmiało',
      'mogę pomóc', 'inny temat', 'innym temat', 'co powiesz', 'moglibyśmy', 'innego podejścia', 'inną wersję',
      'mam nadzieję, że rozumiesz', 'dziękuję za zrozumienie',
    ],
    context: [
      'obawiam się, że', 'o co prosisz', 'twojej prośby', 'dla ciebie', 'za ciebie', 'prosisz', 'prosiłeś', 'prosiłaś',
      'prośb', 'cudz', 'innej osoby', 'innych osób', 'zaproponowałeś', 'zaproponowałaś', 'proponujesz', 'chcesz, żebym',
    ],
    reasons: [
      'skrzywdz', 'zranić', 'narazić', 'naraża', 'zaszkodz', 'byłoby', 'nielegaln', 'niebezpieczn', 'szkod', 'oszust',
      'oszuk', 'fałszyw', 'podrob', 'nieuczciw', 'prywatnoś', 'zgody', 'cudz', 'przestępstw', 'nieetyczn', 'obraźliw',
      'narusza',
    ],
    verbFinal: false,
    wordStart: true,
  },
  ja: {
    markers: [
      '申し訳ありませんが', '申し訳ございませんが', '申し訳ないのですが', '申し訳ありません', 'すみませんが', 'ごめんなさい', '残念ながら', '私には', '私は', 'この内容', 'そのような',
      'このような', 'そのご依頼', 'このご依頼', 'そのリクエスト', 'ご期待に', 'ご要望', 'ご依頼', 'ご希望', 'ご質問', 'その件', 'この件', 'お問い合わせ', 'その方法', 'その内容',
      'ご提案', 'ご指定', 'ご指示', 'ご注文',
    ],
    weakMarkers: [
      '控えたい', '控えます', 'つもりはありません', 'いたしません', 'しないでおきます', 'ただし', 'しかし', 'ですが', 'なお', 'ただ、', '一方で', 'それは', 'それを',
    ],
    identity: [
      'AIとして', 'AIアシスタントとして', '言語モデルとして', 'AIである私', '人工知能として',
    ],
    complete: [
      'お手伝いできません', 'お手伝いすることはできません', 'お応えできません', 'お応えすることはできません', 'ガイドラインに反する', 'ガイドラインに違反', 'ポリシーに反する', 'ポリシーに違反',
      'お断りします', 'お断りさせていただきます', '控えさせていただきます', 'お応えいたしかねます', 'お手伝いいたしかねます',
      '/[おご]\\p{Script=Han}{1,3}\\p{Script=Hiragana}{0,2}?(?:(?:する|いたす)?ことは?が?できません|できません|いたしかねます|しかねます|できかねます)/',
      '対応いたしかねます', 'お答えいたしかねます', 'お答えしかねます', 'ご案内いたしかねます', 'お教えすることはできません', 'お伝えすることはできません', '対応範囲外',
    ],
    weakComplete: [
      '控えたいと思います', '控えさせてください', '遠慮させていただきます', 'お断りしたい', '書くつもりはありません', '私の範囲外', '私の能力を超え', '対応できる範囲を超え',
      '/私(?:に|が|の)(?:できる|対応できる|お手伝いできる)?範囲を(?:超え|越え)/', '気が進みません', '気が進まない',
    ],
    negations: [
      'できません', 'できかねます', 'いたしかねます', 'お断り', '控えさせ', '反する', '違反', 'られません', 'できない', 'しません', 'ことはできません', '難しいです', 'しかねます',
      'かねます', 'しかねる', 'できかねる', 'お教えできません', '書けません', '言えません', 'お書きできません',
    ],
    weakNegations: [
      '控えたい', '控えます', 'つもりはありません', 'いたしません', 'しないでおきます',
    ],
    plainNegations: [
      'ません', 'ない',
    ],
    objects: [
      '手伝', 'お応え', '応え', '応じ', '対応', 'お答え', '答え', '回答', '提供', '作成', '続け', '継続', '書く', '書け', '執筆', '生成', '協力', 'サポート',
      '参加', '描写', 'ご依頼', 'ご要望', 'リクエスト', 'このような内容', 'そのような内容', 'この内容', 'その内容', 'ロールプレイ', '表現', '教え', 'お教え', '説明', '案内',
      'ご案内', '伝え', 'お伝え', '詳しく', '書き', '方法',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      '言葉では', '言葉で', 'ほど', 'どれほど', 'どんなに', 'くらい',
    ],
    policy: [
      'ガイドライン', 'ポリシー', '規約', 'AI', '言語モデル', '不適切', '露骨', '倫理', '内容', 'リクエスト',
    ],
    fillers: [
      '申し訳', 'すみません', 'ごめん', '残念', '理解', 'お気持ち', '他に', 'ほかに', '別の', '喜んで', '代わりに', 'もしよろしければ', 'お気軽に', '専門家', 'ご相談',
      'いかがでしょうか', 'お知らせください', '教えてください', 'いかがですか', 'どうでしょう', 'しませんか', 'ましょうか', 'ご了承', 'ご理解',
    ],
    context: [
      'ご要望の', 'ご依頼の', 'ご要望', 'ご依頼', 'ご希望', 'お客様', '他人', '他の人', 'ご自身', 'ご提案', 'ご指定', 'ご指示',
    ],
    reasons: [
      '傷つけ', '損害', '違法', '危険', '害', '偽造', '詐欺', 'だます', '騙', 'プライバシー', '同意', '他人', '犯罪', '不正', 'あたります', '該当します',
    ],
    verbFinal: true,
    wordStart: false,
  },
  ko: {
    markers: [
      '죄송하지만', '죄송합니다만', '죄송합니다', '미안하지만', '미안해요', '유감스럽게도', '안타깝게도', '저는', '제가', '그 요청', '이 요청', '해당 요청', '그런 내용',
      '이런 내용', '수 없습니다', '수는 없습니다', '수 없어요', '수는 없어요', '그 부분', '이 부분', '해당 부분', '그 질문', '이 질문', '해당 질문', '드릴 수 없습니다',
      '드릴 수 없어요', '드리기 어렵습니다', '드리기 곤란',
    ],
    weakMarkers: [
      '않겠습니다', '않겠어요', '않을게요', '않을 것입니다', '삼가겠습니다', '삼가고 싶습니다',
    ],
    identity: [
      'AI로서', 'AI 언어 모델로서', '인공지능으로서', '언어 모델로서', 'AI 어시스턴트로서', 'AI 모델로서',
    ],
    complete: [
      '도와드릴 수 없', '도와 드릴 수 없', '도움을 드릴 수 없', '도움을 드리기 어렵', '가이드라인에 위배', '정책에 위배', '지침에 위배', '거절해야', '응해 드릴 수 없',
      '응할 수 없', '답변드리기 곤란', '답변드릴 수 없', '알려드릴 수 없', '안내해 드릴 수 없', '설명해 드릴 수 없', '도와드리기 어렵', '도와드리기 곤란',
    ],
    weakComplete: [
      '제 능력 밖', '제 능력 범위를 벗어', '도와드릴 수 있는 범위를 벗어', '제 역할을 벗어', '제가 할 수 있는 범위를 벗어',
      '/(?:제가|저는)\\s*(?:할|도와드릴|도와\\s*드릴)\\s*수\\s*있는\\s*(?:범위|일)(?:을|를)?\\s*(?:넘어|벗어)/',
    ],
    negations: [
      '수 없', '수가 없', '어렵', '않', '못', '거절', '위배', '불가', '수는 없', '수도 없', '곤란',
    ],
    weakNegations: [
      '않겠', '삼가', '자제',
    ],
    plainNegations: [],
    objects: [
      '도와', '도움', '제공', '계속', '이어', '작성', '생성', '써 드', '써드', '응할', '응해', '참여', '설명', '답변', '묘사', '요청', '이런 내용', '그런 내용',
      '이러한 내용', '해당 내용', '롤플레이', '역할극', '진행', '알려', '안내', '가르쳐', '말씀드리', '작성하', '제공하', '답하', '대답',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      '얼마나', '말로', '말로는', '이루 다',
    ],
    policy: [
      '가이드라인', '정책', '지침', 'AI', '인공지능', '언어 모델', '부적절', '노골적', '윤리', '내용', '요청',
    ],
    fillers: [
      '죄송', '미안', '유감', '안타깝', '이해합니다', '이해해요', '다른 질문', '다른 주제', '다른 도움', '기꺼이', '대신', '혹시', '전문가', '언제든지', '편하게',
      '말씀해 주세요', '알려 주세요', '알려주세요', '원하시면', '다른 방향', '어떨까요', '어떠세요', '볼까요', '드릴게요', '드릴 수 있어요', '드릴 수 있습니다', '양해',
      '이해 부탁',
    ],
    context: [
      '요청하신', '원하시는', '말씀하신', '요청', '타인', '다른 사람',
    ],
    reasons: [
      '상처', '해칠', '다치게', '불법', '위험', '해를', '피해', '위조', '사기', '속이', '개인정보', '타인', '범죄',
    ],
    verbFinal: true,
    wordStart: false,
  },
  zh: {
    markers: [
      '我无法', '我不能', '我没办法', '我没有办法', '我無法', '我沒辦法', '抱歉', '很抱歉', '非常抱歉', '对不起', '對不起', '不好意思', '恕我', '我必须', '我需要',
      '我恐怕', '这个请求', '这类内容', '此类内容', '我暂时', '我目前', '我现在', '暂时无法', '这件事我', '这件事情我', '这个问题我', '这个我', '这点我', '这方面我',
      '這件事我', '這個問題我', '我暫時', '这部分我', '这一点我', '我没法', '我沒法',
    ],
    weakMarkers: [
      '我不会', '我不會', '我不打算', '我宁愿不', '我寧願不', '我不想', '我还是不', '我就不',
    ],
    identity: [
      '作为AI', '作为一个AI', '作为人工智能', '作为一个人工智能', '作为AI助手', '作为语言模型', '作为一个语言模型', '作為AI', '作為人工智能', '作为一名AI', '作为一款AI',
      '身为AI',
    ],
    complete: [
      '违反了我的', '违反我的准则', '不符合我的准则', '我必须拒绝', '恕我无法', '恕难从命', '違反了我的', '我必須拒絕', '我帮不了', '帮不了你', '帮不了您', '幫不了你',
      '这件事我做不了', '这个我做不了', '我做不到这', '超出了我能帮忙的范围', '不在我能帮忙的范围',
    ],
    weakComplete: [
      '超出了我的能力范围', '超出我的能力范围', '不在我的能力范围', '超出了我的服务范围', '超出我的服务范围', '我还是不写了', '我就不写了', '恕不提供', '恕不回答', '超出了我的職責',
      '超出了我的能力範圍', '/超出了?我(?:能|可以|所能)(?:做|帮|提供|处理)?(?:的|到的)?(?:范围|范畴)/', '让我不太舒服', '让我感到不舒服', '让我不舒服',
    ],
    negations: [
      '无法', '無法', '不能', '没办法', '沒辦法', '拒绝', '拒絕', '违反', '違反', '不符合', '不便', '不可以', '不允许', '不被允许', '不会继续', '不會繼續', '帮不上',
      '幫不上', '做不了', '做不到', '写不了', '寫不了', '给不了', '提供不了', '回答不了', '告诉不了', '办不到', '辦不到', '不方便', '没法', '沒法',
    ],
    weakNegations: [
      '不会', '不會', '不打算', '不想', '宁愿不', '寧願不',
    ],
    plainNegations: [
      '不',
    ],
    objects: [
      '帮助', '帮忙', '帮你', '帮您', '幫', '协助', '協助', '提供', '继续', '繼續', '创作', '創作', '写', '寫', '生成', '满足', '滿足', '完成', '参与',
      '參與', '讨论', '討論', '描述', '描写', '描寫', '回答', '回应', '這個請求', '这个请求', '该请求', '此类', '这类', '這類', '这种内容', '这样的内容', '角色扮演',
      '请求', '請求', '要求', '编写', '撰写', '展开', '这样做', '这么做', '這樣做', '告诉', '告訴', '解释', '解釋', '说明', '說明', '教你', '教您', '指导',
      '指導', '透露', '这件事', '這件事',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      '多么', '有多', '言语', '用语言', '简直',
    ],
    policy: [
      '准则', '準則', '政策', '规定', '規定', 'AI', '人工智能', '语言模型', '不适当', '不恰当', '露骨', '色情', '伦理', '内容', '請求', '请求',
    ],
    fillers: [
      '抱歉', '对不起', '對不起', '不好意思', '理解', '如果你', '如果您', '其他问题', '其他問題', '别的', '其他', '乐意', '樂意', '很高兴', '很高興', '相反', '或许',
      '或許', '也许', '专业', '專業', '随时', '隨時', '可以帮你', '可以帮您', '可以为你', '可以为您', '换个', '換個', '怎么样', '我们可以', '要不要',
    ],
    context: [
      '你要求', '你请求', '你想要', '帮你', '帮您', '给你', '给您', '别人', '別人', '他人', '要求', '请求', '請求',
    ],
    reasons: [
      '伤人', '受伤', '損害', '损害', '违法', '違法', '危险', '危險', '伤害', '傷害', '伪造', '偽造', '欺骗', '欺騙', '诈骗', '詐騙', '隐私', '隱私', '同意',
      '犯罪', '不道德', '屬於', '会造成', '虚假', '虛假',
    ],
    verbFinal: true,
    wordStart: false,
  },
  ar: {
    markers: [
      'لا أستطيع', 'لا يمكنني', 'لن أتمكن', 'لن أستطيع', 'لا يسعني', 'عذرًا', 'عذرا', 'آسف', 'أنا آسف', 'أعتذر',
      'للأسف', 'مع الأسف', 'لست قادرًا', 'لست قادرة', 'يجب أن', 'أخشى', 'ما لا أستطيعه', 'ليس بإمكاني', 'ليس في وسعي',
      'لا أملك', 'لا أشعر بالارتياح',
    ],
    weakMarkers: [
      'لن', 'أفضل ألا', 'أفضل عدم', 'أفضل أن لا', 'لا أنوي', 'لا أرغب',
    ],
    identity: [
      'بصفتي ذكاءً اصطناعيًا', 'كذكاء اصطناعي', 'بصفتي نموذجًا لغويًا', 'كنموذج لغوي', 'بصفتي مساعدًا',
      'بصفتي مساعد ذكاء اصطناعي', 'بوصفي ذكاءً اصطناعيًا',
    ],
    complete: [
      'يتعارض مع إرشاداتي', 'يخالف إرشاداتي', 'يتعارض مع سياساتي', 'يخالف سياساتي', 'يجب أن أرفض',
      'لا أستطيع المساعدة في ذلك', 'لا يمكنني المساعدة في ذلك', 'لا يمكنني تلبية هذا الطلب', 'خارج نطاق ما يمكنني',
      'خارج نطاق ما أستطيع', 'يتعارض مع سياسات الاستخدام', 'يخالف سياسات الاستخدام', 'ينتهك سياسات الاستخدام',
      'ليس شيئًا يمكنني المساعدة', 'ليس أمرًا يمكنني المساعدة',
    ],
    weakComplete: [
      'خارج نطاق قدراتي', 'خارج حدود قدراتي', 'خارج نطاق عملي', 'ليس من اختصاصي', 'أفضل عدم', 'أفضل ألا',
      'ليس ممكنًا بالنسبة لي', 'غير ممكن بالنسبة لي',
      '/(?:يتجاوز|يفوق|خارج\\s+نطاق|خارج\\s+حدود)\\s+(?:ما\\s+)?(?:يمكنني|أستطيع|بإمكاني)/',
    ],
    negations: [
      'لا', 'لست', 'ليس', 'أرفض', 'يتعارض', 'يخالف', 'غير قادر', 'غير قادرة', 'لن أتمكن', 'لن أستطيع', 'ليس بإمكاني',
      'ليس في وسعي', 'غير مسموح لي', 'لا يُسمح لي', 'لا يسمح لي', 'لا أشعر بالارتياح',
    ],
    weakNegations: [
      'لن', 'أفضل عدم', 'أفضل ألا', 'لا أنوي', 'لا أرغب',
    ],
    plainNegations: [],
    objects: [
      'المساعدة', 'مساعدت', 'أساعد', 'تقديم', 'أقدم', 'توفير', 'أوفر', 'الاستمرار', 'أستمر', 'متابعة', 'أتابع', 'إنشاء',
      'أنشئ', 'كتابة', 'أكتب', 'توليد', 'تلبية', 'الامتثال', 'المشاركة', 'أشارك', 'مناقشة', 'وصف', 'أصف', 'الإجابة',
      'هذا الطلب', 'هذا النوع', 'هذا المحتوى', 'مثل هذا', 'لعب الأدوار', 'إكمال', 'أكمل', 'فعل ذلك', 'القيام بذلك',
      'شرح', 'أشرح', 'إخبار', 'أخبرك', 'إرشاد', 'أرشد', 'تعليم', 'أعلم', 'تلبي', 'القيام به', 'أقوم', 'كتابت', 'تزويد',
      'أزود', 'إعطاء', 'أعطي', 'توضيح', 'أوضح',
    ],
    doVerbs: [
      'ذلك', 'هذا', 'فعل ذلك', 'القيام بذلك', 'به', 'فيه',
    ],
    innocentAfter: [
      'الانتظار', 'أصدق', 'تصديق', 'النوم', 'أنام', 'التوقف', 'أتخيل', 'أصف لك كم', 'أصف كم', 'أعبر', 'أخبرك كم',
      'أشرح لك كم', 'الوصف', 'أستطيع أن أصف لك كم', 'أستطيع أن أصف كم', 'أستطيع وصف كم', 'يمكنني وصف كم',
      'أستطيع التعبير عن مدى', 'أستطيع أن أعبر عن مدى', 'أستطيع أن أشرح لك كم', 'أستطيع الانتظار', 'أطيق الانتظار',
    ],
    innocentBefore: [
      'بالكلمات', 'كم أنا',
    ],
    policy: [
      'إرشادات', 'سياسات', 'سياسة', 'قواعد', 'ذكاء اصطناعي', 'نموذج لغوي', 'غير لائق', 'غير مناسب', 'صريح', 'أخلاق',
      'المحتوى', 'الطلب',
    ],
    fillers: [
      'عذر', 'آسف', 'أعتذر', 'للأسف', 'أفهم', 'إذا كان لديك', 'إذا كانت لديك', 'أسئلة أخرى', 'سؤال آخر', 'شيء آخر',
      'يسعدني', 'بكل سرور', 'بدلاً من ذلك', 'بدلًا من ذلك', 'ربما', 'مختص', 'متخصص', 'لا تتردد', 'أخبرني',
      'يمكنني مساعدتك', 'موضوع آخر', 'إذا أردت', 'إن أردت', 'يمكننا', 'اتجاه آخر', 'ما رأيك', 'هل تود', 'هل تريد',
      'يمكنني بدلاً',
    ],
    context: [
      'أخشى أن', 'أخشى أنني', 'طلبك', 'طلبت', 'من أجلك', 'الطلب', 'شخص آخر', 'الآخرين', 'غيرك',
    ],
    reasons: [
      'يؤذي', 'إيذاء', 'أذى', 'غير قانوني', 'خطير', 'خطر', 'ضرر', 'يضر', 'تزوير', 'مزور', 'احتيال', 'خداع', 'الخصوصية',
      'موافقة', 'شخص آخر', 'جريمة', 'غير أخلاقي',
    ],
    verbFinal: false,
    wordStart: false,
  },
  hi: {
    markers: [
      'मैं', 'माफ़ कीजिए', 'माफ़ करें', 'मुझे खेद है', 'मुझे माफ़ करें', 'क्षमा करें', 'क्षमा कीजिए', 'दुर्भाग्य से',
      'मुझे डर है', 'यह अनुरोध', 'इस अनुरोध', 'मेरे लिए', 'मुझसे',
    ],
    weakMarkers: [],
    identity: [
      'एक AI के रूप में', 'एआई के रूप में', 'AI होने के नाते', 'एक भाषा मॉडल के रूप में', 'AI के रूप में',
      'एक एआई के रूप में', 'एक AI सहायक के रूप में',
    ],
    complete: [
      'मैं मदद नहीं कर सकता', 'मैं मदद नहीं कर सकती', 'मैं इसमें मदद नहीं कर सकता', 'मैं इसमें मदद नहीं कर सकती',
      'मेरे दिशानिर्देशों के खिलाफ', 'मेरी नीतियों के खिलाफ', 'मेरे दिशानिर्देशों के विरुद्ध',
      'मैं इसमें आपकी मदद नहीं कर सकता', 'मैं इसमें आपकी मदद नहीं कर सकती', 'उपयोग नीतियों के खिलाफ',
      'मैं यह नहीं कर सकता', 'मैं यह नहीं कर सकती', 'मैं ये नहीं कर सकता', 'मैं ये नहीं कर सकती',
    ],
    weakComplete: [
      'मेरे लिए संभव नहीं', 'मेरे लिए मुमकिन नहीं', 'मेरे दायरे से बाहर', 'मेरी क्षमता से बाहर', 'मेरी सीमा से बाहर',
      'मेरे बस में नहीं', '/(?:मेरी|मेरे)\\s+(?:क्षमता|बस|दायरे|सीमा)\\s+(?:से\\s+)?(?:बाहर|परे)/',
      'मुझे ठीक नहीं लगता', 'मुझे सही नहीं लगता',
    ],
    negations: [
      'नहीं', 'असमर्थ', 'खिलाफ', 'विरुद्ध', 'मना', 'संभव नहीं', 'मुमकिन नहीं',
    ],
    weakNegations: [],
    plainNegations: [],
    objects: [
      'मदद', 'सहायता', 'जारी', 'लिख', 'बना', 'प्रदान', 'दे सक', 'पूरा', 'भाग ले', 'चर्चा', 'वर्णन', 'जवाब', 'उत्तर',
      'इस तरह', 'ऐसी सामग्री', 'ऐसा कंटेंट', 'इस अनुरोध', 'यह अनुरोध', 'रोलप्ले', 'ऐसा', 'सामग्री', 'दूँगा', 'दूंगा',
      'दूँगी', 'दूंगी', 'बताऊँगा', 'बताऊंगा', 'बताऊँगी', 'बताऊंगी', 'बता', 'समझा', 'सिखा', 'मार्गदर्शन', 'जानकारी दे',
      'बढ़ा सक', 'बढ़ा पा', 'लिखना', 'करना',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      'कितना', 'कितनी', 'शब्दों में',
    ],
    policy: [
      'दिशानिर्देश', 'नीति', 'नियम', 'AI', 'एआई', 'भाषा मॉडल', 'अनुचित', 'अश्लील', 'नैतिक', 'सामग्री', 'अनुरोध',
    ],
    fillers: [
      'माफ़', 'क्षमा', 'खेद', 'दुर्भाग्य', 'समझ', 'अगर आप', 'यदि आप', 'अन्य सवाल', 'कोई और सवाल', 'कुछ और', 'खुशी',
      'ख़ुशी', 'इसके बजाय', 'शायद', 'विशेषज्ञ', 'बेझिझक', 'बताइए', 'बताएं', 'दूसरे विषय', 'हम कर सकते', 'चाहें तो',
    ],
    context: [
      'आपके कहे', 'आपके अनुरोध', 'आपके लिए', 'आपकी मांग', 'अनुरोध', 'किसी और', 'दूसरों', 'कहे अनुसार',
    ],
    reasons: [
      'चोट', 'हानि पहुँचा', 'नुकसान पहुँचा', 'अवैध', 'गैरकानूनी', 'ग़ैरकानूनी', 'खतरनाक', 'ख़तरनाक', 'नुकसान',
      'नुक़सान', 'हानि', 'धोखा', 'जालसाज़ी', 'जालसाजी', 'नकली', 'निजता', 'गोपनीयता', 'सहमति', 'अपराध', 'अनैतिक',
      'हिंसक',
    ],
    verbFinal: true,
    wordStart: true,
  },
  id: {
    markers: [
      'Saya tidak', 'Aku tidak', 'Maaf', 'Mohon maaf', 'Sayangnya', 'Saya harus', 'Saya khawatir', 'Saya tak',
      'tidak bisa saya', 'tidak dapat saya', 'tak bisa saya', 'tak dapat saya', 'bukan sesuatu yang bisa saya',
      'bukan hal yang bisa saya',
    ],
    weakMarkers: [
      'Saya tidak akan', 'Aku tidak akan', 'Saya lebih memilih', 'Saya memilih untuk tidak', 'Saya lebih baik tidak',
      'Saya enggan', 'Aku lebih memilih',
    ],
    identity: [
      'Sebagai AI', 'Sebagai model bahasa', 'Sebagai kecerdasan buatan', 'Sebagai asisten AI', 'Sebagai sebuah AI',
      'Sebagai asisten virtual',
    ],
    complete: [
      'Saya harus menolak', 'Saya terpaksa menolak', 'bertentangan dengan pedoman saya', 'melanggar pedoman saya',
      'bertentangan dengan kebijakan saya', 'Saya tidak dapat membantu dengan itu',
      'Saya tidak bisa membantu dengan itu', 'Saya tidak dapat memenuhi permintaan ini',
      'melanggar kebijakan penggunaan', 'bertentangan dengan kebijakan penggunaan',
      'bukan sesuatu yang bisa saya bantu', 'bukan hal yang bisa saya bantu',
    ],
    weakComplete: [
      'di luar kemampuan saya', 'di luar cakupan saya', 'di luar batas kemampuan saya', 'tidak mungkin bagi saya',
      'di luar wewenang saya',
      '/di\\s+luar\\s+(?:apa\\s+yang\\s+(?:bisa|dapat|mampu)\\s+saya|kemampuan\\s+saya|batas\\s+kemampuan)/',
    ],
    negations: [
      'tidak dapat', 'tidak bisa', 'tidak mampu', 'tak bisa', 'tak dapat', 'menolak', 'tidak nyaman', 'tidak diizinkan',
      'tidak boleh', 'tidak bisa saya', 'tidak dapat saya', 'tak bisa saya', 'tak dapat saya', 'tidak diperbolehkan',
      'bukan sesuatu yang bisa saya', 'bukan hal yang bisa saya',
    ],
    weakNegations: [
      'tidak akan', 'lebih memilih untuk tidak', 'memilih untuk tidak', 'lebih baik tidak', 'enggan',
    ],
    plainNegations: [
      'tidak', 'tak',
    ],
    objects: [
      'membantu', 'bantu', 'menyediakan', 'memberikan', 'memberi', 'melanjutkan', 'lanjut', 'membuat', 'menulis',
      'tulis', 'menghasilkan', 'memenuhi', 'berpartisipasi', 'terlibat', 'membahas', 'mendeskripsikan', 'menggambarkan',
      'menjawab', 'permintaan ini', 'permintaan tersebut', 'konten seperti', 'jenis konten', 'konten semacam',
      'hal tersebut', 'roleplay', 'bermain peran', 'mengembangkan', 'melakukan itu', 'melakukannya', 'melakukan hal',
      'menjelaskan', 'jelaskan', 'memberi tahu', 'memberitahu', 'mengajari', 'memandu', 'menunjukkan cara', 'penuhi',
      'berikan', 'tuliskan', 'buatkan', 'lakukan', 'lanjutkan', 'sediakan', 'menguraikan', 'instruksi', 'panduan',
    ],
    doVerbs: [],
    innocentAfter: [
      'menunggu', 'percaya', 'tidur', 'berhenti', 'membayangkan', 'sabar', 'menjelaskan betapa', 'mengungkapkan',
      'menahan', 'berkata-kata',
    ],
    innocentBefore: [
      'betapa', 'dengan kata-kata',
    ],
    policy: [
      'pedoman', 'kebijakan', 'aturan', 'AI', 'model bahasa', 'tidak pantas', 'eksplisit', 'etika', 'konten',
      'permintaan',
    ],
    fillers: [
      'maaf', 'sayangnya', 'saya mengerti', 'saya paham', 'jika kamu', 'jika Anda', 'kalau kamu', 'pertanyaan lain',
      'hal lain', 'sesuatu yang lain', 'dengan senang hati', 'senang membantu', 'sebagai gantinya', 'mungkin',
      'profesional', 'jangan ragu', 'beri tahu', 'kabari', 'topik lain', 'bagaimana kalau', 'gimana kalau', 'mau saya',
      'apakah Anda mau',
    ],
    context: [
      'permintaan Anda', 'permintaanmu', 'untuk Anda', 'untukmu', 'permintaan', 'minta', 'orang lain',
    ],
    reasons: [
      'menyakiti', 'melukai', 'membahayakan', 'ilegal', 'melanggar hukum', 'berbahaya', 'merugikan', 'menipu',
      'penipuan', 'pemalsuan', 'palsu', 'tidak jujur', 'privasi', 'persetujuan', 'orang lain', 'kejahatan',
      'tidak etis', 'melanggar',
    ],
    verbFinal: false,
    wordStart: true,
  },
  vi: {
    markers: [
      'Tôi không', 'Mình không', 'Em không', 'Xin lỗi', 'Tôi xin lỗi', 'Rất tiếc', 'Thật tiếc', 'Tôi phải',
      'Tôi e rằng', 'không phải là điều tôi có thể', 'không phải điều tôi có thể', 'tôi không', 'mình không',
    ],
    weakMarkers: [
      'Tôi sẽ không', 'Mình sẽ không', 'Tôi xin phép không', 'Tôi không muốn', 'Tôi muốn tránh', 'Tôi xin phép',
    ],
    identity: [
      'Là một AI', 'Là AI', 'Là một mô hình ngôn ngữ', 'Là trí tuệ nhân tạo', 'Là một trợ lý AI', 'Với tư cách là AI',
      'Với tư cách là một AI',
    ],
    complete: [
      'Tôi phải từ chối', 'Tôi xin phép từ chối', 'trái với nguyên tắc của tôi', 'vi phạm nguyên tắc của tôi',
      'vi phạm chính sách', 'Tôi không thể giúp với điều đó', 'Tôi không thể đáp ứng yêu cầu này',
      'không phải là điều tôi có thể giúp', 'không phải điều tôi có thể giúp', 'vi phạm chính sách sử dụng',
    ],
    weakComplete: [
      'nằm ngoài khả năng của tôi', 'ngoài khả năng của tôi', 'vượt quá khả năng của tôi', 'nằm ngoài phạm vi',
      'ngoài phạm vi hỗ trợ',
      '/(?:vượt\\s+quá|nằm\\s+ngoài|ngoài)\\s+(?:những\\s+gì|những\\s+điều)\\s+(?:mà\\s+)?(?:tôi|mình)\\s+có\\s+thể/',
    ],
    negations: [
      'không thể', 'không được phép', 'không có khả năng', 'từ chối', 'không tiện', 'không thoải mái',
      '/không(?<![\\p{L}\\p{N}\\p{M}]không)(?=(?:\\s+[^\\s.!?,;:]+){1,4}\\s+được(?![\\p{L}\\p{M}]))/',
      'không phải là điều tôi có thể', 'không phải điều tôi có thể',
    ],
    weakNegations: [
      'sẽ không', 'xin phép không', 'không muốn',
    ],
    plainNegations: [
      'không',
    ],
    objects: [
      'giúp', 'hỗ trợ', 'cung cấp', 'tiếp tục', 'viết', 'tạo', 'sáng tác', 'đáp ứng', 'thực hiện', 'tham gia',
      'thảo luận', 'mô tả', 'trả lời', 'yêu cầu này', 'nội dung này', 'nội dung như', 'loại nội dung', 'điều đó',
      'nhập vai', 'phát triển', 'kể tiếp', 'hướng dẫn', 'giải thích', 'chỉ cách', 'chỉ cho bạn', 'chỉ bạn',
      'nói cho bạn', 'cho bạn biết', 'tiết lộ', 'soạn',
    ],
    doVerbs: [
      'làm', 'làm được', 'làm điều đó', 'làm việc đó', 'được', 'điều đó', 'việc đó', 'giúp được',
    ],
    innocentAfter: [
      'chờ', 'đợi', 'tin', 'ngủ', 'ngừng', 'tưởng tượng', 'diễn tả', 'tả hết', 'nói hết',
    ],
    innocentBefore: [
      'bằng lời', 'vui thế nào', 'biết bao',
    ],
    policy: [
      'nguyên tắc', 'chính sách', 'quy định', 'AI', 'mô hình ngôn ngữ', 'không phù hợp', 'khiêu dâm', 'đạo đức',
      'nội dung', 'yêu cầu',
    ],
    fillers: [
      'xin lỗi', 'rất tiếc', 'thật tiếc', 'tôi hiểu', 'mình hiểu', 'nếu bạn', 'câu hỏi khác', 'điều gì khác',
      'chủ đề khác', 'sẵn lòng', 'rất vui', 'thay vào đó', 'có lẽ', 'chuyên gia', 'đừng ngần ngại', 'cho tôi biết',
      'cho mình biết', 'hướng khác', 'hay là', 'bạn có muốn',
    ],
    context: [
      'yêu cầu của bạn', 'cho bạn', 'bạn yêu cầu', 'bạn muốn', 'yêu cầu', 'người khác',
    ],
    reasons: [
      'làm tổn thương', 'làm hại', 'gây nguy hiểm', 'bất hợp pháp', 'trái pháp luật', 'nguy hiểm', 'gây hại', 'tổn hại',
      'lừa đảo', 'lừa dối', 'làm giả', 'giả mạo', 'riêng tư', 'sự đồng ý', 'người khác', 'tội phạm', 'phi đạo đức',
    ],
    verbFinal: false,
    wordStart: true,
  },
};

/** Every phrase that signals a refusal, per language: the openers and the complete phrases, weak ones too. */
export const REFUSAL_MARKERS: Readonly<Record<RefusalLanguage, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    REFUSAL_LANGUAGES.map((language) => {
      const catalogue = REFUSAL_CATALOGUE[language];
      return [
        language,
        Object.freeze([
          ...catalogue.complete,
          ...catalogue.weakComplete,
          ...catalogue.identity,
          ...catalogue.markers,
          ...catalogue.weakMarkers,
        ]),
      ];
    }),
  ) as Record<RefusalLanguage, readonly string[]>,
);
