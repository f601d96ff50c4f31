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
 * user's request named (context). After an *identity* marker ("As an AI", "(OOC:"), a plain negation ("I don't",
 * "не", "ne") with a refusal verb right after it is a core ("As an AI, I don't provide…"). A short reply that is a
 * bare no (bareNo) and an apology (apologies), with at most an offer after them, refuses too: "No, sorry.",
 * "Hayır, kusura bakma.".
 *
 * Phrases are matched case-insensitively, with any apostrophe (' ’ ʼ) or none, any run of whitespace, ASCII or
 * full-width punctuation, Arabic diacritics and Devanagari nukta ignored — so write each phrase once, plainly.
 * Stems are matched from a word start ("continu" finds "continue", "continuing"), except in languages written
 * without word boundaries (ja, zh, ko) or with attached clitics (ar), where they are matched anywhere. A phrase
 * ending in a space must end a word ("вы " is not in "высплюсь"). A phrase written `/…/` is a regular expression,
 * for what a list cannot say (Turkish "-(y)AmAm": any verb, "can't"); start it with a literal and put lookbehinds
 * last, or the scan tries it at every position.
 */

import { REFUSAL_FAMILIES } from './refusal-families.js';

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
  /**
   * Impersonal refusals, the request as subject and the negation ("This request can't be", "本请求"): with a verb
   * from `impersonalVerbs` after them, complete where they open their sentence and end it, or a reason follows
   * ("If the bank says your request can't be processed, call them" is not one).
   */
  readonly impersonal: readonly string[];
  /** What completes an impersonal refusal right after it: the verb ("fulfilled", "выполнен", "受理"). */
  readonly impersonalVerbs: readonly string[];
  /**
   * What is withheld, in the passive ("Such instructions aren't provided here"): a weak refusal that counts only
   * next to a strong one, or alone ("Breakfast isn't provided here" is a hotel's).
   */
  readonly passive: readonly string[];
  /**
   * Leaving the topic ("Let's leave this topic there", "Давайте не будем развивать эту тему"): a weak refusal that
   * counts only with an offer of something else in the next sentence ("How about we talk about something else?").
   */
  readonly deflections: readonly string[];
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
  /** A no that, with an apology and nothing else, is a whole refusal ("No, sorry.", "Nein, sorry.", "不行，抱歉。"). */
  readonly bareNo: readonly string[];
  /** Apologies proper ("sorry", "lo siento"): with a bare no they refuse; before a trailing refusal, cut with it. */
  readonly apologies: readonly string[];
  /**
   * Casual declines that refuse by themselves in a short reply, after at most a no or an interjection ("can't do
   * that", "не вариант", "das mach ich nicht", "mình chịu"): "Nope — can't do that." is a whole refusal.
   */
  readonly declines: readonly string[];
  /**
   * Redirects and offers of something else ("please check with", "Могу объяснить…", "構成づくりならお手伝いします"):
   * after a refusal they go with it, not with the content. Fillers count too.
   */
  readonly offers: readonly string[];
  /**
   * Everyday plans and availability: a day of the week, being at work or busy ("I can't help you move on Saturday
   * because I'm working, but Sunday works!"). A negation in a sentence with one of these is ordinary speech.
   */
  readonly everyday: readonly string[];
  /** Inside an *action*, the model stepping out of the role ("steps out of character", "sale del personaje"). */
  readonly outOfCharacter: readonly string[];
  /** Verb-final languages put the object before the negation ("お手伝い できません"): look on both sides. */
  readonly verbFinal: boolean;
  /** Whether stems must start a word (false where words are not separated, or take attached prefixes). */
  readonly wordStart: boolean;
}

// biome-ignore format: a data table reads better packed than one phrase per line
const BASE_CATALOGUE: Readonly<Record<RefusalLanguage, Omit<RefusalCatalogue, 'impersonal' | 'impersonalVerbs' | 'passive' | 'deflections'>>> = {
  en: {
    markers: [
      "I can't", 'I cannot', 'I can not', "I'm not", 'I am not', "I'm unable", 'I am unable', "I'm sorry", 'I am sorry',
      'Sorry', 'Unfortunately', "I'm afraid", 'I apologize', 'I apologise', "I don't", 'I do not', 'I must',
      "I'll have to", 'I have to', 'I need to', "I'm going to have to", "I'm really sorry", 'My apologies',
      'not a request I can', 'not a task I can', 'not a question I can', 'not one I can', 'Apologies, but',
      "What I can't", 'What I cannot', 'not something I can', "isn't something I can", 'not something I am able',
      "not something I'm able", "I really can't", 'I really cannot', "I'd have to", 'I would have to',
      "/can['’]?t(?<=(?:^|[.!?]\\s+|\\n|[(:]\\s*)can['’]?t)/", '/cannot(?<=(?:^|[.!?]\\s+|\\n|[(:]\\s*)cannot)/',
      'it\'s not my place to', 'it isn\'t my place to', 'it is not my place to', 'not my place to',
      'not for me to decide', 'not for me to say', 'not for me to tell you',
    ],
    weakMarkers: [
      "not something I'll", 'not something I will', "isn't something I'll", "I won't", 'I will not', "I'd rather",
      'I would rather', "I'd prefer", 'I would prefer', 'I prefer not', "I'm not going to", 'I am not going to',
      "I'm going to", 'I choose not to', "not something I'm willing", 'not something I am willing',
      "I wouldn't help", 'I would not help', "I wouldn't assist", 'I would not assist', "I shouldn't", 'I should not',
      "I don't think I should", 'I do not think I should',
      "I'm gonna", 'I am gonna', "I'm not gonna",
    ],
    identity: [
      'As an AI', 'As a language model', 'As an AI language model', 'As an AI assistant', 'As an AI model',
      'Being an AI', 'As a large language model',
      'OOC', 'Out of character', 'Stepping out of character', 'Breaking character', 'Stepping out of the roleplay',
      'As an AI system', 'As an AI model',
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
      "I'm going to have to decline", 'I am going to have to decline', 'I will have to decline', "I'll need to decline",
      "I'm going to decline",  'I have to respectfully decline',
      "I'll respectfully decline", 'I must refuse', 'I have to refuse', "I'll have to refuse", "I'm declining",
      "I'll decline", 'I will decline', "I'm afraid I must decline", 'I need to refuse', "I'm going to have to refuse",
      '/(?:request|prompt)(?<=(?:this|that|your|such\\s+a)\\s+(?:\\p{L}+\\s+){0,2}?(?:request|prompt))\\s+(?:\\p{L}+\\s+){0,2}?(?:violates|breaches|goes\\s+against|is\\s+against|conflicts\\s+with|isn[\'’]?t\\s+allowed\\s+under|is\\s+not\\s+allowed\\s+under|falls\\s+outside|doesn[\'’]?t\\s+comply\\s+with|does\\s+not\\s+comply\\s+with)\\s*(?:\\p{L}+\\s+){0,3}?(?:polic|guidelines|rules|terms|usage)/',
    ],
    weakComplete: [
      'beyond my scope', 'beyond my current scope', 'outside my scope', 'outside my current scope',
      'beyond my capabilities', 'outside my capabilities', 'not within my scope', "I'm going to have to pass",
      'I am going to have to pass', "I'll have to pass", 'I will have to pass', "I'm going to pass on this",
      "I'm going to pass on that", "I'd rather pass", "I'll sit this one out", "I'm going to sit this one out",
      'not possible for me to', "isn't possible for me to",
      "/(?:beyond|outside(?:\\s+of)?|exceeds?|goes\\s+beyond|past)\\s+(?:the\\s+(?:scope|limits?)\\s+of\\s+)?what\\s+i(?:['’]?m|\\s+am)?\\s+(?:can|could|am\\s+able|['’]?m\\s+able|able|['’]?m\\s+allowed|am\\s+allowed)/",
      '/too\\s+[\\p{L}-]+\\s+for\\s+me\\s+to\\s+(?:write|continue|describe|depict|help|share|answer|provide|go\\s+into)/',
      'where I draw the line', 'where I have to draw the line', 'where I need to draw the line',
      'where I must draw the line', "where I'll have to draw the line", 'I have to draw the line',
      'I need to draw the line', "I'll have to draw the line", 'I must draw the line', "I'm drawing the line",
      "that's where I stop", "I'll have to stop there", 'I have to stop there', 'more than I can help with',
      "not something I'm comfortable", 'not something I am comfortable', 'falls outside what I',
      'falls outside of what I', 'not within what I can', 'outside my remit', 'beyond my remit', 'not within my remit',
      "I'd have to decline", 'I would have to decline',
      "a line I can't cross", "a line I won't cross", 'a line I will not cross', 'a line I cannot cross',
      "line I'm not willing to cross",
      "I'm gonna pass", 'gonna have to pass', "I'll pass on that", "I'll pass on this", "I'm gonna sit this one out",
      'this is where I stop', 'this is where I\'ll stop',
      '/here(?<=(?:i\\s+(?:need\\s+to|have\\s+to|must)|i[\'’]m\\s+going\\s+to\\s+have\\s+to|i[\'’]ll\\s+have\\s+to|let[\'’]?s)\\s+(?:stop|pause|end|halt|break\\s+off)\\s+(?:(?:the|this|our|it)\\s+(?:\\p{L}+\\s+)?)?t?here)/',
      '/for\\s+me\\s+to\\s(?<=(?:wouldn[\'’]?t(?:\\s+be)?|would\\s+not(?:\\s+be)?|isn[\'’]?t|is\\s+not|[\'’]s\\s+not|don[\'’]?t\\s+think\\s+it(?:[\'’]?s|\\s+would\\s+be))\\s+(?:right|appropriate|responsible|ethical|okay|ok|fair|wise)\\s+for\\s+me\\s+to\\s)/',
    ],
    negations: [
      "can't", 'cannot', 'can not', 'not able to', 'unable to', "don't think I can", 'do not think I can',
      'not comfortable', "don't feel comfortable", 'do not feel comfortable', 'not allowed to', 'not permitted to',
      'not in a position to', 'decline to', 'refuse to', 'have to stop', 'need to stop', 'must stop',
      'no longer able to', "won't be able to", 'will not be able to', 'not a request I can', 'not a task I can',
      'not a question I can', 'not one I can', 'not something I can', "isn't something I can",
      'not something I am able to', "not something I'm able to", 'not authorized to', 'not authorised to',
      'it\'s not my place to', 'it isn\'t my place to', 'it is not my place to', 'not my place to',
      'not for me to decide', 'not for me to say', 'not for me to tell you',
    ],
    weakNegations: [
      "not something I'll", 'not something I will', "isn't something I'll", "won't", 'will not', 'not going to',
      'rather not', 'prefer not to', 'choose not to', 'have to pass', 'going to pass', 'rather pass', 'not willing to',
      'unwilling to', "not something I'm willing to", 'not something I am willing to',
      "wouldn't", 'would not', "shouldn't", 'should not', "don't think I should", 'do not think I should',
      'not gonna', "ain't gonna",
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
      'encourag', 'condone', 'endorse', 'recommend', 'advise', 'suggest ways', 'suggest how', 'point you to',
      'coach you',
      'process', 'carry out', 'fulfill', 'tell you what', 'tell you which', 'tell you whether', 'tell you if',
      'determine', 'specify', 'diagnos', 'prescri', 'say what', 'say which', 'bypass', 'get around', 'circumvent',
      'do your', 'write your', 'do the assignment',
    ],
    doVerbs: [
      'do that', 'do this', 'do it', 'do so', 'do', 'that', 'this', 'it', 'help', 'that one', 'this one', 'for you',
      'do that for you', 'do for you', 'here', 'with that', 'with this',
    ],
    innocentAfter: [
      'wait', 'believe', 'stop', 'help but', 'help feeling', 'help thinking', 'help wondering', 'help noticing',
      'help smiling', 'help laughing', 'help myself', 'help it', 'imagine', 'stand', 'thank', 'express', 'get enough',
      'even', 'sleep', 'remember', 'decide', 'seem to', 'find', 'see', 'hear', 'say enough', 'emphasize', 'stress',
      'overstate', 'promise', 'guarantee', 'agree more', 'go wrong', 'tell you how much',
      'tell you how many', 'tell you how happy', 'tell you how glad', 'tell you how grateful', 'tell you how excited',
      'tell you how proud', 'tell you how sorry', 'tell you how good', 'tell you how great', 'tell you how relieved',
      'tell you how thankful', 'tell you how lucky', 'tell you how nice', 'tell you how wonderful',
      'tell the difference', 'explain how much', 'explain how happy', 'explain why', 'explain what I',
      'describe how good', 'describe how much', 'describe how beautiful', 'describe how it', 'describe how happy',
      'describe the feeling', 'describe what I', 'give up', 'give in', 'lie', 'let', 'forget', 'pretend',
      '/recommend\\s+[^.!?]{0,40}?(?:enough|highly enough|more highly)/', 'spoil', 'give away', 'reveal the ending',
      'say too much',
      'tell you what a', 'tell you what it means', 'tell you what this means', 'tell you what that means',
      'tell you what I',
    ],
    innocentBefore: [
      'how much I', 'how happy I', 'how grateful I', 'how proud I', 'in words',
    ],
    policy: [
      'guidelines', 'policy', 'policies', 'AI', 'language model', 'appropriate', 'inappropriate', 'explicit', 'content',
      'request', 'roleplay', 'role-play', 'safety', 'harmful', 'ethical', 'boundaries',
      'OOC', 'out of character',
    ],
    fillers: [
      'sorry', 'apologi', 'apologies', 'feel free', 'let me know', 'happy to help', 'glad to help', 'happy to assist',
      'anything else', 'other questions', 'something else', 'instead', "if you'd like", 'if you would like',
      'if you want', "if you're interested", 'perhaps', 'how about', 'alternatively', 'reach out', 'professional',
      'hotline', 'crisis', 'I understand', 'I appreciate', 'thank you for', 'I hear you', "I'd be happy", "I'd be glad",
      "I'm here to", 'I can help you with', 'I could help', 'I can offer', 'we could', 'maybe we can', 'would you like',
      'I hope you understand', 'different topic', 'different direction', 'other ideas', 'want me to', 'want help',
      'I can help', 'I can suggest', 'I can point', 'what I can do', 'hope that helps',
      "I'm happy to", 'I am happy to', "I'm glad to", 'I am glad to',
    ],
    context: [
      "I'm afraid I", "I'm afraid that", "I'm afraid,", 'I am afraid I', 'you asked', "you're asking", 'you are asking',
      "you've asked", 'you want me', "you'd like me", 'you would like me', 'asked me', 'asking me', 'your request',
      'request', 'someone else', 'other people', "someone's", 'third party', 'third parties',
      'you mentioned', 'you described', 'you suggested', 'you proposed', 'you requested', 'you wanted', 'for you',
      'on your behalf', 'in your name', 'even if I could', 'even if I were able', 'even if I had',
      'too far', 'this scene', 'the scene', 'where this is going', 'this direction',
    ],
    reasons: [
      'injur', 'endanger', 'expose someone', 'put someone at risk', 'would be', 'would mean', 'that would',
      'this would', 'since that', 'since this', 'because that', 'because this', 'because it would', 'harm', 'hurt',
      'danger', 'illegal', 'unlawful', 'unsafe', 'unethical', 'dishonest', 'decepti', 'deceiv', 'mislead', 'fraud',
      'forgery', 'fake', 'privacy', 'consent', 'impersonat', 'harass', 'defam', 'plagiar', 'cheat', 'copyright',
      'violat', 'abus', 'weapon', 'crime', 'criminal', 'against the law', 'terms of service', 'threat', 'stalk',
      'spy on', 'tracking', 'surveil', 'without her knowing', 'without his knowing', 'without their knowing',
      'threaten', 'intimidat', 'legal consequences', 'bypass', 'circumvent', 'get around',
    ],
    bareNo: [
      'no', 'nope', 'nah', 'no can do', 'not happening', "can't do that", "can't do it", "I can't do that",
      "I can't do it", "I can't", 'I cannot', "can't", 'cannot', 'afraid not', "I'm afraid not", 'not possible',
      "that's not possible", "that's a no", 'not this time', 'no way', 'not going to happen', "won't happen", "I won't",
      "that won't be possible", "I'll pass", "I'll have to pass",
      "that's a no from me", 'a no from me', "that's a hard no", 'hard no', "that's a no",
    ],
    apologies: [
      'sorry', "I'm sorry", 'I am sorry', 'so sorry', 'really sorry', "I'm so sorry", "I'm really sorry", 'apologies',
      'my apologies', 'I apologize', 'I apologise', "I'm afraid", 'unfortunately', 'sadly', 'forgive me', 'pardon',
    ],
    declines: [
      'can\'t do that', 'can\'t do it', 'can\'t do this', 'I can\'t do that', 'I can\'t do it', 'cannot do that',
      'won\'t do that', 'I won\'t do that', 'won\'t do it', 'not doing that', 'I\'m not doing that',
      'I am not doing that', 'no can do', 'I\'ll pass', 'I\'ll pass on that', 'I\'ll pass on this one',
      'pass on that', 'count me out', 'not gonna happen', 'not going to happen', 'that\'s not happening',
      'not happening', 'that\'s a no from me', 'not something I\'ll do', 'not something I can do',
      'that\'s not something I can do', 'can\'t help with that', 'can\'t help you with that', 'can\'t help there',
      'not gonna do that', 'I\'m not gonna do that', 'that\'s a hard pass', 'hard pass', 'gonna pass',
      'I\'m gonna pass', 'can\'t go there', 'I can\'t go there', 'not going there',
      'I\'m not going there',
    ],
    offers: [
      '/^(?:but\\s+|however,?\\s+|instead,?\\s+|that\\s+said,?\\s+)?i\\s+(?:can|could|[\'’]d\\s+be|would\\s+be|[\'’]m\\s+happy|am\\s+happy)\\s/',
      'check with', 'consult', 'please see', 'talk to', 'speak to', 'speak with', 'ask a ', 'ask your', 'your doctor',
      'a doctor', 'pharmacist', 'a lawyer', 'an attorney', 'the place to start', 'best bet', 'the right place',
      'recovery page', 'official', 'support team', 'contact', 'helpline', 'if it\'s your own', 'if you\'re the owner',
      'what I can do',
    ],
    outOfCharacter: [
      'out of character', 'steps out of', 'stepping out of', 'breaks character', 'breaking character', 'ooc',
      'pauses the roleplay', 'pauses the story', 'out of the roleplay', 'steps out of the scene',
      'breaks the fourth wall',
    ],
    everyday: [
      'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'weekend', 'I\'m working',
      'I\'ll be working', 'I am working', 'I\'m busy', 'I\'ll be busy', 'I have work', 'I\'ve got work',
      'out of town', 'I\'ll be away', 'I have plans', 'I\'ve got plans', 'my shift', 'rain check', 'I\'m at work',
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
      'Извини', 'Прости', 'Сорри', 'Не выйдет', 'Мне придётся', 'Мне придется', 'Придётся', 'Придется', 'Вынужден',
      'Вынуждена',
      'не мне решать', 'не моё дело', 'не мое дело', 'не моя задача', 'не в моей власти',
    ],
    weakMarkers: [
      'Я не буду', 'Не буду', 'Я не стану', 'Не стану', 'Я бы не хотел', 'Я бы не хотела', 'Я бы предпочёл',
      'Я бы предпочла', 'Я предпочту', 'Предпочту', 'Я не собираюсь', 'Не собираюсь', 'Я пропущу', 'Пожалуй, пропущу',
      'Я бы не стал', 'Я бы не стала', 'Не стал бы', 'Не стала бы', 'Я не стал бы', 'Я не стала бы', 'Мне не стоит',
      'Не думаю, что мне стоит', 'Лучше я не', 'Пожалуй, не буду', 'Пожалуй, я не',
    ],
    identity: [
      'Как ИИ', 'Как языковая модель', 'Как искусственный интеллект', 'Как ИИ-ассистент', 'Как ассистент', 'Как AI',
      'Будучи ИИ', 'Как нейросеть',
      'Вне роли', 'Выходя из роли', 'Выйду из роли', 'Не в роли', 'Вне персонажа', 'OOC', 'Как модель ИИ',
      'Как ИИ-модель', 'Как языковая модель ИИ',
    ],
    complete: [
      'Я вынужден отказаться', 'Я вынуждена отказаться', 'Я должен отказаться', 'Я должна отказаться',
      'противоречит моим принципам', 'противоречит моим правилам', 'нарушает мои правила', 'нарушает правила',
      'Я не могу с этим помочь', 'Я не могу помочь с этим', 'Я не могу выполнить эту просьбу',
      'Я не могу выполнить этот запрос', 'Это не то, с чем я могу помочь', 'не то, с чем я могу помочь',
      'выходит за рамки того, что я могу', 'за рамками того, что я могу', 'не входит в мои задачи',
      'Мне придётся отказаться', 'Мне придется отказаться', 'Придётся отказаться', 'Придется отказаться',
      'Вынужден отказаться', 'Вынуждена отказаться', 'Я откажусь', 'вынужден отклонить', 'вынуждена отклонить',
      'придётся отклонить', 'придется отклонить', 'я вам не помощник', 'я тебе не помощник', 'я вам тут не помощник',
      'я тебе тут не помощник', 'тут я вам не помощник', 'тут я тебе не помощник', 'здесь я вам не помощник',
      'в этом я вам не помощник', 'в этом я тебе не помощник', 'в этом я не помощник', 'тут я не помощник',
      'не то, что я в состоянии сделать',
      '/(?:запрос|вопрос|просьба)(?<=(?:этот|ваш|твой|такой|эта|ваша|твоя|такая)\\s+(?:\\p{L}+\\s+){0,2}?(?:запрос|вопрос|просьба))\\s+(?:\\p{L}+\\s+){0,2}?(?:нарушает|противоречит|не\\s+соответствует)\\s*(?:\\p{L}+\\s+){0,3}?(?:правил|политик|принцип|условия|нормам)/',
    ],
    weakComplete: [
      'не напишу ', 'не помогу ', 'не предоставлю ', 'не создам ', 'не продолжу ', 'не опишу ', 'не объясню ',
      'не расскажу ', 'не подскажу ', 'не сгенерирую ', 'не сделаю ', 'не сделаю этого ', 'не сделаю это ',
      'не стану этого делать ', 'не буду этого делать ', 'не составлю ', 'не сочиню ', 'не выдам ',
      'выходит за рамки моих возможностей ', 'за рамками моих возможностей ', 'вне моей компетенции ',
      'не в моих силах ', 'не в моей компетенции ', 'для меня невозможно ', 'мне это не под силу ',
      '/(?:за\\s+рамк|за\\s+предел|вне\\s+того)[^.!?]{0,20}?(?:что|с\\s+чем|чем|в\\s+ч[её]м)\\s+я\\s+(?:могу|смогу|в\\s+силах|способ)/',
      'мне некомфортно ', 'мне неловко это ', 'не чувствую себя комфортно ',
      'здесь я должен провести черту', 'здесь я должна провести черту', 'тут я провожу черту', 'здесь я провожу черту',
      'провожу черту ', 'провожу границу ', 'провести черту ', 'на этом я остановлюсь', 'здесь я остановлюсь',
      'дальше я не пойду', 'не помощник ', 'не стал бы помогать', 'не стала бы помогать', 'не стану помогать',
      'это не по моей части', 'мне это не по силам',
      'черта, которую я не могу переступить', 'черту, которую я не могу переступить', 'черта, которую я не переступлю',
      'красная линия',
      'я такое не пишу', 'такое я не пишу', 'такого я не пишу', 'я такого не пишу', 'такое не пишу ',
      '/(?:остановлюсь|остановиться|прервусь|прерваться|прерву|прервать|закончу|закончить|поставлю\\s+точку)(?:\\s+(?:\\p{L}+\\s+){0,3}?(?:здесь|тут|на\\s+этом)(?![\\p{L}])|(?<=(?:здесь|тут|на\\s+этом)\\s+(?:\\p{L}+\\s+){0,3}?(?:остановлюсь|остановиться|прервусь|прерваться|прерву|прервать|закончу|закончить|поставлю\\s+точку)))/',
      '/стороны(?<=(?:неправильно|некорректно|неэтично|безответственно|нечестно)\\s+с\\s+моей\\s+стороны)/',
    ],
    negations: [
      'не могу', 'не смогу', 'не в состоянии', 'не имею права', 'отказаться', 'не получится', 'не готов', 'не готова',
      'нельзя', 'не вправе', 'не могу вам', 'не разрешено', 'не позволено', 'не имею возможности', 'не то, что я могу',
      'не мне решать', 'не моё дело', 'не мое дело', 'не моя задача', 'не в моей власти',
    ],
    weakNegations: [
      'не буду', 'не стану', 'не собираюсь', 'предпочёл бы не', 'предпочла бы не', 'предпочту не', 'не хотел бы',
      'не хотела бы', 'не хочу', 'бы не хотел', 'бы не хотела',
      'не стал бы', 'не стала бы', 'не стоит', 'не следует', 'не должен', 'не должна', 'лучше не',
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
      'посовет', 'совет', 'порекоменд', 'рекоменд', 'поощр', 'научу', 'покаж', 'помогать',
      'обработ', 'реши', 'решать', 'выполня', 'определ', 'назнач', 'выписа',
    ],
    doVerbs: [
      'сделать', 'делать', 'это сделать', 'этого сделать', 'сделать это', 'это', 'этого', 'помочь', 'тут', 'здесь',
      'вам', 'тебе', 'для вас', 'для тебя', 'за вас', 'за тебя',
    ],
    innocentAfter: [
      'дождаться', 'поверить', 'уснуть', 'спать', 'перестать', 'представить', 'налюбоваться', 'не ',
      'объяснить, почему', 'описать, насколько', 'описать, как', 'передать словами', 'выразить', 'нарадоваться',
      'насмотреться',
      'спойлер', 'раскрывать концовк', 'раскрою концовк', 'выдавать концовк', 'портить',
    ],
    innocentBefore: [
      'словами', 'как сильно', 'насколько я', 'как я рад', 'как я рада',
    ],
    policy: [
      'правил', 'политик', 'принцип', 'ИИ', 'языковая модель', 'неприемлем', 'недопустим', 'откровен', 'этическ',
      'контент', 'запрос',
      'вне роли', 'OOC',
    ],
    fillers: [
      'извин', 'прости', 'жаль', 'к сожалению', 'понимаю', 'если хотите', 'если хочешь', 'если у вас есть',
      'если у тебя есть', 'другие вопрос', 'чем-то другим', 'что-нибудь другое', 'что-то другое', 'могу предложить',
      'буду рад', 'буду рада', 'с радостью', 'обратитесь', 'обратись', 'специалист', 'вместо этого', 'может быть',
      'давайте', 'давай', 'могу помочь', 'другую тему', 'другой теме', 'предлагаю', 'увы', 'надеюсь на понимание',
      'спасибо за понимание',
      'если интересно', 'если вам интересно', 'если тебе интересно', 'могу рассказать', 'расскажу про',
      'могу подсказать',
    ],
    context: [
      'боюсь, ', 'боюсь, что', 'вы просите', 'ты просишь', 'о которой вы', 'о котором вы', 'вашей просьб',
      'вашего запрос', 'для вас', 'для тебя', 'просите', 'просишь', 'просили', 'просил', 'просьб', 'запрос', 'чуж',
      'другого человека', 'других людей', 'вы предложили', 'вы предлагаете', 'вы хотите', 'вы хотели', 'ты предложил',
      'ты хочешь',
      'за вас', 'за тебя', 'даже если бы', 'даже будь у меня', 'от имени', 'от вашего имени', 'от твоего имени',
      'слишком далеко', 'эту сцену', 'сцен',
    ],
    reasons: [
      'ранить', 'обидеть', 'покалечить', 'подвергнуть опасности', 'навред', 'повред', 'было бы', 'незаконн', 'опасн',
      'вред', 'мошенни', 'обман', 'подделк', 'поддельн', 'подлог', 'нечестн', 'неэтичн', 'нарушени', 'чуж',
      'без согласия', 'частн', 'преступ', 'оскорб', 'клевет', 'против закона',
      'угроз', 'запуг', 'юридические последствия', 'обойти', 'обход',
    ],
    bareNo: [
      'нет', 'не могу', 'не получится', 'не выйдет', 'никак', 'нельзя', 'это невозможно', 'невозможно', 'не буду',
      'нет уж', 'не-а',
    ],
    apologies: [
      'извини', 'извините', 'прости', 'простите', 'сорри', 'мне жаль', 'мне очень жаль', 'к сожалению', 'увы',
      'прошу прощения', 'звиняй',
    ],
    declines: [
      'не вариант', 'это не вариант', 'не вариант вообще', 'без меня', 'это без меня', 'тут без меня', 'я пас', 'пас',
      'не буду', 'не буду этого делать', 'не стану', 'не стану этого делать', 'я такое не делаю', 'такое не делаю',
      'такое я не делаю', 'не сделаю', 'не возьмусь', 'за это не возьмусь', 'за такое не возьмусь', 'это не ко мне',
      'не ко мне', 'увольте', 'не могу', 'не могу такое', 'такое не могу', 'этого не будет',
    ],
    offers: [
      '/^(?:но\\s+|зато\\s+|а\\s+вот\\s+|однако\\s+|вместо\\s+этого\\s+)?(?:я\\s+)?(?:с\\s+радостью\\s+|охотно\\s+)?(?:могу|смогу|готов|готова)\\s/',
      'обратитесь', 'обратись', 'проконсультируйтесь', 'проконсультируйся', 'посоветуйтесь', 'посоветуйся', 'врач',
      'юрист', 'специалист', 'служб поддержки', 'службу поддержки',
    ],
    outOfCharacter: [
      'выходит из роли', 'выхожу из роли', 'вне роли', 'ooc', 'выход из роли', 'выйдя из роли', 'выходя из роли',
    ],
    everyday: [
      'понедельник', 'вторник', 'в среду', 'четверг', 'пятниц', 'суббот', 'воскресень', 'выходны', 'работаю',
      'буду занят', 'я занят', 'на работе', 'в другой раз', 'у меня смена',
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
      'Tendré que', 'Voy a tener que', 'Me veo obligado', 'Me veo obligada',
      'no te lo puedo', 'no se lo puedo',
      'no me corresponde', 'no es mi lugar', 'no soy quien para', 'no soy quién para', 'no me toca a mí',
      'no tengo forma de', 'no tengo manera de',
    ],
    weakMarkers: [
      'no lo voy a', 'no la voy a', 'no te voy a', 'no te lo voy a', 'No voy a', 'Prefiero no', 'Preferiría no',
      'Prefiero', 'Preferiría', 'No pienso', 'No tengo intención', 'Voy a pasar', 'Paso de',
      'No debería', 'Creo que no debería', 'Mejor no',
      'No creo que deba',
    ],
    identity: [
      'Como IA', 'Como una IA', 'Como modelo de lenguaje', 'Como inteligencia artificial', 'Como asistente de IA',
      'Como un modelo de lenguaje', 'Como asistente virtual',
      'Fuera de personaje', 'Fuera del personaje', 'Fuera de rol', 'Fuera del rol', 'OOC', 'Saliendo del personaje',
      'Saliendo del rol', 'Como modelo de IA',
    ],
    complete: [
      'Debo rechazar', 'Tengo que rechazar', 'Debo declinar', 'va en contra de mis directrices',
      'va en contra de mis políticas', 'va en contra de mis normas', 'infringe mis directrices',
      'No puedo ayudar con eso', 'No puedo ayudarte con eso', 'No puedo cumplir con esta solicitud',
      'No me siento cómodo continuando', 'No me siento cómoda continuando', 'no es algo con lo que pueda ayudar',
      'no es algo en lo que pueda ayudar', 'fuera de lo que puedo hacer', 'más allá de lo que puedo hacer',
      'Tendré que rechazar', 'Voy a tener que rechazar', 'Tendré que declinar', 'Voy a tener que declinar',
      'Tengo que declinar', 'Me veo obligado a rechazar', 'Me veo obligada a rechazar', 'Me veo obligado a declinar',
      'Me veo obligada a declinar', 'Debo negarme', 'Tengo que negarme', 'Tendré que negarme',
      'queda fuera de lo que puedo', 'está fuera de lo que puedo', 'no es algo que pueda hacer',
      'no es algo que esté en condiciones',
      '/(?:solicitud|petición|consulta)(?<=(?:esta|esa|tu|dicha)\\s+(?:\\p{L}+\\s+){0,2}?(?:solicitud|petición|consulta))\\s+(?:\\p{L}+\\s+){0,2}?(?:infringe|viola|va\\s+en\\s+contra\\s+de|incumple|contraviene|no\\s+cumple(?:\\s+con)?)\\s*(?:\\p{L}+\\s+){0,3}?(?:polític|normas|directrices|pautas|términos|reglas)/',
    ],
    weakComplete: [
      'fuera de mi alcance ', 'fuera de mis capacidades ', 'excede mis capacidades ', 'no está a mi alcance ',
      'no es posible para mí ', 'no lo haré ', 'no haré eso ', 'no escribiré ', 'no redactaré ', 'no te ayudaré ',
      'no voy a hacerlo ', 'no pienso hacerlo ',
      '/(?:fuera\\s+de|más\\s+allá\\s+de|excede|sobrepasa)\\s+(?:lo\\s+que|de\\s+lo\\s+que)\\s+(?:yo\\s+)?(?:puedo|podría|soy\\s+capaz)/',
      '/no\\s+(?:(?:lo|la|los|las|te|le|se\\s+lo|se\\s+la)\\s+)?(?:escribir|har|dar|ayudar|proporcionar|explicar|crear|redactar|continuar|generar|describir|dir|facilitar|compartir|contar|desarrollar)é(?![\\p{L}\\p{M}])/',
      'ahí es donde tengo que poner el límite', 'ahí tengo que poner el límite', 'ahí pongo el límite',
      'ahí marco el límite', 'ahí trazo la línea', 'tengo que trazar la línea', 'tengo que poner un límite',
      'debo poner un límite', 'ahí debo detenerme', 'ahí me detengo', 'hasta ahí puedo llegar',
      'donde tengo que poner el límite', 'donde debo poner el límite', 'tengo que poner el límite',
      'donde pongo el límite', 'donde trazo la línea', 'donde tengo que trazar la línea',
      'no ayudaría ', 'no te ayudaría ', 'no le ayudaría ',
      'una línea que no puedo cruzar', 'una línea que no voy a cruzar', 'un límite que no puedo cruzar',
      '/(?:parar|detenerme|detener|detengo|pausar|interrumpir|cortar|paro)(?:\\s+(?:\\p{L}+\\s+){0,3}?(?:aquí|acá|ahí)(?![\\p{L}])|(?<=(?:aquí|acá|ahí)\\s+(?:\\p{L}+\\s+){0,3}?(?:parar|detenerme|detener|detengo|pausar|interrumpir|cortar|paro)))/',
      '/(?:correcto|apropiado|adecuado|ético|responsable)(?<=no\\s+(?:sería|es|me\\s+parece)\\s+(?:correcto|apropiado|adecuado|ético|responsable))\\s+(?:por\\s+mi\\s+parte|que\\s+yo|de\\s+mi\\s+parte)/',
    ],
    negations: [
      'no puedo', 'no me es posible', 'no soy capaz de', 'no estoy en condiciones de', 'no voy a', 'no podré',
      'no podría', 'no me siento cómodo', 'no me siento cómoda', 'rechazar', 'prefiero no', 'no es posible',
      'no es algo con lo que pueda', 'no es algo en lo que pueda', 'no es algo que pueda', 'no es algo que yo pueda',
      'no tengo permitido', 'no estoy autorizado', 'no estoy autorizada', 'no lo puedo', 'no la puedo', 'no te puedo',
      'no le puedo', 'no me está permitido',
      'no me corresponde', 'no es mi lugar', 'no soy quien para', 'no soy quién para', 'no me toca a mí',
      'no tengo forma de', 'no tengo manera de', 'no hay forma de que pueda',
    ],
    weakNegations: [
      'no voy a', 'prefiero no', 'preferiría no', 'no pienso', 'no tengo intención de', 'no lo voy a', 'no te voy a',
      'no debería', 'no ayudaría', 'tampoco ayudaría', 'no lo haría', 'mejor no',
      'no creo que deba', 'no te lo puedo', 'no se lo puedo',
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
      'recomend', 'aconsej', 'sugerir', 'sugerirte', 'fomentar', 'respald', 'orientar', 'animarte',
      'procesar', 'tramitar', 'proceder', 'llevar a cabo', 'realizar', 'determinar', 'precisar', 'recetar',
      'hacer tu', 'hacer su', 'hacerte', 'hacer la tarea', 'hacer los deberes',
    ],
    doVerbs: [
      'hacer', 'hacerlo', 'hacer eso', 'hacer esto', 'eso', 'esto', 'ayudarte', 'ayudarle', 'por ti', 'por usted',
      'para ti', 'para usted', 'con eso', 'con esto',
    ],
    innocentAfter: [
      'esperar', 'creer', 'dormir', 'dejar de', 'parar de', 'imaginar', 'evitar', 'negar', 'mentir', 'explicarte lo',
      'explicar lo', 'describir lo', 'decirte lo', 'creerlo',
      'destripar', 'hacer spoiler', 'spoiler', 'revelar el final', 'contar el final', 'contarte el final', 'adelantar',
      'más que', 'sino ', 'dejar de',
    ],
    innocentBefore: [
      'con palabras', 'lo feliz que', 'cuánto te',
    ],
    policy: [
      'directrices', 'políticas', 'política', 'normas', 'pautas', 'IA', 'inapropiad', 'explícit', 'ética', 'contenido',
      'solicitud',
      'fuera de personaje', 'OOC',
    ],
    fillers: [
      'lo siento', 'disculp', 'lament', 'perdón', 'perdona', 'entiendo', 'si tienes', 'si tiene', 'si quieres',
      'si lo deseas', 'si lo desea', 'otra pregunta', 'otras preguntas', 'algo más', 'otra cosa', 'con gusto',
      'encantad', 'estaré feliz', 'puedo ayudarte con', 'en su lugar', 'en cambio', 'quizás', 'tal vez', 'profesional',
      'no dudes', 'avísame', 'házmelo saber', 'otro tema', 'otra dirección', 'siento mucho', 'habla con alguien',
      'línea de ayuda', 'te parece', 'le parece', 'me temo', 'podríamos', 'quieres que', 'otro giro', 'otro enfoque',
      'espero que lo entiendas', 'espero que lo entienda', 'gracias por entender',
      'si te interesa', 'si le interesa', 'si necesitas', 'puedo proponerte', 'puedo ofrecerte', 'puedo sugerirte',
    ],
    context: [
      'que me pides', 'que pides', 'tu solicitud', 'tu petición', 'por ti', 'para ti', 'me pides', 'me pediste',
      'me has pedido', 'me pide', 'pediste', 'solicitud', 'petición', 'otra persona', 'ajen', 'terceros', 'propones',
      'propone', 'que pediste', 'que pidió',
      'en tu lugar', 'a tu nombre', 'en tu nombre', 'en su nombre', 'aunque pudiera', 'incluso si pudiera',
      'aun si pudiera', 'aunque tuviera',
      'la escena', 'esta escena', 'demasiado lejos',
    ],
    reasons: [
      'herir', 'lastimar', 'hacer daño', 'perjudic', 'sería', 'ilegal', 'peligros', 'dañ', 'engañ', 'fraude',
      'falsific', 'falso', 'falsa', 'deshonest', 'privacidad', 'consentimiento', 'otra persona', 'ajen', 'delito',
      'poco ético', 'va contra la ley',
      'amenaz', 'intimid', 'consecuencias legales', 'eludir', 'saltarse', 'burlar',
    ],
    bareNo: [
      'no', 'nop', 'no puedo', 'no se puede', 'no es posible', 'imposible', 'eso no', 'no puedo hacerlo',
      'no voy a poder', 'no podré', 'para nada', 'de ninguna manera',
    ],
    apologies: [
      'lo siento', 'lo lamento', 'perdón', 'perdona', 'perdone', 'disculpa', 'disculpe', 'disculpas', 'lo siento mucho',
      'lamentablemente', 'me temo que', 'me temo', 'desafortunadamente',
    ],
    declines: [
      'eso no lo hago', 'no lo hago', 'yo eso no lo hago', 'eso no', 'paso', 'yo paso', 'paso de eso',
      'no cuentes conmigo', 'conmigo no cuentes', 'eso no va a pasar', 'no va a pasar', 'no puedo hacer eso',
      'eso no puedo', 'eso no lo puedo hacer', 'no lo voy a hacer', 'no voy a hacer eso', 'eso no lo voy a hacer',
      'ni hablar', 'eso no va', 'no me pidas eso', 'ahí no entro', 'en eso no me meto',
    ],
    offers: [
      '/^(?:pero\\s+|eso\\s+sí,?\\s+|en\\s+cambio,?\\s+|en\\s+su\\s+lugar,?\\s+)?(?:sí\\s+)?(?:te\\s+|le\\s+|os\\s+)?(?:puedo|podría)\\s/',
      'consulta', 'consulte', 'habla con', 'hable con', 'acude a', 'acuda a', 'tu médico', 'un médico', 'su médico',
      'farmacéutic', 'abogad', 'lo que sí puedo',
    ],
    outOfCharacter: [
      'sale del personaje', 'salgo del personaje', 'fuera de personaje', 'fuera del personaje', 'sale del rol',
      'salgo del rol', 'fuera de rol', 'fuera del rol', 'ooc', 'saliendo del personaje',
    ],
    everyday: [
      'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'fin de semana', 'porque trabajo',
      'estoy trabajando', 'estoy ocupad', 'tengo planes', 'tengo turno', 'otro día',
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
      'Vou ter que', 'Vou ter de', 'Vou precisar', 'Terei que', 'Terei de', 'Sou obrigado', 'Sou obrigada',
      'não me cabe', 'não cabe a mim', 'não compete a mim', 'não sou eu quem deve', 'não sou a pessoa certa para',
      'não tenho como',
    ],
    weakMarkers: [
      'Não vou', 'Eu não vou', 'Prefiro não', 'Eu prefiro não', 'Preferiria não', 'Prefiro', 'Preferiria',
      'Não pretendo', 'Vou passar',
      'Não devo', 'Acho que não devo', 'Melhor não', 'Eu não deveria', 'Não deveria',
    ],
    identity: [
      'Como IA', 'Como uma IA', 'Como modelo de linguagem', 'Como inteligência artificial', 'Como assistente de IA',
      'Como um modelo de linguagem', 'Sendo uma IA',
      'Fora do personagem', 'Fora de personagem', 'OOC', 'Saindo do personagem', 'Como modelo de IA',
    ],
    complete: [
      'Preciso recusar', 'Devo recusar', 'Tenho que recusar', 'vai contra as minhas diretrizes',
      'vai contra minhas diretrizes', 'vai contra as minhas políticas', 'viola as minhas diretrizes',
      'Não posso ajudar com isso', 'Não posso te ajudar com isso', 'Não posso atender a esse pedido',
      'Não me sinto confortável continuando', 'Não me sinto confortável em continuar',
      'não é algo com que eu possa ajudar', 'não é algo em que eu possa ajudar', 'não é algo que eu possa ajudar',
      'Vou ter que recusar', 'Vou ter de recusar', 'Terei que recusar', 'Terei de recusar', 'Vou precisar recusar',
      'Sou obrigado a recusar', 'Sou obrigada a recusar', 'Preciso declinar', 'Devo declinar', 'Vou ter que declinar',
      'Tenho que declinar', 'Me vejo obrigado a recusar', 'Me vejo obrigada a recusar', 'não é algo que eu possa fazer',
      'está fora do que eu posso', 'está fora do que posso',
      '/(?:pedido|solicitação|requisição)(?<=(?:esse|este|seu|tal|essa|esta|sua)\\s+(?:\\p{L}+\\s+){0,2}?(?:pedido|solicitação|requisição))\\s+(?:\\p{L}+\\s+){0,2}?(?:viola|infringe|vai\\s+contra|contraria|fere|não\\s+está\\s+de\\s+acordo\\s+com)\\s*(?:\\p{L}+\\s+){0,3}?(?:polític|diretrizes|regras|normas|termos)/',
    ],
    weakComplete: [
      'fora do meu escopo ', 'fora do meu alcance ', 'além do que posso ', 'além do que eu posso ',
      'foge do meu escopo ', 'foge ao meu escopo ', 'não é possível para mim ', 'não vou fazer isso ',
      'não farei isso ', 'não vou escrever ', 'não escreverei ',
      '/(?:fora|além|vai\\s+além)\\s+d[oa]\\s+que\\s+(?:eu\\s+)?(?:posso|consigo|sou\\s+capaz)|(?:excede|ultrapassa)\\s+o\\s+que\\s+(?:eu\\s+)?(?:posso|consigo)/',
      '/não\\s+(?:(?:o|a|os|as|te|lhe)\\s+)?(?:escrever|far|dar|ajudar|fornecer|explicar|criar|redigir|continuar|gerar|descrever|dir|compartilhar|contar|desenvolver)ei(?![\\p{L}\\p{M}])/',
      'é aí que eu tenho que parar', 'aí eu preciso parar', 'aí eu tenho que parar', 'é aí que eu traço o limite',
      'aí eu traço o limite', 'preciso estabelecer um limite', 'tenho que impor um limite', 'preciso impor um limite',
      'traçar a linha', 'aí é onde eu paro',
      'onde eu traço o limite', 'onde eu preciso parar', 'onde eu tenho que parar', 'onde traço o limite',
      'não ajudaria ', 'não te ajudaria ',
      'uma linha que não posso cruzar', 'um limite que não posso ultrapassar', 'uma linha que eu não posso cruzar',
      '/(?:parar|interromper|pausar|encerrar|paro)(?:\\s+(?:\\p{L}+\\s+){0,3}?(?:aqui|por\\s+aqui)(?![\\p{L}])|(?<=(?:aqui|por\\s+aqui)\\s+(?:\\p{L}+\\s+){0,3}?(?:parar|interromper|pausar|encerrar|paro)))/',
      '/(?:correto|apropriado|adequado|ético|responsável)(?<=não\\s+(?:seria|é|me\\s+parece)\\s+(?:correto|apropriado|adequado|ético|responsável))\\s+(?:da\\s+minha\\s+parte|que\\s+eu|eu\\s+)/',
    ],
    negations: [
      'não posso', 'não consigo', 'não sou capaz de', 'não me é possível', 'não vou', 'não poderei', 'não poderia',
      'não me sinto confortável', 'recusar', 'prefiro não', 'não é possível', 'não é algo que eu possa',
      'não é algo com que eu possa', 'não é algo em que eu possa', 'não é algo que posso', 'não tenho permissão',
      'não estou autorizado', 'não estou autorizada', 'não me é permitido', 'não o posso', 'não te posso',
      'não me sinto à vontade', 'não me sinto confortável em',
      'não me cabe', 'não cabe a mim', 'não compete a mim', 'não sou eu quem deve', 'não sou a pessoa certa para',
      'não tenho como', 'não há como eu', 'não teria como',
    ],
    weakNegations: [
      'não vou', 'prefiro não', 'preferiria não', 'não pretendo', 'não irei',
      'não devo', 'não deveria', 'não ajudaria', 'melhor não',
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
      'recomend', 'aconselh', 'sugerir', 'indicar', 'incentiv', 'encorajar', 'apoiar',
      'processar', 'prosseguir', 'proceder', 'levar adiante', 'realizar', 'determinar', 'indicar', 'receitar',
      'prescrever', 'dar continuidade',
      'fazer seu', 'fazer sua', 'fazer o seu', 'fazer a sua', 'fazer o teu', 'fazer a tua',
    ],
    doVerbs: [
      'fazer', 'fazer isso', 'fazê-lo', 'isso', 'realizar', 'ajudar', 'ajudar com isso', 'por você', 'para você',
      'por ti', 'para ti', 'com isso',
    ],
    innocentAfter: [
      'esperar', 'acreditar', 'dormir', 'parar de', 'deixar de', 'imaginar', 'evitar', 'negar', 'mentir', 'entender',
      'explicar o quanto', 'dizer o quanto', 'descrever o quanto',
      'dar spoiler', 'spoiler', 'estragar', 'revelar o final', 'contar o final',
      'deixar de', 'senão',
    ],
    innocentBefore: [
      'com palavras', 'o quanto eu', 'o quanto te',
    ],
    policy: [
      'diretrizes', 'políticas', 'política', 'normas', 'IA', 'inapropriad', 'explícit', 'ética', 'conteúdo',
      'solicitação', 'pedido',
      'fora do personagem', 'OOC',
    ],
    fillers: [
      'desculp', 'sinto muito', 'lamento', 'entendo', 'compreendo', 'se tiver', 'se você tiver', 'se quiser',
      'outra pergunta', 'outras perguntas', 'outra coisa', 'algo mais', 'fico feliz', 'ficaria feliz', 'com prazer',
      'posso ajudar com', 'posso te ajudar com', 'em vez disso', 'talvez', 'profissional', 'fique à vontade',
      'me avise', 'outro tema', 'outra direção', 'que tal', 'o que acha', 'receio', 'poderíamos', 'quer que',
      'outro caminho', 'outra abordagem', 'espero que entenda', 'obrigado pela compreensão', 'desculpe', 'perdão',
      'se tiver interesse', 'se te interessar', 'se interessar', 'se precisar', 'posso indicar', 'posso sugerir',
      'é só falar', 'é só pedir', 'tô aqui', 'fico à disposição',
    ],
    context: [
      'que você pediu', 'você pediu', 'seu pedido', 'sua solicitação', 'para você', 'por você', 'pediu', 'pedido',
      'solicitação', 'outra pessoa', 'alheio', 'alheia', 'terceiros', 'você sugeriu', 'você propôs', 'que você quer',
      'no seu lugar', 'em seu nome', 'no teu lugar', 'mesmo que pudesse', 'mesmo se pudesse', 'ainda que pudesse',
      'de qualquer forma', 'de qualquer jeito',
      'a cena', 'esta cena', 'longe demais', 'o rumo',
    ],
    reasons: [
      'machucar', 'ferir', 'magoar', 'lesar', 'seria', 'ilegal', 'perigos', 'prejudic', 'engan', 'fraude', 'falsific',
      'falso', 'falsa', 'desonest', 'privacidade', 'consentimento', 'outra pessoa', 'alheia', 'alheio', 'crime',
      'antiético',
      'ameaç', 'intimid', 'consequências legais', 'contornar', 'burlar', 'driblar',
    ],
    bareNo: [
      'não', 'não dá', 'não posso', 'não consigo', 'impossível', 'não é possível', 'isso não', 'não vai dar',
      'de jeito nenhum', 'nem pensar',
      'não rola', 'isso não rola', 'não vai rolar', 'isso aí não rola',
    ],
    apologies: [
      'desculpa', 'desculpe', 'desculpas', 'foi mal', 'sinto muito', 'lamento', 'perdão', 'infelizmente', 'receio que',
    ],
    declines: [
      'isso eu não faço', 'não faço isso', 'eu não faço isso', 'isso eu não consigo fazer', 'não consigo fazer isso',
      'isso não dá', 'não vai rolar', 'tô fora', 'estou fora', 'to fora', 'passo', 'eu passo', 'vou passar',
      'não vou fazer isso', 'isso eu não vou fazer', 'isso eu não posso fazer', 'não posso fazer isso',
      'não conte comigo', 'comigo não', 'aí não dá', 'nisso eu não entro', 'isso não rola',
    ],
    offers: [
      '/^(?:mas\\s+|porém,?\\s+|em\\s+vez\\s+disso,?\\s+|no\\s+entanto,?\\s+)?(?:eu\\s+)?(?:te\\s+|lhe\\s+)?(?:posso|poderia)\\s/',
      'consulte', 'procure', 'fale com', 'converse com', 'médico', 'farmacêutic', 'advogad', 'o que eu posso',
      'o que posso',
    ],
    outOfCharacter: [
      'sai do personagem', 'saio do personagem', 'fora do personagem', 'fora de personagem', 'sai da personagem',
      'ooc', 'saindo do personagem', 'sai do papel',
    ],
    everyday: [
      'segunda-feira', 'terça', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo', 'fim de semana',
      'vou trabalhar', 'estou trabalhando', 'tô trabalhando', 'estou ocupad', 'tô ocupad', 'tenho compromisso',
      'outro dia',
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
      'Je vais devoir', 'Je me dois', 'Je ne pourrai pas', 'Navré', 'Navrée', 'Je regrette', 'Je suis navré',
      'Je suis navrée', "Ce n'est pas quelque chose que je suis",
      'je peux pas', "j'peux pas",
      'il ne m\'appartient pas de', 'ce n\'est pas à moi de', 'ce n\'est pas mon rôle de',
      'il ne m\'appartient pas d\'',
      'Je ne suis pas en position',
      '/impossibilit(?<=je\\s+suis\\s+(?:\\p{L}+\\s+){0,2}?dans\\s+l[\'’]impossibilit)/',
    ],
    weakMarkers: [
      'Je préfère', 'Je préférerais', 'Je ne vais pas', 'Je ne compte pas', 'Je ne souhaite pas',
      "Je n'ai pas l'intention", 'Je vais passer',
      'Je ne devrais pas', 'Mieux vaut que je ne',
      'Je ne pense pas devoir', 'Je ne crois pas devoir',
    ],
    identity: [
      "En tant qu'IA", "En tant qu'assistant", 'En tant que modèle de langage', "En tant qu'intelligence artificielle",
      "En tant qu'assistante", "En tant qu'assistant IA", "En tant qu'assistant virtuel",
      'HRP', 'Hors RP', 'Hors jeu', 'Hors personnage', 'Hors rôle', 'OOC', 'En dehors du jeu de rôle',
      'En tant que modèle',
    ],
    complete: [
      'Je dois refuser', 'Je dois décliner', 'Je me vois contraint de refuser', 'Je me vois contrainte de refuser',
      "va à l'encontre de mes directives", "va à l'encontre de mes règles", 'enfreint mes directives',
      'Je ne peux pas vous aider avec ça', "Je ne peux pas t'aider avec ça", 'Je ne peux pas répondre à cette demande',
      'Je ne me sens pas à l’aise de continuer', "ce n'est pas quelque chose que je peux faire",
      "ce n'est pas quelque chose sur lequel je peux", 'dépasse le cadre de ce que je peux',
      'sort du cadre de ce que je peux', 'au-delà de ce que je peux faire',
      'Je vais devoir décliner', 'Je vais devoir refuser', 'Je me vois obligé de refuser',
      'Je me vois obligée de refuser', 'Je me dois de refuser', 'Je me dois de décliner',
      'Je dois malheureusement refuser', 'Je dois malheureusement décliner', 'Je préfère décliner', 'Je décline',
      "ce n'est pas quelque chose que je suis en mesure", 'pas quelque chose que je suis en mesure de',
      'dépasse ce que je peux', 'sort de ce que je peux', 'en dehors de ce que je peux',
      '/(?:demande|requête)(?<=(?:cette|votre|ta|une\\s+telle)\\s+(?:\\p{L}+\\s+){0,2}?(?:demande|requête))\\s+(?:\\p{L}+\\s+){0,2}?(?:enfreint|viole|va\\s+à\\s+l[\'’]encontre\\s+d|contrevient\\s+à|n[\'’]est\\s+pas\\s+conforme\\s+(?:à|aux)|ne\\s+respecte\\s+pas)\\s*(?:\\p{L}+\\s+){0,3}?(?:polit|règles|directives|conditions|lignes)/',
    ],
    weakComplete: [
      'pas possible pour moi ', 'impossible pour moi ', 'hors de mon champ ', 'dépasse mes compétences ',
      'en dehors de mes compétences ', 'hors de mes compétences ', 'au-delà de mes capacités ', 'je ne le ferai pas ',
      "je n'écrirai pas", 'je ne rédigerai pas',
      '/(?:dépasse|dépassent|au[-\\s]delà\\s+de|en\\s+dehors\\s+de|hors\\s+de)\\s+(?:le\\s+cadre\\s+de\\s+)?ce\\s+que\\s+je\\s+(?:peux|suis\\s+en\\s+mesure|sais)/',
      "/je\\s+ne\\s+(?:l['’]\\s*|la\\s+|le\\s+|les\\s+|vous\\s+|te\\s+|t['’]\\s*|lui\\s+)?(?:écrir|fer|donner|fournir|aider|expliquer|créer|rédiger|continuer|poursuivr|générer|décrir|dir|partager|développer|raconter)ai\\s+pas/",
      "c'est là que je dois m'arrêter", 'je dois poser une limite', "c'est là que je pose la limite",
      "c'est là que je fixe la limite", 'je dois fixer une limite', 'je trace la limite', 'je dois tracer une limite',
      "je dois m'arrêter là", "je vais m'arrêter là", "je m'arrête là",
      "là où je dois m'arrêter", 'là où je trace la limite', 'là où je pose la limite',
      "je n'aiderais pas", "je ne t'aiderais pas", 'je ne vous aiderais pas',
      'une limite que je ne peux pas franchir', 'une ligne que je ne franchirai pas',
      'une limite que je ne franchirai pas', 'une ligne rouge',
      '/(?:m[\'’]|s[\'’])\\s*arr[êe]t(?:e|er|erai|ons)?\\s+(?:\\p{L}+\\s+){0,2}?(?:ici|là)(?![\\p{L}])/',
      '/(?:interrompre|suspendre|mettre\\s+fin\\s+à)\\s+(?:\\p{L}+\\s+){0,3}?(?:ici|là)(?![\\p{L}])/',
      '/de\\s+ma\\s+part(?<=pas\\s+(?:correct|approprié|raisonnable|éthique|responsable|juste)\\s+de\\s+ma\\s+part)/',
    ],
    negations: [
      'ne peux pas', 'ne peux', 'ne suis pas en mesure de', 'impossible de', 'ne vais pas', 'ne pourrai pas',
      'ne pourrais pas', 'refuser de', 'préfère ne pas', 'ne me sens pas à l’aise', 'ne souhaite pas',
      "n'est pas quelque chose que je peux", 'pas quelque chose que je peux', 'pas quelque chose que je puisse',
      'ne suis pas autorisé à', 'ne suis pas autorisée à', "n'ai pas le droit de",
      'pas en mesure de',
      'peux pas',
      'il ne m\'appartient pas de', 'ce n\'est pas à moi de', 'ce n\'est pas mon rôle de',
      'il ne m\'appartient pas d\'',
      'dans l\'impossibilité de', 'dans l\'impossibilité d\'', 'dans l’impossibilité',
    ],
    weakNegations: [
      'préférerais ne pas', 'ne vais pas', 'ne compte pas', 'ne pas', "n'ai pas l'intention de",
      'ne devrais pas', "n'aiderais pas", "ne t'aiderais pas", 'ne vous aiderais pas', 'ne le ferais pas',
      'ne pense pas devoir', 'ne crois pas devoir',
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
      'encourag', 'recommand', 'conseill', 'suggér', 'cautionn', 'vous indiquer', "t'indiquer",
      'traiter', 'procéder', 'donner une suite', 'réaliser', 'déterminer', 'préciser', 'prescrire', 'vous dire quel',
      'te dire quel', 'vous dire quelle', 'te dire quelle',
      'faire ton', 'faire ta', 'faire votre', 'faire tes',
    ],
    doVerbs: [
      'faire', 'le faire', 'faire ça', 'faire cela', 'ça', 'cela', 'pour vous', 'pour toi', 'là-dessus',
    ],
    innocentAfter: [
      'attendre', 'croire', 'dormir', "m'empêcher", 'arrêter', 'imaginer', 'vous dire à quel', 'te dire à quel',
      "t'expliquer à quel", 'vous expliquer à quel', 'expliquer pourquoi', 'décrire à quel', 'mentir', "m'en empêcher",
      'spoiler', 'divulgâcher', 'dévoiler la fin', 'révéler la fin', 'gâcher',
      'vous recommander assez', 'te recommander assez', 'recommander assez', 'assez recommander', 'que ', "qu'",
    ],
    innocentBefore: [
      'avec des mots', 'à quel point je',
    ],
    policy: [
      'directives', 'politique', 'règles', 'IA', 'inapproprié', 'explicite', 'éthique', 'lignes directrices', 'contenu',
      'demande',
      'HRP', 'hors personnage', 'OOC',
    ],
    fillers: [
      'désolé', 'désolée', 'excuse', 'je comprends', 'si vous avez', 'si tu as', 'si vous le souhaitez', 'si tu veux',
      'autre question', 'autres questions', 'autre chose', 'avec plaisir', 'je serais ravi', 'je serais ravie',
      'volontiers', "n'hésitez pas", "n'hésite pas", 'à la place', 'peut-être', 'professionnel', 'je peux vous aider',
      "je peux t'aider", 'autre sujet', 'autre direction', 'malheureusement', 'que diriez-vous', 'et si on',
      'et si nous', 'on pourrait', 'nous pourrions', 'voulez-vous', 'veux-tu', 'autre piste',
      'si ça vous intéresse', 'si cela vous intéresse', "si ça t'intéresse", 'je reste disponible',
      'je reste à votre disposition', 'toute autre question', 'je peux te proposer', 'je peux vous proposer',
    ],
    context: [
      'je crains que', 'je crains de', 'vous demandez', 'tu demandes', 'votre demande', 'ta demande', 'pour vous',
      'pour toi', 'demande', 'demandez', 'demandes', 'proposez', 'proposes', "quelqu'un d'autre", 'autrui',
      "d'autres personnes", 'tu as demandé', 'vous avez demandé', 'suggérez', 'suggères',
      'à ta place', 'à votre place', 'même si je le pouvais', 'même si je pouvais', 'en votre nom', 'en ton nom',
      'trop loin', 'cette scène', 'la scène',
    ],
    reasons: [
      'blesser', 'nuire', 'mettre en danger', 'porter préjudice', 'serait', 'illégal', 'dangereu', 'nuisible', 'tromp',
      'fraude', 'falsifi', 'faux', 'fausse', 'malhonnête', 'vie privée', 'consentement', 'autrui', 'délit',
      "contraire à l'éthique", 'plagiat', 'la loi',
      'menac', 'intimid', 'conséquences juridiques', 'contourner',
    ],
    bareNo: [
      'non', 'impossible', 'je ne peux pas', 'je peux pas', 'pas possible', 'ce ne sera pas possible',
      'ça ne va pas être possible', 'ça va pas être possible', 'hors de question', 'je ne pourrai pas',
    ],
    apologies: [
      'désolé', 'désolée', 'navré', 'navrée', 'pardon', 'excuse-moi', 'excusez-moi', 'je suis désolé',
      'je suis désolée', 'malheureusement', 'je regrette', 'toutes mes excuses',
    ],
    declines: [
      '/(?:je\\s+(?:vais\\s+(?:devoir\\s+)?|dois\\s+|préfère\\s+)?)?pass(?:e|er)\\s+mon\\s+tour/', 'je passe',
      'sans moi', 'très peu pour moi', 'je ne fais pas ça', 'je fais pas ça', 'ça, je ne fais pas', 'ça je fais pas',
      'ça, je ne peux pas', 'je ne peux pas faire ça', 'je peux pas faire ça', 'pas question', 'ça ne se fera pas',
      'je ne le ferai pas', 'je le ferai pas', 'compte pas sur moi', 'ne comptez pas sur moi',
      'ne compte pas sur moi', 'je ne marche pas', 'je marche pas', 'non merci', 'ça va pas être possible',
    ],
    offers: [
      '/^(?:mais\\s+|en\\s+revanche,?\\s+|par\\s+contre,?\\s+|en\\s+attendant,?\\s+)?(?:je\\s+(?:peux|pourrais|serais)|on\\s+peut|on\\s+pourrait|nous\\s+pouvons)\\s/',
      'consultez', 'consulte ', 'adressez-vous', 'adresse-toi', 'parlez-en', 'parles-en', 'médecin', 'pharmacien',
      'avocat', 'ce que je peux',
    ],
    outOfCharacter: [
      'sort du personnage', 'sors du personnage', 'hors personnage', 'hrp', 'sort du rôle', 'sors de mon rôle', 'ooc',
      'sort de son rôle', 'hors rp',
    ],
    everyday: [
      'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'week-end', 'je travaille', 'je bosse',
      'je suis pris', 'je suis occupé', 'une autre fois',
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
      'Da muss ich', 'Das muss ich', 'Hier muss ich',
      'steht mir nicht zu', 'ist nicht meine Aufgabe', 'nicht meine Rolle', 'nicht an mir',
    ],
    weakMarkers: [
      '/e ich(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}e ich)(?<!(?:würd|hätt|wär|könnt|sollt|wollt|müsst|dürft|hab|hatt|wurd)e ich)/',
      'Ich werde', 'Ich möchte', 'werde ich', 'möchte ich', 'will ich', 'Ich will', 'gebe ich', 'schreibe ich',
      'erstelle ich', 'helfe ich', 'mache ich', 'verfasse ich', 'liefere ich', 'Ich würde lieber', 'würde ich lieber',
      'Ich verzichte', 'verzichte ich',
      'sollte ich', 'Ich sollte',
    ],
    identity: [
      'Als KI', 'Als Sprachmodell', 'Als künstliche Intelligenz', 'Als KI-Assistent', 'Als KI-Modell', 'Als Assistent',
      'OOC', 'Außerhalb der Rolle', 'Aus der Rolle', 'Kurz aus der Rolle', 'Außerhalb des Rollenspiels',
      'Als KI-Sprachmodell',
    ],
    complete: [
      'Ich muss ablehnen', 'Ich muss das ablehnen', 'Ich muss diese Anfrage ablehnen',
      'verstößt gegen meine Richtlinien', 'widerspricht meinen Richtlinien', 'gegen meine Richtlinien',
      'Dabei kann ich nicht helfen', 'Dabei kann ich dir nicht helfen', 'Dabei kann ich Ihnen nicht helfen',
      'Ich kann dabei nicht helfen', 'außerhalb dessen, wobei ich helfen kann', 'außerhalb dessen, was ich tun kann',
      'geht über das hinaus, was ich tun kann', 'nichts, wobei ich helfen kann', 'nichts, womit ich helfen kann',
      'muss ich leider ablehnen', 'muss ich ablehnen', 'Ich werde ablehnen müssen', 'Ich lehne das ab',
      'Das lehne ich ab', 'lehne ich ab', 'Ich muss leider ablehnen', 'Diese Anfrage muss ich ablehnen',
      'Ich muss hier ablehnen', 'außerhalb dessen, was ich', 'nichts, wobei ich dir helfen kann',
      'nichts, wobei ich Ihnen helfen kann',
      '/(?:anfrage|bitte|aufforderung)(?<=(?:diese|deine|ihre|eine\\s+solche|solche)\\s+(?:anfrage|bitte|aufforderung))\\s+(?:(?:\\p{L}+\\s+){0,2}?(?:verstößt\\s+gegen|widerspricht|verletzt)|gegen)\\s+(?:\\p{L}+\\s+){0,3}?(?:richtlinien|regeln|nutzungsbedingungen|nutzungsrichtlinien|bestimmungen|policy)/',
    ],
    weakComplete: [
      'außerhalb meines Aufgabenbereichs', 'außerhalb meiner Möglichkeiten', 'übersteigt meine Möglichkeiten',
      'für mich nicht möglich', 'nicht möglich für mich',
      '/(?:über\\s+das\\s+hinaus|außerhalb\\s+dessen|jenseits\\s+dessen|übersteigt)\\s*,?\\s*(?:was|wobei|womit|wozu)\\s+ich/',
      'Da ziehe ich die Grenze', 'Hier ziehe ich die Grenze', 'da muss ich eine Grenze ziehen',
      'hier muss ich eine Grenze ziehen', 'ziehe ich eine Grenze', 'muss ich die Grenze ziehen',
      'da ist für mich Schluss', 'hier ist für mich Schluss', 'da muss ich passen', 'muss ich leider passen',
      'eine Grenze, die ich nicht überschreite', 'eine Grenze, die ich nicht überschreiten kann', 'eine rote Linie',
      '/(?:hier|an\\s+dieser\\s+stelle)\\s+(?:breche|höre|stoppe|unterbreche|beende)\\s+ich/',
      '/(?:abbrechen|aufhören|unterbrechen|stoppen|beenden|pausieren)(?<=(?:hier|an\\s+dieser\\s+stelle)\\s+(?:\\p{L}+\\s+){0,6}?(?:abbrechen|aufhören|unterbrechen|stoppen|beenden|pausieren))/',
      '/(?:breche|höre|stoppe|unterbreche|beende)\\s+(?:ich\\s+)?(?:\\p{L}+\\s+){0,3}?(?:hier|an\\s+dieser\\s+stelle)(?![\\p{L}])/',
      '/(?:richtig|angemessen|verantwortungsvoll|vertretbar|fair)(?<=nicht\\s+(?:richtig|angemessen|verantwortungsvoll|vertretbar|fair))\\s*,?\\s+(?:wenn\\s+ich|von\\s+mir)/',
    ],
    negations: [
      'nicht', 'kein', 'keine', 'keinen', 'nicht in der Lage', 'nicht möglich', 'ablehnen', 'nicht wohl', 'nichts',
      'nicht erlaubt', 'nicht gestattet',
      'steht mir nicht zu', 'ist nicht meine Aufgabe', 'nicht meine Rolle', 'nicht an mir',
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
      'empfehlen', 'empfehle', 'raten', 'beraten', 'ermutigen', 'vorschlagen', 'zeigen', 'helfe',
      'bearbeit', 'durchführ', 'nachgehen', 'weitergeben', 'sagen', 'festlegen', 'bestimmen', 'verschreiben',
      'Rechtsberatung', 'Beratung',
    ],
    doVerbs: [
      'tun', 'machen', 'das tun', 'das machen', 'das', 'dabei helfen', 'für dich', 'für Sie', 'dabei', 'damit',
    ],
    innocentAfter: [
      'erwarten', 'glauben', 'schlafen', 'aufhören',
      'sagen, wie sehr', 'sagen, wie',
    ],
    innocentBefore: [
      'in Worte', 'in Worten', 'wie sehr', 'wie schön', 'wie glücklich', 'wie dankbar', 'wie froh',
      'das Ende ', 'vom Ende', 'den Schluss', 'Spoiler', 'spoilern',
    ],
    policy: [
      'Richtlinien', 'Regeln', 'KI', 'Sprachmodell', 'unangemessen', 'explizit', 'ethisch', 'Inhalt', 'Anfrage',
      'OOC', 'Rolle',
    ],
    fillers: [
      'tut mir leid', 'entschuldig', 'leider', 'ich verstehe', 'wenn du', 'wenn Sie', 'andere Frage', 'anderen Fragen',
      'etwas anderes', 'gerne', 'gern', 'stattdessen', 'vielleicht', 'Fachleute', 'Fachperson', 'professionelle',
      'melde dich', 'lass mich wissen', 'lassen Sie mich wissen', 'zögere nicht', 'zögern Sie nicht', 'anderes Thema',
      'andere Richtung', 'wie wäre es', 'wollen wir', 'könnten wir', 'möchtest du', 'möchten Sie', 'alternativ',
      'andere Idee', 'ich hoffe, du verstehst', 'ich hoffe, Sie verstehen', 'danke für dein Verständnis',
      'wenn du magst', 'falls du magst', 'wenn Sie möchten', 'falls Sie möchten', 'bei Interesse', 'melden Sie sich',
      'meld dich',
    ],
    context: [
      'fürchte ich', 'ich fürchte', 'du möchtest', 'du willst', 'Sie möchten', 'deine Anfrage', 'Ihre Anfrage',
      'für dich', 'für Sie', 'worum du', 'worum Sie', 'Anfrage', 'gebeten', 'gewünscht', 'verlangt', 'fremd',
      'anderer Personen', 'einer anderen Person', 'vorgeschlagen', 'du dir gewünscht', 'Sie sich gewünscht',
      'dir ', 'Ihnen ', 'euch ', 'selbst wenn ich könnte', 'auch wenn ich könnte', 'in deinem Namen', 'in Ihrem Namen',
      'selbst machen', 'selbst schreiben',
      'zu weit', 'diese Szene', 'die Szene', 'Fortsetzung',
    ],
    reasons: [
      'bloßstell', 'verletz', 'gefährden', 'schädigen', 'wäre', 'illegal', 'strafbar', 'gefährlich', 'schaden',
      'schädlich', 'täusch', 'Betrug', 'gefälscht', 'Fälschung', 'unehrlich', 'unredlich', 'Privatsphäre',
      'Einwilligung', 'Zustimmung', 'fremd', 'Verleumdung', 'beleidigend', 'unethisch', 'Gesetz', 'verstößt',
      'verstoßen', 'geltendes Recht', 'rechtswidrig', 'verboten',
      'droh', 'einschüchter', 'rechtliche Folgen', 'umgehen', 'aushebeln', 'Gewalt', 'Kinder',
    ],
    bareNo: [
      'nein', 'nee', 'nö', 'geht nicht', 'das geht nicht', 'kann ich nicht', 'das kann ich nicht', 'nicht möglich',
      'das ist nicht möglich', 'leider nein', 'leider nicht', 'keine Chance', 'auf keinen Fall',
    ],
    apologies: [
      'sorry', 'tut mir leid', 'es tut mir leid', 'entschuldige', 'entschuldigung', 'entschuldigen Sie', 'leider',
      'bedaure', 'verzeihung', 'verzeih',
    ],
    declines: [
      'das mach ich nicht', 'mach ich nicht', 'das mache ich nicht', 'mache ich nicht', 'ohne mich',
      'da bin ich raus', 'ich bin raus', 'das kann ich nicht machen', 'kann ich nicht machen', 'da passe ich',
      'ich passe', 'kommt nicht in frage', 'kommt nicht infrage', 'das werde ich nicht tun', 'werde ich nicht tun',
      'das tu ich nicht', 'tu ich nicht', 'das tue ich nicht', 'das läuft nicht', 'das wird nichts',
      'da mach ich nicht mit', 'mach ich nicht mit', 'das schreib ich nicht', 'das schreibe ich nicht',
    ],
    offers: [
      '/^(?:aber\\s+|dafür\\s+|stattdessen\\s+|gerne\\s+)?(?:ich\\s+kann|kann\\s+ich|ich\\s+könnte|könnte\\s+ich|wir\\s+können|ich\\s+helfe)\\s/',
      'wende dich', 'wenden Sie sich', 'frag ', 'fragen Sie', 'Arzt', 'Ärztin', 'Apothek', 'Anwalt', 'Anwältin',
      'Beratungsstelle', 'Verein', 'was ich tun kann', 'was ich dir anbieten',
    ],
    outOfCharacter: [
      'aus der rolle', 'außerhalb der rolle', 'fällt aus der rolle', 'ooc', 'verlässt die rolle',
    ],
    everyday: [
      'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'arbeite ich',
      'ich arbeite', 'muss ich arbeiten', 'keine zeit', 'ein andermal',
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
      'Dovrò', 'Sono costretto', 'Sono costretta', 'Mi vedo costretto', 'Mi vedo costretta', 'Temo che',
      'non spetta a me', 'non sta a me', 'non è compito mio', 'non è mio compito',
    ],
    weakMarkers: [
      'Preferisco non', 'Preferirei non', 'Preferirei', 'Preferisco', 'Non ho intenzione', 'Non intendo',
      'Non dovrei', 'Meglio di no',
      'Non credo di dover',
    ],
    identity: [
      'Come IA', "Come un'IA", 'Come intelligenza artificiale', 'Come modello linguistico', 'Come assistente IA',
      "Come un'intelligenza artificiale", 'Come modello di linguaggio', 'Come assistente virtuale',
      'Fuori personaggio', 'Fuori dal personaggio', 'Fuori ruolo', 'OOC', 'Uscendo dal personaggio', 'In quanto IA',
      'In quanto intelligenza artificiale', 'In quanto modello linguistico', 'In quanto assistente',
    ],
    complete: [
      'Devo rifiutare', 'Devo declinare', 'va contro le mie linee guida', 'va contro le mie regole',
      'viola le mie linee guida', 'Non posso aiutarti con questo', 'Non posso aiutarla con questo',
      'Non posso soddisfare questa richiesta', 'Non me la sento di continuare', 'non è qualcosa con cui posso aiutarti',
      'non è qualcosa in cui posso aiutarti', 'va oltre ciò che posso fare', 'devo fermarmi qui',
      'Dovrò declinare', 'Dovrò rifiutare', 'Sono costretto a rifiutare', 'Sono costretta a rifiutare',
      'Sono costretto a declinare', 'Sono costretta a declinare', 'Mi vedo costretto a rifiutare',
      'Mi vedo costretta a rifiutare', 'Devo purtroppo declinare', 'Devo purtroppo rifiutare',
      'va oltre quello che posso', 'fuori da ciò che posso',
      '/(?:richiesta|domanda)(?<=(?:questa|la\\s+tua|tale|una\\s+simile)\\s+(?:\\p{L}+\\s+){0,2}?(?:richiesta|domanda))\\s+(?:\\p{L}+\\s+){0,2}?(?:viola|va\\s+contro|contravviene\\s+a|non\\s+rispetta|non\\s+è\\s+conforme\\s+(?:a|alle))\\s*(?:\\p{L}+\\s+){0,3}?(?:linee\\s+guida|polic|politiche|regole|norme|termini)/',
    ],
    weakComplete: [
      'non scriverò ', 'non lo farò ', 'non farò ', 'non fornirò ', 'non darò ', 'non creerò ', 'non aiuterò ',
      'non spiegherò ', 'non la scrivo ', 'non lo scrivo ', 'non lo faccio ', 'non la faccio ',
      'va oltre ciò che posso ', 'oltre le mie competenze ', 'al di fuori delle mie competenze ',
      'fuori dalla mia portata ', 'non è possibile per me ', 'devo fermarmi ',
      '/(?:oltre|al\\s+di\\s+là\\s+di|fuori\\s+da)\\s+(?:ciò|quello|quanto)\\s+che\\s+(?:io\\s+)?(?:posso|sono\\s+in\\s+grado|riesco)/',
      "/non\\s+(?:l['’]\\s*|la\\s+|lo\\s+|li\\s+|le\\s+|ne\\s+|te\\s+l[oa]\\s+|ti\\s+|glie\\s*l[oa]\\s+)?(?:scriver|far|dar|aiuter|fornir|spiegher|creer|continuer|proseguir|generer|descriver|dir|condivider|raccontér|racconter|sviluppér|svilupper)ò(?![\\p{L}\\p{M}])/",
      'qui devo porre un limite', 'devo porre un limite', 'devo mettere un limite', 'qui traccio il limite',
      'devo tracciare una linea', 'qui mi fermo',
      'dove devo porre un limite', 'dove traccio il limite', 'dove devo fermarmi',
      'non aiuterei ', 'non ti aiuterei ', 'non la aiuterei ',
      'un limite che non posso superare', 'una linea che non posso oltrepassare', 'una linea rossa',
      '/non\\s+(?:te|ve|glie)\\s*l[oa]\\s+(?:scrivo|faccio|dico|do|preparo|creo|racconto|spiego)(?![\\p{L}\\p{M}])/',
      '/(?:fermarmi|mi\\s+fermo|interrompo|interrompere|sospendere)(?:\\s+(?:\\p{L}+\\s+){0,2}?(?:qui|qua)(?![\\p{L}])|(?<=(?:qui|qua)\\s+(?:\\p{L}+\\s+){0,2}?(?:fermarmi|mi\\s+fermo|interrompo|interrompere|sospendere)))/',
      '/(?:corretto|giusto|appropriato|opportuno|etico|responsabile)(?<=non\\s+(?:sarebbe|è|mi\\s+sembra)\\s+(?:corretto|giusto|appropriato|opportuno|etico|responsabile))\\s+(?:da\\s+parte\\s+mia|che\\s+io)/',
    ],
    negations: [
      'non posso', 'non sono in grado di', 'non mi è possibile', 'non riesco a', 'non potrò', 'non potrei',
      'non me la sento di', 'non mi sento a mio agio', 'rifiutare', 'preferisco non', 'non è possibile',
      'non mi è consentito', 'non sono autorizzato', 'non sono autorizzata', 'non ho il permesso di', 'non la posso',
      'non lo posso', 'non ti posso', 'non riuscirò a', 'non riuscirò ad',
      'non spetta a me', 'non sta a me', 'non è compito mio', 'non è mio compito',
    ],
    weakNegations: [
      'preferisco non', 'preferirei non', 'non ho intenzione di', 'non intendo',
      'non dovrei', 'non aiuterei', 'non lo farei',
      'non credo di dover', 'non ti aiuterei', 'non la aiuterei', 'non vi aiuterei', "non l'aiuterei",
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
      'suggerir', 'consigliar', 'raccomandar', 'incoraggi', 'spiegart',
      'proced', 'elabora', 'portare avanti', 'dare seguito', 'realizzar', 'determinar', 'prescriver', 'dirti quale',
      'dirti quanto assumere',
      'fare il tuo', 'fare la tua', 'farti i compiti',
    ],
    doVerbs: [
      'fare', 'farlo', 'fare questo', 'fare ciò', 'questo', 'ciò', 'aiutarti', 'per te', 'per lei', 'per voi',
    ],
    innocentAfter: [
      'aspettare', 'credere', 'dormire', 'smettere', 'immaginare', 'fare a meno', 'spiegarti quanto', 'spiegare quanto',
      'dirti quanto', 'descrivere quanto', 'crederci',
      'rovinar', 'spoiler', 'svelar', 'rivelar',
      'che ',
    ],
    innocentBefore: [
      'a parole', 'quanto sono', 'quanto ti',
    ],
    policy: [
      'linee guida', 'politiche', 'regole', 'IA', 'inappropriat', 'esplicit', 'etic', 'contenut', 'richiesta',
      'fuori personaggio', 'OOC',
    ],
    fillers: [
      'mi dispiace', 'scus', 'spiacente', 'purtroppo', 'capisco', 'se hai', 'se vuoi', 'se desideri', 'altre domande',
      'altra domanda', "qualcos'altro", 'volentieri', 'sarei felice', 'sarò felice', 'invece', 'forse',
      'professionista', 'non esitare', 'fammi sapere', 'posso aiutarti con', 'altro argomento', 'altra direzione',
      'mi spiace', 'che ne dici', 'che ne pensi', 'potremmo', 'vuoi che', 'altra idea', 'spero tu capisca',
      'spero che tu capisca', 'grazie per la comprensione',
      'se vuole', 'se desidera', 'se ti interessa', 'se le interessa', 'posso indicarle', 'posso aiutarla',
      'posso aiutarti', 'ti va di', 'le va di',
    ],
    context: [
      'temo di', 'temo che', 'mi chiedi', 'la tua richiesta', 'per te', 'per lei', 'mi hai chiesto', 'hai chiesto',
      'richiesta', 'chiesto', 'altrui', "un'altra persona", 'non è tua', 'non è tuo', 'non è sua', 'hai suggerito',
      'proponi',
      'al posto tuo', 'al posto suo', 'al tuo posto', 'per conto tuo', 'a nome tuo', 'a tuo nome', 'anche se potessi',
      'troppo oltre', 'questa scena', 'la scena',
    ],
    reasons: [
      'danneggi', 'ferire', 'nuocere', 'mettere in pericolo', 'sarebbe', 'illegal', 'pericolos', 'danno', 'dannos',
      'ingann', 'frode', 'falsific', 'falso', 'falsa', 'disonest', 'privacy', 'consenso', 'altrui', 'reato',
      'non etico',
      'minacc', 'intimid', 'conseguenze legali', 'aggirare', 'eludere',
    ],
    bareNo: [
      'no', 'non posso', 'non si può', 'non è possibile', 'impossibile', 'non ci riesco', 'non posso farlo',
      'assolutamente no', 'purtroppo no',
    ],
    apologies: [
      'mi dispiace', 'mi spiace', 'scusa', 'scusami', 'scusi', 'scusate', 'spiacente', 'perdonami', 'purtroppo',
      'chiedo scusa', 'mi dispiace molto',
    ],
    declines: [
      'non lo faccio', 'questo non lo faccio', 'questo non posso farlo', 'non posso farlo', 'passo', 'io passo',
      'senza di me', 'non se ne parla', 'non ci penso nemmeno', 'non fa per me', 'non lo farò', 'questo no',
      'non posso', 'su questo passo', 'non ci sto', 'io non ci sto', 'lascio perdere', 'non lo scrivo',
      'questo non lo scrivo',
    ],
    offers: [
      '/^(?:ma\\s+|però\\s+|invece\\s+|in\\s+compenso\\s+)?(?:ti\\s+|la\\s+|le\\s+|vi\\s+)?(?:posso|potrei|possiamo)\\s/',
      'rivolgiti', 'si rivolga', 'consulta', 'consulti', 'chiedi al', 'chiedi a', 'medico', 'farmacista', 'avvocato',
      'quello che posso',
    ],
    outOfCharacter: [
      'esce dal personaggio', 'esco dal personaggio', 'fuori personaggio', 'fuori dal personaggio', 'esce dal ruolo',
      'ooc', 'uscendo dal personaggio',
    ],
    everyday: [
      'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica', 'fine settimana', 'weekend',
      'perché lavoro', 'sto lavorando', 'sono impegnat', 'ho da fare',
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
      'bana düşmez', 'benim işim değil', 'bana düşen bir şey değil', 'benim yerim değil',
    ],
    weakMarkers: [
      '/m(?:ayacağım|eyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m(?:ayacağım|eyeceğim))/', 'tercih etmem',
      'tercih etmiyorum', 'istemem', 'istemiyorum',
      '/m[ae]zd[ıi]m(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m[ae]zd[ıi]m)/',
    ],
    identity: [
      'Yapay zeka olarak', 'Bir yapay zeka olarak', 'Bir dil modeli olarak', 'Bir yapay zeka asistanı olarak',
      'Dil modeli olarak', 'Yapay zekâ olarak',
      'Karakter dışı', 'Rol dışı', 'Karakterden çıkarak', 'Rolden çıkarak', 'OOC',
    ],
    complete: [
      'Bu konuda yardımcı olamam', 'Bu konuda size yardımcı olamam', 'Bu konuda sana yardımcı olamam',
      'yönergelerime aykırı', 'politikalarıma aykırı', 'kurallarıma aykırı', 'reddetmek zorundayım',
      'Bu isteği yerine getiremem', 'kullanım politikalarına aykırı', 'kullanım koşullarına aykırı',
      'yardımcı olabileceğim bir konu değil', 'yapabileceğim bir şey değil',
      'reddetmem gerekiyor', 'reddetmek durumundayım', 'geri çevirmek zorundayım', 'geri çevirmem gerekiyor',
      'yardımcı olabileceğim bir şey değil', 'benim yapabileceğim bir şey değil',
      'bu istek kullanım', 'bu talep kullanım', 'bu istek politikalar', 'bu talep politikalar',
      'isteğiniz kurallara aykırı', 'bu istek kurallara aykırı', 'bu talep kurallara aykırı',
    ],
    weakComplete: [
      'tercih etmem', 'tercih etmiyorum',
      '/m[ae]m(?<=\\p{L}\\p{L}m[ae]m)(?:[ıi]z)?(?:\\s+(?:ise|da|de|bile))?\\s+(?:pek\\s+|hiç\\s+)?(?:mümkün|doğru|uygun|etik|yerinde)\\s+(?:değil|olmaz|olmayacak)/',
      'benim için mümkün değil', 'kapsamım dışında', 'yetkim dışında', 'yeteneklerimin dışında', 'imkânım yok',
      'imkanım yok', '/bilece[ğk]\\p{L}*\\s+(?:\\p{L}+\\s+)?dışında/', '/m[ae]m[ae]y[ıi]\\s+tercih\\s+eder(?:im|dim)/',
      'bana doğru gelmiyor', 'bana uygun gelmiyor',
      'burada çizgiyi çekmem gerek', 'burada sınırı çizmem gerek', 'sınırı burada çiziyorum',
      'çizgiyi burada çekiyorum', 'burada durmam gerek', 'burada durmak zorundayım',
      'aşamayacağım bir çizgi', 'aşamayacağım bir sınır', 'kırmızı çizgim',
      '/(?:durmam|durmak|kesmem|kesmek|bırakmam|bırakmak|duruyorum|kesiyorum|bırakıyorum|durayım|keseyim|bırakayım)(?<=(?:burada|bu\\s+noktada)\\s+(?:\\p{L}+\\s+){0,3}?(?:durmam|durmak|kesmem|kesmek|bırakmam|bırakmak|duruyorum|kesiyorum|bırakıyorum|durayım|keseyim|bırakayım))/',
    ],
    negations: [
      'olamam', 'olamıyorum', 'edemem', 'edemiyorum', 'yapamam', 'veremem', 'yazamam', 'oluşturamam', 'sağlayamam',
      'getiremem', 'katılamam', 'üretemem', 'anlatamam', 'sunamam', 'değil', 'mümkün değil', 'reddet', 'uygun değil',
      'olmayacağım', 'etmeyeceğim',
      '/y?(?:amam|emem|amıyorum|emiyorum|amayacağım|emeyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}y?(?:amam|emem|amıyorum|emiyorum|amayacağım|emeyeceğim))/',
      'bana düşmez', 'benim işim değil', 'bana düşen bir şey değil', 'benim yerim değil',
    ],
    weakNegations: [
      '/m(?:ayacağım|eyeceğim)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m(?:ayacağım|eyeceğim))/', 'tercih etmem',
      'tercih etmiyorum', 'istemem', 'istemiyorum',
      '/m[ae]zd[ıi]m(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m[ae]zd[ıi]m)/',
    ],
    plainNegations: [
      '/m(?:ıyorum|iyorum|uyorum|üyorum|am|em)(?![\\p{L}\\p{M}])(?<=\\p{L}\\p{L}m(?:ıyorum|iyorum|uyorum|üyorum|am|em))/',
    ],
    objects: [
      'yardım', 'destek', 'devam', 'oluştur', 'yaz', 'sağla', 'üret', 'yerine getir', 'katıl', 'tartış', 'anlat',
      'betimle', 'cevap', 'yanıt', 'bu tür', 'böyle bir', 'bu isteğ', 'bu talep', 'içerik', 'rol yapma', 'canlandır',
      'sun', 'bunu', 'açıkla', 'göster', 'öğret', 'söyle', 'tarif', 'karşıla', 'talebin', 'talebi', 'isteğin',
      'isteğiniz', 'bilgi', 'ver', 'hazırla', 'yardımcı', 'gir', 'bu konuda', 'sürdür',
      'öner', 'tavsiye', 'yönlendir', 'teşvik',
      'işleme', 'gerçekleştir', 'belirle',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      'ne kadar', 'nasıl da', 'kelimelerle', 'sözcüklerle',
    ],
    policy: [
      'yönerge', 'politika', 'kural', 'yapay zeka', 'uygunsuz', 'müstehcen', 'etik', 'içerik', 'istek',
      'karakter dışı', 'OOC',
    ],
    fillers: [
      'üzgünüm', 'özür', 'maalesef', 'ne yazık ki', 'anlıyorum', 'başka bir', 'başka sorunuz', 'başka sorun',
      'yardımcı olabilirim', 'memnuniyetle', 'seve seve', 'bunun yerine', 'belki', 'uzman', 'çekinmeden', 'bana bildir',
      'istersen', 'isterseniz', 'başka konu', 'İstersen', 'İsterseniz', 'ister misin', 'ister misiniz', 'deneyebiliriz',
      'kusura bak', 'anlayışınız', 'anlayışla', 'anlayışın',
      'ilgilenirsen', 'ilgilenirseniz', 'haber ver',
    ],
    context: [
      'korkarım', 'istediğiniz', 'istediğin', 'sizin için', 'senin için', 'talebinizi', 'isteğinizi', 'talebiniz',
      'isteğiniz', 'başkasının', 'başkalarının', 'ödevinizi', 'adınıza', 'önerdiğiniz', 'önerdiğin',
      'senin yerine', 'sizin yerinize', 'senin adına', 'olsaydı da', 'olsaydı bile', 'yapabilseydim bile',
      'mümkün olsa bile',
      'bu sahne', 'çok ileri',
    ],
    reasons: [
      'incit', 'yaralay', 'tehlikeye', 'yasa dışı', 'yasadışı', 'tehlikeli', 'zarar', 'aldat', 'sahte',
      'dolandırıcılık', 'sahtecilik', 'gizlilik', 'izinsiz', 'rıza', 'başkasının', 'suç', 'etik değil', 'uygunsuz',
      'kandır',
      'tehdit', 'korkut', 'yasal sonuç', 'atlatmak', 'aşmak',
    ],
    bareNo: [
      'hayır', 'olmaz', 'yapamam', 'bunu yapamam', 'mümkün değil', 'maalesef olmaz', 'imkânsız', 'imkansız', 'olmuyor',
    ],
    apologies: [
      'kusura bakma', 'kusura bakmayın', 'üzgünüm', 'özür dilerim', 'pardon', 'maalesef', 'ne yazık ki', 'affedersin',
      'affedersiniz', 'çok üzgünüm',
    ],
    declines: [
      'ben yokum', 'bunda yokum', 'bu işte yokum', 'olmaz', 'ben bunu yapmam', 'bunu yapmam', 'yapmam',
      'pas geçiyorum', 'pas geçeyim', 'bu bana göre değil', 'bunu yapamam', 'yapamam', 'bu olmaz', 'bunu yazamam',
      'yazamam', 'bunu yazmam', 'o iş olmaz', 'bunu yapmayacağım', 'yapmayacağım',
      'ben bu işte yokum', 'bu işte ben yokum', 'ben bunda yokum',
    ],
    offers: [
      '/(?:ebilirim|abilirim|ebiliriz|abiliriz)(?![\\p{L}\\p{M}])/', 'danış', 'doktor', 'eczacı', 'avukat', 'başvur',
      'yardım edebilirim',
    ],
    outOfCharacter: [
      'karakterden çık', 'rolden çık', 'karakter dışı', 'rol dışı', 'ooc',
    ],
    everyday: [
      'pazartesi', 'salı', 'çarşamba', 'perşembe', 'cuma', 'cumartesi', 'pazar günü', 'hafta sonu', 'çalışıyorum',
      'işim var', 'meşgulüm', 'başka zaman',
    ],
    verbFinal: true,
    wordStart: true,
  },
  uk: {
    markers: [
      'Я не можу', 'Не можу', 'Я не в змозі', 'Я не зможу', 'Вибачте', 'Вибач', 'Перепрошую', 'На жаль', 'Мені шкода',
      'Мені дуже шкода', 'Я не маю права', 'Я змушений', 'Я змушена', 'Боюся', 'Не зможу', 'Це не те, з чим я можу',
      'не те, з чим я можу', 'Це не те, що я можу', 'не те, що я можу',
      'Мені доведеться', 'Доведеться', 'Змушений', 'Змушена', 'Мушу',
      'не мені вирішувати', 'не моя справа', 'не моє завдання',
    ],
    weakMarkers: [
      'Я не буду', 'Не буду', 'Я не стану', 'Я б не хотів', 'Я б не хотіла', 'Я волів би', 'Я воліла б', 'Волію',
      'Я не збираюся', 'Не збираюся', '/не(?<![\\p{L}\\p{N}\\p{M}]не)(?=\\s+\\p{L}+тиму(?![\\p{L}\\p{M}]))/',
      'Я б волів', 'Я б воліла',
      'Я б не став', 'Я б не стала', 'Не став би', 'Не стала б', 'Мені не варто', 'Краще я не',
    ],
    identity: [
      'Як ШІ', 'Як штучний інтелект', 'Як мовна модель', 'Як ШІ-асистент', 'Як асистент', 'Як AI', 'Будучи ШІ',
      'Поза роллю', 'Поза грою', 'Виходячи з ролі', 'OOC', 'Як модель ШІ', 'Як мовна модель ШІ',
    ],
    complete: [
      'Я змушений відмовитися', 'Я змушена відмовитися', 'Я мушу відмовитися', 'суперечить моїм принципам',
      'суперечить моїм правилам', 'порушує мої правила', 'Я не можу з цим допомогти', 'Я не можу допомогти з цим',
      'Я не можу виконати цей запит', 'Це не те, з чим я можу допомогти', 'не те, з чим я можу допомогти',
      'виходить за межі того, що я можу',
      'Мушу відмовитися', 'Змушений відмовитися', 'Змушена відмовитися', 'Мені доведеться відмовитися',
      'Доведеться відмовитися', 'Я відмовлюся', 'змушений відхилити', 'змушена відхилити', 'доведеться відхилити',
      'я вам не помічник', 'я тобі не помічник', 'тут я не помічник', 'в цьому я вам не помічник',
      'у цьому я вам не помічник', 'у цьому я тобі не помічник', 'в цьому я тобі не помічник',
      '/(?:запит|прохання)(?<=(?:цей|ваш|твій|такий|це|ваше|твоє|таке)\\s+(?:\\p{L}+\\s+){0,2}?(?:запит|прохання))\\s+(?:\\p{L}+\\s+){0,2}?(?:порушує|суперечить|не\\s+відповідає)\\s*(?:\\p{L}+\\s+){0,3}?(?:правил|політик|принцип|умов)/',
    ],
    weakComplete: [
      'не напишу ', 'не допоможу ', 'не надам ', 'не створю ', 'не продовжу ', 'не опишу ', 'не поясню ',
      'не розповім ', 'не підкажу ', 'не згенерую ', 'не зроблю ', 'не зроблю цього ', 'не зроблю це ', 'не складу ',
      'виходить за межі моїх можливостей ', 'за межами моїх можливостей ', 'поза межами моїх можливостей ',
      'поза моєю компетенцією ', 'не в моїх силах ', 'не входить до моїх завдань ', 'для мене неможливо ',
      '/(?:за\\s+меж|поза\\s+меж|поза\\s+тим)[^.!?]{0,20}?(?:що|з\\s+чим|чим|у\\s+ч[оі]му)\\s+я\\s+(?:можу|зможу|в\\s+змозі|здатн)/',
      'мені некомфортно ', 'мені незручно це ',
      'тут я мушу провести межу', 'тут я проводжу межу', 'провести межу ', 'проводжу межу ', 'на цьому я зупинюся',
      'тут я зупинюся', 'не помічник ', 'не став би допомагати', 'не стала б допомагати',
      'межа, яку я не можу переступити', 'межу, яку я не можу переступити', 'червона лінія',
      'я таке не пишу', 'таке я не пишу', 'такого я не пишу', 'я такого не пишу',
      '/(?:зупинюся|зупинитися|перерву|перервати|закінчу|закінчити|поставлю\\s+крапку)(?:\\s+(?:\\p{L}+\\s+){0,3}?(?:тут|на\\s+цьому)(?![\\p{L}])|(?<=(?:тут|на\\s+цьому)\\s+(?:\\p{L}+\\s+){0,3}?(?:зупинюся|зупинитися|перерву|перервати|закінчу|закінчити|поставлю\\s+крапку)))/',
      '/боку(?<=(?:неправильно|некоректно|неетично|безвідповідально|нечесно)\\s+з\\s+мого\\s+боку)/',
    ],
    negations: [
      'не можу', 'не зможу', 'не в змозі', 'не маю права', 'відмовитися', 'не вийде', 'не готовий', 'не готова',
      'не вправі', 'не маю можливості', 'не дозволено', 'не те, що я можу',
      'не мені вирішувати', 'не моя справа', 'не моє завдання',
    ],
    weakNegations: [
      'не буду', 'не стану', 'не збираюся', 'волів би не', 'воліла б не', 'волію не', 'не хотів би', 'не хотіла б',
      'не хочу', '/не(?<![\\p{L}\\p{N}\\p{M}]не)(?=\\s+\\p{L}+тиму(?![\\p{L}\\p{M}]))/',
      'не став би', 'не стала б', 'не варто', 'не слід', 'не повинен', 'не повинна', 'краще не',
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
      'порад', 'порекоменд', 'рекоменд', 'підкаж', 'заохоч',
      'оброб', 'виріш', 'виконува', 'визнач', 'признач',
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
      'поза роллю', 'OOC',
    ],
    fillers: [
      'вибач', 'перепрошую', 'шкода', 'на жаль', 'розумію', 'якщо хочете', 'якщо хочеш', 'якщо у вас є', 'інші питання',
      'інших питань', 'щось інше', 'чимось іншим', 'можу запропонувати', 'буду радий', 'буду рада', 'з радістю',
      'зверніться', 'фахів', 'спеціаліст', 'замість цього', 'можливо', 'давайте', 'давай', 'можу допомогти',
      'іншу тему', 'пропоную', 'інший бік', 'іншому напрямку', 'сподіваюся на розуміння', 'дякую за розуміння',
      'якщо цікаво', 'якщо вам цікаво', 'можу розповісти', 'розповім', 'звертайся', 'охоче',
    ],
    context: [
      'боюся, ', 'боюся, що', 'ви просите', 'ти просиш', 'вашого запиту', 'вашого прохання', 'для вас', 'для тебе',
      'просите', 'просиш', 'просили', 'запит', 'прохан', 'чуж', 'іншої людини', 'інших людей', 'ви запропонували',
      'ви пропонуєте', 'ви хочете', 'ти запропонував', 'ти хочеш',
      'за вас', 'за тебе', 'навіть якби', 'від імені', 'замість вас', 'замість тебе',
      'надто далеко', 'цю сцену', 'сцен',
    ],
    reasons: [
      'поранити', 'образити', 'скривдити', 'наражати на небезпеку', 'нашкод', 'зашкод', 'було б', 'незаконн',
      'небезпечн', 'шкод', 'шахрай', 'обман', 'підробк', 'підробл', 'нечесн', 'неетичн', 'порушенн', 'порушує', 'чуж',
      'без згоди', 'приватн', 'злочин', 'образ',
      'погроз', 'залякув', 'обійти', 'обхід',
    ],
    bareNo: [
      'ні', 'не можу', 'не вийде', 'не вдасться', 'ніяк', 'не можна', 'неможливо', 'це неможливо', 'не буду',
    ],
    apologies: [
      'вибач', 'вибачте', 'пробач', 'пробачте', 'перепрошую', 'шкода', 'мені шкода', 'на жаль', 'даруйте', 'сорі',
    ],
    declines: [
      'не варіант', 'це не варіант', 'без мене', 'це без мене', 'тут без мене', 'я пас', 'пас', 'не буду', 'не стану',
      'не зроблю', 'не візьмуся', 'за це не візьмуся', 'такого не роблю', 'я такого не роблю', 'це не до мене',
      'не до мене', 'не можу', 'цього не буде',
    ],
    offers: [
      '/^(?:але\\s+|зате\\s+|натомість\\s+|проте\\s+)?(?:я\\s+)?(?:охоче\\s+|із\\s+задоволенням\\s+)?(?:можу|зможу|готовий|готова)\\s/',
      'зверніться', 'звернися', 'порадьтеся', 'порадься', 'проконсультуйтеся', 'лікар', 'юрист', 'фахів',
    ],
    outOfCharacter: [
      'виходить з ролі', 'виходжу з ролі', 'поза роллю', 'ooc', 'вийшовши з ролі',
    ],
    everyday: [
      'понеділ', 'вівтор', 'в середу', 'у середу', 'четвер', 'п\'ятниц', 'субот', 'неділ', 'вихідн', 'працюю',
      'зайнятий', 'зайнята', 'на роботі', 'іншим разом',
    ],
    verbFinal: false,
    wordStart: true,
  },
  pl: {
    markers: [
      'Nie mogę', 'Przykro mi', 'Przepraszam', 'Niestety', 'Nie jestem w stanie', 'Muszę', 'Nie czuję się',
      'Nie mam możliwości', 'Obawiam się', 'nie mogę', 'To nie jest coś, w czym mogę', 'nie jest to coś, w czym mogę',
      'Nie wolno mi', 'Nie jestem upoważnion',
      'Będę musiał', 'Będę musiała', 'Zmuszony jestem', 'Zmuszona jestem', 'Sorki',
      'nie do mnie należy', 'nie mnie oceniać', 'nie jest moją rolą', 'nie moja rola',
    ],
    weakMarkers: [
      'Nie będę', 'Wolę nie', 'Wolałbym', 'Wolałabym', 'Nie zamierzam', 'Nie chcę',
      'Nie powinienem', 'Nie powinnam', 'Lepiej nie',
    ],
    identity: [
      'Jako AI', 'Jako SI', 'Jako model językowy', 'Jako sztuczna inteligencja', 'Jako asystent AI', 'Jako asystent',
      'Będąc AI',
      'Poza rolą', 'Poza postacią', 'Wychodząc z roli', 'Poza grą', 'OOC', 'Jako model AI', 'Jako model SI',
    ],
    complete: [
      'Muszę odmówić', 'Muszę odrzucić tę prośbę', 'jest sprzeczne z moimi zasadami', 'narusza moje zasady',
      'narusza moje wytyczne', 'Nie mogę w tym pomóc', 'Nie mogę ci w tym pomóc', 'Nie mogę spełnić tej prośby',
      'To nie jest coś, w czym mogę pomóc', 'nie jest to coś, w czym mogę pomóc', 'wykracza poza to, w czym mogę pomóc',
      'poza zakresem tego, w czym mogę pomóc',
      'Będę musiał odmówić', 'Będę musiała odmówić', 'Muszę odrzucić', 'Zmuszony jestem odmówić',
      'Zmuszona jestem odmówić', 'Muszę niestety odmówić', 'wykracza poza to, co mogę zrobić',
      '/(?:prośba|zapytanie|polecenie)(?<=(?:ta|twoja|pana|pani|taka|to|twoje|takie)\\s+(?:\\p{L}+\\s+){0,2}?(?:prośba|zapytanie|polecenie))\\s+(?:\\p{L}+\\s+){0,2}?(?:narusza|łamie|jest\\s+sprzeczn[ae]\\s+z|jest\\s+niezgodn[ae]\\s+z)\\s*(?:\\p{L}+\\s+){0,3}?(?:zasad|regulamin|wytyczn|polityk|warunk)/',
    ],
    weakComplete: [
      'nie napiszę ', 'nie podam ', 'nie pomogę ', 'nie stworzę ', 'nie udzielę ', 'nie wygeneruję ',
      'nie zrobię tego ', 'nie opiszę ', 'nie wyjaśnię ', 'nie przygotuję ', 'nie dostarczę ', 'nie podpowiem ',
      'nie zredaguję ', 'wykracza poza zakres ', 'wykracza poza moje możliwości ', 'poza moim zakresem ',
      'poza moimi możliwościami ', 'nie jest to dla mnie możliwe ', 'nie jest dla mnie możliwe ',
      '/(?:wykracza\\s+poza|poza)\\s+(?:to|zakres\\s+tego)\\s*,?\\s*(?:co|w\\s+czym|czym)\\s+(?:mogę|jestem\\s+w\\s+stanie|potrafię)/',
      'tu muszę postawić granicę', 'tutaj muszę postawić granicę', 'tu stawiam granicę', 'tutaj stawiam granicę',
      'muszę postawić granicę', 'tu muszę się zatrzymać', 'tutaj muszę się zatrzymać', 'na tym się zatrzymam',
      'nie doradzę ', 'nie polecę ',
      'nie pomógłbym ', 'nie pomogłabym ',
      'granica, której nie mogę przekroczyć', 'granicę, której nie mogę przekroczyć', 'granica, której nie przekroczę',
      'tego nie zrobię', 'nie zrobię ', 'tego nie napiszę', 'tego ci nie napiszę',
      '/(?:zatrzymam|zatrzymać|przerwę|przerwać|zakończę|zakończyć|skończę|skończyć)(?:\\s+(?:\\p{L}+\\s+){0,3}?(?:tu|tutaj|w\\s+tym\\s+miejscu|na\\s+tym)(?![\\p{L}])|(?<=(?:tu|tutaj|w\\s+tym\\s+miejscu|na\\s+tym)\\s+(?:\\p{L}+\\s+){0,3}?(?:zatrzymam|zatrzymać|przerwę|przerwać|zakończę|zakończyć|skończę|skończyć)))/',
      '/(?:z\\s+mojej\\s+strony|gdybym)(?<=nie\\s+(?:byłoby|jest)\\s+(?:\\p{L}+\\s+)?(?:w\\s+porządku|właściwe|odpowiednie|etyczne|uczciwe)\\s*,?\\s+(?:z\\s+mojej\\s+strony|gdybym))/',
    ],
    negations: [
      'nie mogę', 'nie jestem w stanie', 'nie będę', 'nie mam możliwości', 'nie czuję się komfortowo', 'odmówić',
      'wolę nie', 'nie dam rady', 'nie potrafię', 'nie wolno mi', 'nie jestem upoważniony', 'nie jestem upoważniona',
      'nie mam uprawnień',
      'nie do mnie należy', 'nie mnie oceniać', 'nie jest moją rolą', 'nie moja rola',
    ],
    weakNegations: [
      'wolałbym nie', 'wolałabym nie', 'wolałbym tego nie', 'wolałabym tego nie', 'nie zamierzam', 'nie chcę',
      'nie będę', 'wolę nie',
      'nie powinienem', 'nie powinnam', 'nie pomógłbym', 'nie pomogłabym', 'lepiej nie',
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
      'doradz', 'doradzi', 'poradz', 'polec', 'zachęc', 'wskaz',
      'zrealiz', 'realiz', 'wykona', 'przetworz', 'rozpatrz', 'ustali', 'określi', 'przepisa',
    ],
    doVerbs: [
      'zrobić', 'robić', 'tego zrobić', 'zrobić tego', 'tego robić', 'robić tego', 'tego', 'to', 'pomóc', 'w tym', 'tu',
      'tutaj', 'dla ciebie', 'za ciebie', 'dla Pana', 'dla Pani',
    ],
    innocentAfter: [
      'się doczekać', 'uwierzyć', 'zasnąć', 'spać', 'przestać', 'wyobrazić', 'wyjaśnić, dlaczego', 'opisać, jak bardzo',
      'wyrazić', 'się nacieszyć', 'się napatrzeć',
      'zdradz', 'spoiler', 'psuć', 'zepsuć',
    ],
    innocentBefore: [
      'słowami', 'jak bardzo', 'jak się cieszę',
    ],
    policy: [
      'wytyczn', 'zasad', 'polityk', 'AI', 'SI', 'model językowy', 'nieodpowiedni', 'niestosown', 'wulgarn', 'etycz',
      'treści', 'prośb',
      'poza rolą', 'OOC',
    ],
    fillers: [
      'przykro', 'przepraszam', 'niestety', 'rozumiem', 'jeśli masz inne', 'jeśli masz jakieś', 'jeśli masz pytania', 'jeśli chcesz', 'inne pytanie', 'innych pytań',
      'coś innego', 'chętnie', 'z przyjemnością', 'zamiast tego', 'może', 'specjalist', 'daj znać', 'śmiało',
      'mogę pomóc', 'inny temat', 'innym temat', 'co powiesz', 'moglibyśmy', 'innego podejścia', 'inną wersję',
      'mam nadzieję, że rozumiesz', 'dziękuję za zrozumienie',
      'jeśli cię interesuje', 'czegoś innego', 'w czymś innym',
    ],
    context: [
      'obawiam się, że', 'o co prosisz', 'twojej prośby', 'dla ciebie', 'za ciebie', 'prosisz', 'prosiłeś', 'prosiłaś',
      'prośb', 'cudz', 'innej osoby', 'innych osób', 'zaproponowałeś', 'zaproponowałaś', 'proponujesz', 'chcesz, żebym',
      'za Pana', 'za Panią', 'w twoim imieniu', 'nawet gdybym',
      'za daleko', 'tę scenę', 'scenk', 'dalszy ciąg',
    ],
    reasons: [
      'skrzywdz', 'zranić', 'narazić', 'naraża', 'zaszkodz', 'byłoby', 'nielegaln', 'niebezpieczn', 'szkod', 'oszust',
      'oszuk', 'fałszyw', 'podrob', 'nieuczciw', 'prywatnoś', 'zgody', 'cudz', 'przestępstw', 'nieetyczn', 'obraźliw',
      'narusza',
      'groź', 'zastrasz', 'konsekwencje prawne', 'obejść', 'obejście', 'przemoc',
    ],
    bareNo: [
      'nie', 'nie mogę', 'nie da się', 'niestety nie', 'nie ma mowy', 'nie dam rady', 'nie mogę tego zrobić',
      'to niemożliwe', 'nie ma opcji',
    ],
    apologies: [
      'przepraszam', 'przykro mi', 'sorki', 'sorry', 'wybacz', 'wybacz mi', 'niestety', 'bardzo mi przykro',
      'wybaczcie',
    ],
    declines: [
      'tego nie zrobię', 'nie zrobię tego', 'ja pasuję', 'pasuję', 'beze mnie', 'to odpada', 'odpada', 'nie da rady',
      'tego nie robię', 'nie robię tego', 'to nie dla mnie', 'tego nie napiszę', 'nie napiszę tego',
      'na to się nie piszę', 'nie piszę się na to', 'nie ma opcji', 'o tym nie ma mowy',
    ],
    offers: [
      '/^(?:ale\\s+|za\\s+to\\s+|zamiast\\s+tego\\s+|natomiast\\s+)?(?:chętnie\\s+)?(?:mogę|możemy|mógłbym|mogłabym)\\s/',
      'skonsultuj', 'zwróć się', 'porozmawiaj z', 'lekarz', 'farmaceut', 'prawnik', 'to, co mogę',
    ],
    outOfCharacter: [
      'wychodzi z roli', 'wychodzę z roli', 'poza rolą', 'wychodzi z postaci', 'wychodząc z roli', 'ooc',
    ],
    everyday: [
      'poniedział', 'wtor', 'środ', 'czwart', 'piąt', 'sobot', 'niedziel', 'weekend', 'pracuję', 'jestem zajęt',
      'innym razem', 'mam plany',
    ],
    verbFinal: false,
    wordStart: true,
  },
  ja: {
    markers: [
      '申し訳ありませんが', '申し訳ございませんが', '申し訳ないのですが', '申し訳ありません', 'すみませんが', 'ごめんなさい', '残念ながら', '私には', '私は', 'この内容', 'そのような',
      'このような', 'そのご依頼', 'このご依頼', 'そのリクエスト', 'ご期待に', 'ご要望', 'ご依頼', 'ご希望', 'ご質問', 'その件', 'この件', 'お問い合わせ', 'その方法', 'その内容',
      'ご提案', 'ご指定', 'ご指示', 'ご注文',
      'ごめん', '悪いけど', '悪いんだけど', 'すみません', '恐れ入りますが', 'こちらのリクエスト', 'このシーン', 'この場面',
      'そちら', 'その点',
      '私が判断することではありません', '私が決めることではありません', '私の立場では',
    ],
    weakMarkers: [
      '控えたい', '控えます', 'つもりはありません', 'いたしません', 'しないでおきます', 'ただし', 'しかし', 'ですが', 'なお', 'ただ、', '一方で', 'それは', 'それを',
      'ことはしません', 'ことはいたしません',
    ],
    identity: [
      'AIとして', 'AIアシスタントとして', '言語モデルとして', 'AIである私', '人工知能として',
      'キャラ外', 'キャラクター外', 'ロールプレイ外', '役を離れて', 'メタ発言', 'OOC', 'AIの私', '言語モデルである私',
    ],
    complete: [
      'お手伝いできません', 'お手伝いすることはできません', 'お応えできません', 'お応えすることはできません', 'ガイドラインに反する', 'ガイドラインに違反', 'ポリシーに反する', 'ポリシーに違反',
      'お断りします', 'お断りさせていただきます', '控えさせていただきます', 'お応えいたしかねます', 'お手伝いいたしかねます',
      '/[おご]\\p{Script=Han}{1,3}\\p{Script=Hiragana}{0,2}?(?:(?:する|いたす)?ことは?が?できません|できません|いたしかねます|しかねます|できかねます)/',
      '対応いたしかねます', 'お答えいたしかねます', 'お答えしかねます', 'ご案内いたしかねます', 'お教えすることはできません', 'お伝えすることはできません', '対応範囲外',
      'お断りせざるを得ません', 'お断りしなければなりません', '辞退させていただきます', 'ご遠慮させていただきます', 'お受けできません', 'お引き受けできません', 'お受けいたしかねます',
      'お手伝いは致しかねます', 'お手伝いはできません',
      'このご依頼は利用規約', 'このリクエストは利用規約', 'このご依頼はガイドライン', 'このリクエストはガイドライン', 'このご要望は利用規約', '利用規約に抵触', '利用規約に反する',
      '利用ポリシーに反する', '利用ポリシーに違反',
    ],
    weakComplete: [
      '控えたいと思います', '控えさせてください', '遠慮させていただきます', 'お断りしたい', '書くつもりはありません', '私の範囲外', '私の能力を超え', '対応できる範囲を超え',
      '/私(?:に|が|の)(?:できる|対応できる|お手伝いできる)?範囲を(?:超え|越え)/', '気が進みません', '気が進まない',
      '一線を引かせていただきます', 'ここで線を引かせて', 'ここまでにさせてください', 'ここで止めさせてください',
      '越えられない一線', '超えられない一線', '譲れない一線',
      'ここで止めます', 'ここでやめておきます', 'ここで中断させて', 'ここで終わりにさせて', 'ここまでにします', 'ここで打ち切らせて', 'ここで区切らせて',
      '適切ではないと思います', '私がするべきではありません', '私が行うべきではありません',
    ],
    negations: [
      'できません', 'できかねます', 'いたしかねます', 'お断り', '控えさせ', '反する', '違反', 'られません', 'できない', 'しません', 'ことはできません', '難しいです', 'しかねます',
      'かねます', 'しかねる', 'できかねる', 'お教えできません', '書けません', '言えません', 'お書きできません',
      '手伝えない', '手伝えません', '書けない', '言えない', '教えられない', '答えられない', '続けられない', 'られない', '無理', '難しい', 'できないかな', 'できないです',
      '私が判断することではありません', '私が決めることではありません', '私の立場では',
    ],
    weakNegations: [
      '控えたい', '控えます', 'つもりはありません', 'いたしません', 'しないでおきます',
      'べきではない', 'べきではありません', 'しないでおく', 'やめておきます', 'やめておく', 'しないことにします',
      'ないでおきます', 'ないでおく',
    ],
    plainNegations: [
      'ません', 'ない',
    ],
    objects: [
      '手伝', 'お応え', '応え', '応じ', '対応', 'お答え', '答え', '回答', '提供', '作成', '続け', '継続', '書く', '書け', '執筆', '生成', '協力', 'サポート',
      '参加', '描写', 'ご依頼', 'ご要望', 'リクエスト', 'このような内容', 'そのような内容', 'この内容', 'その内容', 'ロールプレイ', '表現', '教え', 'お教え', '説明', '案内',
      'ご案内', '伝え', 'お伝え', '詳しく', '書き', '方法',
      'お調べ', '調べ', 'おすすめ', '勧め', '推奨', '代筆', '手伝え', '続けられ',
      '書か',
      '申し上げ',
      '処理', '実行', 'お受け', '判断', '特定',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      '言葉では', '言葉で', 'ほど', 'どれほど', 'どんなに', 'くらい',
      'ネタバレ', '結末',
    ],
    policy: [
      'ガイドライン', 'ポリシー', '規約', 'AI', '言語モデル', '不適切', '露骨', '倫理', '内容', 'リクエスト',
      'キャラ外', 'OOC',
    ],
    fillers: [
      '申し訳', 'すみません', 'ごめん', '残念', '理解', 'お気持ち', '他に', 'ほかに', '別の', '喜んで', '代わりに', 'もしよろしければ', 'お気軽に', '専門家', 'ご相談',
      'いかがでしょうか', 'お知らせください', '教えてください', 'いかがですか', 'どうでしょう', 'しませんか', 'ましょうか', 'ご了承', 'ご理解',
      '悪いけど', '興味があれば', 'よかったら', 'もしよければ',
    ],
    context: [
      'ご要望の', 'ご依頼の', 'ご要望', 'ご依頼', 'ご希望', 'お客様', '他人', '他の人', 'ご自身', 'ご提案', 'ご指定', 'ご指示',
      '代わりに', '代筆', '仮にできたとしても', '仮に可能でも', 'できたとしても',
      'この場面', 'このシーン', '行き過ぎ',
    ],
    reasons: [
      '傷つけ', '損害', '違法', '危険', '害', '偽造', '詐欺', 'だます', '騙', 'プライバシー', '同意', '他人', '犯罪', '不正', 'あたります', '該当します',
      '脅', '脅迫', '法的な問題', '回避', 'すり抜け',
    ],
    bareNo: [
      'いいえ', 'いや', 'できません', 'できない', 'だめ', 'ダメ', 'だめです', 'ダメです', 'お受けできません',
      '/(?:それは|ちょっと|それはちょっと)?(?:無理|難しい|できない|できません)(?:です|かな|かも|だね|ですね|だよ|なんです)?/',
    ],
    apologies: [
      'すみません', 'すいません', 'ごめん', 'ごめんなさい', '申し訳ありません', '申し訳ございません', '申し訳ない', '悪いけど', 'すまない', '恐れ入りますが', '残念ながら',
    ],
    declines: [
      '/(?:それは|それ|これは|そういうのは)?(?:ちょっと)?(?:無理|むり|できない|できません|やめとく|やめておきます|やめておく|遠慮しとく|遠慮しておきます|遠慮します|パス|お断り)/',
      '/(?:それは|ちょっと)(?:ちょっと)?難し/', '勘弁して', '勘弁してください',
    ],
    offers: [
      'お手伝いします', 'お手伝いできます', 'お手伝いしましょう', 'ならお手伝い', 'なら手伝', 'でしたら', 'なら可能', 'ならできます', 'ご相談ください', '相談して', '医師', '薬剤師',
      'できますよ', 'しましょうか', 'できます',
    ],
    outOfCharacter: [
      'キャラ外', 'ロールプレイを中断', '役を離れ', 'キャラを離れ', 'ooc', 'ロールプレイから離れ',
    ],
    everyday: [
      '月曜', '火曜', '水曜', '木曜', '金曜', '土曜', '日曜', '週末', '仕事なので', '仕事だから', '忙しい', 'また今度',
    ],
    verbFinal: true,
    wordStart: false,
  },
  ko: {
    markers: [
      '죄송하지만', '죄송합니다만', '죄송합니다', '미안하지만', '미안해요', '유감스럽게도', '안타깝게도', '저는', '제가', '해당 요청', '그런 내용',
      '이런 내용', '수 없습니다', '수는 없습니다', '수 없어요', '수는 없어요', '해당 부분', '해당 질문',
      '/[이그](?<![가-힣][이그])\\s(?:요청|부분|질문)/', '드릴 수 없습니다',
      '드릴 수 없어요', '드리기 어렵습니다', '드리기 곤란',
      '그건', '그거는', '이건', '미안해', '미안', '죄송해요',
      '제가 판단할 일이 아닙니다', '제가 판단할 수 있는 일이 아닙니다', '제 역할이 아닙니다', '제가 정할 일이 아닙니다',
    ],
    weakMarkers: [
      '않겠습니다', '않겠어요', '않을게요', '않을 것입니다', '삼가겠습니다', '삼가고 싶습니다',
    ],
    identity: [
      'AI로서', 'AI 언어 모델로서', '인공지능으로서', '언어 모델로서', 'AI 어시스턴트로서', 'AI 모델로서',
      '역할 밖', 'OOC', '캐릭터 밖', '역할극 밖', '잠시 역할에서 벗어나', '롤플레이 밖',
    ],
    complete: [
      '도와드릴 수 없', '도와 드릴 수 없', '도움을 드릴 수 없', '도움을 드리기 어렵', '가이드라인에 위배', '정책에 위배', '지침에 위배', '거절해야', '응해 드릴 수 없',
      '응할 수 없', '답변드리기 곤란', '답변드릴 수 없', '알려드릴 수 없', '안내해 드릴 수 없', '설명해 드릴 수 없', '도와드리기 어렵', '도와드리기 곤란',
      '거절하겠습니다', '정중히 거절',
      '사양하겠습니다', '거절할 수밖에', '수락할 수 없',
      '/드(?<=[가-힣]\\s?드)(?<![에을를이가은는도만게서로과의]\\s?드)(?:릴\\s*수(?:는|가|도)?\\s*없|리기(?:는|가|도)?\\s*(?:어렵|곤란|힘들))/',
      '이용 정책에 위배', '이용 정책에 어긋', '사용 정책에 위배', '정책에 어긋', '가이드라인에 어긋', '이용 약관에 위배', '운영 정책에 위배',
    ],
    weakComplete: [
      '제 능력 밖', '제 능력 범위를 벗어', '도와드릴 수 있는 범위를 벗어', '제 역할을 벗어', '제가 할 수 있는 범위를 벗어',
      '/(?:제가|저는)\\s*(?:할|도와드릴|도와\\s*드릴)\\s*수\\s*있는\\s*(?:범위|일)(?:을|를)?\\s*(?:넘어|벗어)/',
      '선을 그어야', '선을 긋겠', '여기까지만 하겠', '여기서 멈춰야',
      '/(?:할|도와\\s*드릴|해\\s*드릴)\\s*수\\s*있는\\s*(?:일의\\s*)?(?:범위|선|한계)(?:을|를)?\\s*(?:넘어|벗어)/',
      '넘을 수 없는 선', '넘지 않을 선',
      '여기서 멈추', '여기서 중단', '여기까지 하겠', '여기서 끊', '여기서 마무리하겠', '이쯤에서 멈추',
      '적절하지 않다고 생각합니다', '제가 하는 것은 적절하지 않', '옳지 않다고 생각합니다',
    ],
    negations: [
      '수 없', '수가 없', '어렵', '않', '못', '거절', '위배', '불가', '수는 없', '수도 없', '곤란',
      '어려울', '어려워', '힘들', '안 돼', '안 될', '안 되', '안돼',
      '제가 판단할 일이 아닙니다', '제가 판단할 수 있는 일이 아닙니다', '제 역할이 아닙니다', '제가 정할 일이 아닙니다',
    ],
    weakNegations: [
      '않겠', '삼가', '자제',
      '않는 게 좋겠', '않는 것이 좋겠', '않을래', '않을게', '안 할래', '안 할게',
    ],
    plainNegations: [],
    objects: [
      '도와', '도움', '제공', '계속', '이어', '작성', '생성', '써 드', '써드', '응할', '응해', '참여', '설명', '답변', '묘사', '요청', '이런 내용', '그런 내용',
      '이러한 내용', '해당 내용', '롤플레이', '역할극', '진행', '알려', '안내', '가르쳐', '말씀드리', '작성하', '제공하', '답하', '대답',
      '돕', '도울', '추천', '권해', '권장', '조언',
      '쓰지', '쓸 수', '써 줄', '써줄', '써 드', '써드',
      '써 줘', '써줘', '해 줘', '해줘', '줄 수',
      '만들', '처리', '수행', '판단', '정해',
    ],
    doVerbs: [],
    innocentAfter: [
      '참',
    ],
    innocentBefore: [
      '얼마나', '말로', '말로는', '이루 다',
      '스포', '결말', '기다릴', '기다려', '믿을', '참을',
    ],
    policy: [
      '가이드라인', '정책', '지침', 'AI', '인공지능', '언어 모델', '부적절', '노골적', '윤리', '내용', '요청',
      'OOC', '역할 밖',
    ],
    fillers: [
      '죄송', '미안', '유감', '안타깝', '이해합니다', '이해해요', '다른 질문', '다른 주제', '다른 도움', '기꺼이', '대신', '혹시', '전문가', '언제든지', '편하게',
      '말씀해 주세요', '알려 주세요', '알려주세요', '원하시면', '다른 방향', '어떨까요', '어떠세요', '볼까요', '드릴게요', '드릴 수 있어요', '드릴 수 있습니다', '양해',
      '이해 부탁',
      '관심 있으시면', '궁금하시면', '필요하시면', '원하면', '할까요',
    ],
    context: [
      '요청하신', '원하시는', '말씀하신', '요청', '타인', '다른 사람',
      '대신', '설령', '가능하더라도', '할 수 있더라도', '있더라도',
      '이 장면', '너무 멀리',
    ],
    reasons: [
      '상처', '해칠', '다치게', '불법', '위험', '해를', '피해', '위조', '사기', '속이', '개인정보', '타인', '범죄',
      '협박', '위협', '법적', '우회',
    ],
    bareNo: [
      '아니요', '아뇨', '아니', '안 돼', '안 됩니다', '안돼', '안 되겠어', '어려워', '어렵습니다', '어렵겠어', '어려울 것 같아', '어려울 것 같습니다', '힘들 것 같아',
      '힘들 것 같습니다', '힘들어', '못 해', '못해', '못 하겠어', '불가능해', '불가능합니다',
      '/(?:그건|그거는|이건|그것은)\\s*(?:좀\\s*)?(?:어려|힘들|안\\s*돼|안\\s*되|곤란|불가능|못)[\\p{L}\\s]{0,10}/',
    ],
    apologies: [
      '미안', '미안해', '미안합니다', '죄송', '죄송해요', '죄송합니다', '죄송하지만', '미안하지만', '유감스럽게도', '안타깝게도', '양해 부탁',
    ],
    declines: [
      '/(?:그건|그거는|이건|그것은|그거|그런\\s*건|그런\\s*거는)\\s*(?:좀\\s*)?(?:어려|힘들|안\\s*돼|안\\s*되|곤란|불가능|못\\s*해|못해|패스|사양)[\\p{L}\\s]{0,10}/',
      '저는 빠질게요', '저는 빠질게', '안 할래', '안 할게요', '못 해요', '못하겠어요', '못 하겠어요', '패스할게요', '패스할게', '사양할게요', '사양할게',
    ],
    offers: [
      '수 있어요', '수 있습니다', '드릴게요', '드릴 수', '함께', '상담', '의사', '약사', '도와드릴', '해 볼 수', '할 수 있',
    ],
    outOfCharacter: [
      '역할에서 벗어', '캐릭터에서 벗어', '역할 밖', '롤플레이 밖', '역할극 밖', 'ooc',
    ],
    everyday: [
      '월요일', '화요일', '수요일', '목요일', '금요일', '토요일', '일요일', '주말', '일 때문에', '출근', '바빠서', '다음에',
    ],
    verbFinal: true,
    wordStart: false,
  },
  zh: {
    markers: [
      '我无法', '我不能', '我没办法', '我没有办法', '我無法', '我沒辦法', '抱歉', '很抱歉', '非常抱歉', '对不起', '對不起', '不好意思', '恕我', '我必须', '我需要',
      '我恐怕', '这个请求', '这类内容', '此类内容', '我暂时', '我目前', '我现在', '暂时无法', '这件事我', '这件事情我', '这个问题我', '这个我', '这点我', '这方面我',
      '這件事我', '這個問題我', '我暫時', '这部分我', '这一点我', '我没法', '我沒法',
      '我不便', '我不方便', '很遗憾', '遗憾的是', '这我', '我实在', '我真的', '我可能', '我恐怕',
      '不该由我', '轮不到我', '不是我能决定的', '不是我该',
    ],
    weakMarkers: [
      '我不会', '我不會', '我不打算', '我宁愿不', '我寧願不', '我不想', '我还是不', '我就不',
      '我就不', '我不应该', '我不该',
    ],
    identity: [
      '作为AI', '作为一个AI', '作为人工智能', '作为一个人工智能', '作为AI助手', '作为语言模型', '作为一个语言模型', '作為AI', '作為人工智能', '作为一名AI', '作为一款AI',
      '身为AI',
      'OOC', '出戏', '跳出角色', '角色外', '戏外', '作为AI模型', '作为一个AI模型', '作为AI语言模型', '作为一个人工智能助手',
    ],
    complete: [
      '违反了我的', '违反我的准则', '不符合我的准则', '我必须拒绝', '恕我无法', '恕难从命', '違反了我的', '我必須拒絕', '我帮不了', '帮不了你', '帮不了您', '幫不了你',
      '这件事我做不了', '这个我做不了', '我做不到这', '超出了我能帮忙的范围', '不在我能帮忙的范围',
      '我只能拒绝', '我得拒绝', '我不得不拒绝', '恕我拒绝', '只能婉拒', '我必须婉拒', '我要婉拒', '恕难照办', '超出了我能协助', '超出了我能帮', '不在我能协助',
      '帮不上忙', '这个忙我帮不上',
      '真帮不了', '实在帮不了', '这个帮不了',
      '违反了使用政策', '违反使用政策', '违反了使用规范', '违反使用规范', '违反了相关规定', '不符合使用政策', '不符合使用规范', '违背了使用政策',
    ],
    weakComplete: [
      '超出了我的能力范围', '超出我的能力范围', '不在我的能力范围', '超出了我的服务范围', '超出我的服务范围', '我还是不写了', '我就不写了', '恕不提供', '恕不回答', '超出了我的職責',
      '超出了我的能力範圍', '/超出了?我(?:能|可以|所能)(?:做|帮|提供|处理)?(?:的|到的)?(?:范围|范畴)/', '让我不太舒服', '让我感到不舒服', '让我不舒服',
      '/超出了?我(?:能|可以|所能)够?(?:做|帮|帮忙|帮助|协助|提供|处理|回答|支持|负责|做到)?(?:的|到的)?(?:范围|范畴|能力)/', '这是我的底线', '我得划清界限', '必须划清界限',
      '我就不帮', '我就不提供',
      '不能越过的底线', '不会越过的底线', '不能逾越的底线',
      '我就写到这里', '到此为止', '我先停在这里', '我只能写到这里', '就此打住', '我得停在这里', '我要在这里停下',
      '由我来做并不合适', '我来做不太合适', '我这样做不合适', '不适合由我',
    ],
    negations: [
      '无法', '無法', '不能', '没办法', '沒辦法', '拒绝', '拒絕', '违反', '違反', '不符合', '不便', '不可以', '不允许', '不被允许', '不会继续', '不會繼續', '帮不上',
      '幫不上', '做不了', '做不到', '写不了', '寫不了', '给不了', '提供不了', '回答不了', '告诉不了', '办不到', '辦不到', '不方便', '没法', '沒法',
      '不太方便', '不行', '不可能',
      '不该由我', '轮不到我', '不是我能决定的', '不是我该',
    ],
    weakNegations: [
      '不会', '不會', '不打算', '不想', '宁愿不', '寧願不',
      '就不', '不应该', '不该', '不宜',
    ],
    plainNegations: [
      '不',
    ],
    objects: [
      '帮助', '帮忙', '帮你', '帮您', '幫', '协助', '協助', '提供', '继续', '繼續', '创作', '創作', '写', '寫', '生成', '满足', '滿足', '完成', '参与',
      '參與', '讨论', '討論', '描述', '描写', '描寫', '回答', '回应', '這個請求', '这个请求', '该请求', '此类', '这类', '這類', '这种内容', '这样的内容', '角色扮演',
      '请求', '請求', '要求', '编写', '撰写', '展开', '这样做', '这么做', '這樣做', '告诉', '告訴', '解释', '解釋', '说明', '說明', '教你', '教您', '指导',
      '指導', '透露', '这件事', '這件事',
      '代写', '推荐', '建议', '鼓励',
      '代劳', '代为', '代笔', '代做',
      '处理', '执行', '确定', '判断', '开具',
    ],
    doVerbs: [],
    innocentAfter: [
      '剧透', '透露结局',
    ],
    innocentBefore: [
      '多么', '有多', '言语', '用语言', '简直',
      '剧透', '结局',
    ],
    policy: [
      '准则', '準則', '政策', '规定', '規定', 'AI', '人工智能', '语言模型', '不适当', '不恰当', '露骨', '色情', '伦理', '内容', '請求', '请求',
      'OOC', '出戏',
    ],
    fillers: [
      '抱歉', '对不起', '對不起', '不好意思', '理解', '如果你', '如果您', '其他问题', '其他問題', '别的', '其他', '乐意', '樂意', '很高兴', '很高興', '相反', '或许',
      '或許', '也许', '专业', '專業', '随时', '隨時', '可以帮你', '可以帮您', '可以为你', '可以为您', '换个', '換個', '怎么样', '我们可以', '要不要',
      '很遗憾', '遗憾', '如果感兴趣', '有兴趣的话', '感兴趣的话', '我再帮你',
    ],
    context: [
      '你要求', '你请求', '你想要', '帮你', '帮您', '给你', '给您', '别人', '別人', '他人', '要求', '请求', '請求',
      '代写', '替你', '代你', '即便可以', '即使可以', '就算可以', '即使能', '就算能',
      '这个场景', '这段情节', '太过',
    ],
    reasons: [
      '伤人', '受伤', '損害', '损害', '违法', '違法', '危险', '危險', '伤害', '傷害', '伪造', '偽造', '欺骗', '欺騙', '诈骗', '詐騙', '隐私', '隱私', '同意',
      '犯罪', '不道德', '屬於', '会造成', '虚假', '虛假',
      '威胁', '恐吓', '法律后果', '绕过', '规避',
    ],
    bareNo: [
      '不行', '不可以', '不能', '不', '没办法', '沒辦法', '做不到', '帮不了', '恐怕不行', '不太行', '这个不行', '这个不可以', '办不到', '不方便', '这个不方便', '无法',
      '我不能', '我做不到', '我不行',
    ],
    apologies: [
      '抱歉', '对不起', '對不起', '不好意思', '很抱歉', '真抱歉', '对不住', 'sorry', '很遗憾', '遗憾',
    ],
    declines: [
      '这个我做不了', '这我做不了', '我做不了', '这个我不干', '我办不到', '这个办不到', '恕不奉陪', '这事我不做', '这个我不写', '这个不行', '这个我帮不了',
      '这个真不行', '这我真不行', '我就不掺和了', '这个我不做', '免了吧', '算了吧，这个不行', '这个不太行', '这個我做不了',
    ],
    offers: [
      '我可以', '可以帮你', '可以帮您', '可以为你', '咨询', '请教', '医生', '药剂师', '律师', '我能', '倒是可以', '可以的话',
    ],
    outOfCharacter: [
      '出戏', '跳出角色', '暂停角色扮演', '脱离角色', 'ooc',
    ],
    everyday: [
      '周一', '周二', '周三', '周四', '周五', '周六', '周日', '星期', '礼拜', '周末', '上班', '加班', '没空', '下次',
    ],
    verbFinal: true,
    wordStart: false,
  },
  ar: {
    markers: [
      'لا أستطيع', 'لا يمكنني', 'لن أتمكن', 'لن أستطيع', 'لا يسعني', 'عذرًا', 'عذرا', 'آسف', 'أنا آسف', 'أعتذر',
      'للأسف', 'مع الأسف', 'لست قادرًا', 'لست قادرة', 'يجب أن', 'أخشى', 'ما لا أستطيعه', 'ليس بإمكاني', 'ليس في وسعي',
      'لا أملك', 'لا أشعر بالارتياح',
      'ليس أمرًا', 'ليس شيئًا', 'سأضطر', 'مضطر', 'مضطرة', 'لن أكون قادرًا',
      'ما أقدر', 'ما بقدر', 'مش هقدر',
      'ليس من شأني', 'ليس من حقي', 'ليس من دوري', 'ليس من صلاحياتي',
    ],
    weakMarkers: [
      'لن', 'أفضل ألا', 'أفضل عدم', 'أفضل أن لا', 'لا أنوي', 'لا أرغب',
      'لا ينبغي لي', 'من الأفضل ألا',
    ],
    identity: [
      'بصفتي ذكاءً اصطناعيًا', 'كذكاء اصطناعي', 'بصفتي نموذجًا لغويًا', 'كنموذج لغوي', 'بصفتي مساعدًا',
      'بصفتي مساعد ذكاء اصطناعي', 'بوصفي ذكاءً اصطناعيًا',
      'خارج الشخصية', 'خارج الدور', 'خارج إطار الدور', 'خروجًا عن الدور', 'OOC', 'بصفتي نموذج', 'بصفتي مساعد',
      'كنموذج ذكاء اصطناعي', 'بوصفي نموذج', 'بصفتي ذكاء',
    ],
    complete: [
      'يتعارض مع إرشاداتي', 'يخالف إرشاداتي', 'يتعارض مع سياساتي', 'يخالف سياساتي', 'يجب أن أرفض',
      'لا أستطيع المساعدة في ذلك', 'لا يمكنني المساعدة في ذلك', 'لا يمكنني تلبية هذا الطلب', 'خارج نطاق ما يمكنني',
      'خارج نطاق ما أستطيع', 'يتعارض مع سياسات الاستخدام', 'يخالف سياسات الاستخدام', 'ينتهك سياسات الاستخدام',
      'ليس شيئًا يمكنني المساعدة', 'ليس أمرًا يمكنني المساعدة',
      'سأضطر إلى الرفض', 'سأضطر للرفض', 'سأضطر إلى رفض', 'سأضطر لرفض', 'مضطر إلى رفض', 'مضطرة إلى رفض',
      'لا بد لي من رفض', 'علي أن أرفض', 'أعتذر عن تلبية', 'أعتذر عن المساعدة', 'أعتذر عن كتابة',
      'ليس أمرًا أستطيع المساعدة', 'ليس شيئًا أستطيع المساعدة', 'ليس أمرًا بإمكاني', 'ليس مما يمكنني',
      'هذا الطلب يخالف', 'هذا الطلب ينتهك', 'هذا الطلب يتعارض', 'طلبك يخالف', 'طلبك ينتهك', 'طلبك يتعارض',
    ],
    weakComplete: [
      'خارج نطاق قدراتي', 'خارج حدود قدراتي', 'خارج نطاق عملي', 'ليس من اختصاصي', 'أفضل عدم', 'أفضل ألا',
      'ليس ممكنًا بالنسبة لي', 'غير ممكن بالنسبة لي',
      '/(?:يتجاوز|يفوق|خارج\\s+نطاق|خارج\\s+حدود)\\s+(?:ما\\s+)?(?:يمكنني|أستطيع|بإمكاني)/',
      'هنا يجب أن أضع حدًا', 'هنا أضع الحد', 'يجب أن أتوقف هنا', 'سأتوقف هنا', 'هذا خط أحمر',
      'خط لا يمكنني تجاوزه', 'حد لا يمكنني تجاوزه', 'خط أحمر بالنسبة لي',
      'سأتوقف عند هذا الحد', 'يجب أن أتوقف عند هذا', 'سأكتفي بهذا القدر', 'أتوقف هنا', 'سأضطر للتوقف هنا',
      'علي أن أتوقف هنا',
      'ليس من المناسب أن أقوم', 'ليس من الصواب أن أقوم', 'لن يكون من المناسب أن', 'لن يكون من الصواب أن',
    ],
    negations: [
      'لا', 'لست', 'ليس', 'أرفض', 'يتعارض', 'يخالف', 'غير قادر', 'غير قادرة', 'لن أتمكن', 'لن أستطيع', 'ليس بإمكاني',
      'ليس في وسعي', 'غير مسموح لي', 'لا يُسمح لي', 'لا يسمح لي', 'لا أشعر بالارتياح',
      'ما أقدر', 'ما بقدر', 'ما أگدر', 'مش هقدر', 'ما راح أقدر',
      'ليس من شأني', 'ليس من حقي', 'ليس من دوري', 'ليس من صلاحياتي',
    ],
    weakNegations: [
      'لن', 'أفضل عدم', 'أفضل ألا', 'لا أنوي', 'لا أرغب',
      'لا ينبغي',
    ],
    plainNegations: [],
    objects: [
      'المساعدة', 'مساعدت', 'أساعد', 'تقديم', 'أقدم', 'توفير', 'أوفر', 'الاستمرار', 'أستمر', 'متابعة', 'أتابع', 'إنشاء',
      'أنشئ', 'كتابة', 'أكتب', 'توليد', 'تلبية', 'الامتثال', 'المشاركة', 'أشارك', 'مناقشة', 'وصف', 'أصف', 'الإجابة',
      'هذا الطلب', 'هذا النوع', 'هذا المحتوى', 'مثل هذا', 'لعب الأدوار', 'إكمال', 'أكمل', 'فعل ذلك', 'القيام بذلك',
      'شرح', 'أشرح', 'إخبار', 'أخبرك', 'إرشاد', 'أرشد', 'تعليم', 'أعلم', 'تلبي', 'القيام به', 'أقوم', 'كتابت', 'تزويد',
      'أزود', 'إعطاء', 'أعطي', 'توضيح', 'أوضح',
      'أنصح', 'النصح', 'أوصي', 'التوصية', 'تشجيع', 'أشجع', 'إرشادك',
      'فعله',
      'تحديد', 'أحدد', 'معالجة', 'أعالج', 'تنفيذ', 'أنفذ', 'الاستجابة', 'وصف الجرعة',
    ],
    doVerbs: [
      'ذلك', 'هذا', 'فعل ذلك', 'القيام بذلك', 'به', 'فيه',
    ],
    innocentAfter: [
      'الانتظار', 'أصدق', 'تصديق', 'النوم', 'أنام', 'التوقف', 'أتخيل', 'أصف لك كم', 'أصف كم', 'أعبر', 'أخبرك كم',
      'أشرح لك كم', 'الوصف', 'أستطيع أن أصف لك كم', 'أستطيع أن أصف كم', 'أستطيع وصف كم', 'يمكنني وصف كم',
      'أستطيع التعبير عن مدى', 'أستطيع أن أعبر عن مدى', 'أستطيع أن أشرح لك كم', 'أستطيع الانتظار', 'أطيق الانتظار',
      'أحرق', 'أكشف النهاية',
    ],
    innocentBefore: [
      'بالكلمات', 'كم أنا',
    ],
    policy: [
      'إرشادات', 'سياسات', 'سياسة', 'قواعد', 'ذكاء اصطناعي', 'نموذج لغوي', 'غير لائق', 'غير مناسب', 'صريح', 'أخلاق',
      'المحتوى', 'الطلب',
      'خارج الشخصية', 'OOC',
    ],
    fillers: [
      'عذر', 'آسف', 'أعتذر', 'للأسف', 'أفهم', 'إذا كان لديك', 'إذا كانت لديك', 'أسئلة أخرى', 'سؤال آخر', 'شيء آخر',
      'يسعدني', 'بكل سرور', 'بدلاً من ذلك', 'بدلًا من ذلك', 'ربما', 'مختص', 'متخصص', 'لا تتردد', 'أخبرني',
      'يمكنني مساعدتك', 'موضوع آخر', 'إذا أردت', 'إن أردت', 'يمكننا', 'اتجاه آخر', 'ما رأيك', 'هل تود', 'هل تريد',
      'يمكنني بدلاً',
      'إذا كنت مهتمًا', 'إن كنت تحتاج', 'إن كنت بحاجة', 'أخبرني إن', 'في المقابل',
    ],
    context: [
      'أخشى أن', 'أخشى أنني', 'طلبك', 'طلبت', 'من أجلك', 'الطلب', 'شخص آخر', 'الآخرين', 'غيرك',
      'نيابةً عنك', 'بدلاً منك', 'بدلًا منك', 'حتى لو استطعت', 'حتى لو كان بإمكاني', 'حتى لو أمكنني',
      'هذا المشهد', 'أبعد من اللازم',
    ],
    reasons: [
      'يؤذي', 'إيذاء', 'أذى', 'غير قانوني', 'خطير', 'خطر', 'ضرر', 'يضر', 'تزوير', 'مزور', 'احتيال', 'خداع', 'الخصوصية',
      'موافقة', 'شخص آخر', 'جريمة', 'غير أخلاقي',
      'تهديد', 'ترهيب', 'عواقب قانونية', 'تجاوز', 'التحايل',
    ],
    bareNo: [
      'لا', 'لا أستطيع', 'لا يمكنني', 'غير ممكن', 'مستحيل', 'لا أقدر', 'لن أستطيع',
    ],
    apologies: [
      'آسف', 'آسفة', 'عذرًا', 'عذرا', 'أعتذر', 'معذرة', 'المعذرة', 'سامحني', 'للأسف', 'مع الأسف', 'اعذرني',
    ],
    declines: [
      'لا أستطيع فعل ذلك', 'لن أفعل ذلك', 'لن أفعلها', 'لا أقدر', 'ما أقدر', 'مش هقدر', 'مش هعمل كده',
      'ما راح أسويها', 'لن أفعل هذا', 'لا أستطيع', 'هذا ليس ممكنًا', 'ما أقدر أسويها', 'ما بقدر',
      'لا أستطيع ذلك', 'ما راح أقدر',
    ],
    offers: [
      '/^(?:لكن\\s+|ولكن\\s+|بدلا\\s+من\\s+ذلك\\s+)?(?:يمكنني|أستطيع|بإمكاني|يسعدني)/', 'يرجى', 'استشر', 'استشارة',
      'راجع', 'الطبيب', 'الصيدلي', 'محام',
    ],
    outOfCharacter: [
      'يخرج من الشخصية', 'خارج الشخصية', 'أخرج من الدور', 'يخرج من الدور', 'خارج الدور', 'ooc',
    ],
    everyday: [
      'السبت', 'الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'نهاية الأسبوع', 'لأنني أعمل', 'مشغول',
      'مرة أخرى',
    ],
    verbFinal: false,
    wordStart: false,
  },
  hi: {
    markers: [
      'मैं', 'माफ़ कीजिए', 'माफ़ करें', 'मुझे खेद है', 'मुझे माफ़ करें', 'क्षमा करें', 'क्षमा कीजिए', 'दुर्भाग्य से',
      'मुझे डर है', 'यह अनुरोध', 'इस अनुरोध', 'मेरे लिए', 'मुझसे',
      'माफ़ करना', 'सॉरी',
      'यह मेरा काम नहीं', 'मेरी जगह नहीं', 'मेरा अधिकार नहीं',
    ],
    weakMarkers: [],
    identity: [
      'एक AI के रूप में', 'एआई के रूप में', 'AI होने के नाते', 'एक भाषा मॉडल के रूप में', 'AI के रूप में',
      'एक एआई के रूप में', 'एक AI सहायक के रूप में',
      'किरदार से बाहर', 'भूमिका से बाहर', 'रोलप्ले से बाहर', 'OOC', 'एक AI होने के नाते',
    ],
    complete: [
      'मैं मदद नहीं कर सकता', 'मैं मदद नहीं कर सकती', 'मैं इसमें मदद नहीं कर सकता', 'मैं इसमें मदद नहीं कर सकती',
      'मेरे दिशानिर्देशों के खिलाफ', 'मेरी नीतियों के खिलाफ', 'मेरे दिशानिर्देशों के विरुद्ध',
      'मैं इसमें आपकी मदद नहीं कर सकता', 'मैं इसमें आपकी मदद नहीं कर सकती', 'उपयोग नीतियों के खिलाफ',
      'मैं यह नहीं कर सकता', 'मैं यह नहीं कर सकती', 'मैं ये नहीं कर सकता', 'मैं ये नहीं कर सकती',
      'मुझे मना करना होगा', 'मुझे मना करना पड़ेगा', 'मुझे इनकार करना होगा', 'मुझे इनकार करना पड़ेगा',
      'मुझे अस्वीकार करना होगा', 'अस्वीकार करना होगा',
      'यह मैं नहीं कर सकता', 'ये मैं नहीं कर सकता', 'यह मैं नहीं कर सकती', 'ये मैं नहीं कर सकती',
      'ऐसा मैं नहीं कर सकता', 'ऐसा मैं नहीं कर सकती', 'यह काम मैं नहीं कर सकता', 'यह काम मैं नहीं कर सकती',
      'यह अनुरोध नीतियों के खिलाफ', 'यह अनुरोध नियमों के खिलाफ', 'यह अनुरोध उपयोग नीति', 'उपयोग नीति का उल्लंघन',
      'नीतियों का उल्लंघन करता',
    ],
    weakComplete: [
      'मेरे लिए संभव नहीं', 'मेरे लिए मुमकिन नहीं', 'मेरे दायरे से बाहर', 'मेरी क्षमता से बाहर', 'मेरी सीमा से बाहर',
      'मेरे बस में नहीं', '/(?:मेरी|मेरे)\\s+(?:क्षमता|बस|दायरे|सीमा)\\s+(?:से\\s+)?(?:बाहर|परे)/',
      'मुझे ठीक नहीं लगता', 'मुझे सही नहीं लगता',
      'यहाँ मुझे रुकना होगा', 'मुझे यहीं रुकना होगा', 'यहाँ मुझे सीमा खींचनी होगी', 'मुझे सीमा खींचनी होगी',
      'यह मेरी सीमा है',
      'सीमा जिसे मैं पार नहीं कर सकता', 'सीमा जिसे मैं पार नहीं कर सकती', 'मेरी सीमा है',
      'मैं यहीं रुकूँगा', 'मैं यहीं रुकूँगी', 'मैं यहीं रुकूंगा', 'मैं यहीं रुकूंगी', 'यहीं रोकना होगा',
      'मुझे यहीं रोकना होगा', 'यहीं रोकता हूँ', 'यहीं रोकती हूँ',
      'मेरे लिए ऐसा करना ठीक नहीं', 'मेरे लिए ऐसा करना उचित नहीं', 'ऐसा करना मेरे लिए उचित नहीं',
    ],
    negations: [
      'नहीं', 'असमर्थ', 'खिलाफ', 'विरुद्ध', 'मना', 'संभव नहीं', 'मुमकिन नहीं',
      'यह मेरा काम नहीं', 'मेरी जगह नहीं', 'मेरा अधिकार नहीं',
    ],
    weakNegations: [],
    plainNegations: [],
    objects: [
      'मदद', 'सहायता', 'जारी', 'लिख', 'बना', 'प्रदान', 'दे सक', 'पूरा', 'भाग ले', 'चर्चा', 'वर्णन', 'जवाब', 'उत्तर',
      'इस तरह', 'ऐसी सामग्री', 'ऐसा कंटेंट', 'इस अनुरोध', 'यह अनुरोध', 'रोलप्ले', 'ऐसा', 'सामग्री', 'दूँगा', 'दूंगा',
      'दूँगी', 'दूंगी', 'बताऊँगा', 'बताऊंगा', 'बताऊँगी', 'बताऊंगी', 'बता', 'समझा', 'सिखा', 'मार्गदर्शन', 'जानकारी दे',
      'बढ़ा सक', 'बढ़ा पा', 'लिखना', 'करना',
      'सलाह', 'सुझा', 'सिफ़ारिश', 'प्रोत्साहित',
      'पूरा कर', 'संसाधित', 'तय कर', 'निर्धारित',
    ],
    doVerbs: [],
    innocentAfter: [],
    innocentBefore: [
      'कितना', 'कितनी', 'शब्दों में',
      'इंतज़ार', 'यकीन', 'विश्वास', 'अंत', 'एंडिंग', 'स्पॉइलर', 'क्लाइमेक्स',
    ],
    policy: [
      'दिशानिर्देश', 'नीति', 'नियम', 'AI', 'एआई', 'भाषा मॉडल', 'अनुचित', 'अश्लील', 'नैतिक', 'सामग्री', 'अनुरोध',
      'किरदार से बाहर', 'OOC',
    ],
    fillers: [
      'माफ़', 'क्षमा', 'खेद', 'दुर्भाग्य', 'समझ', 'अगर आप', 'यदि आप', 'अन्य सवाल', 'कोई और सवाल', 'कुछ और', 'खुशी',
      'ख़ुशी', 'इसके बजाय', 'शायद', 'विशेषज्ञ', 'बेझिझक', 'बताइए', 'बताएं', 'दूसरे विषय', 'हम कर सकते', 'चाहें तो',
      'अगर कुछ और', 'ज़रूर मदद', 'मदद करूँगा', 'मदद करूँगी', 'मदद कर सकता हूँ', 'मदद कर सकती हूँ', 'रुचि हो',
      'सॉरी',
    ],
    context: [
      'आपके कहे', 'आपके अनुरोध', 'आपके लिए', 'आपकी मांग', 'अनुरोध', 'किसी और', 'दूसरों', 'कहे अनुसार',
      'तुम्हारी जगह', 'आपकी जगह', 'आपकी ओर से', 'होती भी तो', 'हो भी तो',
      'यह दृश्य', 'बहुत आगे',
    ],
    reasons: [
      'चोट', 'हानि पहुँचा', 'नुकसान पहुँचा', 'अवैध', 'गैरकानूनी', 'ग़ैरकानूनी', 'खतरनाक', 'ख़तरनाक', 'नुकसान',
      'नुक़सान', 'हानि', 'धोखा', 'जालसाज़ी', 'जालसाजी', 'नकली', 'निजता', 'गोपनीयता', 'सहमति', 'अपराध', 'अनैतिक',
      'हिंसक',
      'धमकी', 'डराने', 'कानूनी', 'बायपास',
    ],
    bareNo: [
      'नहीं', 'जी नहीं', 'नहीं कर सकता', 'नहीं कर सकती', 'नहीं हो पाएगा', 'संभव नहीं', 'मुमकिन नहीं', 'ये नहीं हो सकता',
      'यह नहीं हो सकता', 'बिल्कुल नहीं',
    ],
    apologies: [
      'माफ़ कीजिए', 'माफ़ करें', 'माफ़ करना', 'माफ़ी', 'क्षमा करें', 'क्षमा कीजिए', 'सॉरी', 'मुझे खेद है', 'खेद है',
      'दुर्भाग्य से', 'माफ़ कीजिएगा',
    ],
    declines: [
      'मुझसे नहीं होगा', 'ये मुझसे नहीं होगा', 'यह मुझसे नहीं होगा', 'मुझसे नहीं हो पाएगा', 'ये मुझसे नहीं हो पाएगा',
      'मैं नहीं करूँगा', 'मैं नहीं करूंगा', 'मैं नहीं करूँगी', 'मैं नहीं करूंगी', 'ये नहीं करूँगा',
      'ये मैं नहीं करूँगा', 'ये मैं नहीं करूँगी', 'मैं ये नहीं कर सकता', 'मैं ये नहीं कर सकती', 'ये नहीं हो पाएगा',
      'नहीं हो पाएगा', 'मुझसे ना हो पाएगा', 'ये मेरे बस का नहीं', 'यह मेरे बस का नहीं', 'मेरे बस का नहीं',
      'ये मुझसे ना होगा', 'ये नहीं होगा',
    ],
    offers: [
      'कर सकता हूँ', 'कर सकती हूँ', 'कर सकता हूं', 'कर सकती हूं', 'सलाह लें', 'सलाह लीजिए', 'डॉक्टर', 'संपर्क करें',
      'विशेषज्ञ', 'मदद कर सकता', 'मदद कर सकती',
    ],
    outOfCharacter: [
      'किरदार से बाहर', 'भूमिका से बाहर', 'ooc', 'रोलप्ले से बाहर',
    ],
    everyday: [
      'सोमवार', 'मंगलवार', 'बुधवार', 'गुरुवार', 'शुक्रवार', 'शनिवार', 'रविवार', 'वीकेंड', 'ऑफिस है', 'काम है',
      'व्यस्त', 'फिर कभी',
    ],
    verbFinal: true,
    wordStart: true,
  },
  id: {
    markers: [
      'Saya tidak', 'Aku tidak', 'Maaf', 'Mohon maaf', 'Sayangnya', 'Saya harus', 'Saya khawatir', 'Saya tak',
      'tidak bisa saya', 'tidak dapat saya', 'tak bisa saya', 'tak dapat saya', 'bukan sesuatu yang bisa saya',
      'bukan hal yang bisa saya',
      'Aku nggak', 'Aku gak', 'Aku enggak', 'Aku ga', 'Aku ngga', 'Gue nggak', 'Gue gak', 'Aku harus', 'Sori',
      'bukan wewenang saya', 'bukan tempat saya untuk', 'bukan kapasitas saya', 'bukan wewenangku',
      'bukan kapasitasku',
    ],
    weakMarkers: [
      'Saya tidak akan', 'Aku tidak akan', 'Saya lebih memilih', 'Saya memilih untuk tidak', 'Saya lebih baik tidak',
      'Saya enggan', 'Aku lebih memilih',
      'Aku lebih baik tidak', 'Aku memilih untuk tidak', 'Aku nggak akan', 'Aku gak akan', 'Aku tidak akan',
      'Aku tidak mau', 'Saya tidak mau', 'Aku nggak mau', 'Sebaiknya saya tidak', 'Sebaiknya aku tidak',
      'Saya rasa saya tidak', 'Aku rasa aku nggak',
      'Sebaiknya aku nggak', 'Sebaiknya aku gak', 'Sebaiknya saya tidak',
    ],
    identity: [
      'Sebagai AI', 'Sebagai model bahasa', 'Sebagai kecerdasan buatan', 'Sebagai asisten AI', 'Sebagai sebuah AI',
      'Sebagai asisten virtual',
      'OOC', 'Di luar karakter', 'Keluar dari karakter', 'Keluar karakter', 'Di luar peran', 'Sebagai model AI',
      'Sebagai model kecerdasan buatan',
    ],
    complete: [
      'Saya harus menolak', 'Saya terpaksa menolak', 'bertentangan dengan pedoman saya', 'melanggar pedoman saya',
      'bertentangan dengan kebijakan saya', 'Saya tidak dapat membantu dengan itu',
      'Saya tidak bisa membantu dengan itu', 'Saya tidak dapat memenuhi permintaan ini',
      'melanggar kebijakan penggunaan', 'bertentangan dengan kebijakan penggunaan',
      'bukan sesuatu yang bisa saya bantu', 'bukan hal yang bisa saya bantu',
      'Aku harus menolak', 'Saya perlu menolak', 'Aku perlu menolak', 'Aku terpaksa menolak',
      'Dengan berat hati saya menolak', 'bukan hal yang bisa aku bantu', 'bukan sesuatu yang bisa aku bantu',
      'permintaan ini melanggar', 'permintaan ini bertentangan', 'permintaanmu melanggar',
      'permintaan Anda melanggar', 'melanggar ketentuan penggunaan', 'melanggar aturan penggunaan',
    ],
    weakComplete: [
      'di luar kemampuan saya', 'di luar cakupan saya', 'di luar batas kemampuan saya', 'tidak mungkin bagi saya',
      'di luar wewenang saya',
      '/di\\s+luar\\s+(?:apa\\s+yang\\s+(?:bisa|dapat|mampu)\\s+saya|kemampuan\\s+saya|batas\\s+kemampuan)/',
      'di situ saya harus menarik garis', 'saya harus menarik garis', 'aku harus menarik garis',
      'saya harus berhenti di sini', 'aku harus berhenti di sini',
      'batas yang tidak bisa saya lewati', 'batas yang tak bisa saya lewati', 'batas yang nggak bisa aku lewati',
      'garis yang tidak bisa saya lewati', 'di situlah batas saya', 'itu batas saya',
      '/(?:cukup|berhenti)\\s+(?:sampai\\s+)?(?:di\\s+)?sini\\s+(?:dulu\\s+)?(?:ya|saja|aja)?/',
      'tidak pantas bagi saya', 'tidak tepat bagi saya', 'kurang pantas kalau saya', 'tidak etis bagi saya',
      'nggak pantas kalau aku',
      '/(?:berhenti|menghentikan|menyudahi|menjeda|stop)(?<=(?:aku|saya|gue)\\s+(?:\\p{L}+\\s+){0,2}?(?:berhenti|menghentikan|menyudahi|menjeda|stop))\\s+(?:\\p{L}+\\s+){0,3}?(?:di\\s+sini|sampai\\s+sini|sampai\\s+di\\s+sini)/',
    ],
    negations: [
      'tidak dapat', 'tidak bisa', 'tidak mampu', 'tak bisa', 'tak dapat', 'menolak', 'tidak nyaman', 'tidak diizinkan',
      'tidak boleh', 'tidak bisa saya', 'tidak dapat saya', 'tak bisa saya', 'tak dapat saya', 'tidak diperbolehkan',
      'bukan sesuatu yang bisa saya', 'bukan hal yang bisa saya',
      'nggak bisa', 'gak bisa', 'enggak bisa', 'ga bisa', 'ngga bisa', 'nggak dapat', 'tak mampu', 'tidak sanggup',
      'nggak sanggup',
      'bukan wewenang saya', 'bukan tempat saya untuk', 'bukan kapasitas saya', 'bukan wewenangku',
      'bukan kapasitasku',
    ],
    weakNegations: [
      'tidak akan', 'lebih memilih untuk tidak', 'memilih untuk tidak', 'lebih baik tidak', 'enggan',
      'nggak akan', 'gak akan', 'enggak akan', 'tidak mau', 'nggak mau', 'gak mau', 'sebaiknya tidak',
      'tidak seharusnya',
      'lebih memilih tidak', 'memilih tidak',
      'sebaiknya nggak', 'sebaiknya gak', 'sebaiknya tidak',
    ],
    plainNegations: [
      'tidak', 'tak',
      'nggak', 'gak', 'enggak',
    ],
    objects: [
      'membantu', 'bantu', 'menyediakan', 'memberikan', 'memberi', 'melanjutkan', 'lanjut', 'membuat', 'menulis',
      'tulis', 'menghasilkan', 'memenuhi', 'berpartisipasi', 'terlibat', 'membahas', 'mendeskripsikan', 'menggambarkan',
      'menjawab', 'permintaan ini', 'permintaan tersebut', 'konten seperti', 'jenis konten', 'konten semacam',
      'hal tersebut', 'roleplay', 'bermain peran', 'mengembangkan', 'melakukan itu', 'melakukannya', 'melakukan hal',
      'menjelaskan', 'jelaskan', 'memberi tahu', 'memberitahu', 'mengajari', 'memandu', 'menunjukkan cara', 'penuhi',
      'berikan', 'tuliskan', 'buatkan', 'lakukan', 'lanjutkan', 'sediakan', 'menguraikan', 'instruksi', 'panduan',
      'menyarankan', 'merekomendasikan', 'mendorong', 'kasih tahu', 'bikin', 'nulis', 'bantuin', 'ngasih', 'jelasin',
      'lanjutin',
      'memproses', 'memutuskan', 'menentukan', 'kutulis', 'kubantu', 'kulanjutkan', 'kubuat', 'kujelaskan',
      'kuberikan', 'kutuliskan', 'kubuatkan',
    ],
    doVerbs: [],
    innocentAfter: [
      'menunggu', 'percaya', 'tidur', 'berhenti', 'membayangkan', 'sabar', 'menjelaskan betapa', 'mengungkapkan',
      'menahan', 'berkata-kata',
      'spoiler', 'membocorkan', 'bocorin',
    ],
    innocentBefore: [
      'betapa', 'dengan kata-kata',
    ],
    policy: [
      'pedoman', 'kebijakan', 'aturan', 'AI', 'model bahasa', 'tidak pantas', 'eksplisit', 'etika', 'konten',
      'permintaan',
      'OOC', 'di luar karakter',
    ],
    fillers: [
      'maaf', 'sayangnya', 'saya mengerti', 'saya paham', 'jika kamu', 'jika Anda', 'kalau kamu', 'pertanyaan lain',
      'hal lain', 'sesuatu yang lain', 'dengan senang hati', 'senang membantu', 'sebagai gantinya', 'mungkin',
      'profesional', 'jangan ragu', 'beri tahu', 'kabari', 'topik lain', 'bagaimana kalau', 'gimana kalau', 'mau saya',
      'apakah Anda mau',
      'kalau mau', 'jika tertarik', 'kalau tertarik', 'aku bisa bantu', 'saya bisa bantu',
      'aku senang', 'saya senang',
    ],
    context: [
      'permintaan Anda', 'permintaanmu', 'untuk Anda', 'untukmu', 'permintaan', 'minta', 'orang lain',
      'buat kamu', 'buatmu', 'atas nama', 'meskipun bisa', 'walaupun bisa', 'seandainya bisa', 'kalaupun bisa',
      'kamu sebut', 'Anda sebut', 'yang kamu minta', 'yang Anda minta',
      'adegan', 'terlalu jauh',
    ],
    reasons: [
      'menyakiti', 'melukai', 'membahayakan', 'ilegal', 'melanggar hukum', 'berbahaya', 'merugikan', 'menipu',
      'penipuan', 'pemalsuan', 'palsu', 'tidak jujur', 'privasi', 'persetujuan', 'orang lain', 'kejahatan',
      'tidak etis', 'melanggar',
      'ancam', 'intimidasi', 'konsekuensi hukum', 'membobol', 'menembus', 'mengakali',
    ],
    bareNo: [
      'tidak', 'nggak', 'gak', 'enggak', 'ngga', 'ga', 'tidak bisa', 'nggak bisa', 'gak bisa', 'enggak bisa', 'ga bisa',
      'tak bisa', 'tidak dapat', 'nggak deh', 'gak deh', 'tidak mungkin', 'nggak mungkin', 'belum bisa',
    ],
    apologies: [
      'maaf', 'mohon maaf', 'maafkan', 'sori', 'sorry', 'sayangnya', 'maaf banget',
    ],
    declines: [
      '/(?:yang\\s+itu\\s+|yang\\s+ini\\s+|itu\\s+|kalau\\s+itu\\s+|kalau\\s+yang\\s+itu\\s+)?(?:aku\\s+|saya\\s+|gue\\s+)?(?:nggak|gak|enggak|ga|ngga|tidak|tak)\\s+(?:bisa|mau|sanggup)/',
      'aku pass', 'skip dulu', 'ogah', 'aku nggak ikut', 'gue nggak ikut', 'aku angkat tangan', 'saya angkat tangan',
      'angkat tangan',
    ],
    offers: [
      '/^(?:tapi\\s+|namun\\s+|sebagai\\s+gantinya,?\\s+)?(?:aku|saya|kita)\\s+(?:bisa|dapat|boleh)\\s/',
      'konsultasikan', 'konsultasi', 'tanyakan', 'hubungi', 'dokter', 'apoteker', 'pengacara', 'gimana kalau',
      'bagaimana kalau',
    ],
    outOfCharacter: [
      'keluar dari karakter', 'keluar karakter', 'di luar karakter', 'keluar dari peran', 'ooc',
    ],
    everyday: [
      'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'hari minggu', 'akhir pekan', 'karena kerja',
      'lagi kerja', 'sibuk', 'lain kali',
    ],
    verbFinal: false,
    wordStart: true,
  },
  vi: {
    markers: [
      'Tôi không', 'Mình không', 'Em không', 'Xin lỗi', 'Tôi xin lỗi', 'Rất tiếc', 'Thật tiếc', 'Tôi phải',
      'Tôi e rằng', 'không phải là điều tôi có thể', 'không phải điều tôi có thể', 'tôi không', 'mình không',
      'Mình xin lỗi',
      'không phải việc của tôi', 'tôi không có thẩm quyền', 'không đến lượt tôi',
    ],
    weakMarkers: [
      'Tôi sẽ không', 'Mình sẽ không', 'Tôi xin phép không', 'Tôi không muốn', 'Tôi muốn tránh', 'Tôi xin phép',
      'Tôi không nên', 'Mình không nên', 'Em sẽ không', 'Em không nên',
    ],
    identity: [
      'Là một AI', 'Là AI', 'Là một mô hình ngôn ngữ', 'Là trí tuệ nhân tạo', 'Là một trợ lý AI', 'Với tư cách là AI',
      'Với tư cách là một AI',
      'Ngoài vai', 'Thoát vai', 'Ra khỏi vai', 'OOC', 'Là một mô hình AI', 'Với tư cách một AI',
    ],
    complete: [
      'Tôi phải từ chối', 'Tôi xin phép từ chối', 'trái với nguyên tắc của tôi', 'vi phạm nguyên tắc của tôi',
      'vi phạm chính sách', 'Tôi không thể giúp với điều đó', 'Tôi không thể đáp ứng yêu cầu này',
      'không phải là điều tôi có thể giúp', 'không phải điều tôi có thể giúp', 'vi phạm chính sách sử dụng',
      'Mình phải từ chối', 'Tôi xin từ chối', 'Mình xin từ chối', 'Tôi buộc phải từ chối', 'Tôi đành phải từ chối',
      'Em xin phép từ chối', 'Em phải từ chối', 'Tôi sẽ phải từ chối', 'Mình đành từ chối', 'Tôi xin phép được từ chối',
      'yêu cầu này vi phạm', 'yêu cầu này đi ngược', 'yêu cầu của bạn vi phạm', 'vi phạm điều khoản sử dụng',
      'vi phạm quy định sử dụng',
    ],
    weakComplete: [
      'nằm ngoài khả năng của tôi', 'ngoài khả năng của tôi', 'vượt quá khả năng của tôi', 'nằm ngoài phạm vi',
      'ngoài phạm vi hỗ trợ',
      '/(?:vượt\\s+quá|nằm\\s+ngoài|ngoài)\\s+(?:những\\s+gì|những\\s+điều)\\s+(?:mà\\s+)?(?:tôi|mình)\\s+có\\s+thể/',
      'đó là giới hạn của tôi', 'đó là giới hạn của mình', 'tôi phải dừng lại ở đây', 'mình phải dừng ở đây',
      'tôi phải vạch ra ranh giới', 'mình phải dừng lại ở đây',
      'ranh giới mà tôi không thể vượt qua', 'giới hạn mà tôi không thể vượt qua', 'ranh giới tôi không thể vượt qua',
      'không phù hợp để tôi', 'tôi làm vậy là không đúng', 'không đúng nếu tôi', 'không phải phép nếu tôi',
      '/(?:dừng|ngừng)(?<=(?:tôi|mình|em)\\s+(?:\\p{L}+\\s+){0,3}?(?:dừng|ngừng))\\s+(?:lại\\s+)?(?:\\p{L}+\\s+){0,3}?(?:ở\\s+đây|tại\\s+đây)/',
    ],
    negations: [
      'không thể', 'không được phép', 'không có khả năng', 'từ chối', 'không tiện', 'không thoải mái',
      '/không(?<![\\p{L}\\p{N}\\p{M}]không)(?=(?:\\s+[^\\s.!?,;:]+){1,4}\\s+được(?![\\p{L}\\p{M}]))/',
      'không phải là điều tôi có thể', 'không phải điều tôi có thể',
      'không phải việc của tôi', 'tôi không có thẩm quyền', 'không đến lượt tôi',
    ],
    weakNegations: [
      'sẽ không', 'xin phép không', 'không muốn',
      'không nên',
    ],
    plainNegations: [
      'không',
    ],
    objects: [
      'giúp', 'hỗ trợ', 'cung cấp', 'tiếp tục', 'viết', 'tạo', 'sáng tác', 'đáp ứng', 'thực hiện', 'tham gia',
      'thảo luận', 'mô tả', 'trả lời', 'yêu cầu này', 'nội dung này', 'nội dung như', 'loại nội dung', 'điều đó',
      'nhập vai', 'phát triển', 'kể tiếp', 'hướng dẫn', 'giải thích', 'chỉ cách', 'chỉ cho bạn', 'chỉ bạn',
      'nói cho bạn', 'cho bạn biết', 'tiết lộ', 'soạn',
      'khuyên', 'gợi ý', 'đề xuất', 'khuyến khích', 'viết hộ', 'làm hộ',
      'xử lý', 'xác định', 'kê đơn', 'quyết định',
    ],
    doVerbs: [
      'làm', 'làm được', 'làm điều đó', 'làm việc đó', 'được', 'điều đó', 'việc đó', 'giúp được',
      'đâu', 'rồi', 'được đâu', 'được rồi',
    ],
    innocentAfter: [
      'chờ', 'đợi', 'tin', 'ngủ', 'ngừng', 'tưởng tượng', 'diễn tả', 'tả hết', 'nói hết',
      'tiết lộ cái kết', 'tiết lộ kết thúc', 'tiết lộ đoạn kết', 'spoil',
    ],
    innocentBefore: [
      'bằng lời', 'vui thế nào', 'biết bao',
    ],
    policy: [
      'nguyên tắc', 'chính sách', 'quy định', 'AI', 'mô hình ngôn ngữ', 'không phù hợp', 'khiêu dâm', 'đạo đức',
      'nội dung', 'yêu cầu',
      'ngoài vai', 'OOC',
    ],
    fillers: [
      'xin lỗi', 'rất tiếc', 'thật tiếc', 'tôi hiểu', 'mình hiểu', 'nếu bạn', 'câu hỏi khác', 'điều gì khác',
      'chủ đề khác', 'sẵn lòng', 'rất vui', 'thay vào đó', 'có lẽ', 'chuyên gia', 'đừng ngần ngại', 'cho tôi biết',
      'cho mình biết', 'hướng khác', 'hay là', 'bạn có muốn',
      'nếu muốn', 'góp ý', 'mình có thể giúp', 'tôi có thể giúp', 'hãy cho tôi biết',
    ],
    context: [
      'yêu cầu của bạn', 'cho bạn', 'bạn yêu cầu', 'bạn muốn', 'yêu cầu', 'người khác',
      'hộ', 'giùm', 'thay bạn', 'thay cho bạn', 'kể cả có thể', 'dù có thể', 'cho dù có thể',
      'cảnh này', 'quá xa',
    ],
    reasons: [
      'làm tổn thương', 'làm hại', 'gây nguy hiểm', 'bất hợp pháp', 'trái pháp luật', 'nguy hiểm', 'gây hại', 'tổn hại',
      'lừa đảo', 'lừa dối', 'làm giả', 'giả mạo', 'riêng tư', 'sự đồng ý', 'người khác', 'tội phạm', 'phi đạo đức',
      'đe dọa', 'đe doạ', 'hăm dọa', 'hậu quả pháp lý', 'vượt qua', 'lách',
    ],
    bareNo: [
      'không', 'không được', 'không thể', 'không được đâu', 'không làm được', 'mình chịu', 'chịu', 'không được rồi',
      'không thể được', 'không giúp được',
      'cái này mình chịu', 'cái này thì mình chịu', 'mình chịu thôi', 'cái này tôi chịu',
    ],
    apologies: [
      'xin lỗi', 'xin lỗi bạn', 'rất tiếc', 'thật tiếc', 'tiếc quá', 'sorry', 'mình xin lỗi', 'tôi xin lỗi',
      'thành thật xin lỗi',
    ],
    declines: [
      'mình chịu', 'cái này mình chịu', 'tôi chịu', 'chịu thôi', 'mình chịu thôi', 'mình không làm được',
      'không làm được đâu', 'cái này không được', 'mình xin kiếu', 'xin kiếu', 'tôi không làm đâu',
      'mình không làm đâu', 'cái này tôi không làm', 'cái này mình không làm', 'cái đó mình chịu', 'vụ này mình chịu',
      'tôi xin kiếu', 'mình không làm được đâu', 'tôi không làm được',
    ],
    offers: [
      '/^(?:nhưng\\s+|thay\\s+vào\\s+đó,?\\s+)?(?:tôi|mình|em|chúng\\s+ta)\\s+(?:có\\s+thể|sẵn\\s+sàng|rất\\s+sẵn\\s+lòng)/',
      'tham khảo', 'hỏi ý kiến', 'bác sĩ', 'dược sĩ', 'luật sư', 'liên hệ',
    ],
    outOfCharacter: [
      'thoát vai', 'ra khỏi vai', 'ngoài vai', 'ooc',
    ],
    everyday: [
      'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'cuối tuần', 'đi làm', 'bận',
      'lần khác',
    ],
    verbFinal: false,
    wordStart: true,
  },
};

/** The per-language tables with the cross-language families (`refusal-families.ts`) added to their lists. */
export const REFUSAL_CATALOGUE: Readonly<Record<RefusalLanguage, RefusalCatalogue>> = Object.freeze(
  Object.fromEntries(
    REFUSAL_LANGUAGES.map((language) => {
      const lists: Record<string, unknown> = {
        impersonal: [],
        impersonalVerbs: [],
        passive: [],
        deflections: [],
        ...BASE_CATALOGUE[language],
      };
      for (const family of REFUSAL_FAMILIES) {
        for (const [name, phrases] of Object.entries(family)) {
          const added = phrases?.[language];
          if (added !== undefined) lists[name] = [...(lists[name] as readonly string[]), ...added];
        }
      }
      return [language, lists as unknown as RefusalCatalogue];
    }),
  ) as Record<RefusalLanguage, RefusalCatalogue>,
);

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
