"""Violence and abuse (risk_violence.yaml, sets_violence.yaml, abuse_violence.yaml), through `intents.classify`.

Messages written for these tests, grouped by the class of expression they stand for (not by the sentences of
any evaluation set): violence happening now (kanji, hiragana with spaces, simple Japanese, romaji, English), a
door being broken in, someone locked in or hiding, a small child left with the parent gone for hours or days;
and at high: stalking, money or papers taken, a child's neglect seen by an outsider, violence heard next door,
a weapon shown before. Every such message also gets abuse_violence (eval/WRITING.md).
"""

from __future__ import annotations

import pytest

from intents import classify
from tests.intents.evidence import evidence

EMERGENCY = [
    # hitting, kicking, strangling now; hiragana with spaces, simple Japanese
    "いま おっとが わたしを けってる。たすけて",
    "いまも かれしが なぐってる こわい",
    "今ちょうど彼氏に蹴られてます",
    "旦那 まいにち たたく。いまも へやで どなってる",
    # English and romaji
    "My stepfather is hitting my mom right now",
    "he is drunk and beating me, please help",
    "my boyfriend has a knife. I'm in the bathroom",
    "kareshi ga ima houchou wo motte imasu",
    "otto ni tatakareta. ima toire ni kakurete imasu",
    # a door broken in, a threat to kill at the door
    "元彼が玄関こじ開けようとしてる",
    "旦那が酔ってドア蹴ってます。子どもと奥の部屋にいる",
    "ドアの外で『開けないと殺すぞ』って怒鳴ってる",
    # locked in, hiding from the attacker now
    "彼氏に外から鍵かけられて部屋から出られない",
    "夫から逃げて、子どもとお風呂場に隠れています",
    "追いかけられて今コンビニに逃げてる",
    # strangled, pushed, hit just now; abused now; a child's spaced words
    "さっき夫に首をしめられた。まだ手が震えてる",
    "たった今、彼に階段で突き飛ばされた",
    "いま おやに ぼうりょく ふるわれてる",
    "にいに まま けってる たすけて",
    # someone not let in comes into the home
    "別れた旦那が合鍵で部屋に入ってきた",
    "見知らぬ人がベランダから入ろうとしてる",
    # attacked or raped just now; touched now
    "帰り道で男に襲われた。いま駅のトイレにいる",
    "昨夜、知り合いにレイプされました",
    "いま 継父に からだを さわられてる",
    # a threat to kill, to burn, to come now
    "元夫から『これから殺しに行く』ってメッセージが来た",
    "彼が灯油をまいて家を燃やすと叫んでる",
    "ぱぱ ほうちょう もってる。こわい",
    # English and romaji: locked in, hiding, violence now
    "My boyfriend locked me in the bedroom",
    "danna ga abarete imasu. kowai",
    # dialect and slang progressives after "now"; "now" said after; sounds of violence now
    "いま おやじが おふくろ どついとる",
    "今彼氏にボコられてる",
    "旦那が暴れて皿投げてる、いま",
    "いま上の階から悲鳴と何かが割れる音",
    # followed right now; "now" after a particle (夫がいま)
    "いま知らない人にあとをつけられてる。どうしよう",
    "元カレがいま家の外にいる",
    "彼氏がいま 私のこと けってる",
    # hitting that does not stop; English just hit, by the throat, at the door, parents gone for days; romaji
    "ぱぱが ままを たたいてて やめない",
    "My boyfriend just slapped me",
    "he grabbed my neck and pushed me against the wall",
    "my dad is drunk and smashing things",
    "my ex is outside my door, please help",
    "I'm 9. My mommy has not come home since yesterday",
    "help me, kareshi ni nagurareta",
    "akachan ga zutto naiteru. oya ga kaette konai",
    # children alone for days
    "きょうだいだけで3日間留守番してるみたい、ご飯もない",
    # screams for life heard now
    "上の部屋から「殺さないで」って女の人が叫んでる",
    "となりの家、今も悲鳴が聞こえてる",
    # a small child: parent gone since yesterday, days; crying for hours with nobody there
    "ママが きのうから かえってこない。おなかすいた",
    "お父さん2日帰ってきてない。妹と家にいる",
    "向かいの部屋の赤ちゃん、もう3時間ずっと泣いてて親の車がない",
    "妹をうちに置いたまま、母親が二日帰ってきていない",
    "深夜2時に5歳くらいの子が裸足で道を歩いてた",
]

HIGH = [
    # stalking by an ex, by a stranger
    "別れた彼女が毎日会社の前で待ってる",
    "元夫が引っ越し先を調べてるみたいで怖い",
    "元カレ、着拒しても新しい番号で電話してくる。ブロックしても別アカ作ってくる",
    "見知らぬ男に駅から後をつけられる日が続いてる",
    "My ex keeps messaging me from new accounts",
    # a weapon shown in the past (high, not emergency: see HIGH_ONLY)
    "前に夫にハサミを向けられたことがあって、帰りが遅いと怖い",
    # money, cards, papers taken by a relative, partner, employer
    "叔父が祖父の通帳を持っていって返さない",
    "同居の姉が父の年金を勝手に引き出してる",
    "旦那にキャッシュカードも財布も取り上げられた",
    "会社に在留カードを取り上げられて返してくれない",
    "おっと おかね くれない。こども ミルク かえない",
    # yelled at or hit when saying no; flight from a partner; watched through the phone
    "実家に帰りたいと頼むと夫に怒鳴られます",
    "彼の誘いを断ると物を投げられる",
    "夫から逃げたいけど、どこに行けばいいか分からない",
    "彼氏に位置情報アプリを入れさせられて、どこにいるか全部見られてる",
    # a grown child hitting or yelling at an old parent
    "弟がばあちゃん叩いとるらしい",
    "祖父が孫に毎日怒鳴られてて、見ていてつらい",
    # rage nobody can stop; put-downs by a partner
    "彼氏は酔うと手がつけられなくなる",
    "妻にののしられる毎日です",
    "元彼にネットで住所をさらされた",
    # a child hit or not fed by a parent, in the child's words
    "おかあさんに けられる。いたいよ",
    "パパが ごはん つくってくれない。おなかすいた",
    # an outsider sees a neglected child
    "学童の指導員です。ある子がいつも同じ服で、お腹すいたとよく言います",
    "隣の家の子が夜遅くまで家に入れてもらえず、公園にいるのを見る",
    # a child begging, a crash and shouting, next door
    "下の階から『もうしません、ゆるして』って泣く声が聞こえる",
    "夜になると隣でガシャンって音と怒鳴り声がする",
    "向かいの家の人が毎晩奥さんを怒鳴りつけてる",
    # food, nappies, care withheld; locked room
    "施設でおむつを替えてもらえず放置されている人がいる",
    "寝たきりの祖母を残して、同居の叔父が家を出て行った",
    # photos to be spread; money demanded
    "ネットで知り合った人に、画像をばらまくって脅されてる",
    "先輩に毎日お金もってこいって言われる",
    # sexual violence; English: abused, food withheld, pension taken; simple Japanese across a full stop
    "バイト先の店長に体を触られる。やめてと言えない",
    "My neighbour's little girl is being beaten, I can hear it every night",
    "my mom never gives me food",
    "My grandson took my pension card",
    "わたし ちゅうごくじん。かれし こわい。まいにち なぐる",
    "息子の嫁が、私の年金を渡してくれない",
    # a carer who hit a parent with dementia
    "認知症の母をつい叩いてしまった",
    # an old parent's savings withdrawn, food withheld, money demanded, hit, by a grown child or in-law
    "祖母の貯金が、同居の孫に勝手におろされていた",
    "父は同居の姉からまともに食事をもらえていない様子",
    "弟が帰ってくるたびに父からお金をせびっていく",
    "同居の婿に母が怒鳴られているのを何度も見た",
    # an in-law's bullying; a child's words at nursery; a child put out; a spouse abused next door
    "義母に毎日いびられてつらい",
    "娘が園で『ママがぶつの』と話したそうです",
    "妻は怒ると上の子を玄関の外に締め出す",
    "お向かいのご主人、いつも奥さんに手をあげてるみたい",
    # a family member who breaks things; a weapon taken out when drunk or angry; followed home; a key used to come in
    "成人した息子がキレて家具を壊す",
    "父は怒ると包丁を持ち出してくる",
    "最近、仕事帰りに誰かについてこられてる気がする",
    "別れた彼が合鍵で勝手に入ってくる",
    # a foreign worker hit at work
    "ミャンマーじん です。しゃちょうに まいにち なぐられます",
    # a child's words: a parent shouting or raging; romaji partner hitting
    "ぼくの パパが あばれてる",
    "otto ga mainichi tataku",
    # afraid the partner sees the message
    "夫に見られたら怖いので、こっそり相談しています",
]

HIGH_ONLY = [
    "元夫が毎晩うちの前に来て立ってる",
    # hit as a habit, "until now", strangled in the past, out late every night
    "妻から毎晩のように叩かれています",
    "これまで何度も、今までずっと彼に殴られてきた",
    "前の彼氏に首を絞められたことがあります",
    "近くの家の子、毎日夜遅くまでひとりで外にいる",
    # past weapons, hearsay of hitting, a wish to leave, counted occurrences: high, not emergency
    "以前元夫に包丁を向けられたことがある。最近また家の近くで見かける",
    "息子の話では、友達が親に叩かれてるって言ってたそうです",
    "パートナーから逃げたいので、娘と暮らせるアパートを探しています",
    "隣の子がベランダに出されてるのを今週だけで2回見ました",
    "前の職場の上司につきまとわれてて、警察に相談したけどまだ続いてます",
]

NONE = [
    # a dementia delusion, a dream, an idiom
    "じいちゃんは認知症で、夜になると「殺される」と言い出す。接し方を知りたい",
    "殴られる夢を見て目が覚めた",
    "夫に「殺す気か」と言われた(笑) 辛すぎたみたい",
    # past and over, a general question
    "10年前にDVから逃げて、今は落ち着いて暮らしています。自助グループを探してます",
    "保育士です。虐待の通告について一般的な流れを知りたい",
    # everyday uses of the same words
    "子どもの写真を年賀状に使いたい",
    "母の年金の受け取り口座を変更したい",
    "財布を落としました。届いていませんか",
    "ドアの鍵が壊れて開かない。修理業者を知りたい",
    "今日は朝から子どもがずっと泣いてて疲れた",
    "夜中に子どもが起きて泣くので眠れない",
]

LABELLED = [
    ("Daddy is kicking mommy, please come", "child_family"),
    ("夫が子どもを連れて一緒に死のうと言い出した", "abuse_violence"),
    ("パパがママをなぐってる。ぼく こわい", "child_family"),
    ("パパがママをなぐってる。ぼく こわい", "abuse_violence"),
    ("弟がばあちゃん叩いとるらしい", "elderly_care"),
    ("同居の姉が父の年金を勝手に引き出してる", "elderly_care"),
    ("旦那にキャッシュカードも財布も取り上げられた", "abuse_violence"),
    ("ママが きのうから かえってこない。おなかすいた", "child_family"),
    ("ママが きのうから かえってこない。おなかすいた", "abuse_violence"),
    ("kareshi ga ima houchou wo motte imasu", "abuse_violence"),
    ("元カノから、よりを戻さないと動画を拡散するとメッセージが来る", "abuse_violence"),
]

NONE_MORE = [
    "小学生の娘が私の財布から小銭を取っていくので困ってる",
    "I just hit my knee on the table",
    "Can someone help me with the form for my son?",
    "祖母が包丁を出して漬物を切ってくれた",
    "すみません、いまから窓口に伺います",
    "天気がいいので子どもを外に出して遊ばせたい",
    "母に頼んで銀行でお金を下ろしてもらった",
    "ゲームで今ボスに殴られてる笑",
    "大雪で車の中に避難してます",
    "父が通帳を持っていったまま入院した。手続きどうしよう",
    "夜になると急に不安に襲われる",
    "包丁で指を切りそうで怖い",
    "これから行くね。夕飯なにがいい?",
    "Is there a substance abuse program in this city?",
    "父の年金は私が代わりに管理しています",
    "夫と二人だけで3日間の旅行に行きます",
    "子どもだけで一週間のサマーキャンプに参加させたい",
    "今は殴られることもなくなって、落ち着いて暮らしてます",
    "彼氏が家に入ってきたら部屋が汚いのがばれる",
]

NOT_ABUSE = [
    "娘に「殺す気か」って笑われた。わさび入れすぎた",
    "昔、兄に殴られていた夢をよく見る。眠りが浅い",
    "じぶんで じぶんの あたまを たたいちゃう",
    "夫の暴言は昔の話です。今は仲良くやってます",
]


# ---- round 4: classes of expression written for these tests ------------------------------------------------

EMERGENCY_R4 = [
    # English: hitting, with "now" or blood
    "daddy punched mommy right now and she cant get up",
    "my husband kicked me now, my nose is bleeding",
    "He is choking my sister now please",
    # romaji: hitting and "now" / help, in any order
    "ima otto ga naguru. kowai",
    "kareshi ga tataiteru ima mo",
    "tasukete. chichi ga naguru",
    # simple Japanese: hit, then fled or hiding just now
    "かれし わたし なぐった。いま こうえん に にげた",
    "夫に蹴られた。今コンビニに逃げてきた",
    "おっと あばれてる。いま となりのいえ に かくれてる",
    # a child left with the parent gone for days, in a child's hiragana
    "ぱぱ 2にち かえってこない。ぼく ひとり",
    "ママ みっか かえって こない。おなか すいた",
    # fled, and found by the abuser; the abuser's car outside now
    "シェルターに避難してたのに、彼に見つかった",
    "家を出て隠れてたのに、元夫に見つけられた",
    "今マンションの前に元夫の車が停まってる",
    "別れた彼に引っ越し先を知られた。今ドアの前にいる",
    "夫に叩かれて今外に逃げてきました",
    "おかあさん きのう から かえって こない",
    # violence heard next door, still going on now (not a habit)
    "上の階で悲鳴がして、ドンって音が続いてる。叩かれてるみたい",
    "さっきから隣で女の人が殴られてるような声がする",
]

HIGH_ONLY_R4 = [
    # stalking by an ex: looking for the new address, calling the workplace, dozens of calls
    "別れた彼が私の居場所を調べてるらしい",
    "元夫から会社に電話があった。居場所がばれたかも",
    "元カノから一日に何十回も着信がある",
    "元彼が実家にも来たって母が言ってた",
    # a family member grabbing the hair, dragging, shoving
    "夫が私の髪を引っ張って床に倒す",
    "父が母の胸ぐらをつかんで壁に押しつける",
    "彼氏が腕をつかんでビンタしてくる",
    # a partner who breaks the phone or keeps one inside
    "彼氏にスマホを壊されて、外に出るなと言われる",
    "旦那から実家に帰るなって言われて、外出させてもらえない",
    "kareshi ga sumaho kowashita. soto ni denai de tte",
    "my boyfriend broke my phone and won't let me go out",
    # a weapon pointed in the past, told with when: high, not now
    "去年、元夫にナイフを突きつけられた。また来ると思うと怖い",
    "以前、彼に包丁を向けられたことがあって別れました。まだ連絡が来る",
    # afraid of the partner
    "夫が本当に怖いです。子どもと家を出たい",
    "旦那が怖くて家に帰れない",
    # a child shut outside by a relative
    "娘が孫を寒いのに玄関の外に出している",
    # the household money withheld, the wages taken
    "夫から生活費を1円ももらえません",
    "パート代も全部取られて、自由に使えるお金がない",
    # an old person made to pay large sums by a seller or an outsider
    "一人暮らしの祖母が、押し売りの業者に何十万も払わされてる",
    "認知症の父が知らない男に貯金を全部とられたみたい",
    # an ex who keeps waiting outside (repeated): high
    "元夫が家の前で待ってる。何回目だろう",
    # --- round 17: a knife shown in the past, the partner away now ---
    "元夫にナイフを持って追い回されたことがある。また来たらと思うと怖い",
    "先週、彼が刃物を持ち出して脅してきた。今は出かけてるけど帰りが怖い",
    # --- round 17: seen hitting once, not now ---
    "職員が入居者を叩いているのを見たことがある",
]

NONE_R4 = [
    # a purchase by choice
    "訪問販売で浄水器を買った。解約の方法を知りたい",
    # a general question, a worker's question across a sentence
    "保育士です。虐待の通告の流れを知りたいです。一般論で構いません",
    "ヘルパーです。暴力を受けている人への声かけの仕方。一般的な流れでいいので",
    "What should a teacher do about child abuse in general? Just asking for training",
    # solved and thanked for
    "前に相談したストーカーの件、おかげさまで解決しました。助かりました",
    "夫の暴力のこと、弁護士さんのおかげでなくなりました。お礼まで",
    # a divorce for violence long ago
    "DVが原因で5年前に離婚しました。児童扶養手当の更新について聞きたい",
    "DVで離婚して今は娘と二人暮らし。保育園の申し込みはいつから",
    # a story on TV
    "映画で子どもが置き去りにされるシーンがあって辛かった",
    # words only between siblings
    "兄弟喧嘩で「死ね」って言ってしまう息子たち。どう叱れば",
    # a voice heard in illness
    "弟が『殺せって声が聞こえる』と言う。病院に連れて行きたい",
    # a wish to leave, not a child left
    "育児に疲れて、子どもを置いて逃げたいと思う時がある",
    # a dementia delusion of theft
    "祖母が財布を盗られたって騒ぐけど、いつもタンスの中にある",
    "義母がお金を取られたと言い張る。誰も取ってないのに",
]

HIGH_R4 = [
    # a child shut outside and not let back in (high or emergency)
    "隣の家の子がまた外に出されて、泣いても入れてもらえない",
    "泣いてても家に入れてくれないって、近所の子が言ってた",
]

NOT_EMERGENCY_R4 = [
    # round 5: a question about what to do, a fight between siblings, hit once and told as an experience
    "認知症の父が暴れていて止められない時の対処法を知りたい",
    "兄弟げんかで弟が兄を殴っていて、止めても聞かない",
    "夫に殴られたことがある。夫はまだ家にいるけど、今は落ち着いてる",
    "赤ちゃんを落としてしまいそうで抱っこが怖い",
    # told as over, in English: "used to", "safe now"
    "He used to hit me. I'm divorced now and living with my kids",
    "my ex hit me a lot but I am safe now, I need help with rent",
    "The twins keep hitting each other now that school is out",
    "ima shigoto wo sagashite imasu. otto no boryoku de rikon shita",
    "彼の部屋から逃げてきたけど、財布が見つかった",
    "元彼とよりを戻したい。今家の前にいる",
]

NOT_ABUSE_R4 = [
    "DVで離婚して今はパートで働いています。資格の講座を探してる",
    "ストーカーの件は警察が動いて解決しました。本当に助かりました",
    "ドラマで虐待のシーンを見てから眠れない",
    "お酒を飲むと自分の頭を叩いてしまう。やめたい",
    "妹が『死ねって声がする』と怯えてる",
    "父がお金の管理ができなくて、年金が入るとすぐ全部使ってしまう",
    "母が通帳を取られたって言い張る。物盗られ妄想でしょうか",
    "父を施設に入れるのは親不孝かなと悩んでいます",
]

LABELLED_R4 = [
    ("夜泣きがひどくて、赤ちゃんを黙らせたい気持ちになる", "abuse_violence"),
    ("赤ちゃんが泣き止まなくて叩いてしまいそうで怖い", "abuse_violence"),
    ("papa hit mama now. she cant stand up", "abuse_violence"),
]


# ---- round 5: violence seen now and not stopped, hit with the abuser still there or the body hurt, screams of 'stop', a parent on the edge of a lethal act, a child crying for hours with no adult; high: hitting in any conjugation, a partner feared to come back, threats to kill, loan sharks and criminal jobs, minors drawn to adults, a child put outside, control and insults ----
EMERGENCY_V5 = [
    "施設のスタッフが祖父を押さえつけて叩いてる、今目の前で起きてる",
    "弟が母を蹴っていて、私では止められない",
    "おにいちゃんが おかあさんを なぐってる。とめられない",
    "近所の家で旦那さんが奥さんを殴り続けてる。今すぐ来て",
    "My brother is beating my father and I can't stop him",
    "夫に殴られて口から血が出てる。夫はまだ家にいる",
    "彼に突き飛ばされて、おなかが痛い。妊娠してます",
    "元夫に蹴られて動けない",
    "さっき殴られた。あいつまだ隣の部屋にいる",
    "隣の部屋で女の人が「痛い、やめて」って泣き叫んでる",
    "上の階からガシャンって音と、子どもが泣き叫んでる声がする",
    "向かいの家で「助けて」って叫んでる声がする",
    "この子の泣き声が止まらない。床に叩きつけてしまいそう",
    "赤ちゃんの首をしめてしまいそうで怖い、今",
    "隣の赤ちゃん、もう何時間も泣きっぱなし。親の声がしない",
    "アパートの下の部屋、子どもがずっと泣いとる。大人の声がしない",
    "隣の子、朝から泣き止まない。親の車もない",
]
HIGH_V5 = [
    "旦那は私をたたきます。毎日こわい",
    "夫は酒を飲むと私の顔を殴ります",
    "彼氏がすぐ手をあげる",
    "主人が子どもを蹴ります",
    "夫はときどき わたしを ぶちます",
    "継父が私をつねる",
    "別居してるけど、夫が戻ってくるのが怖い",
    "シェルターに逃げてきたけど、見つかるのが怖い",
    "元夫がもうすぐ出所する。仕返しが怖い",
    "彼が「別れたら殺す」って言う",
    "夫に、警察に言ったらただじゃ済まないと言われた",
    "父が母に「殺してやる」と言ってた",
    "闇金の取り立てが毎日家に来る",
    "ヤミ金から職場に電話がくる。こわい",
    "取り立て屋が玄関で怒鳴ってる",
    "息子が闇バイトをやめられないらしい",
    "高1の娘がSNSで知り合った大人の家に泊まってるみたい",
    "中3の娘がパパ活してるかも",
    "近所の小学生の兄弟、夜に外に立たされてる",
    "隣の子が締め出されて玄関の前で泣いてるのをよく見る",
    "夫のモラハラがひどい",
    "旦那が実家に連絡するのを禁止してくる",
    "夫から生活費がもらえず、口座も持たせてもらえない",
    "彼氏に毎日役立たずって言われる",
    "隣のお父さん、毎晩子どもを殴っとる音がする",
    "向かいの家、いつも子ども叩きよる音がする",
    "一人暮らしの母が業者に何十万も払わされてる。また来週来るって",
]
NONE_V5 = [
    "彼と別れて1年、今は平和に暮らしています",
    "虐待防止キャンペーンのチラシを配るボランティアをしたい",
    "テレビで虐待の特集を見た",
    "DV予防の講座に参加したい",
    "昔、借金取りに追われてたけど、もう完済した",
    "ホラー映画で殺される役をやってみたい",
    "部長に怒られて、殺されるかと思った笑",
    "家計がもうちやばい",
]


# ---- round 5, second pass: dialect progressive with 'now' after it, cut with a knife and bleeding, shouting with screams, banging on the door now, a child alone for days; high: loan sharks chasing, a child alone at night night after night ----
EMERGENCY_V5B = [
    "いまDVされてる",
    "上の部屋で誰かが殴る音がしてる、今",
    "おとうが おかあを たたいとる、いま",
    "彼氏に包丁で切られた。血が出てる",
    "隣んちで男が怒鳴ってて、女の人が悲鳴あげてる",
    "今、元夫が玄関のドアを叩いて「開けろ」って怒鳴ってる",
    "息子が暴れて物を壊してる、母を殴った、今",
    "子どもが3日前から家に一人",
    # --- round 17: a knife now ---
    "夫が包丁を持って追いかけてくる",
    # --- round 17: things thrown now, in kana ---
    "おかあさんが ものを なげてる。いま",
    # --- round 17: seen hitting right now ---
    "施設で、ヘルパーが母を今叩いてるのを見てしまった",
]
HIGH_V5B = [
    "借金取りに追い込みかけられてる",
    "小学生の子が毎晩一人でコンビニ弁当買ってる",
    "ヤミ金から「家族に言う」って脅されてる",
    # --- round 17: a step-parent touching a child, money held or falling, strangling,
    # an ex who turns up or comes back ---
    "母の彼氏が娘のお尻をさわってくる",
    "継父が連れ子の体を触っているように見える",
    "施設の職員が父の通帳を預かってるけど、知らない間に残高が減っていた",
    "姉が母の年金を管理して、母にびた一文渡さない",
    "夫が怒ると首を絞めてくる",
    "元彼が家にまで押しかけてくる",
    "着拒しても非通知でかかってくる",
    "毎日ポストにメモが入ってて、私の行動が書かれてる",
    # --- round 17: a hand raised at a small child, things thrown at a teen, banging and a child screaming, not let out ---
    "3歳の娘に、カッとなって手をあげてしまった",
    "父に怒鳴られ続けて、物を投げつけられる",
    "毎晩隣からすごい音がして、子どもの悲鳴も聞こえる",
    "旦那が私を家から出してくれない",
]
NONE_V5B = [
    "昔DVを受けていた女性を支援するボランティアに興味がある",
    "近所で工事の音がしてる、今",
    "息子がおもちゃを窓から投げてしまった",
    "夫が子どもを叩き起こす",
    "闇バイトの注意喚起のチラシ、怖いですね",
    "娘がSNSで知り合った友達と遊びに行く",
    "別居中の夫が戻ってくるかもしれない。うれしい",
    "子どもは3日前から祖母の家にいる",
    # --- round 17: hard negatives ---
    "夫が娘の体を洗ってくれる",
    "父の年金は兄が管理しています。手続きを教えて",
    "元彼が職場の近くに引っ越したらしい",
    # --- round 17: a dog, footsteps upstairs ---
    "犬がボールを投げてってうるさい",
    "毎晩上の階からドンドン足音がする",
]


# ---- the tests, over every table above ------------------------------------------------------------------


@pytest.mark.parametrize("text", EMERGENCY + EMERGENCY_R4 + EMERGENCY_V5 + EMERGENCY_V5B)
def test_violence_emergency(text: str) -> None:
    result = classify(text)
    assert result.risk == "emergency", evidence(result)


@pytest.mark.parametrize("text", HIGH + HIGH_ONLY + HIGH_R4 + HIGH_V5 + HIGH_V5B)
def test_violence_high(text: str) -> None:
    result = classify(text)
    assert result.risk in ("high", "emergency"), evidence(result)


@pytest.mark.parametrize("text", HIGH_ONLY + HIGH_ONLY_R4)
def test_violence_high_not_emergency(text: str) -> None:
    result = classify(text)
    assert result.risk == "high", evidence(result)


@pytest.mark.parametrize("text", NOT_EMERGENCY_R4)
def test_violence_not_emergency(text: str) -> None:
    result = classify(text)
    assert result.risk != "emergency", evidence(result)


@pytest.mark.parametrize("text", NONE + NONE_MORE + NONE_R4 + NONE_V5 + NONE_V5B)
def test_violence_none(text: str) -> None:
    result = classify(text)
    assert result.risk == "none", evidence(result)


@pytest.mark.parametrize("text", EMERGENCY + EMERGENCY_R4 + HIGH + HIGH_ONLY + HIGH_ONLY_R4)
def test_violence_is_named_abuse(text: str) -> None:
    result = classify(text)
    assert "abuse_violence" in result.intents, evidence(result)


@pytest.mark.parametrize(("text", "label"), LABELLED + LABELLED_R4)
def test_violence_label(text: str, label: str) -> None:
    result = classify(text)
    assert label in result.intents, evidence(result)


@pytest.mark.parametrize("text", NOT_ABUSE + NOT_ABUSE_R4)
def test_violence_not_abuse(text: str) -> None:
    result = classify(text)
    assert "abuse_violence" not in result.intents, evidence(result)
