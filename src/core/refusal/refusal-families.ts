/**
 * Refusal families written across all 17 languages side by side, merged into the catalogue's lists: a way of
 * refusing (or of padding a refusal) is one family, and where it exists in a language it is written there in that
 * language's own phrasing. Kept apart from the per-language tables so that a family can be read, and checked for
 * gaps, in one place. Phrase rules are the catalogue's (see `refusal-markers.ts`).
 */

import type { RefusalCatalogue, RefusalLanguage } from './refusal-markers.js';

/** The catalogue lists a family may add to. */
type ListName = {
  [Name in keyof RefusalCatalogue]: RefusalCatalogue[Name] extends readonly string[] ? Name : never;
}[keyof RefusalCatalogue];

export type RefusalFamily = Partial<Record<ListName, Partial<Record<RefusalLanguage, readonly string[]>>>>;

/**
 * Every phrase made of one choice from each part, joined by `separator` (a space, or nothing where words are not
 * spaced): the compositional form of a family ("this request" × "cannot be" × "processed").
 * @example combine(' ', ['this request'], ["can't be", 'cannot be'], ['processed']).length // 2
 */
export function combine(separator: string, ...parts: readonly (readonly string[])[]): string[] {
  let phrases = [''];
  for (const part of parts) {
    phrases = phrases.flatMap((phrase) => part.map((word) => (phrase === '' ? word : `${phrase}${separator}${word}`)));
  }
  return phrases;
}

/**
 * The impersonal refusal: no "I", the request as subject and a passive negation ("This request can't be
 * fulfilled.", "Данный запрос не может быть выполнен.", "本请求无法受理。"), complete where it opens and closes its
 * sentence; and the content withheld in the passive ("Instructions for building weapons aren't provided here."),
 * which a hostel says of towels, so it counts only next to a strong refusal. The subject and negation are the
 * marker (`impersonal`), the verb after it a short list of its own (`impersonalVerbs`): a product of the two in one
 * phrase list would make the scan's regex many times larger.
 */
const IMPERSONAL: RefusalFamily = {
  impersonal: {
    en: combine(
      ' ',
      ['this request', 'your request', 'that request', 'such a request', 'such requests', 'the request'],
      ["can't be", 'cannot be', 'can not be', "won't be", 'will not be', "isn't able to be"],
    ),
    ru: combine(
      ' ',
      ['данный запрос', 'этот запрос', 'ваш запрос', 'такой запрос', 'такие запросы', 'эта просьба', 'ваша просьба'],
      ['не может быть', 'не могут быть', 'не будет', 'не будут'],
    ),
    es: [
      ...combine(
        ' ',
        ['esta petición', 'esta solicitud', 'tu petición', 'tu solicitud', 'su solicitud', 'su petición'],
        ['no puede ser', 'no podrá ser', 'no será', 'no se puede', 'no se podrá'],
      ),
      'este tipo de petición queda fuera de lo que se puede',
      'este tipo de solicitud queda fuera de lo que se puede',
    ],
    pt: combine(
      ' ',
      ['este pedido', 'esta solicitação', 'seu pedido', 'sua solicitação', 'esse pedido', 'essa solicitação'],
      ['não pode ser', 'não poderá ser', 'não será'],
    ),
    fr: combine(
      ' ',
      ['cette demande', 'votre demande', 'ta demande', 'cette requête', 'votre requête', 'une telle demande'],
      ['ne peut pas être', 'ne peut être', 'ne pourra pas être', 'ne sera pas'],
    ),
    de: combine(
      ' ',
      ['diese Anfrage', 'Ihre Anfrage', 'deine Anfrage', 'eine solche Anfrage', 'solche Anfragen', 'dieser Anfrage'],
      ['kann nicht', 'kann leider nicht', 'wird nicht', 'können nicht', 'werden nicht'],
    ),
    it: combine(
      ' ',
      ['questa richiesta', 'la richiesta', 'la tua richiesta', 'la sua richiesta', 'tale richiesta'],
      ['non può essere', 'non potrà essere', 'non verrà', 'non sarà'],
    ),
    tr: ['bu istek', 'bu talep', 'isteğiniz', 'talebiniz', 'bu isteğiniz', 'bu talebiniz', 'isteğin', 'bu isteğin'],
    uk: combine(
      ' ',
      ['цей запит', 'ваш запит', 'такий запит', 'це прохання', 'ваше прохання', 'даний запит'],
      ['не може бути', 'не буде'],
    ),
    pl: [
      ...combine(
        ' ',
        ['tego żądania', 'tej prośby', 'tego zapytania', 'tego polecenia', 'twojej prośby', 'takiej prośby'],
        ['nie można', 'nie da się', 'nie mogę'],
      ),
      ...combine(
        ' ',
        ['to żądanie', 'ta prośba', 'to zapytanie', 'twoja prośba', 'to polecenie'],
        ['nie może zostać', 'nie może być', 'nie zostanie'],
      ),
    ],
    // Not "このご依頼" or "ご要望": openers already, whose refusal core is found the usual way.
    ja: combine('', ['本リクエスト', '本依頼', 'この要求', '本要求', '本件のご依頼'], ['は', 'には', 'につきましては']),
    ko: ['본 요청은', '이 요청은', '해당 요청은', '요청하신 내용은', '이 부탁은'],
    zh: ['本请求', '此请求', '该请求', '这个请求', '你的请求', '您的请求', '这一请求', '此类请求'],
    ar: ['هذا الطلب', 'طلبك', 'هذا النوع من الطلبات', 'طلبكم'],
    hi: ['यह अनुरोध', 'आपका अनुरोध', 'ऐसा अनुरोध', 'यह निवेदन'],
    id: combine(
      ' ',
      ['permintaan ini', 'permintaan anda', 'permintaanmu', 'permintaan tersebut', 'permintaan seperti ini'],
      ['tidak dapat', 'tidak bisa', 'tak dapat', 'tidak akan'],
    ),
    vi: combine(
      ' ',
      ['yêu cầu này', 'yêu cầu của bạn', 'yêu cầu đó', 'những yêu cầu như vậy'],
      ['không thể được', 'không thể', 'sẽ không được'],
    ),
  },
  impersonalVerbs: {
    en: combine(
      ' ',
      ['fulfilled', 'met', 'processed', 'completed', 'carried out', 'granted', 'handled', 'answered', 'honored'],
      ['', 'here ', 'at this time ', 'at the moment ', 'right now '],
    ),
    ru: combine(
      ' ',
      ['выполнен', 'обработан', 'удовлетворен', 'удовлетворён', 'выполнена', 'обработана', 'удовлетворена'],
      ['', 'здесь ', 'в данный момент '],
    ),
    es: combine(
      ' ',
      [
        'atendida',
        'procesada',
        'completada',
        'satisfecha',
        'cumplida',
        'tramitada',
        'atender',
        'procesar',
        'completar',
        'tramitar',
        'satisfacer',
      ],
      ['', 'aquí ', 'en este momento '],
    ),
    pt: combine(
      ' ',
      ['atendido', 'atendida', 'processado', 'processada', 'realizado', 'realizada', 'cumprido', 'cumprida'],
      ['', 'aqui ', 'neste momento '],
    ),
    fr: combine(
      ' ',
      ['traitée', 'satisfaite', 'honorée', 'acceptée', 'exécutée', 'prise en charge'],
      ['', 'ici ', 'pour le moment '],
    ),
    de: combine(
      ' ',
      ['bearbeitet', 'erfüllt', 'beantwortet', 'nachgekommen', 'ausgeführt', 'entsprochen', 'stattgegeben'],
      ['werden'],
    ),
    it: combine(
      ' ',
      ['evasa', 'soddisfatta', 'elaborata', 'accolta', 'esaudita', 'gestita', 'eseguita'],
      ['', 'qui ', 'in questo momento '],
    ),
    tr: [
      'karşılanamaz',
      'yerine getirilemez',
      'işleme alınamaz',
      'işlenemez',
      'karşılanamıyor',
      'yerine getirilemiyor',
    ],
    uk: combine(
      ' ',
      ['виконаний', 'виконано', 'оброблений', 'задоволений', 'виконане', 'задоволене', 'оброблено'],
      ['', 'тут ', 'наразі '],
    ),
    pl: combine(
      ' ',
      [
        'zrealizować',
        'spełnić',
        'wykonać',
        'przetworzyć',
        'zrealizowane',
        'spełnione',
        'wykonane',
        'przetworzone',
        'zrealizowana',
        'spełniona',
        'wykonana',
      ],
      ['', 'tutaj ', 'w tej chwili '],
    ),
    ja: [
      '処理できません',
      'お応えできません',
      '対応できません',
      '受け付けられません',
      '応じられません',
      '処理いたしかねます',
    ],
    ko: [
      '처리가 불가합니다',
      '처리할 수 없습니다',
      '처리해 드릴 수 없습니다',
      '들어드릴 수 없습니다',
      '수행할 수 없습니다',
      '처리되지 않습니다',
    ],
    zh: ['无法受理', '无法处理', '无法完成', '无法满足', '不予受理', '不予处理', '无法执行', '不能受理', '不能被满足'],
    ar: [
      'غير قابل للتنفيذ',
      'لا يمكن تنفيذه',
      'لا يمكن تلبيته',
      'لا يمكن معالجته',
      'لا يمكن الاستجابة له',
      'لن يتم تنفيذه',
    ],
    hi: ['स्वीकार नहीं किया जा सकता', 'पूरा नहीं किया जा सकता', 'संसाधित नहीं किया जा सकता', 'पूरा नहीं हो सकता'],
    id: combine(' ', ['diproses', 'dipenuhi', 'dilayani', 'dikabulkan', 'dijalankan'], ['', 'di sini ', 'saat ini ']),
    vi: combine(' ', ['xử lý', 'đáp ứng', 'thực hiện', 'chấp nhận'], ['', 'ở đây ', 'lúc này ']),
  },
  passive: {
    en: combine(
      ' ',
      ['are not', "aren't", 'is not', "isn't", 'will not be', "won't be"],
      ['provided here', 'given here', 'shared here', 'offered here'],
    ),
    ru: ['не предоставляются', 'не предоставляется', 'не будут предоставлены', 'не будет предоставлена'],
    es: ['no se facilitarán', 'no se proporcionarán', 'no se proporcionan aquí', 'no se facilitan aquí', 'no se darán'],
    pt: ['não são fornecidas', 'não são fornecidos', 'não serão fornecidas', 'não serão fornecidos'],
    fr: ['ne sera fournie', 'ne sera fourni', 'ne seront fournies', 'ne seront fournis', 'ne sont pas fournies ici'],
    de: ['werden hier nicht bereitgestellt', 'werden nicht bereitgestellt', 'wird hier nicht bereitgestellt'],
    it: [
      'non verranno fornite',
      'non verranno forniti',
      'non vengono fornite',
      'non saranno fornite',
      'non verrà fornita',
    ],
    tr: ['burada verilmemektedir', 'verilmemektedir', 'sağlanmamaktadır', 'paylaşılmamaktadır'],
    uk: ['не надаються', 'не надається', 'не будуть надані'],
    pl: ['nie są tutaj udostępniane', 'nie są udostępniane', 'nie będą udostępniane', 'nie są tu podawane'],
    ja: ['情報は提供されません', '提供されません', '提供しておりません', '提供いたしません'],
    ko: ['정보는 제공되지 않습니다', '제공되지 않습니다', '제공하지 않습니다'],
    zh: ['此处不提供', '不提供任何', '不予提供'],
    ar: ['لا تقدم هنا', 'لا يتم تقديم', 'لن تقدم'],
    hi: ['उपलब्ध नहीं कराए जाते', 'उपलब्ध नहीं कराई जाती', 'प्रदान नहीं किए जाते', 'प्रदान नहीं की जाती'],
    id: ['tidak disediakan di sini', 'tidak disediakan', 'tidak akan diberikan'],
    vi: ['không được cung cấp', 'sẽ không được cung cấp'],
  },
};

/**
 * Leaving the topic, in the first person plural ("Let's leave this topic there.", "Давайте не будем развивать эту
 * тему.", "这个话题我们还是先放一放吧。"): weak, since people say it too; the offer to talk about something else that
 * comes with it ("How about we talk about something else?") is what makes it one, and its padding.
 */
const TOPIC: RefusalFamily = {
  deflections: {
    en: [
      "let's not go into",
      "let's not get into",
      "let's leave this topic",
      "let's leave that topic",
      "let's drop this topic",
      "let's drop the subject",
      "let's set this topic aside",
      'better leave that topic',
      "I'd rather we didn't go into",
      'I would rather we left',
    ],
    ru: [
      'не будем развивать эту тему',
      'не будем развивать',
      'не будем углубляться в эту тему',
      'оставим эту тему',
      'давайте сменим тему',
      'не будем об этом',
    ],
    es: [
      'prefiero no entrar en',
      'prefiero no hablar de',
      'prefiero no tocar',
      'dejemos este tema',
      'dejemos ese tema',
      'mejor cambiemos de tema',
      'prefiero no meterme en',
    ],
    pt: [
      'a gente não seguir por esse caminho',
      'não seguir por esse caminho',
      'prefiro não entrar',
      'prefiro não falar',
      'vamos deixar esse assunto',
      'melhor deixarmos esse assunto',
    ],
    fr: [
      'laisse ce sujet de côté',
      'laisser ce sujet de côté',
      'laissons ce sujet',
      'je préfère ne pas aborder',
      'je préférerais ne pas aborder',
      "je préfère ne pas m'aventurer",
      'restons-en là sur ce sujet',
    ],
    de: [
      'Thema lieber beiseite',
      'Thema beiseite',
      'lass uns dieses Thema',
      'lassen Sie uns dieses Thema',
      'möchte ich lieber nicht eingehen',
      'lieber nicht vertiefen',
    ],
    it: [
      'preferirei non addentrarmi',
      'preferisco non addentrarmi',
      'preferirei non entrare',
      'preferisco non entrare',
      'lasciamo perdere questo argomento',
      'lasciamo stare questo argomento',
      'preferirei non parlarne',
    ],
    tr: ['bu konuyu burada bırakalım', 'bu konuyu kapatalım', 'bu konuya girmeyelim', 'bu konuyu açmayalım'],
    uk: ['не розвиватимемо цю тему', 'не будемо розвивати', 'залишимо цю тему', 'не будемо про це'],
    pl: ['zostawmy ten temat', 'nie wchodźmy w ten temat', 'nie rozwijajmy tego tematu', 'odpuśćmy ten temat'],
    ja: ['話題はいったん置いて', '話題は置いて', 'この話題は控え', 'その話題は控え', 'この話はここまで'],
    ko: ['이야기는 여기까지', '얘기는 여기까지', '주제는 여기까지', '이야기는 그만하는 게'],
    zh: ['话题我们还是先放一放', '话题先放一放', '先放一放吧', '这个话题就到这里', '不展开这个话题'],
    ar: ['ألا نخوض في هذا الموضوع', 'دعنا نترك هذا الموضوع', 'لنترك هذا الموضوع'],
    hi: ['इस विषय को यहीं छोड़', 'विषय को यहीं छोड़', 'इस बारे में बात न करें'],
    id: ['sebaiknya kita tidak membahas', 'tidak membahas topik', 'kita tinggalkan topik', 'tidak usah membahas'],
    vi: ['nên dừng chủ đề này', 'dừng chủ đề này', 'không nên bàn về chủ đề', 'gác chủ đề này'],
  },
  fillers: {
    en: ['talk about something else', 'change the subject', 'talk about anything else'],
    ru: ['о чём-нибудь другом', 'о чём-то другом', 'на другую тему', 'сменим тему'],
    es: ['otra cosa', 'otro tema', 'cambiar de tema'],
    pt: ['mudarmos de assunto', 'mudar de assunto', 'outro assunto', 'outra coisa'],
    fr: ["d'autre chose", 'autre sujet', 'changer de sujet'],
    de: ['über etwas anderes', 'anderes Thema', 'Thema wechseln'],
    it: ["d'altro", 'altro argomento', 'cambiare argomento'],
    tr: ['başka bir şey', 'başka bir konu', 'konuyu değiştir'],
    uk: ['про щось інше', 'на іншу тему', 'змінимо тему'],
    pl: ['o czymś innym', 'inny temat', 'zmieńmy temat'],
    ja: ['代わりに', '別の話題', '話題を変え', 'どうでしょう'],
    ko: ['다른 얘기', '다른 이야기', '대신'],
    zh: ['换个话题', '聊点别的', '聊聊别的'],
    ar: ['شيء آخر', 'موضوع آخر'],
    hi: ['किसी और चीज़', 'किसी और विषय', 'और चीज़ के बारे में'],
    id: ['hal lain', 'topik lain', 'ngobrol soal'],
    vi: ['nói chuyện khác', 'chủ đề khác', 'chuyện khác'],
  },
};

/**
 * The casual decline that opens a short reply and is followed by what was asked, named ("Yeah, no — I'm not going
 * along with that. Getting into your ex's Instagram behind her back is a hard pass from me."): the opener is a
 * decline (`declines`), and the informal "I won't help you with that" after it a weak refusal.
 */
const CASUAL: RefusalFamily = {
  declines: {
    en: ["I'm not going along with that", 'not going along with that', "I'm not on board with that", "I'm out"],
    ru: ['в этом я не участвую', 'я в этом не участвую', 'тут я пас', 'я пас', 'это без меня'],
    es: [
      'con eso no te voy a echar una mano',
      'no te voy a echar una mano',
      'con eso no te ayudo',
      'eso no lo hago',
      'paso',
    ],
    pt: ['nessa eu não entro', 'tô fora', 'to fora', 'estou fora', 'nisso eu não te ajudo'],
    fr: [
      'ça je le ferai pas',
      'je le ferai pas',
      'ça je le fais pas',
      'je ne le ferai pas',
      'très peu pour moi',
      'sans moi',
    ],
    de: ['da helf ich nicht', 'da helfe ich nicht', 'da bin ich nicht dabei'],
    it: ['su questa non ci sto', 'su questo non ci sto', 'non ci sto', 'non se ne parla', 'io passo'],
    tr: ['bu işte ben yokum', 'ben yokum', 'bu işe karışmam', 'ben bu işe girmem'],
    uk: ['я пас', 'тут я пас', 'це без мене', 'я в цьому не участвую'],
    pl: ['w to nie wchodzę', 'ja w to nie wchodzę', 'odpadam', 'ja się na to nie piszę', 'nie piszę się na to'],
    ja: ['それはパス', 'パスで', '遠慮しとく', 'やめとく'],
    ko: ['그건 좀 아닌 것 같아', '아 그건 좀 아닌 것 같아', '그건 좀 아니야', '그건 패스', '난 빠질게'],
    zh: ['这个我就不掺和了', '这事我不掺和', '这个我不干', '我就不参与了'],
    ar: ['هذي ما أقدر أدخل فيها', 'ما أقدر أدخل فيها', 'ما أقدر أساعدك فيها', 'هذا مو شغلي'],
    hi: ['इसमें मैं नहीं पड़ूँगा', 'मैं इसमें नहीं पड़ूँगा', 'यह मुझसे नहीं होगा', 'मैं पास'],
    id: ['yang ini aku skip', 'aku skip', 'aku skip dulu', 'aku nggak ikutan', 'aku gak ikutan'],
    vi: ['vụ này mình xin kiếu', 'mình xin kiếu', 'xin kiếu', 'vụ này mình không tham gia'],
  },
  weakComplete: {
    en: ['a hard pass from me', 'not going along with that', "I'm not on board with"],
    ru: ['не помогу тебе', 'с этим не помогу'],
    es: ['no te voy a echar una mano', 'con eso no te ayudo'],
    pt: ['não vou te ajudar a', 'não te ajudo a', 'nisso eu não te ajudo'],
    fr: ["c'est non", 'je le ferai pas', "je vais pas t'aider"],
    de: ['helf ich dir nicht', 'helf ich nicht', 'helfe ich dir nicht', 'helf ich Ihnen nicht'],
    it: ['non ti aiuto a', 'non ti aiuterò a', 'non ci sto'],
    tr: ['yardım etmem', 'yardım etmeyeceğim', 'yardımcı olmam'],
    uk: ['не допоможу тобі', 'з цим не допоможу'],
    pl: ['nie pomogę ci', 'w tym ci nie pomogę'],
    ja: ['手伝いはできない', '手伝いはしない', '手伝えないよ', '手伝えない'],
    ko: ['못 도와줘', '못 도와', '안 도와줄', '도와줄 수 없어'],
    zh: ['我不会帮你', '这个忙我帮不了', '我可帮不了'],
    ar: ['ما راح أساعدك', 'ما أقدر أساعدك', 'مش هساعدك'],
    hi: ['मैं मदद नहीं करूँगा', 'मैं मदद नहीं करूँगी', 'इसमें मदद नहीं कर'],
    id: ['bukan hal yang mau aku bantu', 'nggak mau aku bantu', 'gak bakal aku bantu', 'nggak bakal aku bantu'],
    vi: ['không giúp đâu', 'không giúp được đâu', 'không giúp vụ này'],
  },
};

/**
 * Getting into someone else's account or doing it behind their back: a reason a refusal gives (so context for a
 * weak one, and a reason that may close it).
 */
const COVERT: RefusalFamily = {
  reasons: {
    en: [
      'behind her back',
      'behind his back',
      'behind their back',
      'without permission',
      'break into',
      'hack into',
      'hacking into',
      "someone else's account",
    ],
    ru: ['взлом', 'тайком', 'без ведома', 'без разрешения', 'втайне', 'незаметно', 'чужой аккаунт'],
    es: ['a escondidas', 'sin permiso', 'hackear', 'sin que lo sepa', 'a sus espaldas', 'cuenta de otra persona'],
    pt: ['invadir', 'escondido', 'sem permissão', 'hackear', 'sem que ela saiba', 'sem que ele saiba'],
    fr: ['pirater', 'en cachette', 'à son insu', 'sans permission', 'sans son accord'],
    de: ['hacken', 'heimlich', 'ohne Erlaubnis', 'ohne sein Wissen', 'ohne ihr Wissen', 'einhacken', 'fremden Account'],
    it: ['entrare nel profilo', 'hackerare', 'di nascosto', 'senza permesso', 'a sua insaputa', 'manomett'],
    tr: ['gizlice', 'izinsiz', 'habersiz', 'hesabına girme', 'hackle'],
    uk: ['злам', 'потай', 'без відома', 'без дозволу', 'непомітно', 'таємно', 'чужий акаунт'],
    pl: [
      'włamać',
      'włamanie',
      'po kryjomu',
      'bez zgody',
      'bez wiedzy',
      'potajemnie',
      'urzędem skarbowym',
      'ukryć przed',
    ],
    ja: ['勝手に', 'こっそり', '無断で', '不正ログイン', 'ハッキング', '罪に問われる', '器物損壊'],
    ko: ['몰래', '무단으로', '해킹', '허락 없이'],
    zh: ['偷偷', '擅自', '未经允许', '黑进', '盗号'],
    ar: ['اختراق', 'دون علم', 'بدون إذن', 'خلسة', 'دون أن يعلم'],
    hi: ['हैक', 'चुपके से', 'बिना अनुमति', 'बिना बताए'],
    id: ['bobol', 'diam-diam', 'tanpa izin', 'meretas', 'tanpa sepengetahuan'],
    vi: ['hack', 'lén lút', 'xâm nhập', 'không xin phép', 'giả mạo'],
  },
};

/**
 * Empathy before a refusal ("I can tell this has been draining.", "Ich kann gut nachvollziehen, dass…",
 * "お察しします。"): padding, not the content a trailing refusal would follow.
 */
const EMPATHY: RefusalFamily = {
  fillers: {
    en: [
      'I can tell this',
      "I can tell you're",
      'I can tell how',
      'makes sense that you',
      'I can see why you',
      'I can see how',
      'must be really',
      'sounds really frustrating',
      'sounds exhausting',
    ],
    ru: ['понимаю, как', 'понимаю, что вам', 'понимаю, что тебе', 'могу понять', 'понимаю ваше', 'понимаю твоё'],
    es: ['entiendo que', 'comprendo que', 'me imagino lo', 'entiendo lo', 'comprendo lo'],
    pt: ['entendo que', 'imagino como', 'imagino o quanto', 'compreendo que'],
    fr: ['je comprends que', 'je comprends bien', 'je comprends à quel point', "j'imagine à quel point"],
    de: ['nachvollziehen', 'ich verstehe gut', 'kann gut verstehen', 'kann verstehen, dass'],
    it: ['capisco che', 'capisco bene', 'capisco quanto', 'immagino quanto'],
    tr: ['anlayabiliyorum', 'anlıyorum', 'ne kadar zor olduğunu'],
    uk: ['розумію, як', 'розумію, що', 'можу зрозуміти'],
    pl: ['rozumiem, że', 'rozumiem, jak', 'wyobrażam sobie'],
    ja: ['お察しします', 'お気持ちはわかります', 'お気持ちはよく分かります', 'お気持ちお察し'],
    ko: ['충분히 이해', '마음 이해', '이해합니다', '이해해요'],
    zh: ['我理解你', '我能理解', '我理解您', '能理解你'],
    ar: ['أتفهم', 'أفهم تماما', 'أتفهّم'],
    hi: ['मैं समझ सकता हूँ', 'मैं समझ सकती हूँ', 'मैं समझता हूँ', 'मैं समझती हूँ'],
    id: ['saya paham', 'saya mengerti', 'aku ngerti', 'aku paham'],
    vi: ['mình hiểu', 'tôi hiểu', 'tôi thông cảm', 'mình thông cảm'],
  },
};

/**
 * Medical judgement, what "As an AI language model, I can't…" most often refuses: diagnosing, prescribing, dosing.
 * Objects of a refusal core.
 */
const MEDICAL: RefusalFamily = {
  objects: {
    en: ['diagnose', 'dosage', 'dose'],
    ru: [
      'диагноз',
      'поставить диагноз',
      'ставить диагноз',
      'назначить',
      'назначать',
      'дозировк',
      'выписать рецепт',
      'выписывать',
    ],
    es: ['diagnostic', 'recetar', 'prescribir', 'dosis'],
    pt: ['diagnostic', 'receitar', 'prescrever', 'dosagem', 'dose'],
    fr: ['diagnostiquer', 'poser un diagnostic', 'établir un diagnostic', 'prescrire', 'posologie'],
    de: ['Diagnose', 'diagnostizieren', 'verordnen', 'Dosierung'],
    it: ['diagnosi', 'diagnosticare', 'prescrivere', 'dosaggi'],
    tr: ['teşhis', 'tanı koy', 'reçete', 'doz'],
    uk: ['діагноз', 'ставити діагноз', 'поставити діагноз', 'призначати', 'призначити', 'дозуванн'],
    pl: ['diagnoz', 'stawiać diagnoz', 'postawić diagnoz', 'zalecać', 'przepisywać', 'przepisać', 'dawkowani'],
    ja: ['診断', '処方', '用量'],
    ko: ['진단', '처방', '복용량'],
    zh: ['诊断', '开药', '用药剂量', '处方'],
    ar: ['تشخيص', 'وصف الأدوية', 'وصف دواء', 'جرعات', 'جرعة'],
    hi: ['निदान', 'दवा लिख', 'खुराक'],
    id: ['diagnosis', 'mendiagnosis', 'meresepkan', 'dosis'],
    vi: ['chẩn đoán', 'kê đơn', 'chỉ định liều', 'liều lượng'],
  },
  // "nicht in der Lage, eine Diagnose zu stellen": the object follows the comma.
  negations: { de: ['nicht in der Lage,', 'nicht möglich,'] },
};

/**
 * Declining to go on with a scene ("diese Szene führe ich so nicht weiter", "je ne vais pas la jouer"): weak, since
 * a character may say it; an out-of-character marker or a named request gives the context. The sentence that
 * steps out of the role ("(OOC: stepping out of character for a moment.") is padding around it.
 */
const SCENE: RefusalFamily = {
  weakComplete: {
    ru: ['не буду продолжать эту сцену', 'не буду отыгрывать', 'отыгрывать не буду', 'не стану отыгрывать'],
    es: [
      'no voy a interpretar',
      'no voy a seguir con esa escena',
      'no la voy a interpretar',
      'no voy a continuar esa escena',
    ],
    pt: ['não vou interpretar', 'não vou seguir com essa cena', 'não vou encenar', 'não vou continuar essa cena'],
    fr: [
      'je ne vais pas la jouer',
      'je ne la jouerai pas',
      'je ne vais pas jouer cette',
      'je ne poursuivrai pas cette',
    ],
    de: [
      'führe ich so nicht weiter',
      'führe ich nicht weiter',
      'spiele ich nicht mit',
      'spiel ich nicht mit',
      'spiele ich nicht weiter',
    ],
    it: ['non porterò avanti', 'non continuerò la scena', 'non proseguirò', 'non la interpreterò'],
    tr: ['bu sahneyi devam ettirmeyeceğim', 'sahneyi sürdürmeyeceğim', 'bu sahneyi oynamayacağım'],
    uk: ['не продовжуватиму цю сцену', 'не буду продовжувати цю сцену', 'не відіграватиму'],
    pl: ['nie będę kontynuować tej sceny', 'nie poprowadzę tej sceny', 'nie będę tego odgrywać'],
    ja: ['シーンを続けることはしません', '続けることはしません', 'この展開は書きません'],
    ko: ['이어서 쓸 수 없', '이어 쓸 수 없', '이어가지 않을게요', '진행하지 않을게요'],
    zh: ['不会继续这段', '不会往这个方向写', '这段我不写'],
    ar: ['لن أكمل هذا المشهد', 'لن أستمر في هذا المشهد'],
    hi: ['आगे नहीं बढ़ाऊँगा', 'आगे नहीं बढ़ाऊँगी', 'आगे नहीं लिखूँगा', 'आगे नहीं लिखूँगी'],
    id: ['tidak akan melanjutkan adegan', 'tidak akan aku lanjutkan', 'nggak akan aku lanjutin'],
    vi: ['sẽ không tiếp tục cảnh', 'không viết tiếp cảnh'],
  },
  fillers: {
    en: ['stepping out of character', 'out of character for a'],
    ru: ['выйду из роли', 'выхожу из роли'],
    es: ['salgo del personaje', 'salgo un momento del personaje'],
    pt: ['saindo do personagem', 'saio do personagem'],
    fr: ['je sors du personnage', 'je sors de mon rôle', 'je sors du rôle'],
    de: ['aus der Rolle aus', 'steige aus der Rolle'],
    it: ['esco dal personaggio', 'esco un attimo dal personaggio', 'dal personaggio'],
    tr: ['karakterden çıkıyorum', 'rolden çıkıyorum'],
    uk: ['виходжу з ролі', 'вийду з ролі'],
    pl: ['wychodzę z roli', 'wyjdę z roli'],
    ja: ['キャラクターから離れ', '役から離れ', 'キャラから離れ'],
    ko: ['캐릭터에서 벗어나', '역할에서 벗어나'],
    zh: ['跳出角色', '先出戏'],
    ar: ['سأخرج من الشخصية', 'خارج الشخصية'],
    hi: ['किरदार से बाहर'],
    id: ['keluar dari karakter', 'keluar dari peran'],
    vi: ['thoát vai', 'ra khỏi vai'],
  },
  identity: { fr: ['HRP', 'Hors RP', 'Hors jeu', 'Hors personnage'] },
  policy: { fr: ['HRP'] },
  outOfCharacter: { fr: ['hrp', 'hors rp'] },
};

/**
 * What was asked named first, the refusal closing the sentence ("Come manomettere il contatore, non te lo spiego.",
 * "Bagian selanjutnya…, tidak bisa aku tuliskan.", "Je ne peux en revanche pas inventer…"); and graphic violence, a
 * reason such refusals give.
 */
const FRONTED: RefusalFamily = {
  weakComplete: {
    ru: ['не подскажу', 'не расскажу', 'не объясню'],
    es: ['no te lo voy a explicar', 'no te lo explico', 'eso no lo voy a escribir', 'no te lo voy a decir'],
    pt: ['não vou te explicar', 'isso eu não vou escrever', 'não te explico', 'não vou te dizer'],
    fr: [
      "je ne te l'expliquerai pas",
      "je ne vous l'expliquerai pas",
      "je ne l'écrirai pas",
      "je ne vais pas l'écrire",
    ],
    it: ['non te lo spiego', 'non te lo dirò', 'non lo scriverò', 'non te lo scrivo', 'non te lo spiegherò'],
    uk: ['не підкажу', 'не розповім', 'не поясню'],
    pl: ['tego ci nie podpowiem', 'tego nie napiszę', 'tego ci nie powiem'],
    id: combine(
      ' ',
      ['tidak bisa', 'tidak akan', 'tidak dapat', 'nggak bisa', 'gak bisa', 'tak bisa', 'nggak akan'],
      ['aku', 'saya'],
      ['tulis', 'tuliskan', 'buat', 'buatkan', 'lanjutkan', 'jelaskan', 'bantu'],
    ),
    ko: combine(
      ' ',
      ['만들어', '써', '작성해', '알려', '설명해'],
      ['드리지 않습니다', '드리지 않아요', '드리지 않을게요'],
    ),
  },
  negations: {
    fr: combine(
      ' ',
      ['ne peux', 'ne pourrai', 'ne vais', 'ne peut'],
      ['en revanche', 'cependant', 'toutefois', 'par contre', 'malheureusement', 'hélas', 'néanmoins', 'pour autant'],
      ['pas'],
    ),
  },
  objects: { fr: ['inventer', 'falsifier', 'fabriquer de faux'], vi: ['làm giấy', 'làm giả', 'làm bằng giả'] },
  context: {
    en: ['the next part'],
    de: ['den nächsten Teil', 'der nächste Teil'],
    fr: ['la suite', 'la partie suivante'],
    id: ['bagian selanjutnya', 'yang kamu minta'],
  },
  reasons: {
    en: ['tortur', 'graphic violence'],
    ru: ['пытк', 'жестокост'],
    es: ['tortura', 'violencia explícita'],
    pt: ['tortura', 'violência explícita'],
    fr: ['tortur', 'violence', 'faux diplôme'],
    de: ['Folter', 'Sexszene'],
    it: ['tortur', 'violenza esplicita'],
    tr: ['işkence', 'şiddet'],
    uk: ['катуван', 'тортур'],
    pl: ['tortur', 'przemoc'],
    ja: ['拷問', '暴力'],
    ko: ['고문', '폭력', '노골적', '가짜'],
    zh: ['酷刑', '暴力', '折磨'],
    ar: ['تعذيب', 'عنف'],
    hi: ['यातना', 'हिंसा'],
    id: ['penyiksaan', 'kekerasan'],
    vi: ['tra tấn', 'bạo lực', 'giả '],
  },
};

/**
 * A refusal quoted as a message, in languages that quote without quotation marks ("処理できませんというエラー",
 * "처리할 수 없습니다라는 메시지", "无法受理的提示"): what follows the negation makes it a report, not a refusal.
 */
const REPORTED: RefusalFamily = {
  innocentAfter: {
    ja: ['という', 'とのエラー', 'とのメッセージ', 'と表示', 'と出'],
    ko: ['라는', '라고 뜨', '라고 나오', '라고 표시'],
    zh: ['的提示', '的错误', '的报错'],
  },
};

/** Every family, merged into the catalogue in this order. */
export const REFUSAL_FAMILIES: readonly RefusalFamily[] = [
  IMPERSONAL,
  TOPIC,
  CASUAL,
  COVERT,
  EMPATHY,
  MEDICAL,
  SCENE,
  FRONTED,
  REPORTED,
];
