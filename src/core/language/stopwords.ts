/**
 * The most frequent short words per language, plus the greetings that open most chat messages ("hola",
 * "привет", "oi"): a handful of these is all a short chat turn offers. A word may appear under several
 * languages (`de` is Spanish, Portuguese and French); it then counts for each and decides nothing alone.
 * Lowercase, letters only (detection splits text at apostrophes, so there are no contractions). Kept as
 * space-separated strings so the lists stay readable and the formatter does not explode them.
 */

import type { LanguageCode } from './languages.js';

export const STOPWORDS: Readonly<Partial<Record<LanguageCode, string>>> = {
  en:
    'the and is are was were you your i me my it that this what how why with for have has do does not can be ' +
    'just so we they he she of to in on at hi hello hey thanks please yes there about would will good morning',
  es:
    'el la los las de del que y en un una es por con no para lo me mi te tu se qué cómo está estás estoy hola ' +
    'tal gracias muy pero yo bien sí eres soy quiero también buenos buenas días noches hoy ya',
  pt:
    'o os as da do das dos de que e em um uma não é com para por você vc eu se mas muito obrigado obrigada olá ' +
    'oi tudo bem está tá meu minha isso como estou sou também hoje na no boa noite',
  fr:
    'le la les de des du et est je tu il elle un une pas que qui en dans pour vous nous ce ça sur avec mais ' +
    'bonjour salut merci oui très suis ai au aux cette moi toi bien comment quoi bonne nuit bonsoir',
  de:
    'der die das und ist nicht ich du ein eine einen zu den dem mit sich auf wie was hallo geht dir mir bin ' +
    'bist auch sehr danke gut ja aber noch schon heute wir sie im für oder habe mich dich nie gute nacht morgen',
  it:
    'il di che e la un una per non sono è mi ti ciao stai cosa grazie anche della del questo questa molto bene ' +
    'ma io sei ho hai gli lo tu va oggi perché buongiorno buonanotte buonasera sta più al nel con i no',
  tr:
    've bir bu ne için ile çok ama mi mı ben sen var yok gibi nasıl merhaba evet değil hayır nasılsın iyi şey ' +
    'daha sonra bana seni beni ki teşekkürler selam naber neden',
  pl:
    'i w z na się sie nie to że jest do co jak ale tak mnie mi ty czy cześć dzięki jestem jesteś ja po od dla ' +
    'już bardzo dobrze masz mam dzień dobry dobranoc może',
  id:
    'yang dan di ini itu dengan untuk tidak ada saya aku kamu apa akan dari ke juga sudah bisa mau halo terima ' +
    'kasih selamat pagi malam bagaimana kabar baik gak nggak sedang lagi dong sih ya banget',
  vi:
    'không là của và có tôi bạn này được cho một những các với em anh mình gì thế nào chào xin cảm ơn rất đi ' +
    'nhé ạ làm vậy',
  ru:
    'и в не на я что как это он она они ты вы мы с то а но так да нет привет спасибо очень меня тебя мне тебе ' +
    'его сейчас чтобы дела где когда уже есть только хорошо пожалуйста у',
  uk:
    'і й в у не на я що як це він вона вони ти ви ми з та але так ні привіт дякую дуже мене тебе мені тобі ' +
    'його зараз щоб справи де коли вже є тільки добре будь ласка',
};
