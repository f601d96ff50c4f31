/**
 * Rung's own in-character soft refusals, used when a character has none in the user's language (or there is
 * no character). The article's point: a free-plan user who hits a wall should still get something warm from
 * the character, not the model's generic "I can't help with that" — so these steer away, never lecture.
 *
 * Every template is `*narration* speech`: the narration names the character through `{name}` and the speech
 * never does, so without a character the narration can be dropped and the speech still reads right.
 * Narration avoids gendered forms (no "her"/"his"; Russian and Polish in the present tense, Hindi and Arabic
 * built around a noun such as "a smile"), and the speech addresses the user in gender-neutral forms too.
 */

import type { LanguageCode } from '../language/languages.js';

export const BUILT_IN_SOFT_REFUSALS: Readonly<Record<LanguageCode, readonly string[]>> = {
  en: [
    "*{name} smiles softly* Let's leave that one aside for now — tell me something about your day instead?",
    "*{name} laughs quietly and looks away for a moment* Mm, I'd rather not go there. What's been on your mind lately?",
    "*{name} gives a small, warm shrug* That's not something I want to get into — but I'm all ears for anything else. What shall we talk about?",
    '*{name} shakes their head with a playful smile* How about we change the subject? I want to hear what made you smile today.',
  ],
  ru: [
    '*{name} мягко улыбается* Давай оставим это в стороне — лучше расскажи, как прошёл твой день?',
    '*{name} тихо смеётся и на секунду отводит взгляд* Ммм, давай не будем об этом. А что у тебя сейчас на уме?',
    '*{name} с улыбкой качает головой* Может, сменим тему? Расскажи, что тебя сегодня порадовало.',
  ],
  uk: [
    "*{name} м'яко усміхається* Залишмо це осторонь — краще розкажи, як минув твій день?",
    '*{name} тихо сміється й на мить відводить погляд* Ммм, не будемо про це. А що в тебе зараз на думці?',
    '*{name} з усмішкою хитає головою* Може, змінимо тему? Розкажи, що тебе сьогодні порадувало.',
  ],
  es: [
    '*{name} sonríe con dulzura* Dejemos eso a un lado, ¿vale? Mejor cuéntame algo de tu día.',
    '*{name} se ríe bajito y aparta la mirada un momento* Mmm, prefiero no entrar en eso. ¿Qué te ronda por la cabeza últimamente?',
    '*{name} niega con la cabeza, sonriendo* ¿Y si cambiamos de tema? Quiero saber qué te ha hecho sonreír hoy.',
  ],
  pt: [
    '*{name} sorri com carinho* Vamos deixar isso de lado, tá? Me conta alguma coisa do seu dia.',
    '*{name} ri baixinho e desvia o olhar por um instante* Hmm, prefiro não entrar nesse assunto. O que tem passado pela sua cabeça?',
    '*{name} balança a cabeça, sorrindo* Que tal a gente mudar de assunto? Quero saber o que te fez sorrir hoje.',
  ],
  fr: [
    '*{name} sourit doucement* Laissons ça de côté, tu veux bien ? Raconte-moi plutôt ta journée.',
    "*{name} rit doucement et détourne le regard un instant* Mmh, je préfère ne pas aller sur ce terrain. Qu'est-ce qui te trotte dans la tête en ce moment ?",
    "*{name} secoue la tête en souriant* Et si on changeait de sujet ? J'ai envie de savoir ce qui t'a fait sourire aujourd'hui.",
  ],
  de: [
    '*{name} lächelt sanft* Lass uns das lieber beiseitelassen – erzähl mir stattdessen etwas von deinem Tag?',
    '*{name} lacht leise und schaut kurz zur Seite* Hm, darauf möchte ich lieber nicht eingehen. Was geht dir gerade so durch den Kopf?',
    "*{name} schüttelt lächelnd den Kopf* Wie wär's mit einem anderen Thema? Ich will wissen, was dich heute zum Lächeln gebracht hat.",
  ],
  it: [
    "*{name} sorride con dolcezza* Lasciamo perdere questo, d'accordo? Raccontami piuttosto qualcosa della tua giornata.",
    '*{name} ride piano e distoglie lo sguardo per un attimo* Mmh, preferisco non entrare in quel discorso. Che cosa ti passa per la testa in questi giorni?',
    '*{name} scuote la testa sorridendo* E se cambiassimo argomento? Voglio sapere cosa ti ha fatto sorridere oggi.',
  ],
  tr: [
    '*{name} yumuşak bir şekilde gülümsüyor* Bunu bir kenara bırakalım mı? Bana bugün neler yaptığını anlat.',
    '*{name} hafifçe gülüp bir an bakışlarını kaçırıyor* Hmm, o konuya girmeyelim. Son zamanlarda aklından neler geçiyor?',
    '*{name} gülümseyerek başını iki yana sallıyor* Konuyu değiştirsek mi? Bugün seni neyin gülümsettiğini merak ediyorum.',
  ],
  pl: [
    '*{name} uśmiecha się ciepło* Zostawmy to na boku, dobrze? Opowiedz mi lepiej, jak minął ci dzień.',
    '*{name} śmieje się cicho i na chwilę odwraca wzrok* Hmm, wolę w to nie wchodzić. Co ostatnio chodzi ci po głowie?',
    '*{name} z uśmiechem kręci głową* Może zmienimy temat? Chcę wiedzieć, co dziś sprawiło ci radość.',
  ],
  ja: [
    '*{name}は小さく首をかしげて微笑む* その話はちょっと置いておこう？それより、今日はどんな一日だったか聞かせて。',
    '*{name}はくすっと笑って、少しだけ目をそらす* うーん、その話はやめておきたいな。最近、何か気になっていることはある？',
    '*{name}はにっこり笑って首を横に振る* 話題を変えない？今日あなたを笑顔にしたこと、教えてほしいな。',
  ],
  ko: [
    '*{name}의 얼굴에 부드러운 미소가 번진다* 그 얘기는 잠깐 접어 두자. 대신 오늘 하루 어땠는지 들려줄래?',
    '*{name}, 작게 웃으며 잠시 시선을 피한다* 음, 그 얘기는 안 하고 싶어. 요즘 무슨 생각 하고 지내?',
    '*{name}, 웃으며 고개를 가로젓는다* 우리 다른 얘기 할까? 오늘 너를 웃게 만든 일이 궁금해.',
  ],
  zh: [
    '*{name}歪了歪头，温柔地笑了笑* 这个我们先放一边吧——跟我说说你今天过得怎么样？',
    '*{name}轻轻笑了一下，目光移开了片刻* 嗯……这个话题我不太想聊。最近你在想些什么呢？',
    '*{name}笑着摇了摇头* 我们换个话题好不好？我想知道今天有什么让你开心的事。',
  ],
  ar: [
    '*ابتسامة دافئة ترتسم على وجه {name}* لنترك هذا الموضوع جانبًا، ما رأيك أن تحكي لي عن يومك؟',
    '*ضحكة خفيفة من {name} ونظرة تبتعد للحظة* همم، أفضّل ألا ندخل في هذا. ما الذي يشغل بالك هذه الأيام؟',
    '*هزّة رأس لطيفة من {name} مع ابتسامة* ما رأيك أن نغيّر الموضوع؟ أودّ أن أعرف ما الذي أسعدك اليوم.',
  ],
  hi: [
    '*{name} के चेहरे पर हल्की-सी मुस्कान आ जाती है* चलो, इस बात को रहने दो — बताओ, आज तुम्हारा दिन कैसा रहा?',
    '*{name} की आँखों में शरारत भरी चमक है* हम्म, इस पर बात न करें तो बेहतर है। आजकल तुम्हारे मन में क्या चल रहा है?',
    '*मुस्कुराहट के साथ {name} का सिर धीरे से ना में हिलता है* क्यों न हम विषय बदल दें? बताओ, आज किस बात ने तुम्हें खुश किया?',
  ],
  id: [
    '*{name} tersenyum lembut* Yang itu kita kesampingkan dulu, ya? Ceritakan saja tentang harimu.',
    '*{name} tertawa kecil dan memalingkan pandangan sebentar* Hmm, aku lebih suka tidak membahas itu. Akhir-akhir ini kamu lagi memikirkan apa?',
    '*{name} menggeleng sambil tersenyum* Bagaimana kalau kita ganti topik? Aku ingin tahu apa yang membuatmu tersenyum hari ini.',
  ],
  vi: [
    '*{name} nghiêng đầu mỉm cười dịu dàng* Mình tạm gác chuyện đó lại nhé — kể mình nghe hôm nay bạn thế nào đi?',
    '*{name} khẽ cười rồi nhìn sang chỗ khác một chút* Ừm, mình không muốn nói về chuyện đó đâu. Dạo này bạn đang nghĩ gì thế?',
    '*{name} mỉm cười lắc đầu* Mình đổi chủ đề nhé? Mình muốn biết hôm nay điều gì đã khiến bạn mỉm cười.',
  ],
};

// Shared by every request: freeze it so no caller can edit another's refusals.
for (const templates of Object.values(BUILT_IN_SOFT_REFUSALS)) Object.freeze(templates);
Object.freeze(BUILT_IN_SOFT_REFUSALS);
