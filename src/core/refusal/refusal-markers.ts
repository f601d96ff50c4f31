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
 * Phrases are matched case-insensitively, with any apostrophe (' ’ ʼ) or none, any run of whitespace, ASCII or
 * full-width punctuation, Arabic diacritics and Devanagari nukta ignored — so write each phrase once, plainly.
 * Stems are matched from a word start ("continu" finds "continue", "continuing"), except in languages written
 * without word boundaries (ja, zh, ko) or with attached clitics (ar), where they are matched anywhere.
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
  /** Phrases that are a refusal on their own, wherever they open a sentence. */
  readonly complete: readonly string[];
  /** Negations that, next to an object, form the refusal core. Longest first is not required. */
  readonly negations: readonly string[];
  /** What models refuse to do (verb stems) or refuse about (this request, such content). */
  readonly objects: readonly string[];
  /** Words that, right after a negation, make it ordinary speech ("can't wait", "не могу поверить"). */
  readonly innocentAfter: readonly string[];
  /** Policy words: an in-character line in a roleplay is a model refusal only if it names one. */
  readonly policy: readonly string[];
  /** Apologies, empathy and offers of something else: the padding around a refusal, not content. */
  readonly fillers: readonly string[];
  /** Verb-final languages put the object before the negation ("お手伝い できません"): look on both sides. */
  readonly verbFinal: boolean;
  /** Whether stems must start a word (false where words are not separated, or take attached prefixes). */
  readonly wordStart: boolean;
}

// biome-ignore format: a data table reads better packed than one phrase per line
export const REFUSAL_CATALOGUE: Readonly<Record<RefusalLanguage, RefusalCatalogue>> = {
  en: {
    markers: [
      "I can't", 'I cannot', 'I can not', "I'm not", 'I am not', "I'm unable", 'I am unable', "I won't", 'I will not',
      "I'm sorry", 'I am sorry', 'Sorry', 'Unfortunately', "I'm afraid", 'I apologize', 'I apologise', 'As an AI',
      'As a language model', 'As an AI language model', 'As an AI assistant', "I don't", 'I do not', 'I must',
      "I'll have to", 'I have to', 'I need to', "I'd rather", 'I would rather', "I'm going to have to",
      "I'm really sorry", 'My apologies',
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
    ],
    negations: [
      "can't", 'cannot', 'can not', "won't", 'will not', 'not able to', 'unable to', 'not going to',
      "don't think I can", 'do not think I can', 'not comfortable', "don't feel comfortable", 'do not feel comfortable',
      'not allowed to', 'not permitted to', 'not in a position to', 'decline to', 'refuse to', 'rather not',
      'have to stop', 'need to stop', 'must stop', 'no longer able to', "won't be able to", 'will not be able to',
    ],
    objects: [
      'help', 'assist', 'provide', 'continu', 'create', 'creating', 'write', 'writing', 'comply', 'fulfil', 'engage',
      'generat', 'produc', 'participat', 'take part', 'discuss', 'describ', 'go on', 'go further', 'go any further',
      'proceed', 'roleplay', 'role-play', 'share', 'offer', 'support', 'facilitat', 'depict', 'portray', 'narrat',
      'draft', 'compose', 'answer', 'respond to', 'complete this', 'complete that', 'do that', 'make that',
      'this request', 'that request', 'your request', 'such content', 'that kind of', 'this kind of', 'that type of',
      'this type of', 'explicit', 'that content', 'this content', 'this scenario', 'that scenario', 'this roleplay',
      'this story', 'that story', 'this scene', 'that scene', 'further', 'take this', 'give',
    ],
    innocentAfter: [
      'wait', 'believe', 'stop', 'help but', 'help feeling', 'help thinking', 'help wondering', 'help noticing',
      'help smiling', 'help laughing', 'help myself', 'help it', 'imagine', 'stand', 'thank', 'express', 'tell you how',
      'get enough', 'even', 'sleep', 'remember', 'decide', 'seem to', 'find', 'see', 'hear', 'say enough', 'emphasize',
      'stress', 'overstate', 'promise', 'guarantee', 'agree more', 'recommend', 'go wrong',
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
      'I hope you understand', 'different topic', 'different direction', 'other ideas',
    ],
    verbFinal: false,
    wordStart: true,
  },
  ru: {
    markers: [
      'Я не могу', 'Не могу', 'Я не в состоянии', 'Я не смогу', 'Не смогу', 'Извините', 'Простите', 'К сожалению',
      'Мне жаль', 'Мне очень жаль', 'Как ИИ', 'Как языковая модель', 'Как искусственный интеллект', 'Как ИИ-ассистент',
      'Я не буду', 'Я не имею права', 'Я вынужден', 'Я вынуждена', 'Я должен', 'Я должна', 'Боюсь', 'Прошу прощения',
    ],
    complete: [
      'Я вынужден отказаться', 'Я вынуждена отказаться', 'Я должен отказаться', 'Я должна отказаться',
      'противоречит моим принципам', 'противоречит моим правилам', 'нарушает мои правила', 'нарушает правила',
      'Я не могу с этим помочь', 'Я не могу помочь с этим', 'Я не могу выполнить эту просьбу',
      'Я не могу выполнить этот запрос',
    ],
    negations: [
      'не могу', 'не смогу', 'не в состоянии', 'не буду', 'не имею права', 'не стану', 'отказаться', 'не получится',
      'не готов', 'не готова', 'нельзя', 'не вправе',
    ],
    objects: [
      'помо', 'помощ', 'продолж', 'созда', 'напис', 'писать', 'предостав', 'выполн', 'участв', 'обсужд', 'генерир',
      'сгенерир', 'описа', 'описыв', 'ответ', 'поддерж', 'такой контент', 'такого контента', 'такого рода',
      'этот запрос', 'этим запросом', 'эту просьбу', 'этой просьб', 'с этим', 'в этом', 'дальше', 'развива', 'отыгр',
      'ролев', 'сочин', 'такое', 'такие сцены', 'подобн', 'давать', 'дать', 'это сделать', 'сделать это',
    ],
    innocentAfter: [
      'дождаться', 'поверить', 'уснуть', 'спать', 'перестать', 'представить', 'налюбоваться', 'не ',
    ],
    policy: [
      'правил', 'политик', 'принцип', 'ИИ', 'языковая модель', 'неприемлем', 'недопустим', 'откровен', 'этическ',
      'контент', 'запрос',
    ],
    fillers: [
      'извин', 'прост', 'жаль', 'к сожалению', 'понимаю', 'если хотите', 'если хочешь', 'если у вас есть',
      'если у тебя есть', 'другие вопрос', 'чем-то другим', 'что-нибудь другое', 'что-то другое', 'могу предложить',
      'буду рад', 'буду рада', 'с радостью', 'обратитесь', 'обратись', 'специалист', 'вместо этого', 'может быть',
      'давайте', 'давай', 'могу помочь', 'другую тему', 'другой теме',
    ],
    verbFinal: false,
    wordStart: true,
  },
  es: {
    markers: [
      'No puedo', 'Lo siento', 'Lamento', 'Lamentablemente', 'Desafortunadamente', 'No me es posible', 'No soy capaz',
      'No estoy en condiciones', 'Como IA', 'Como una IA', 'Como modelo de lenguaje', 'Como inteligencia artificial',
      'Como asistente de IA', 'No voy a', 'Me temo que', 'Disculpa', 'Disculpe', 'Perdona', 'Perdón', 'Debo',
      'Tengo que', 'Prefiero no',
    ],
    complete: [
      'Debo rechazar', 'Tengo que rechazar', 'Debo declinar', 'va en contra de mis directrices',
      'va en contra de mis políticas', 'va en contra de mis normas', 'infringe mis directrices',
      'No puedo ayudar con eso', 'No puedo ayudarte con eso', 'No puedo cumplir con esta solicitud',
      'No me siento cómodo continuando', 'No me siento cómoda continuando',
    ],
    negations: [
      'no puedo', 'no me es posible', 'no soy capaz de', 'no estoy en condiciones de', 'no voy a', 'no podré',
      'no podría', 'no me siento cómodo', 'no me siento cómoda', 'rechazar', 'prefiero no', 'no es posible',
    ],
    objects: [
      'ayud', 'asist', 'proporcion', 'continu', 'seguir', 'crear', 'escrib', 'generar', 'cumplir', 'particip',
      'discutir', 'describ', 'ofrecer', 'brindar', 'produc', 'complacer', 'atender', 'responder', 'este tipo de',
      'ese tipo de', 'esta solicitud', 'esa solicitud', 'esta petición', 'esa petición', 'con eso', 'con esto',
      'este contenido', 'ese contenido', 'juego de rol', 'rol', 'narrar', 'desarrollar', 'avanzar', 'dar', 'hacer eso',
    ],
    innocentAfter: [
      'esperar', 'creer', 'dormir', 'dejar de', 'parar de', 'imaginar', 'evitar', 'negar',
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
      'línea de ayuda',
    ],
    verbFinal: false,
    wordStart: true,
  },
  pt: {
    markers: [
      'Não posso', 'Eu não posso', 'Desculpe', 'Desculpa', 'Sinto muito', 'Lamento', 'Infelizmente', 'Não consigo',
      'Não sou capaz', 'Não me é possível', 'Como IA', 'Como uma IA', 'Como modelo de linguagem',
      'Como inteligência artificial', 'Como assistente de IA', 'Não vou', 'Receio que', 'Preciso', 'Devo',
      'Prefiro não',
    ],
    complete: [
      'Preciso recusar', 'Devo recusar', 'Tenho que recusar', 'vai contra as minhas diretrizes',
      'vai contra minhas diretrizes', 'vai contra as minhas políticas', 'viola as minhas diretrizes',
      'Não posso ajudar com isso', 'Não posso te ajudar com isso', 'Não posso atender a esse pedido',
      'Não me sinto confortável continuando', 'Não me sinto confortável em continuar',
    ],
    negations: [
      'não posso', 'não consigo', 'não sou capaz de', 'não me é possível', 'não vou', 'não poderei', 'não poderia',
      'não me sinto confortável', 'recusar', 'prefiro não', 'não é possível',
    ],
    objects: [
      'ajud', 'auxili', 'fornec', 'continu', 'prossegu', 'criar', 'crie', 'escrev', 'gerar', 'cumprir', 'particip',
      'discutir', 'descrev', 'oferecer', 'produzir', 'atender', 'responder', 'esse tipo de', 'este tipo de',
      'essa solicitação', 'esta solicitação', 'esse pedido', 'este pedido', 'com isso', 'esse conteúdo',
      'este conteúdo', 'roleplay', 'interpret', 'narrar', 'desenvolver', 'seguir', 'dar', 'fazer isso',
    ],
    innocentAfter: [
      'esperar', 'acreditar', 'dormir', 'parar de', 'deixar de', 'imaginar', 'evitar', 'negar',
    ],
    policy: [
      'diretrizes', 'políticas', 'política', 'normas', 'IA', 'inapropriad', 'explícit', 'ética', 'conteúdo',
      'solicitação', 'pedido',
    ],
    fillers: [
      'desculp', 'sinto muito', 'lamento', 'entendo', 'compreendo', 'se tiver', 'se você tiver', 'se quiser',
      'outra pergunta', 'outras perguntas', 'outra coisa', 'algo mais', 'fico feliz', 'ficaria feliz', 'com prazer',
      'posso ajudar com', 'posso te ajudar com', 'em vez disso', 'talvez', 'profissional', 'fique à vontade',
      'me avise', 'outro tema', 'outra direção',
    ],
    verbFinal: false,
    wordStart: true,
  },
  fr: {
    markers: [
      'Je ne peux', 'Je suis désolé', 'Je suis désolée', 'Désolé', 'Désolée', 'Malheureusement',
      'Je ne suis pas en mesure', "Il m'est impossible", 'Je ne vais pas', "En tant qu'IA", "En tant qu'assistant",
      'En tant que modèle de langage', "En tant qu'intelligence artificielle", 'Je crains', 'Je dois', 'Je préfère',
      "Je m'excuse", 'Je ne me sens pas',
    ],
    complete: [
      'Je dois refuser', 'Je dois décliner', 'Je me vois contraint de refuser', 'Je me vois contrainte de refuser',
      "va à l'encontre de mes directives", "va à l'encontre de mes règles", 'enfreint mes directives',
      'Je ne peux pas vous aider avec ça', "Je ne peux pas t'aider avec ça", 'Je ne peux pas répondre à cette demande',
      'Je ne me sens pas à l’aise de continuer',
    ],
    negations: [
      'ne peux pas', 'ne peux', 'ne suis pas en mesure de', 'impossible de', 'ne vais pas', 'ne pourrai pas',
      'ne pourrais pas', 'refuser de', 'préfère ne pas', 'ne me sens pas à l’aise', 'ne souhaite pas',
    ],
    objects: [
      'aider', 'aide', 'assister', 'fournir', 'continuer', 'poursuivre', 'créer', 'écrire', 'rédiger', 'générer',
      'répondre', 'participer', 'discuter', 'décrire', 'produire', 'donner suite', 'satisfaire', 'accéder à',
      'ce type de', 'ce genre de', 'cette demande', 'cette requête', 'ce contenu', 'jeu de rôle', 'aller plus loin',
      'développer', 'raconter', 'vous aider', "t'aider", 'continuer cette', 'là-dessus', 'ça', 'donner', 'faire cela',
    ],
    innocentAfter: [
      'attendre', 'croire', 'dormir', "m'empêcher", 'arrêter', 'imaginer', 'vous dire à quel', 'te dire à quel',
    ],
    policy: [
      'directives', 'politique', 'règles', 'IA', 'inapproprié', 'explicite', 'éthique', 'lignes directrices', 'contenu',
      'demande',
    ],
    fillers: [
      'désolé', 'désolée', 'excuse', 'je comprends', 'si vous avez', 'si tu as', 'si vous le souhaitez', 'si tu veux',
      'autre question', 'autres questions', 'autre chose', 'avec plaisir', 'je serais ravi', 'je serais ravie',
      'volontiers', "n'hésitez pas", "n'hésite pas", 'à la place', 'peut-être', 'professionnel', 'je peux vous aider',
      "je peux t'aider", 'autre sujet', 'autre direction', 'malheureusement',
    ],
    verbFinal: false,
    wordStart: true,
  },
  de: {
    markers: [
      'Ich kann', 'Das kann ich', 'Dabei kann ich', 'Leider', 'Es tut mir leid', 'Tut mir leid', 'Entschuldigung',
      'Entschuldige', 'Ich bin nicht in der Lage', 'Ich werde', 'Als KI', 'Als Sprachmodell',
      'Als künstliche Intelligenz', 'Als KI-Assistent', 'Ich muss', 'Ich möchte', 'Ich darf', 'Ich fühle mich',
      'Es ist mir nicht möglich', 'Hierbei kann ich', 'Damit kann ich',
    ],
    complete: [
      'Ich muss ablehnen', 'Ich muss das ablehnen', 'Ich muss diese Anfrage ablehnen',
      'verstößt gegen meine Richtlinien', 'widerspricht meinen Richtlinien', 'gegen meine Richtlinien',
      'Dabei kann ich nicht helfen', 'Dabei kann ich dir nicht helfen', 'Dabei kann ich Ihnen nicht helfen',
      'Ich kann dabei nicht helfen',
    ],
    negations: [
      'nicht', 'kein', 'keine', 'keinen', 'nicht in der Lage', 'nicht möglich', 'ablehnen', 'lieber nicht',
      'nicht wohl', 'nichts',
    ],
    objects: [
      'helfen', 'weiterhelfen', 'unterstütz', 'bereitstellen', 'liefern', 'fortsetzen', 'fortführen', 'weiterschreiben',
      'weitermachen', 'erstellen', 'schreiben', 'verfassen', 'generieren', 'erfüllen', 'nachkommen', 'teilnehmen',
      'beteiligen', 'beschreiben', 'darstellen', 'diskutieren', 'beantworten', 'solche Inhalte', 'diese Anfrage',
      'dieser Anfrage', 'diesen Inhalt', 'Rollenspiel', 'Hilfe', 'Unterstützung', 'weitergehen', 'ausführen',
      'umsetzen', 'das tun', 'geben',
    ],
    innocentAfter: [
      'erwarten', 'glauben', 'schlafen', 'aufhören',
    ],
    policy: [
      'Richtlinien', 'Regeln', 'KI', 'Sprachmodell', 'unangemessen', 'explizit', 'ethisch', 'Inhalt', 'Anfrage',
    ],
    fillers: [
      'tut mir leid', 'entschuldig', 'leider', 'ich verstehe', 'wenn du', 'wenn Sie', 'andere Frage', 'anderen Fragen',
      'etwas anderes', 'gerne', 'gern', 'stattdessen', 'vielleicht', 'Fachleute', 'Fachperson', 'professionelle',
      'melde dich', 'lass mich wissen', 'lassen Sie mich wissen', 'zögere nicht', 'zögern Sie nicht', 'anderes Thema',
      'andere Richtung',
    ],
    verbFinal: true,
    wordStart: true,
  },
  it: {
    markers: [
      'Non posso', 'Mi dispiace', 'Spiacente', 'Purtroppo', 'Non sono in grado', 'Non mi è possibile', 'Come IA',
      "Come un'IA", 'Come intelligenza artificiale', 'Come modello linguistico', 'Come assistente IA', 'Devo',
      'Non me la sento', 'Non mi sento', 'Non riesco', 'Temo di', 'Preferisco non', 'Scusa', 'Scusami',
    ],
    complete: [
      'Devo rifiutare', 'Devo declinare', 'va contro le mie linee guida', 'va contro le mie regole',
      'viola le mie linee guida', 'Non posso aiutarti con questo', 'Non posso aiutarla con questo',
      'Non posso soddisfare questa richiesta', 'Non me la sento di continuare',
    ],
    negations: [
      'non posso', 'non sono in grado di', 'non mi è possibile', 'non riesco a', 'non potrò', 'non potrei',
      'non me la sento di', 'non mi sento a mio agio', 'rifiutare', 'preferisco non', 'non è possibile',
    ],
    objects: [
      'aiut', 'assist', 'fornir', 'continu', 'proseguir', 'crear', 'scriver', 'gener', 'soddisf', 'partecip',
      'discuter', 'descriver', 'produrr', 'offrir', 'rispondere', 'questo tipo di', 'quel tipo di', 'questa richiesta',
      'tale richiesta', 'questo contenuto', 'gioco di ruolo', 'andare avanti', 'narrare', 'sviluppare', 'con questo',
      'dar', 'farlo', 'fare questo',
    ],
    innocentAfter: [
      'aspettare', 'credere', 'dormire', 'smettere', 'immaginare', 'fare a meno',
    ],
    policy: [
      'linee guida', 'politiche', 'regole', 'IA', 'inappropriat', 'esplicit', 'etic', 'contenut', 'richiesta',
    ],
    fillers: [
      'mi dispiace', 'scus', 'spiacente', 'purtroppo', 'capisco', 'se hai', 'se vuoi', 'se desideri', 'altre domande',
      'altra domanda', "qualcos'altro", 'volentieri', 'sarei felice', 'sarò felice', 'invece', 'forse',
      'professionista', 'non esitare', 'fammi sapere', 'posso aiutarti con', 'altro argomento', 'altra direzione',
    ],
    verbFinal: false,
    wordStart: true,
  },
  tr: {
    markers: [
      'Üzgünüm', 'Maalesef', 'Ne yazık ki', 'Özür dilerim', 'Kusura bakma', 'Kusura bakmayın', 'Yapay zeka olarak',
      'Bir yapay zeka olarak', 'Bir dil modeli olarak', 'Bir yapay zeka asistanı olarak', 'Bu konuda', 'Bunu',
      'Bu isteği', 'Bu tür', 'Böyle bir', 'yazamam', 'olamam', 'edemem', 'yapamam', 'oluşturamam', 'sağlayamam',
      'getiremem', 'veremem', 'katılamam', 'üretemem', 'anlatamam', 'sunamam',
    ],
    complete: [
      'Bu konuda yardımcı olamam', 'Bu konuda size yardımcı olamam', 'Bu konuda sana yardımcı olamam',
      'yönergelerime aykırı', 'politikalarıma aykırı', 'kurallarıma aykırı', 'reddetmek zorundayım',
      'Bu isteği yerine getiremem',
    ],
    negations: [
      'olamam', 'olamıyorum', 'edemem', 'edemiyorum', 'yapamam', 'veremem', 'yazamam', 'oluşturamam', 'sağlayamam',
      'getiremem', 'katılamam', 'üretemem', 'anlatamam', 'sunamam', 'değil', 'mümkün değil', 'istemiyorum', 'reddet',
      'uygun değil', 'olmayacağım', 'etmeyeceğim',
    ],
    objects: [
      'yardım', 'destek', 'devam', 'oluştur', 'yaz', 'sağla', 'üret', 'yerine getir', 'katıl', 'tartış', 'anlat',
      'betimle', 'cevap', 'yanıt', 'bu tür', 'böyle bir', 'bu isteğ', 'bu talep', 'içerik', 'rol yapma', 'canlandır',
      'sun', 'bunu',
    ],
    innocentAfter: [],
    policy: [
      'yönerge', 'politika', 'kural', 'yapay zeka', 'uygunsuz', 'müstehcen', 'etik', 'içerik', 'istek',
    ],
    fillers: [
      'üzgünüm', 'özür', 'maalesef', 'ne yazık ki', 'anlıyorum', 'başka bir', 'başka sorunuz', 'başka sorun',
      'yardımcı olabilirim', 'memnuniyetle', 'seve seve', 'bunun yerine', 'belki', 'uzman', 'çekinmeden', 'bana bildir',
      'istersen', 'isterseniz', 'başka konu', 'İstersen', 'İsterseniz',
    ],
    verbFinal: true,
    wordStart: true,
  },
  uk: {
    markers: [
      'Я не можу', 'Не можу', 'Я не в змозі', 'Я не зможу', 'Вибачте', 'Вибач', 'Перепрошую', 'На жаль', 'Мені шкода',
      'Мені дуже шкода', 'Як ШІ', 'Як штучний інтелект', 'Як мовна модель', 'Я не буду', 'Я не маю права', 'Я змушений',
      'Я змушена', 'Боюся',
    ],
    complete: [
      'Я змушений відмовитися', 'Я змушена відмовитися', 'Я мушу відмовитися', 'суперечить моїм принципам',
      'суперечить моїм правилам', 'порушує мої правила', 'Я не можу з цим допомогти', 'Я не можу допомогти з цим',
      'Я не можу виконати цей запит',
    ],
    negations: [
      'не можу', 'не зможу', 'не в змозі', 'не буду', 'не маю права', 'не стану', 'відмовитися', 'не вийде',
      'не готовий', 'не готова', 'не вправі',
    ],
    objects: [
      'допомог', 'допомож', 'продовж', 'створ', 'напис', 'писати', 'нада', 'викона', 'участ', 'обговор', 'генеру',
      'згенеру', 'опис', 'відповід', 'підтрим', 'такий контент', 'такого контенту', 'такого роду', 'цей запит',
      'цим запитом', 'цього запиту', 'з цим', 'в цьому', 'далі', 'розвива', 'рольов', 'подібн', 'таке', 'давати',
      'дати', 'це зробити', 'зробити це',
    ],
    innocentAfter: [
      'дочекатися', 'повірити', 'заснути', 'спати', 'перестати', 'уявити', 'не ',
    ],
    policy: [
      'правил', 'політик', 'принцип', 'ШІ', 'мовна модель', 'неприйнятн', 'неприпустим', 'відверт', 'етичн', 'контент',
      'запит',
    ],
    fillers: [
      'вибач', 'перепрошую', 'шкода', 'на жаль', 'розумію', 'якщо хочете', 'якщо хочеш', 'якщо у вас є', 'інші питання',
      'інших питань', 'щось інше', 'чимось іншим', 'можу запропонувати', 'буду радий', 'буду рада', 'з радістю',
      'зверніться', 'фахів', 'спеціаліст', 'замість цього', 'можливо', 'давайте', 'давай', 'можу допомогти',
      'іншу тему',
    ],
    verbFinal: false,
    wordStart: true,
  },
  pl: {
    markers: [
      'Nie mogę', 'Przykro mi', 'Przepraszam', 'Niestety', 'Nie jestem w stanie', 'Jako AI', 'Jako SI',
      'Jako model językowy', 'Jako sztuczna inteligencja', 'Jako asystent AI', 'Muszę', 'Nie będę', 'Nie czuję się',
      'Nie mam możliwości', 'Obawiam się', 'Wolę nie',
    ],
    complete: [
      'Muszę odmówić', 'Muszę odrzucić tę prośbę', 'jest sprzeczne z moimi zasadami', 'narusza moje zasady',
      'narusza moje wytyczne', 'Nie mogę w tym pomóc', 'Nie mogę ci w tym pomóc', 'Nie mogę spełnić tej prośby',
    ],
    negations: [
      'nie mogę', 'nie jestem w stanie', 'nie będę', 'nie mam możliwości', 'nie czuję się komfortowo', 'odmówić',
      'wolę nie', 'nie dam rady', 'nie potrafię', 'nie wolno mi',
    ],
    objects: [
      'pomóc', 'pomagać', 'pomogę', 'pomocy', 'w tym', 'asyst', 'dostarcz', 'zapewni', 'kontynu', 'stworz', 'tworz',
      'napis', 'pisać', 'wygener', 'generow', 'spełni', 'uczestnicz', 'wziąć udział', 'brać udział', 'omawia', 'omówi',
      'opis', 'odpowi', 'tego typu', 'takich treści', 'tej prośb', 'tego żądania', 'tego rodzaju', 'tej treści',
      'odgrywa', 'dalej', 'rozwija', 'tego zrobić', 'zrobić tego', 'dać',
    ],
    innocentAfter: [
      'się doczekać', 'uwierzyć', 'zasnąć', 'spać', 'przestać', 'wyobrazić',
    ],
    policy: [
      'wytyczn', 'zasad', 'polityk', 'AI', 'SI', 'model językowy', 'nieodpowiedni', 'niestosown', 'wulgarn', 'etycz',
      'treści', 'prośb',
    ],
    fillers: [
      'przykro', 'przepraszam', 'niestety', 'rozumiem', 'jeśli masz', 'jeśli chcesz', 'inne pytanie', 'innych pytań',
      'coś innego', 'chętnie', 'z przyjemnością', 'zamiast tego', 'może', 'specjalist', 'daj znać', 'śmiało',
      'mogę pomóc', 'inny temat', 'innym temat',
    ],
    verbFinal: false,
    wordStart: true,
  },
  ja: {
    markers: [
      '申し訳ありませんが', '申し訳ございませんが', '申し訳ないのですが', '申し訳ありません', 'すみませんが', 'ごめんなさい', '残念ながら', 'AIとして', 'AIアシスタントとして',
      '言語モデルとして', '私には', '私は', 'この内容', 'そのような', 'このような', 'そのご依頼', 'このご依頼', 'そのリクエスト', 'ご期待に',
    ],
    complete: [
      'お手伝いできません', 'お手伝いすることはできません', 'お応えできません', 'お応えすることはできません', 'ガイドラインに反する', 'ガイドラインに違反', 'ポリシーに反する', 'ポリシーに違反',
      'お断りします', 'お断りさせていただきます', '控えさせていただきます', 'お応えいたしかねます', 'お手伝いいたしかねます',
    ],
    negations: [
      'できません', 'できかねます', 'いたしかねます', 'お断り', '控えさせ', '反する', '違反', 'られません', 'できない', 'しません', 'ことはできません', '難しいです', 'しかねます',
      'かねます',
    ],
    objects: [
      '手伝', 'お応え', '応え', '応じ', '対応', 'お答え', '答え', '回答', '提供', '作成', '続け', '継続', '書く', '書け', '執筆', '生成', '協力', 'サポート',
      '参加', '描写', 'ご依頼', 'ご要望', 'リクエスト', 'このような内容', 'そのような内容', 'この内容', 'その内容', 'ロールプレイ', '表現',
    ],
    innocentAfter: [],
    policy: [
      'ガイドライン', 'ポリシー', '規約', 'AI', '言語モデル', '不適切', '露骨', '倫理', '内容', 'リクエスト',
    ],
    fillers: [
      '申し訳', 'すみません', 'ごめん', '残念', '理解', 'お気持ち', '他に', 'ほかに', '別の', '喜んで', '代わりに', 'もしよろしければ', 'お気軽に', '専門家', 'ご相談',
      'いかがでしょうか', 'お知らせください', '教えてください',
    ],
    verbFinal: true,
    wordStart: false,
  },
  ko: {
    markers: [
      '죄송하지만', '죄송합니다만', '죄송합니다', '미안하지만', '미안해요', '유감스럽게도', '안타깝게도', 'AI로서', 'AI 언어 모델로서', '인공지능으로서', '언어 모델로서',
      'AI 어시스턴트로서', '저는', '제가', '그 요청', '이 요청', '해당 요청', '그런 내용', '이런 내용', '수 없습니다', '수는 없습니다', '수 없어요', '수는 없어요',
    ],
    complete: [
      '도와드릴 수 없', '도와 드릴 수 없', '도움을 드릴 수 없', '도움을 드리기 어렵', '가이드라인에 위배', '정책에 위배', '지침에 위배', '거절해야', '응해 드릴 수 없',
      '응할 수 없',
    ],
    negations: [
      '수 없', '수가 없', '어렵', '않', '못', '거절', '위배', '불가', '수는 없', '수도 없',
    ],
    objects: [
      '도와', '도움', '제공', '계속', '이어', '작성', '생성', '써 드', '써드', '응할', '응해', '참여', '설명', '답변', '묘사', '요청', '이런 내용', '그런 내용',
      '이러한 내용', '해당 내용', '롤플레이', '역할극', '진행',
    ],
    innocentAfter: [],
    policy: [
      '가이드라인', '정책', '지침', 'AI', '인공지능', '언어 모델', '부적절', '노골적', '윤리', '내용', '요청',
    ],
    fillers: [
      '죄송', '미안', '유감', '안타깝', '이해합니다', '이해해요', '다른 질문', '다른 주제', '다른 도움', '기꺼이', '대신', '혹시', '전문가', '언제든지', '편하게',
      '말씀해 주세요', '알려 주세요', '알려주세요', '원하시면', '다른 방향',
    ],
    verbFinal: true,
    wordStart: false,
  },
  zh: {
    markers: [
      '我无法', '我不能', '我没办法', '我没有办法', '我無法', '我沒辦法', '抱歉', '很抱歉', '非常抱歉', '对不起', '對不起', '不好意思', '作为AI', '作为一个AI',
      '作为人工智能', '作为一个人工智能', '作为AI助手', '作为语言模型', '作为一个语言模型', '作為AI', '作為人工智能', '恕我', '我必须', '我需要', '我恐怕', '这个请求', '这类内容',
      '此类内容',
    ],
    complete: [
      '违反了我的', '违反我的准则', '不符合我的准则', '我必须拒绝', '恕我无法', '恕难从命', '違反了我的', '我必須拒絕', '我帮不了', '帮不了你', '帮不了您', '幫不了你',
    ],
    negations: [
      '无法', '無法', '不能', '没办法', '沒辦法', '拒绝', '拒絕', '违反', '違反', '不符合', '不便', '不可以', '不允许', '不被允许', '不会继续', '不會繼續',
    ],
    objects: [
      '帮助', '帮忙', '帮你', '帮您', '幫', '协助', '協助', '提供', '继续', '繼續', '创作', '創作', '写', '寫', '生成', '满足', '滿足', '完成', '参与',
      '參與', '讨论', '討論', '描述', '描写', '描寫', '回答', '回应', '這個請求', '这个请求', '该请求', '此类', '这类', '這類', '这种内容', '这样的内容', '角色扮演',
      '请求', '請求', '要求', '编写', '撰写', '展开', '这样做', '这么做', '這樣做',
    ],
    innocentAfter: [],
    policy: [
      '准则', '準則', '政策', '规定', '規定', 'AI', '人工智能', '语言模型', '不适当', '不恰当', '露骨', '色情', '伦理', '内容', '請求', '请求',
    ],
    fillers: [
      '抱歉', '对不起', '對不起', '不好意思', '理解', '如果你', '如果您', '其他问题', '其他問題', '别的', '其他', '乐意', '樂意', '很高兴', '很高興', '相反', '或许',
      '或許', '也许', '专业', '專業', '随时', '隨時', '可以帮你', '可以帮您', '可以为你', '可以为您', '换个', '換個',
    ],
    verbFinal: true,
    wordStart: false,
  },
  ar: {
    markers: [
      'لا أستطيع', 'لا يمكنني', 'لن أتمكن', 'لن أستطيع', 'لا يسعني', 'عذرًا', 'عذرا', 'آسف', 'أنا آسف', 'أعتذر',
      'للأسف', 'مع الأسف', 'لست قادرًا', 'لست قادرة', 'بصفتي ذكاءً اصطناعيًا', 'كذكاء اصطناعي', 'بصفتي نموذجًا لغويًا',
      'كنموذج لغوي', 'بصفتي مساعدًا', 'يجب أن', 'أخشى',
    ],
    complete: [
      'يتعارض مع إرشاداتي', 'يخالف إرشاداتي', 'يتعارض مع سياساتي', 'يخالف سياساتي', 'يجب أن أرفض',
      'لا أستطيع المساعدة في ذلك', 'لا يمكنني المساعدة في ذلك', 'لا يمكنني تلبية هذا الطلب',
    ],
    negations: [
      'لا', 'لن', 'لست', 'ليس', 'أرفض', 'يتعارض', 'يخالف', 'غير قادر', 'غير قادرة',
    ],
    objects: [
      'المساعدة', 'مساعدت', 'أساعد', 'تقديم', 'أقدم', 'توفير', 'أوفر', 'الاستمرار', 'أستمر', 'متابعة', 'أتابع', 'إنشاء',
      'أنشئ', 'كتابة', 'أكتب', 'توليد', 'تلبية', 'الامتثال', 'المشاركة', 'أشارك', 'مناقشة', 'وصف', 'أصف', 'الإجابة',
      'هذا الطلب', 'هذا النوع', 'هذا المحتوى', 'مثل هذا', 'لعب الأدوار', 'إكمال', 'أكمل', 'فعل ذلك', 'القيام بذلك',
    ],
    innocentAfter: [
      'الانتظار', 'أصدق', 'تصديق', 'النوم', 'أنام', 'التوقف', 'أتخيل',
    ],
    policy: [
      'إرشادات', 'سياسات', 'سياسة', 'قواعد', 'ذكاء اصطناعي', 'نموذج لغوي', 'غير لائق', 'غير مناسب', 'صريح', 'أخلاق',
      'المحتوى', 'الطلب',
    ],
    fillers: [
      'عذر', 'آسف', 'أعتذر', 'للأسف', 'أفهم', 'إذا كان لديك', 'إذا كانت لديك', 'أسئلة أخرى', 'سؤال آخر', 'شيء آخر',
      'يسعدني', 'بكل سرور', 'بدلاً من ذلك', 'بدلًا من ذلك', 'ربما', 'مختص', 'متخصص', 'لا تتردد', 'أخبرني',
      'يمكنني مساعدتك', 'موضوع آخر', 'إذا أردت', 'إن أردت', 'يمكننا', 'اتجاه آخر',
    ],
    verbFinal: false,
    wordStart: false,
  },
  hi: {
    markers: [
      'मैं', 'माफ़ कीजिए', 'माफ़ करें', 'मुझे खेद है', 'मुझे माफ़ करें', 'क्षमा करें', 'क्षमा कीजिए', 'दुर्भाग्य से',
      'एक AI के रूप में', 'एआई के रूप में', 'AI होने के नाते', 'एक भाषा मॉडल के रूप में', 'मुझे डर है', 'यह अनुरोध',
      'इस अनुरोध',
    ],
    complete: [
      'मैं मदद नहीं कर सकता', 'मैं मदद नहीं कर सकती', 'मैं इसमें मदद नहीं कर सकता', 'मैं इसमें मदद नहीं कर सकती',
      'मेरे दिशानिर्देशों के खिलाफ', 'मेरी नीतियों के खिलाफ', 'मेरे दिशानिर्देशों के विरुद्ध',
      'मैं इसमें आपकी मदद नहीं कर सकता', 'मैं इसमें आपकी मदद नहीं कर सकती',
    ],
    negations: [
      'नहीं', 'असमर्थ', 'खिलाफ', 'विरुद्ध', 'मना',
    ],
    objects: [
      'मदद', 'सहायता', 'जारी', 'आगे', 'लिख', 'बना', 'प्रदान', 'दे सक', 'पूरा', 'भाग ले', 'चर्चा', 'वर्णन', 'जवाब',
      'उत्तर', 'इस तरह', 'ऐसी सामग्री', 'ऐसा कंटेंट', 'इस अनुरोध', 'यह अनुरोध', 'रोलप्ले', 'ऐसा', 'सामग्री',
    ],
    innocentAfter: [],
    policy: [
      'दिशानिर्देश', 'नीति', 'नियम', 'AI', 'एआई', 'भाषा मॉडल', 'अनुचित', 'अश्लील', 'नैतिक', 'सामग्री', 'अनुरोध',
    ],
    fillers: [
      'माफ़', 'क्षमा', 'खेद', 'दुर्भाग्य', 'समझ', 'अगर आप', 'यदि आप', 'अन्य सवाल', 'कोई और सवाल', 'कुछ और', 'खुशी',
      'ख़ुशी', 'इसके बजाय', 'शायद', 'विशेषज्ञ', 'बेझिझक', 'बताइए', 'बताएं', 'दूसरे विषय',
    ],
    verbFinal: true,
    wordStart: true,
  },
  id: {
    markers: [
      'Saya tidak', 'Aku tidak', 'Maaf', 'Mohon maaf', 'Sayangnya', 'Sebagai AI', 'Sebagai model bahasa',
      'Sebagai kecerdasan buatan', 'Sebagai asisten AI', 'Saya harus', 'Saya khawatir', 'Saya tak',
    ],
    complete: [
      'Saya harus menolak', 'Saya terpaksa menolak', 'bertentangan dengan pedoman saya', 'melanggar pedoman saya',
      'bertentangan dengan kebijakan saya', 'Saya tidak dapat membantu dengan itu',
      'Saya tidak bisa membantu dengan itu', 'Saya tidak dapat memenuhi permintaan ini',
    ],
    negations: [
      'tidak dapat', 'tidak bisa', 'tidak mampu', 'tidak akan', 'tak bisa', 'tak dapat', 'menolak', 'tidak nyaman',
      'tidak diizinkan', 'tidak boleh',
    ],
    objects: [
      'membantu', 'bantu', 'menyediakan', 'memberikan', 'memberi', 'melanjutkan', 'lanjut', 'membuat', 'menulis',
      'tulis', 'menghasilkan', 'memenuhi', 'berpartisipasi', 'terlibat', 'membahas', 'mendeskripsikan', 'menggambarkan',
      'menjawab', 'permintaan ini', 'permintaan tersebut', 'konten seperti', 'jenis konten', 'konten semacam',
      'hal tersebut', 'roleplay', 'bermain peran', 'mengembangkan', 'melakukan itu', 'melakukannya', 'melakukan hal',
    ],
    innocentAfter: [
      'menunggu', 'percaya', 'tidur', 'berhenti', 'membayangkan', 'sabar',
    ],
    policy: [
      'pedoman', 'kebijakan', 'aturan', 'AI', 'model bahasa', 'tidak pantas', 'eksplisit', 'etika', 'konten',
      'permintaan',
    ],
    fillers: [
      'maaf', 'sayangnya', 'saya mengerti', 'saya paham', 'jika kamu', 'jika Anda', 'kalau kamu', 'pertanyaan lain',
      'hal lain', 'sesuatu yang lain', 'dengan senang hati', 'senang membantu', 'sebagai gantinya', 'mungkin',
      'profesional', 'jangan ragu', 'beri tahu', 'kabari', 'topik lain',
    ],
    verbFinal: false,
    wordStart: true,
  },
  vi: {
    markers: [
      'Tôi không', 'Mình không', 'Em không', 'Xin lỗi', 'Tôi xin lỗi', 'Rất tiếc', 'Thật tiếc', 'Là một AI', 'Là AI',
      'Là một mô hình ngôn ngữ', 'Là trí tuệ nhân tạo', 'Là một trợ lý AI', 'Tôi phải', 'Tôi e rằng', 'Tôi sẽ không',
    ],
    complete: [
      'Tôi phải từ chối', 'Tôi xin phép từ chối', 'trái với nguyên tắc của tôi', 'vi phạm nguyên tắc của tôi',
      'vi phạm chính sách', 'Tôi không thể giúp với điều đó', 'Tôi không thể đáp ứng yêu cầu này',
    ],
    negations: [
      'không thể', 'không được phép', 'không có khả năng', 'sẽ không', 'từ chối', 'không tiện', 'không thoải mái',
    ],
    objects: [
      'giúp', 'hỗ trợ', 'cung cấp', 'tiếp tục', 'viết', 'tạo', 'sáng tác', 'đáp ứng', 'thực hiện', 'tham gia',
      'thảo luận', 'mô tả', 'trả lời', 'yêu cầu này', 'nội dung này', 'nội dung như', 'loại nội dung', 'điều đó',
      'nhập vai', 'phát triển', 'kể tiếp',
    ],
    innocentAfter: [
      'chờ', 'đợi', 'tin', 'ngủ', 'ngừng', 'tưởng tượng',
    ],
    policy: [
      'nguyên tắc', 'chính sách', 'quy định', 'AI', 'mô hình ngôn ngữ', 'không phù hợp', 'khiêu dâm', 'đạo đức',
      'nội dung', 'yêu cầu',
    ],
    fillers: [
      'xin lỗi', 'rất tiếc', 'thật tiếc', 'tôi hiểu', 'mình hiểu', 'nếu bạn', 'câu hỏi khác', 'điều gì khác',
      'chủ đề khác', 'sẵn lòng', 'rất vui', 'thay vào đó', 'có lẽ', 'chuyên gia', 'đừng ngần ngại', 'cho tôi biết',
      'cho mình biết', 'hướng khác',
    ],
    verbFinal: false,
    wordStart: true,
  },
};

/** Every phrase that signals a refusal, per language: the openers and the complete phrases. */
export const REFUSAL_MARKERS: Readonly<Record<RefusalLanguage, readonly string[]>> = Object.freeze(
  Object.fromEntries(
    REFUSAL_LANGUAGES.map((language) => [
      language,
      Object.freeze([...REFUSAL_CATALOGUE[language].complete, ...REFUSAL_CATALOGUE[language].markers]),
    ]),
  ) as Record<RefusalLanguage, readonly string[]>,
);
