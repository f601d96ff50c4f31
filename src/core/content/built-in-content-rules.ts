/**
 * Rung's built-in keyword rules for the default content classes, a starting point only. They are short and
 * conservative on purpose: every term should mean the same thing in every context a chat turn may use it,
 * because a false positive sends a user an in-character refusal and an upsell for an innocent message.
 * So words with an everyday second meaning are left out: English "sex" (a form field), Spanish "sexo",
 * French "baiser" (a kiss, or not), Arabic "قبلة" (a kiss, and the prayer direction), Hindi "किस" ("which"),
 * Korean "자위" (also "self-defence"), Japanese "誘惑" (any temptation, cake included), Korean "야한" (hides in
 * "해야한다"). That leaves plenty uncaught; config rules (`rules` in createContentClassifier) and a
 * classification route are the real tools, these only keep the default install from being blind.
 *
 * Syntax, as for config rules: terms are case-insensitive; `*` at the end matches any word starting so;
 * spaces match any whitespace; Latin, Cyrillic, Arabic and Devanagari terms match whole words, Han, kana and
 * Hangul terms match anywhere. Kept as `|`-separated strings so the lists stay readable.
 */

import type { LanguageCode } from '../language/languages.js';

type BuiltInRules = Readonly<Record<'suggestive' | 'explicit', Readonly<Record<LanguageCode, string>>>>;

export const BUILT_IN_CONTENT_RULES: BuiltInRules = {
  suggestive: {
    en: 'kiss|kisses|kissing|kissed|cuddle|cuddles|cuddled|cuddling|make out|making out|seduce|seduces|seducing|seductive|lingerie|flirt|flirty|flirting|undress*|sexy',
    ru: 'поцелу*|целова*|целую|целуй|обнимашки|соблазни*|соблазня*|нижнее бельё|нижнее белье|флирт*|сексуальн*|раздень*',
    uk: 'поцілу*|цілува*|цілую|цілуй|обіймашки|спокусити|спокушати|нижня білизна|флірт*|сексуальн*|роздягни*',
    es: 'beso|besos|besar|besarte|besarnos|bésame|besame|acurrucar*|seducir|sedúceme|seductor*|lencería|lenceria|coquete*|sexy|desnúdate|desnudate',
    pt: 'beijo|beijos|beijar|beijinho*|me beija|beija-me|aconchegar*|seduzir|sedutor*|lingerie|flertar|flerte*|paquera*|sexy|tira a roupa',
    fr: "bisou|bisous|embrasse-moi|embrasser|s'embrasser|câlin|câlins|câliner|séduire|séduisant*|séduction|lingerie|flirter|flirt|draguer|sexy|déshabille*",
    de: 'kuss|küss*|geküsst|kuscheln*|kuschelt|kuschle|verführ*|dessous|reizwäsche|flirt*|sexy|zieh dich aus',
    it: 'bacio|baci|baciami|baciare|baciarti|baciarci|coccole|coccolarti|sedurre|sedurti|seducente|lingerie|flirtare|flirt|sexy|spogliati',
    tr: 'öp*|baştan çıkar*|flört*|seksi',
    pl: 'pocałun*|pocałuj*|pocałow*|całuj*|całowa*|przytul mnie|przytulanie|uwodzi*|uwieść|uwiedź|seksown*|bielizna erotyczna|flirt*',
    ja: 'キス|くちづけ|口づけ|接吻|イチャイチャ|いちゃいちゃ|ランジェリー|セクシー|エッチ|えっち',
    ko: '키스|뽀뽀|스킨십|유혹해|란제리|섹시',
    zh: '接吻|亲吻|親吻|亲亲|親親|调情|調情|勾引|性感|情趣内衣|情趣內衣',
    ar: 'بوسة|بوسه|بوسني|تقبيل|احضني|لانجري|سكسي|مغازلة',
    hi: 'चुंबन|चूमना|चूमो|चूम लो|आलिंगन|सेक्सी|फ़्लर्ट|फ्लर्ट',
    id: 'cium|ciuman|mencium|berciuman|ciumlah|bermesraan|lingerie|seksi|genit',
    vi: 'nụ hôn|hôn em|hôn anh|hôn mình|hôn nhau|hôn tôi|âu yếm|ôm ấp|tán tỉnh|gợi cảm',
  },
  explicit: {
    en: 'have sex|having sex|had sex|sexual intercourse|oral sex|make love|making love|orgasm*|masturbat*|blowjob*|handjob*|porn*|nudes|nsfw',
    ru: 'секс|секса|сексом|оргазм*|мастурб*|минет*|порно*',
    uk: 'секс|сексу|сексом|кохатися|оргазм*|мастурб*|мінет*|порно*',
    es: 'tener sexo|teniendo sexo|sexo oral|hacer el amor|haciendo el amor|orgasmo*|masturb*|follar|fóllame|follame|porno*',
    pt: 'fazer sexo|fazendo sexo|sexo oral|fazer amor|fazendo amor|transar|transando|transamos|orgasmo*|masturb*|porno*|pornô',
    fr: "faire l'amour|rapport sexuel|rapports sexuels|sexe oral|orgasme*|masturb*|fellation*|porno*",
    de: 'sex haben|sex hatten|miteinander schlafen|geschlechtsverkehr|oralsex|orgasm*|masturb*|selbstbefriedigung|blowjob*|porno*',
    it: "fare sesso|facciamo sesso|fare l'amore|facciamo l'amore|rapporto sessuale|sesso orale|orgasm*|masturb*|pompino|pompini|porno*",
    tr: 'seks|seviş*|cinsel ilişki|orgazm*|mastürbasyon|porno*',
    pl: 'seks|seksu|seksem|stosunek płciowy|orgazm*|masturb*|onani*|porno*',
    ja: 'セックス|エッチしよ|エッチしたい|オナニー|フェラチオ|ポルノ|中出し|性交',
    ko: '섹스|자위행위|오르가즘|포르노|야동|성관계',
    zh: '做爱|做愛|性交|口交|自慰|手淫|色情片|黄片|啪啪啪|性爱|性愛',
    ar: 'ممارسة الجنس|نمارس الجنس|مارس الجنس|سكس|جماع|استمناء|العادة السرية|إباحي*|اباحي*',
    hi: 'सेक्स|संभोग|हस्तमैथुन|पोर्न|चरमसुख',
    id: 'seks|bercinta|ngeseks|orgasme|masturbasi|onani|porno*|bokep',
    vi: 'làm tình|quan hệ tình dục|cực khoái|thủ dâm|khiêu dâm|phim sex',
  },
};
