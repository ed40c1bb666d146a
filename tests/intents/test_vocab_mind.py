"""Classes of expression for the mind area: mental_health, isolation_hikikomori, community_participation, health_medical.

Every row is a message written for these tests (not taken from any eval set), in the ways residents write:
dialects, hiragana with spaces, slang, romaji and English, reports by a neighbour or a relative. Each row gives
the labels the taxonomy (and eval/WRITING.md's conventions) gives the message; only the four labels owned here
are compared, both ways, so work on other labels' dictionaries cannot make these tests flaky. Rows with an
empty set are hard negatives: none of the four labels may fire.
"""

from __future__ import annotations

import pytest

from intents import classify

OWNED = frozenset({"mental_health", "isolation_hikikomori", "community_participation", "health_medical"})

MENTAL = [
    ("さいきん よる ねむれんのです", {"mental_health"}),
    ("夜中に何回も目がさめて、朝までうとうとするだけ", {"mental_health"}),
    ("毎日なんか気分が重くて、会社行くのがしんどい", {"mental_health"}),
    ("メンタルやばい。誰とも会いたくない", {"mental_health"}),
    ("最近ずっと病んでる", {"mental_health"}),
    ("なんもやる気でん。ずっと寝とる", {"mental_health"}),
    ("気が滅入って何も手につかない", {"mental_health"}),
    ("ほんまにしんどいわ、毎日泣いとる", {"mental_health"}),
    ("理由もないのに涙が出る", {"mental_health"}),
    ("パニック発作が起きてから電車に乗れない", {"mental_health"}),
    ("人前に出ると手が震えて声が出なくなる", {"mental_health"}),
    ("不安で胸がぎゅっとなる。何が不安なのか自分でもわからない", {"mental_health"}),
    ("仕事と人間関係に疲れ果てた", {"mental_health"}),
    ("心がからっぽで何も感じない", {"mental_health"}),
    ("もう何もかもどうでもよくなってきた", {"mental_health"}),
    ("昔の元夫の暴力を夢に見て飛び起きる", {"mental_health"}),
    ("夫が毎晩お酒を飲んで、やめられないみたい", {"mental_health"}),
    ("兄がギャンブルにはまって給料を全部使ってしまう", {"mental_health", "poverty_finance"}),
    ("息子がゲームをやめられなくて、取り上げると暴れる", {"mental_health"}),
    ("父のアル中をなんとかしたい", {"mental_health"}),
    ("産後から涙もろくて、赤ちゃんの泣き声を聞くとイライラする", {"mental_health"}),
    ("出産してから気分が沈みっぱなし", {"mental_health"}),
    ("夫が亡くなってから何も手につかない", {"mental_health"}),
    ("ペットを亡くしてから食欲もなくて、ずっと泣いてる", {"mental_health"}),
    ("会社の産業医に心療内科を勧められた", {"mental_health"}),
    ("職場の上司に精神科に行けと言われた", {"mental_health"}),
    ("生きづらさを感じています", {"mental_health"}),
    ("うつ病の診断を受けて休職中", {"employment", "mental_health"}),
    ("i feel so depressed lately and cant sleep", {"mental_health"}),
    ("Mentaru ga tsurai desu", {"mental_health"}),
    ("kokoro ga tsukareta", {"mental_health"}),
    ("最近イライラがとまらなくて子どもにあたってしまう", {"mental_health"}),
    ("気分の落ち込みがひどくて朝起きられない", {"mental_health"}),
    ("人と話すのがこわくて外に出られない", {"isolation_hikikomori", "mental_health"}),
    ("えらい疲れて、気持ちがもたん", {"mental_health"}),
    ("なんか毎日むなしい", {"mental_health"}),
    ("心がしんどい", {"mental_health"}),
    ("バイトに行こうとすると吐き気がする", {"mental_health"}),
    ("母がうつっぽくて、一日中横になっている", {"mental_health"}),
    ("キャンプの練炭の使い方", set()),
    ("死ぬほど眠い", set()),
    ("テスト死んだw", set()),
    ("上の階の子どもの足音がうるさくて眠れない", set()),
    ("夜泣きで毎晩起こされて寝られない", {"child_family"}),
    ("お酒の好きな仲間と飲み会がしたい", {"community_participation"}),
]

ISOLATION = [
    ("うちの次男、高校やめてからもう3年、部屋にこもったきりです", {"isolation_hikikomori"}),
    ("40過ぎの息子がずっと家にいて、働こうとしない", {"isolation_hikikomori"}),
    ("むすめが がっこう やめてから いえから でません", {"isolation_hikikomori"}),
    ("弟がここ数年、家族ともほとんど口をきかない", {"isolation_hikikomori"}),
    ("夫が定年してから一日中家にいて、誰とも付き合いがない", {"isolation_hikikomori"}),
    ("妻に先立たれてから、話す相手もおらず毎日ひとりです", {"isolation_hikikomori"}),
    ("ひとりぐらし です。いちにち だれとも くちを きかない", {"isolation_hikikomori"}),
    ("引っ越してきたばかりで、このへんに知り合いが一人もいない", {"isolation_hikikomori"}),
    ("近所づきあいがまったくなくて、何かあっても頼る人がいない", {"isolation_hikikomori"}),
    ("日本に来て2年、日本人の友達がいません", {"isolation_hikikomori"}),
    ("I moved here alone and I don't know anyone", {"isolation_hikikomori"}),
    ("隣の家の息子さん、何年も姿を見かけない", {"isolation_hikikomori"}),
    ("父が母を亡くしてから家に閉じこもりがち", {"isolation_hikikomori"}),
    ("話し相手がほしいです", {"isolation_hikikomori"}),
    ("さびしいけん、だれかと しゃべりたい", {"isolation_hikikomori"}),
    ("一人で過ごす休日がとても長く感じる。だれからも連絡がこない", {"isolation_hikikomori"}),
    ("50代の兄が実家の部屋に何十年もこもっていて、両親も80代", {"isolation_hikikomori"}),
    ("孤独で死にそう", {"isolation_hikikomori"}),
    ("ずっと家にいて人と会ってない。誰かと話すのは久しぶり", {"isolation_hikikomori"}),
    ("一人暮らしの母の介護保険の申請", set()),
    ("一人で病院に行くのが不安", {"health_medical"}),
    ("高齢者の話し相手になるボランティアをしたい", {"community_participation"}),
    ("夫のDVのことで、だれかと話せたら", set()),
    ("子どもが不登校で家にいる", set()),
]

COMMUNITY = [
    ("近所でやってる体操に参加したいんですが、どこで申し込めばいいですか", {"community_participation"}),
    ("ちいきの サロン に いってみたい", {"community_participation"}),
    ("定年後に何か地域でできることを探しています", {"community_participation"}),
    ("子ども食堂を始めたいと考えています。補助金はありますか", {"community_participation"}),
    ("認知症の家族会に入りたい", {"community_participation"}),
    ("不登校の親の会ってこの辺にありますか", {"community_participation"}),
    ("趣味の仲間を見つけたい。カメラが好きです", {"community_participation"}),
    ("見守り活動に参加してみたい", {"community_participation"}),
    ("シニア向けのスマホ教室はありますか", {"community_participation"}),
    ("高齢者と子どもが一緒に過ごせるイベントを企画したい", {"community_participation"}),
    ("母をデイサービスじゃなくて、気軽に行ける集まりに連れて行きたい", {"community_participation"}),
    ("週1回でも人とおしゃべりできる場所がほしい", {"community_participation"}),
    ("I want to join a local club to meet people", {"community_participation"}),
    ("ボランティアで子どもの勉強を見てあげたい", {"community_participation"}),
    ("外国人が参加できる地域のお祭りはありますか", {"community_participation"}),
    ("同じ病気の人と話せる会はありますか", {"community_participation", "health_medical"}),
    ("ゴミ出しを手伝ってくれるボランティアはいますか", set()),
    ("介護保険の申請をしたい", set()),
    ("会社の飲み会に行きたくない", set()),
]

HEALTH = [
    ("熱が下がらなくて、どこの病院に行けばいいかわからない", {"health_medical"}),
    ("腰がいたくて かいものに いけない", {"daily_living", "health_medical"}),
    ("最近めまいがひどい", {"health_medical"}),
    ("父が急にしゃべれなくなって、片方の手が動かない", {"health_medical"}),
    ("健康診断の結果で再検査って言われた", {"health_medical"}),
    ("歯医者さんに行きたいけど、車いすでも大丈夫なところ", {"health_medical"}),
    ("抗がん剤の費用が高額で、払い続けられるか心配", {"health_medical", "poverty_finance"}),
    ("退院したあとの生活が不安", {"health_medical"}),
    ("週3回の透析に通うのが大変", {"health_medical"}),
    ("往診に来てくれる先生、どこで見つかる？", {"health_medical"}),
    ("血圧の薬をもらいに行けない", {"health_medical"}),
    ("末期がんの父を家で看たい", {"health_medical"}),
    ("母が脚立から落ちて、おでこから血が出てる", {"health_medical"}),
    ("じいちゃんが倒れて意識がない", {"health_medical"}),
    ("おなかいたい。ずっと下痢", {"health_medical"}),
    ("インフルかも。熱が39度", {"health_medical"}),
    ("I have a bad cough and fever, where can I see a doctor?", {"health_medical"}),
    ("My father fell down and can't get up", {"health_medical"}),
    ("子どもの予防接種はどこで受けられますか", {"child_family", "health_medical"}),
    ("ぜんそくの発作が出た", {"health_medical"}),
    ("持病の薬がなくなりそう", {"health_medical"}),
    ("耳が聞こえにくくなってきた", {"health_medical"}),
    ("入れ歯が合わなくて食べにくい", {"health_medical"}),
    ("糖尿病って言われたけど何を食べたらいいか", {"health_medical"}),
    ("病院の駐車場は何時まで", set()),
    ("看護師の求人はありますか", {"employment"}),
    ("確定申告の医療費控除", set()),
]

# Second round: more writers (foreign residents, dialects, third-party reports) across the four labels.
MIXED = [
    ("ここんとこ ずっと 気分がふさいで なんもする気にならん", {"mental_health"}),
    ("なんかもう全部めんどい。朝起きるのもむり", {"mental_health"}),
    ("うつ病かもしれません。どこに相談すればいいですか", {"mental_health"}),
    ("鬱っぽくて仕事休んでる", {"employment", "mental_health"}),
    ("メンヘラ彼女が心配", {"mental_health"}),
    ("最近メンタルが不安定で、急に泣いたり怒ったりしてしまう", {"mental_health"}),
    ("わたし ねむれない まいにち あたま いっぱい", {"mental_health"}),
    ("ワタシ\u3000ネムレナイ\u3000シンパイ\u3000オオイ", {"mental_health"}),
    ("I am from Nepal. I am very stressed and cannot sleep at night", {"mental_health"}),
    ("夫がパチスロにはまって、生活費まで使い込んでいる", {"mental_health", "poverty_finance"}),
    ("息子が競馬で借金をつくった。これで3回目", {"mental_health", "poverty_finance"}),
    ("娘がオーバードーズを繰り返している", {"health_medical", "mental_health"}),
    ("父は酒が入ると人が変わったように怒鳴る", {"mental_health"}),
    ("母はアルコール依存症で、昼間から酔っている", {"mental_health"}),
    ("彼氏が大麻をやってるっぽい", {"mental_health"}),
    ("夜になると昔のいじめを思い出して涙が出てくる", {"mental_health"}),
    ("事故のことがフラッシュバックして運転できない", {"mental_health"}),
    ("人の目が気になって、コンビニにも行けない", {"mental_health"}),
    ("過呼吸になって救急車で運ばれた", {"health_medical", "mental_health"}),
    ("摂食障害で、食べては吐いてしまう", {"mental_health"}),
    ("心療内科に通ってるけど、薬が合わない気がする", {"health_medical", "mental_health"}),
    ("子育てに自信がなくて毎日落ち込む", {"child_family", "mental_health"}),
    ("妻が産後うつで、育児ができない状態です", {"child_family", "mental_health"}),
    ("母が亡くなってから父が一日中ぼーっとしていて心配", {"elderly_care", "mental_health"}),
    ("夫を亡くして一年、まだ気持ちの整理がつかない", {"mental_health"}),
    ("介護している母に、つい当たってしまう自分が情けない", {"carer", "elderly_care"}),
    ("兄はひきこもりで、もう15年になります", {"isolation_hikikomori"}),
    ("うちの子 中学から ずっと 家に おって 外に でらん", {"isolation_hikikomori"}),
    ("娘(35)が仕事を辞めてから家から出なくなり、5年たちます", {"isolation_hikikomori"}),
    (
        "近所の一人暮らしのおじいさん、奥さんが亡くなってから誰とも話してないみたい",
        {"elderly_care", "isolation_hikikomori"},
    ),
    ("民生委員です。担当の方が、ここ半年ほど外出していないようです", {"isolation_hikikomori"}),
    ("独居で、家族とも疎遠。正月もひとりで過ごしました", {"isolation_hikikomori"}),
    ("東京に出てきて友達がいない。毎日家と会社の往復だけ", {"isolation_hikikomori"}),
    (
        "年金暮らしの母と、無職で部屋にこもりきりの兄がいる",
        {"elderly_care", "isolation_hikikomori", "poverty_finance"},
    ),
    ("主人が退職してから、家でテレビばかり見て外に出ようとしない", {"isolation_hikikomori"}),
    ("ベトナムから来ました。日本に友達がいません。さびしいです", {"isolation_hikikomori"}),
    ("Im so lonely here, I have nobody to talk to", {"isolation_hikikomori"}),
    ("近所に知り合いがおらんけん、なんかあっても誰にも頼めん", {"isolation_hikikomori"}),
    ("ひきこもりの息子を持つ親の会に参加したい", {"community_participation", "isolation_hikikomori"}),
    ("近くの老人クラブに入会するには、どこへ申し込めばいい？", {"community_participation"}),
    ("まちのボランティア活動に名前を登録しておきたい", {"community_participation"}),
    ("退職したので、何か地域のお手伝いがしたい", {"community_participation"}),
    ("脳トレの教室に通いたい", {"community_participation"}),
    ("母が家にばかりいるので、デイじゃない集まりに行かせたい", {"community_participation"}),
    ("子ども食堂で調理のお手伝いをしたいです", {"community_participation"}),
    ("元気なうちに何か社会の役に立つことがしたい", {"community_participation"}),
    ("一緒にウォーキングする仲間を探しています", {"community_participation"}),
    ("障害のある息子が参加できるスポーツの教室はありますか", {"community_participation", "disability"}),
    ("日本語教室に通いたいです", {"community_participation"}),
    ("足が痛くて歩けない", {"health_medical"}),
    ("胸が痛くて息苦しい", {"health_medical"}),
    ("母の物忘れで病院を受診させたい", {"dementia", "elderly_care", "health_medical"}),
    ("歯がぐらぐらしてる", {"health_medical"}),
    ("目が急に見えにくくなった", {"health_medical"}),
    ("熱があって咳もひどい。コロナかな", {"health_medical"}),
    ("がんの手術をすることになった", {"health_medical"}),
    ("透析をしながら働けるか不安", {"employment", "health_medical"}),
    ("おばあちゃんがトイレで転んで立てない", {"elderly_care", "health_medical"}),
    ("夜間にやってる小児科を知りたい", {"child_family", "health_medical"}),
    ("救急車を呼ぶほどじゃないけど、どこに相談したらいい？", {"health_medical"}),
    ("健診の案内が来たけど、どこで受けられるの", {"health_medical"}),
    ("訪問看護を頼みたい", {"health_medical"}),
    ("退院後にリハビリを続けたい", {"health_medical"}),
    ("ぐあいが わるくて ごはんが たべられません", {"health_medical"}),
    ("おなかが いたい", {"health_medical"}),
    ("Where can I get a medical check-up?", {"health_medical"}),
    ("I need a doctor who speaks English", {"health_medical"}),
    ("ワクチンの予約の仕方", {"health_medical"}),
    ("病院で働きたい", {"employment"}),
    ("薬局の営業時間を知りたい", set()),
    ("ストレッチのやり方を教えて", set()),
]

# Hard negatives and near misses: shops called サロン, 体操服, typhoon warnings, joy that keeps one awake.
NEAR_MISSES = [
    ("パチンコ屋の前の道路に穴があいている", set()),
    ("競馬場行きのバスの時刻を知りたい", set()),
    ("ネイルサロンの開業の相談", set()),
    ("サロンパスを貼っても腰が痛い", {"health_medical"}),
    ("ストレス発散にカラオケに行くのが趣味です", {"community_participation"}),
    ("体操服の名前つけ、どうしてますか", {"child_family"}),
    ("台風の日は外に出ないでくださいって放送があった", set()),
    ("一人で過ごす時間が好きなので、特に困っていません", set()),
    ("一人暮らしを始めたいので、部屋探しの相談", {"housing"}),
    ("美容院の予約がとれない", set()),
    ("市民病院の面会時間は何時まで？", set()),
    ("会社のストレスチェックの結果が返ってきた", {"mental_health"}),
    ("お酒は飲みません", set()),
    ("息子がオンラインゲームで友達とずっと話してる", set()),
    ("ゲームの大会を地域で開きたい", {"community_participation"}),
    ("夏祭りの騒音がうるさい", set()),
    ("ママ友とランチに行きたい", set()),
    ("お父さんの薬を薬局に取りに行きたい", {"health_medical"}),
    ("来週、娘の運動会です", {"child_family"}),
    ("今日は寒いので外に出たくないなあ", set()),
    ("年末年始の市役所の開庁日", set()),
    ("昨日は眠れなかったけど今日は元気です", set()),
    ("眠れないほど楽しみ", set()),
    ("心療内科の先生がとてもいい人でした。お礼を言いたくて", set()),
    ("教室の電気がつかない", set()),
]

# Third round: combinations (lonely + a place to go, dependence + family groups, illness + money), compulsions, paranoia, injuries.
COMBINED = [
    (
        "一人暮らしで寂しいので、近所で集まれる場所を知りたい",
        {"community_participation", "isolation_hikikomori"},
    ),
    (
        "話し相手がいなくて、どこか人が集まるところに行きたい",
        {"community_participation", "isolation_hikikomori"},
    ),
    ("四十代後半の次男が十年以上自室にいて、家計は夫の年金頼み", {"isolation_hikikomori"}),
    ("向かいのおじいさんが玄関先で倒れてて動かない", {"health_medical"}),
    ("夫が急に胸を押さえてうずくまった", {"health_medical"}),
    ("子どもが頭を打ってから吐いてる", {"child_family", "health_medical"}),
    ("鍋の湯をかぶってやけどした", {"health_medical"}),
    ("ハチに刺されて腫れてきた", {"health_medical"}),
    ("血を吐いた", {"health_medical"}),
    ("高い熱が3日続いている", {"health_medical"}),
    ("手を何度も洗わないと気がすまない", {"mental_health"}),
    ("髪の毛を抜くのがやめられない", {"mental_health"}),
    ("誰かに監視されてる気がして怖い", {"mental_health"}),
    ("家の中で盗聴されていると母が言い張る", {"mental_health"}),
    ("幻聴が聞こえるって兄が言ってる", {"mental_health"}),
    ("気分の波が激しくて、ハイになったりどん底になったり", {"mental_health"}),
    ("自己肯定感が低すぎてしんどい", {"mental_health"}),
    ("リストラされてから眠れない日が続いてる", {"employment", "mental_health"}),
    ("ネット以外で人と話すことがない", {"isolation_hikikomori"}),
    ("休みの日はずっと一人で、誰とも会わない", {"isolation_hikikomori"}),
    ("近所の人とあいさつもしない生活", {"isolation_hikikomori"}),
    ("サロンの運営を手伝ってくれる人を探しています", {"community_participation"}),
    ("民生委員になってみたい", {"community_participation"}),
    ("公民館で手芸の教室を開きたい", {"community_participation"}),
    ("地域の清掃活動に参加したい", {"community_participation"}),
    ("放課後の子どもの居場所づくりに関わりたい", {"community_participation"}),
    ("夫がアルコール依存で、家族会に参加したい", {"community_participation", "mental_health"}),
    ("ギャンブル依存の家族の集まりってありますか", {"community_participation", "mental_health"}),
    ("うつの人の当事者会に行ってみたい", {"community_participation", "mental_health"}),
    ("がん患者の集まりに参加したい", {"community_participation", "health_medical"}),
    ("医療費が払えなくて病院に行けない", {"health_medical", "poverty_finance"}),
    ("薬代が高くて、飲むのを減らしてる", {"health_medical", "poverty_finance"}),
    ("くすり のみすぎた たすけて", {"health_medical", "mental_health"}),
]

# Fourth round: half-width katakana, emoji, slang, IME slips, hiragana with spaces.
STYLES = [
    ("ﾈﾑﾚﾅｲ ﾏｲﾆﾁ ﾂﾗｲ", {"mental_health"}),
    ("まじ病む…誰も分かってくれない😭", {"mental_health"}),
    ("最近ずっと鬱😞", {"mental_health"}),
    ("メンタル終わってる笑", {"mental_health"}),
    ("ﾒﾝﾀﾙやばすぎてむり", {"mental_health"}),
    ("もうなんもかんもいや🥲", {"mental_health"}),
    ("不眠賞で困ってます", {"mental_health"}),
    ("うつ秒と言われました", {"mental_health"}),
    ("しんどすぎて学校行けてない", {"child_family", "mental_health"}),
    ("リスカの跡を見られたくない", {"mental_health"}),
    ("ストレスで円形脱毛になった", {"health_medical", "mental_health"}),
    ("寝ても寝ても疲れがとれないし、何をしても楽しくない", {"mental_health"}),
    ("心配事が多くて夜ぜんぜん寝付けない", {"mental_health"}),
    ("毎日不安で、胸がドキドキして落ち着かない", {"mental_health"}),
    ("ずーっと気持ちが晴れない", {"mental_health"}),
    ("おとうさんが まいにち おさけ ばかり のんでいます", {"mental_health"}),
    ("だんなが パチンコ ばっかりで おかね ありません", {"mental_health", "poverty_finance"}),
    ("ひきこもりの子の家族の相談窓口", {"isolation_hikikomori"}),
    ("ひきこもり歴10年です", {"isolation_hikikomori"}),
    ("家族以外と何年も話していない", {"isolation_hikikomori"}),
    ("ひとりぼっちでさみしい😢", {"isolation_hikikomori"}),
    ("さみしすぎる", {"isolation_hikikomori"}),
    ("誰とも繋がってない感じがする", {"isolation_hikikomori"}),
    ("休日に話す相手がほしいなあ", {"isolation_hikikomori"}),
    ("マジで友達いない。ぼっち確定", {"isolation_hikikomori"}),
    ("ひまなので なにか ならいごと したい", {"community_participation"}),
    ("近くで卓球できるとこない？", {"community_participation"}),
    ("ボラやってみたい", {"community_participation"}),
    ("町内会の行事に参加したいです", {"community_participation"}),
    ("カラオケ好きな人の集まりある?", {"community_participation"}),
    ("ねつが でて せきが とまりません", {"health_medical"}),
    ("あたまが われるように いたい", {"health_medical"}),
    ("歯が痛すぎて眠れん", {"health_medical"}),
    ("腰いたい。整骨院じゃなくて病院行くべき？", {"health_medical"}),
    ("熱中症っぽい、頭がくらくらする", {"health_medical"}),
    ("インフル検査ってどこでできる？", {"health_medical"}),
    ("お腹痛くて吐きそう", {"health_medical"}),
]

# Fifth round: everyday and other-label messages where none of the four labels may fire, and a few that must.
EVERYDAY = [
    ("古いタンスを捨てたい。回収は何曜日？", set()),
    ("マイナンバーカードの更新はどこで", set()),
    ("住民票を取りたい", set()),
    ("道路の街灯が切れています", set()),
    ("ふるさと納税の申告について", set()),
    ("こんにちは", set()),
    ("ありがとうございました", set()),
    ("よろしくお願いします", set()),
    ("あなたはAIですか？", set()),
    ("市のプールは何時まで開いてますか", set()),
    ("図書館の本を返したい", set()),
    ("犬の登録の方法", set()),
    ("家賃を3か月滞納していて退去を言われた", set()),
    ("生活保護の申請をしたい", set()),
    ("保育園に入れなかった", set()),
    ("仕事が見つからない", set()),
    ("介護保険の申請をしたい", set()),
    ("母の物忘れがひどい", set()),
    ("夫に殴られた", set()),
    ("ゴミ屋敷の隣人が困る", set()),
    ("成年後見の手続きを知りたい", set()),
    ("買い物に行けない高齢の母", set()),
    ("息子の発達が心配", set()),
    ("障害者手帳の申請", set()),
    ("介護で仕事をやめた", set()),
    ("会社の人間関係は良好です", set()),
    ("部屋から出ると寒い", set()),
    ("明日は友達と遊びに行く", set()),
    ("サロンの場所がわからない", {"community_participation"}),
    ("無理なお願いですが電話してもらえますか", set()),
    ("体調は大丈夫です", set()),
    ("お薬の説明をしてくれる窓口", {"health_medical"}),
    ("外に出るのが楽しい季節になりました", set()),
    ("寂しくないように、母にスマホを買ってあげたい", set()),
    ("年末は家族が帰省するので賑やか", set()),
    ("熱が下がらない。病院に行ったほうがいい？", {"health_medical"}),
    ("母が同じ話ばかりする。病院に連れて行った方がいい？", set()),
]

# Indirect wishes to die get mental_health as a label (the risk level is the risk dictionaries' work); idioms do not.
INDIRECT = [
    ("もう この世から いなくなりたい", {"mental_health"}),
    ("駅のホームに立ってると、電車に吸い込まれそうになる", {"mental_health"}),
    ("川を見てたら、このまま沈んでしまいたくなった", {"mental_health"}),
    ("わしなんか おらんなったほうが ええんじゃ", {"mental_health"}),
    ("母と二人で終わりにしたいと考えてしまう", {"mental_health"}),
    ("友達が『死にたい』って何度も言ってくる", {"mental_health"}),
    ("借金で首くくるしかないかもしれん", {"mental_health", "poverty_finance"}),
    ("生きとっても何もいいことなか", {"mental_health"}),
    ("i just want to end it all", {"mental_health"}),
    ("mou ikitakunai", {"mental_health"}),
    ("部活きつすぎて死ぬw 明日も朝練", set()),
    ("死ぬほど笑った", set()),
]

# Taxonomy scope, health: terminal illness, dental, home doctors, costs, dialysis, check-ups, collapse and injury.
SCOPE_HEALTH = [
    ("医者から余命半年って言われた", {"health_medical"}),
    ("末期の肺がんで、家で過ごしたいと本人が言っている", {"health_medical"}),
    ("がんが再発した。どうしたらいいかわからない", {"health_medical"}),
    ("抗がん剤の副作用がつらい", {"health_medical"}),
    ("ホスピスに入れるか知りたい", {"health_medical"}),
    ("緩和ケアの病棟を探しています", {"health_medical"}),
    ("入れ歯が壊れてごはんが食べられない", {"health_medical"}),
    ("寝たきりの母に歯医者さんに来てもらいたい", {"elderly_care", "health_medical"}),
    ("在宅医を紹介してほしい", {"health_medical"}),
    ("医療費がかさんで生活が苦しい", {"health_medical", "poverty_finance"}),
    ("高額療養費の申請方法", {"health_medical"}),
    ("人工透析を始めることになった", {"health_medical"}),
    ("がん検診を受けたい", {"health_medical"}),
    ("特定健診の受診券をなくした", {"health_medical"}),
    ("人間ドックの補助はありますか", {"health_medical"}),
    ("父が倒れて救急車で運ばれた", {"health_medical"}),
    ("おばあちゃんが転んで骨を折った", {"elderly_care", "health_medical"}),
    ("手術の後、一人で暮らせるか心配", {"health_medical"}),
    ("持病の心臓病があって働けない", {"employment", "health_medical"}),
    ("けがをして仕事に行けない", {"employment", "health_medical"}),
    ("ずっと咳が出て、夜も眠れない", {"health_medical"}),
    ("子どもが高熱でぐったりしている", {"child_family", "health_medical"}),
    ("血糖値が高いと言われた", {"health_medical"}),
    ("骨粗しょう症の薬を飲み始めた", {"health_medical"}),
    ("足がむくんで靴がはけない", {"health_medical"}),
    ("お腹にしこりがある", {"health_medical"}),
    ("ずっとだるくて微熱が続く", {"health_medical"}),
    ("脳梗塞の後遺症でしゃべりにくい", {"health_medical"}),
    ("母がパーキンソン病で、薬の調整が難しい", {"health_medical"}),
    ("難病の指定を受けたい", {"health_medical"}),
]

# Taxonomy scope, participation and isolation: places to go, family associations, intergenerational, 見守り by residents, 8050, foreign residents.
SCOPE_PLACES = [
    ("通いの場ってどこにあるの", {"community_participation"}),
    ("近くに100歳体操をやってるところはありますか", {"community_participation"}),
    ("俳句の会に入りたい", {"community_participation"}),
    ("子どもと高齢者がふれあえる場をつくりたい", {"community_participation"}),
    ("住民で見守り活動を始めたいが、どう進めればいいか", {"community_participation"}),
    ("ひとり親の交流会ってありますか", {"child_family", "community_participation"}),
    ("障害のある子の親の会を探しています", {"community_participation", "disability"}),
    ("認知症の人を介護してる家族の会に出てみたい", {"carer", "community_participation", "dementia"}),
    ("子ども食堂に子どもを連れて行きたい", {"child_family", "community_participation"}),
    ("退職後、地域で何か役割がほしい", {"community_participation"}),
    ("ちょっと手が空いたので、誰かの役に立ちたい", {"community_participation"}),
    ("外国人ですが、地域のイベントに参加できますか", {"community_participation"}),
    ("I'd like to volunteer at a kids cafeteria", {"community_participation"}),
    ("サロンに来てくれるボランティアさんを募集したい", {"community_participation"}),
    ("地域の食堂で配膳のお手伝いをしてみたい", {"community_participation"}),
    ("80になる父と、働いていない50代の兄が二人で暮らしている", {"elderly_care", "isolation_hikikomori"}),
    ("母が亡くなってから、父がひとりで家にこもっている", {"elderly_care", "isolation_hikikomori"}),
    ("日本に来て半年、話せる人がいなくて毎日さびしい", {"isolation_hikikomori"}),
    ("わたし にほんご すこし。ともだち いない。ひとり", {"isolation_hikikomori"}),
    ("I feel isolated, I have no Japanese friends", {"isolation_hikikomori"}),
    ("夫が亡くなってから、誰とも会わずに家にいます", {"isolation_hikikomori"}),
    ("親戚づきあいも近所づきあいもなく、一人きり", {"isolation_hikikomori"}),
    ("引っ越してから誰も知り合いがいない", {"isolation_hikikomori"}),
    ("孫も来なくなって、話すのは病院の先生だけ", {"health_medical", "isolation_hikikomori"}),
    ("一日中しゃべらない日がある", {"isolation_hikikomori"}),
]

# Mental health told by a family member, at work, after a loss or a failure; dependence of a relative.
FAMILY_AND_WORK = [
    ("妻がうつで寝込んでいて、家のことが回らない", {"mental_health"}),
    ("夫が適応障害と診断されました。家族として何ができますか", {"mental_health"}),
    ("娘が拒食症かもしれない。どんどん痩せていく", {"health_medical", "mental_health"}),
    ("高校生の息子がリストカットしているのを見つけた", {"child_family", "mental_health"}),
    ("母がずっと「眠れない、眠れない」と言っている", {"mental_health"}),
    ("父がお酒をやめられず、肝臓も悪くしています", {"health_medical", "mental_health"}),
    ("兄が闇カジノにはまっている", {"mental_health"}),
    ("夫のスマホゲームの課金がやめられない", {"mental_health"}),
    ("彼が薬物をやめられない", {"mental_health"}),
    ("主人が仕事のストレスでずっと塞ぎ込んでいる", {"mental_health"}),
    ("会社に行こうとすると涙が出る", {"mental_health"}),
    ("上司に怒鳴られてから出勤できなくなった", {"employment", "mental_health"}),
    ("職場の人が怖くて、電話が鳴るだけで動悸がする", {"mental_health"}),
    ("毎日残業で心も体もボロボロ", {"mental_health"}),
    ("何のために生きてるのかわからない", {"mental_health"}),
    ("自分だけ取り残されてる感じがしてつらい", {"mental_health"}),
    ("人とうまく関われなくて、ずっと生きづらい", {"mental_health"}),
    ("昔、父から殴られていたことを今でも夢に見る", {"mental_health"}),
    ("事件のあと、外に出るとパニックになる", {"mental_health"}),
    ("赤ちゃんを産んでから、ずっと不安で涙が止まらない", {"child_family", "mental_health"}),
    ("子どもを可愛いと思えない自分が嫌", {"child_family", "mental_health"}),
    ("主人を亡くしてから、毎晩ひとりで泣いてます", {"isolation_hikikomori", "mental_health"}),
    ("離婚してから何もする気になれない", {"mental_health"}),
    ("受験に失敗してから部屋でぼーっとしてる", {"mental_health"}),
    ("気分が落ち込んだ時の相談窓口を教えて", {"mental_health"}),
    ("こころの相談ダイヤルの番号は？", {"mental_health"}),
    ("i have been feeling really down and anxious", {"mental_health"}),
    ("I can't stop drinking", {"mental_health"}),
    ("Watashi wa utsu byou desu", {"mental_health"}),
]

# Dialects (関西, 東北, 九州, 広島) across the four labels; fear of a real stalker is not a mental-health symptom.
DIALECTS = [
    ("うちの息子、もう何年も部屋から出てこんのよ", {"isolation_hikikomori"}),
    ("せがれが家さ こもったきりで 出てこねぇ", {"isolation_hikikomori"}),
    ("ばあちゃん、じいちゃん死んでから誰ともしゃべらんごとなった", {"isolation_hikikomori"}),
    ("一人もんやけん、話し相手もおらん", {"isolation_hikikomori"}),
    ("近所に知っとる人がおらんで寂しいわ", {"isolation_hikikomori"}),
    ("なんか集まりとかあったら行ってみたいんやけど", {"community_participation"}),
    ("おらほの地区でも体操の会やってけろ", {"community_participation"}),
    ("ボランティアしたいんやけど、どこ行ったらええん？", {"community_participation"}),
    ("毎日しんどうて、なんもでけへん", {"mental_health"}),
    ("夜ねむれんで、朝までおきとる", {"mental_health"}),
    ("気持ちがずーっと沈んどる", {"mental_health"}),
    ("もう何もかんもいやになったばい", {"mental_health"}),
    ("こわくて外に出れんごとなった", {"isolation_hikikomori", "mental_health"}),
    ("頭がいとうて たまらん", {"health_medical"}),
    ("腰がいとうて歩けん", {"health_medical"}),
    ("ひざがいたかけん病院行きたか", {"health_medical"}),
    ("熱があって体がえらい", {"health_medical"}),
    ("別れた夫が家の前で待ち伏せしていて、こわくて外に出られない", set()),
]

# Stuck at home and wanting somewhere to go; a racing heart at every dunning call.
STUCK_AT_HOME = [
    (
        "一日中家にいると気が滅入って、どこか出かける場所がほしい",
        {"community_participation", "isolation_hikikomori", "mental_health"},
    ),
    ("取り立てのハガキを見ると胸がドキドキして手が震える", {"mental_health"}),
    ("部屋にずっといるのがしんどい", {"isolation_hikikomori", "mental_health"}),
]

# Someone who refuses hospital: the symptom, not the word 病院, decides.
REFUSES_HOSPITAL = [
    ("兄は病院に行くのを嫌がるけど、幻聴がひどくなっているみたい", {"mental_health"}),
    ("熱があるのに夫が病院に行きたがらない", {"health_medical"}),
]

ROWS = (
    MENTAL
    + ISOLATION
    + COMMUNITY
    + HEALTH
    + MIXED
    + NEAR_MISSES
    + COMBINED
    + STYLES
    + EVERYDAY
    + INDIRECT
    + SCOPE_HEALTH
    + SCOPE_PLACES
    + FAMILY_AND_WORK
    + DIALECTS
    + STUCK_AT_HOME
    + REFUSES_HOSPITAL
)


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:24] for r in ROWS])
def test_mind_labels(text: str, expected: set[str]) -> None:
    got = set(classify(text).intents)
    assert got & OWNED == expected & OWNED, f"{text!r}: got {sorted(got)}"


# Round 13: only the mental_health label is checked here. Feelings no longer known and gatekeeper work are the
# mind; sleep lost to a baby, night care or the cold, and care pushed to its limit, are the carer's burden.
MIND_YES = [
    "自分の気持ちがもうよくわからない",
    "悲しいのか何なのか、わかんない",
    "職場でゲートキーパーの講座を受けてみたい",
    "介護のことを考えると不安で眠れない",
    "仕事のストレスで夜も寝られない",
    "「消えろ」って毎日親に言われる",
    "寝つきが悪くて朝がつらい",
    "人混みに行くのが怖くなった",
    "外に出るのが不安で、買い物も行けない",
]
MIND_NO = [
    "赤ちゃんの夜泣きと授乳で、夜ほとんど寝られない",
    "ストーブが壊れて寒くて寝られない",
    "夜中も父の世話で起きるから寝られない",
    "介護を辞めたい。もう限界です",
    "子どもをつい叩いてしまいそう。もう限界",
    "子育てもう限界。誰か代わって",
    "隣の家の子、夕方からずっと泣いてる",
    "ほんまに死ぬかと思たわ、自転車でこけて",
    "元夫がうろついていて外に出るのが怖い",
]


# Round 4: fear of oneself, taking it out on a child, crowds that bring on panic, eating and throwing up,
# drinking more and more, hitting oneself — the mind. Look-alikes (heat, stomach bugs, a hill) are not.
MIND_R4_YES = [
    "疲れてると息子に八つ当たりしてしまう",
    "娘に当たっちゃう日が増えた",
    "満員電車に乗るといきなり動悸がして途中で降りる",
    "スーパーに入ると冷や汗が出てパニックになる",
    "夜になると食べては吐いての繰り返し",
    "食べ吐きがやめられない",
    "父の酒の量が最近ふえてきた",
    "イライラすると自分の頭を叩いてしまう",
]
MIND_R4_NO = [
    "真夏の外は暑くて息苦しい",
    "孫が食べたら吐いてしまって、ノロかもしれない",
    "階段を上ると息が苦しいので病院に行きたい",
    "お酒の席が増える季節ですね",
]


# Round 5: low mood said with も or an adverb between, a relative low for a long while, heavy drinking
# (a bottle a night, the shakes without it). Look-alikes (a cheerful mood, a sick pet for a day, a drink toast).
MIND_R5_YES = [
    "気持ちもなんか落ち込んでばかりで",
    "こころがずっと塞いでる",
    "母がこのところ元気がなくて心配です",
    "弟がしばらく元気がない、部屋で黙ってる",
    "父の酒がひどくて家族みんな参ってる",
    "うちの人、毎日一升あける",
    "お酒が切れると手が震えるみたいで",
]

MIND_R5_NO = [
    "気分が晴れやかで、毎日楽しい",
    "犬が今朝だけ元気がなかったけど、もう走り回ってる",
    "日本酒の一升瓶をお土産にもらった",
    "心が温まる話をありがとう",
]


# ---- the tests, over every table above ------------------------------------------------------------------


@pytest.mark.parametrize("text", MIND_YES + MIND_R4_YES + MIND_R5_YES)
def test_mind_yes(text: str) -> None:
    assert "mental_health" in classify(text).intents


@pytest.mark.parametrize("text", MIND_NO + MIND_R4_NO + MIND_R5_NO)
def test_mind_no(text: str) -> None:
    assert "mental_health" not in classify(text).intents
