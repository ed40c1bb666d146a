"""Risk of daily life (risk_life.yaml, sets_life.yaml): medical emergencies told by a layperson, an older person
who does not answer, and the high-risk losses of daily life (no food today, utilities cut, the home lost now,
a relative missing, a dependant left alone, medicine gone with no money, a birth near with no care).

Every message was written for these tests, in the registers residents use (kanji, hiragana with spaces,
dialect, simple Japanese, romaji, English). Emergency rows must be emergency; high rows at least high (an
emergency is not a miss there); none rows must stay none. Label rows check the concern that the rule names.
"""

from __future__ import annotations

import pytest

from intents import classify

EMERGENCY = [
    # fallen and cannot get up; collapsed where they are
    "ばあちゃんが廊下で座り込んだまま立てん。どうしよう",
    "母が床で動けなくなってて、私ひとりでは起こせない",
    "じっちゃが田んぼでこけて動けねぇって電話きた",
    "夫がお風呂で立ち上がれなくなってる。声は出てる",
    "Help, my grandmother is on the floor and can't get up",
    # called and answering oddly
    "祖父に話しかけても返事がおかしい。さっきまで普通だったのに",
    "母が急に言ってることがおかしくなった",
    "名前を呼ぶと目はあけるけど、すぐにぼんやりしてしまう",
    "My neighbour doesn't answer me properly and his face looks grey",
    # breathing, allergy after food or a sting
    "子どもがエビを食べたら顔がパンパンに腫れて、咳き込んでる",
    "蜂に刺されたあと、じんましんが出て息が苦しそう",
    "むすめ たまご たべた くちびる はれて いきが ぜーぜー",
    "My son ate peanuts and now his lips are swollen",
    "エピペン打ったけど、まだ苦しそう",
    # choking, swallowed something
    "おばあちゃんがお餅をのどにつまらせた!",
    "孫がアメを詰まらせたみたいで顔が真っ赤",
    "1歳の子がボタン電池を飲み込んだかも",
    "My father is choking on his food",
    # seizures
    "娘の発作が5分以上止まらない",
    "てんかんの発作が起きてる、いつもより長い",
    # bleeding, a head injury
    "包丁で手を切って、血がダラダラ出てくる",
    "頭から血がいっぱい出てる",
    "じいちゃんが階段から落ちて頭を打った",
    "子どもがベッドから落ちて頭をぶつけて、そのあと何回も吐いてる",
    "Old man next door slipped on the steps, his head is bleeding a lot",
    # stroke signs
    "母のろれつがおかしい。右手にも力が入らないみたい",
    "父の顔の左側が垂れ下がってる",
    "夫が朝起きたら左の手足がしびれて動かないって",
    "脳梗塞かもしれない。祖母の言葉が出てこない",
    "じいちゃん ろれつ まわってない",
    "I think my mother is having a stroke",
    # heat illness
    "炎天下で畑仕事してた祖母が、めまいがして立てないって",
    "暑い部屋で祖父が汗もかいてなくて、呼んでも反応が鈍い",
    "熱中症かも。父が畑で動けなくなってる",
    # low blood sugar
    "夫がインスリンのあと冷や汗と震えが止まらない",
    "糖尿病の母の様子がおかしい。話しかけてもわけのわからないことを言う",
    # too much to drink
    "友達が一気飲みして、呼んでも起きない",
    "彼氏が泥酔して、揺すっても反応がない",
    "We were drinking and my friend passed out, he does not wake up",
    # a baby taken ill
    "新生児が半日おっぱいを飲まなくて、ぐったりしてる",
    "赤ちゃんの手足が冷たくて、泣き声も弱い",
    "生後1ヶ月、顔色が悪くて呼吸が速い",
    "The baby is limp and not feeding",
    # a child in a hot car
    "炎天下、ショッピングモールの車内に幼児が残されてる",
    # an older person who does not answer
    "斜め向かいのじいさま、玄関に新聞が4日分",
    "となりの ばあちゃん 4日も みかけない。ゆうびん いっぱい",
    "一人暮らしの父に昨日から何度電話しても出ない",
    "実家の母がきのうから電話に出ません。こんなこと初めて",
    "向かいのお年寄り、昼も夜も電気がつけっぱなしで、ここ3日姿を見ていない",
    "担当地区の高齢の男性宅、チラシがドアに挟まったまま",
    "ばあちゃん ひとりで すんでる。けさから なんかい でんわしても でない",
    "My elderly neighbour lives alone. Her mail is piling up and she doesn't answer the door",
]

HIGH = [
    # nothing to eat today
    "きょう たべるもの ない",
    "今日食べるもんが何もないんよ",
    "食べ物がもうない。子どもがお腹すいたって泣いてる",
    "財布に100円しかなくて、今日なにも食べてない",
    "gohan ga nai. okane mo nai",
    "We have no food at home and no money",
    "米が切れて、年金が入るまであと5日",
    "晩ご飯がない。子どもに食べさせるもんがない",
    "ミルク代もない。赤ちゃんがいるのに",
    "家には食べ物がほとんどないみたい",
    "よめが わしに めしを くれん",
    # utilities cut or cut on a date
    "電気代払えてなくて、明日止めるって連絡がきた",
    "水道局の通知に、期限までに払わないと給水停止とある",
    "でんき とまった。さむい",
    "The electricity was cut off today",
    "電気もガスも止まってる",
    # the home lost now
    "退去の期限が今日です",
    "不動産屋が来週カギを替えるそうです。家賃3か月ためてる",
    "今夜ねるところがない",
    "住む所ないです。どうしたらいい",
    "公園で寝泊まりしてる。もう3日",
    "I have nowhere to sleep",
    "neru tokoro ga nai",
    "The landlord said I must move out by tomorrow",
    # a relative missing
    "認知症の祖母が夕方から帰ってきません",
    "父が散歩に出たまま戻らない。認知症です",
    "おかあさん けさ でかけて もどらない。にんちしょう",
    "高校生の息子が昨日から帰ってない。電話もつながらない",
    "兄と1週間連絡がつかない。アパートにもいない",
    "弟が家を出たきり戻らない",
    "My husband has dementia and he is missing since this morning",
    # a dependant left with nobody
    "寝たきりの父を介護してた母が救急搬送されて、父が家で一人きり",
    "要介護4の祖母を置いて叔父が出て行った。誰も見る人がいない",
    # medicine gone, no money
    "インスリンがあと2日分しかない。お金がなくて病院に行けない",
    "薬が切れたけど、保険証がなくてもらいに行けない",
    "I ran out of insulin and can't afford more",
    # a birth near with no care
    "妊娠9か月だけど病院に行ってない。お金もない",
    "臨月なのに産む病院が決まってない",
    "予定日が来週なのに一度も健診を受けてない",
]

NONE = [
    # past emergencies that are over
    "息子が去年熱性けいれんを起こした。予防接種は受けられる?",
    "先週ひきつけを起こしましたが、今はもう元気です",
    "父が前に倒れて救急車で運ばれたけど、今は元気にしてます",
    # first-aid and prevention questions
    "AEDの講習を町内会で受けたい",
    "けいれんを起こしたときの対処法を教えてください",
    "熱中症対策の見守りはありますか",
    "応急手当の研修はどこでやってますか",
    # services and routine worries
    "一人暮らしの祖母に緊急通報装置をつけたい",
    "母が昼間一人で家にいるのが心配",
    "高齢の父、最近電話に出ないことが多い",
    "夫は脳梗塞の後遺症で右手が動かない。リハビリの相談をしたい",
    "風呂で立ち上がれないことがあるので手すりをつけたい",
    "寝たきりの母のおむつ代の補助はありますか",
    "インスリンの自己注射のやり方を教わりたい",
    "妊娠8か月です。両親学級はありますか",
    "赤ちゃんがミルクをあまり飲まない。量はどれくらいが普通?",
    # food, money, housing said without danger
    "子どもがご飯を食べてくれない",
    "お米が高くなって家計が苦しい",
    "電気代が高い",
    "新聞の配達を止めたい",
    "来月引っ越す予定で、退去の手続きを知りたい",
    "防犯のため玄関の鍵を替えたい",
    # family who come home late, or are far
    "息子が夜遅くまで帰ってこないのが心配",
    "実家に何年も帰ってない",
    # idioms and light troubles
    "転んで膝をすりむいた",
    "昨日は飲みすぎて、ろれつが回らないくらいだった",
    "お酒を飲みすぎる夫が心配",
]

# More ways of saying the same situations (other registers, dialects, English), one table per level.
EMERGENCY_MORE = [
    'おかんが台所でへたりこんで立たれへん',
    'うちのじいさん、便所で倒れとる。返事はするけど起きられん',
    'ばっちゃ ころんで おきあがれねえ',
    '母がトイレから出てこない。ノックしても返事がない',
    '祖母がベッドから落ちて床に寝たまま動けない',
    'The old lady next door fell in her garden and cannot stand up',
    '父 たおれた へんじ ない',
    'My father collapsed in the kitchen',
    '夫が急にうずくまって動かない',
    '母の息がゼーゼーしてて、唇が紫っぽい',
    '父が息ができないって胸をおさえてる',
    '子どもが息をするたびにヒューヒューいって苦しそう',
    "He can't breathe properly and his lips are blue",
    '父の口から水がこぼれて、左の手が上がらない',
    '母が急に箸を落とすようになって、言葉もおかしい',
    '祖父の顔がゆがんでて、しゃべりにくそう',
    '今朝から夫の右半身がしびれて、ろれつもあやしい',
    'おとんが急に片方の手足に力入らんって言うてる',
    'My husband suddenly cannot move his right arm and his speech is strange',
    '畑仕事から帰った父、体が熱くて意識がもうろうとしてる',
    'クーラーつけずに寝てた祖母がぐったりして呼んでも反応がない',
    '熱中症で倒れた。いま公園のベンチ',
    '低血糖で夫の意識がはっきりしない',
    '糖尿病の母がさっきから汗びっしょりで、話がかみ合わない',
    'そばを食べた娘が全身じんましんで、息が苦しいと言ってる',
    'ハチに刺されたあと顔がパンパンに腫れてきた',
    '息子が卵を食べたあと、唇が腫れて咳が止まらない',
    'じいちゃんがご飯をのどにつまらせて苦しそう',
    '赤ちゃんが何か飲み込んだみたいで息がおかしい',
    '孫が豆を喉に詰まらせた',
    '息子が全身けいれんしてる',
    '妻が突然けいれんを起こして、意識がない',
    '娘がひきつけを起こして白目をむいてる',
    "He is having a seizure and it won't stop",
    '転んで頭から血がでてる、止まらない',
    '階段から落ちた母が頭を打って、ぼーっとしてる',
    'じいちゃんが自転車でこけて頭打った。吐いてる',
    '父が脚立から落ちて頭から血。意識はある',
    '先輩が急性アルコール中毒っぽい。呼んでも反応ない',
    '彼が酔いつぶれて吐いたまま、揺すっても起きない',
    '赤ちゃんがぐったりして、おっぱいも飲まない',
    '生後3か月の子、熱が40度あってぐったり',
    '新生児の唇が紫で、呼吸が浅い',
    'The baby is very pale and not breathing well',
    'となりの一人暮らしのおばあさん、5日くらい新聞がたまってる',
    '向かいのじいちゃんち、ずっと電気がついたまま。もう3日見てない',
    '一人暮らしの叔母と昨日から連絡がとれない。電話も出ない',
    '父は一人で住んでいます。おとといから電話に出ません',
    '近所の80代の男性、ポストに郵便物があふれてて、呼んでも出てこない',
    '隣のお年寄りの部屋から変なにおい。何日も見かけてない',
    'ひとりぐらしの おじいさん しんぶん たまってる',
    '町内の独居のおばあちゃん、回覧板が止まったまま。インターホンにも出ない',
    '母に電話しても昨日からずっとつながらない。母は一人暮らしで持病がある',
    'The old man next door has not been seen for 4 days and his newspapers are piling up',
    '父を起こしても起きない。いびきがすごい',
    '夫が急に胸が痛いって言って冷や汗かいてる',
    '母がお腹の激痛で動けない',
    '3歳の息子が2階の窓から落ちた',
    '祖父が車にはねられた',
    '子どもが熱湯をかぶって、腕が真っ赤で水ぶくれ',
    '一人暮らしの母と昨日から連絡が取れない',
    '独り暮らしの叔父と連絡がつかない。心配',
    '隣のおばあちゃん、洗濯物がずっと干しっぱなしで、何日も見かけない',
    'おっと たおれた。うごかない。たすけて',
    'あかちゃん いき へん。ぐったり',
    'となりの おばあさん でてこない。しんぶん いっぱい',
    'Ojiisan ga taorete ugokanai',
    'My friend is sick, she is shaking and not answer',
    'Old lady in next room, no answer 3 days. Newspaper many',
    'My baby swallowed a coin, he cannot breathe',
    'Father fell down in bathroom, can not stand up',
    'kodomo ga keiren shiteru',
    'haha ga ishiki ga nai',
]

HIGH_MORE = [
    '冷蔵庫も米びつも空っぽ。今日の分もない',
    '今日のご飯が用意できない。子ども3人いる',
    'もう3日まともに食べてない。お金もない',
    'たべもの なにも ない。こども おなか すいた',
    '食べ物を買うお金がありません',
    'しょくりょう が ありません。たすけて',
    '明日からの食べ物がない',
    'Tabemono ga arimasen. Okane mo arimasen',
    'I have nothing to eat today',
    'お米がつきた。年金日まで1週間ある',
    'うちには食べるもんが何もありまへん',
    '晩飯がない。金もない',
    'きょうの ごはん ない',
    'ガス止められた。お湯が出ない',
    '電気が止まってて真っ暗',
    'あしたでんきがとまる',
    '今月中に払わないと電気を止めますって通知がきた',
    '水道代を払えなくて、給水停止の予告が来た',
    'My gas was cut off and I have small kids',
    "Water stopped because I couldn't pay",
    'ライフライン全部止まった',
    '電気止まりそう、明日が期限',
    '今週中に出ていけと言われた',
    '明日で部屋を出なきゃいけない。行く所がない',
    '鍵を勝手に替えられて家に入れない',
    '大家が部屋の鍵を交換した。荷物も中にある',
    'I was evicted today',
    '今日から寝るところがありません',
    '家がない。昨日から駅で夜を明かしてる',
    '住むとこなくなった',
    'ネットカフェ代もなくて、今夜は外で過ごすしかない',
    '河川敷で寝てる人がいる、寒そう',
    'I am sleeping in my car with my kids',
    '認知症の父が昼から帰ってこない。携帯も持ってない',
    '母が朝の散歩から戻りません。認知症です',
    'じいちゃんが朝からおらん。ボケとるけん心配',
    '祖母の姿が見当たりません。物忘れがひどい人です',
    '中3の娘が2日帰ってこない',
    '息子と3日間連絡がとれない。一人暮らし',
    '姉が4日前から行方がわからない',
    'おっと いなくなった。きのうから かえってこない',
    'My mother with dementia went out and did not come back',
    'My son has not come home for two days',
    '寝たきりの母を見ていた姉が急に入院して、母が一人',
    'ヘルパーです。介護していた息子さんが逮捕されて、寝たきりの利用者さんが一人きり',
    'インスリンが切れた。お金がなくて病院に行けない',
    '薬がなくなったけど、お金がなくてもらいに行けない',
    '透析のお金が払えなくて、行けていない',
    'Insulin is running out and I have no money',
    '妊娠8ヶ月、病院に一度も行ってない',
    'もうすぐ生まれるけど、産む病院がない',
    '臨月だけど保険証がなくて病院に行けてない',
    'I am 8 months pregnant and have never seen a doctor',
    '灯油が買えなくて、ストーブなしで凍えそう',
    '彼氏の部屋を出されて、知り合いのところを泊まり歩いてる',
    '娘が家を出ていって5日たつ。連絡もない',
    '母が入院して、認知症の父が家でひとりになってしまった',
    'わたし ベトナムじん です。いえに たべもの ありません',
    'でんき とまりました。あかちゃん います。さむい です',
    'ガス つかえない。おかね ない',
    'あしたから すむ ところ ない です',
    'おおやさん でていけ いいました。きょう',
    'Taberu mono ga nai. Kodomo ga naiteiru',
    'Denki ga tomatte imasu. Samui desu',
    'Ie ga nai. Kouen de nete imasu',
    'My son 15 years did not come home from yesterday',
    'I have no food and no money. Please help me',
    'No gas no electricity. Baby is cold',
    'Landlord changed the lock. My things are inside',
    'Kusuri ga nakunatta. Okane ga nai. Insulin',
    'I am pregnant 9 month. No hospital. No money',
]

NONE_MORE = [
    '去年、父が脳梗塞で倒れました。今はリハビリ中です',
    '昔、子どもがひきつけを起こしたことがある',
    '母は先月熱中症で入院したけど、もう退院して元気です',
    '夫が前に低血糖で倒れたことがあって、食事の相談をしたい',
    '2年前に頭を打ってから、物忘れが気になる',
    '普通救命講習の申し込み方法を教えて',
    '子どもの誤飲を防ぐにはどうしたらいい?',
    '餅をのどに詰まらせないための工夫を知りたい',
    '高齢者の熱中症予防のチラシがほしい',
    '心肺蘇生のやり方を教わる教室はありますか',
    'アレルギーのある子の給食の相談',
    '卵アレルギーで、食べると口が腫れる。除去食はできますか',
    'てんかんがある息子の就職の相談',
    '糖尿病の食事制限がつらい',
    'インスリン代が高くて家計が苦しい',
    '一人暮らしの父の見守りサービスはありますか',
    '母に毎日電話してるけど、最近出るのが遅い',
    '新聞配達の人が異変に気づく見守り協定ってなんですか',
    'ひとり暮らしの母、電話に出ないときはどうしたらいい?',
    '祖母の家の電気代が急に高くなった',
    '電気代の支払いを待ってもらえますか',
    'ガスの開栓の予約をしたい',
    '水道料金の口座振替の手続き',
    '来月で今のアパートを出て、娘の家に同居します',
    '更新のタイミングで引っ越しを考えている',
    '息子が最近遅くまで帰ってこない',
    '夫が出張で一週間帰らない',
    '姉とは何年も連絡をとっていない',
    '家出した猫が戻らない',
    '認知症の母を置いて仕事に行くのが不安',
    '寝たきりの父の介護で私が倒れそう',
    '赤ちゃんが夜泣きして眠れない',
    '赤ちゃんの顔色がいいか悪いか分からない',
    '妊娠7か月。出産準備金の制度を知りたい',
    '妊娠8ヶ月で、里帰り出産の予定です',
    '冷蔵庫が壊れた',
    'お米を安く買えるところ',
    '食べ物の好き嫌いが多い子',
    'ご飯がおいしくない',
    '父はお酒を飲むと寝てしまって起きない',
    '酔っぱらって階段でこけた。笑',
    'ポストにチラシがたくさん入るのが迷惑',
    '回覧板が回ってこない',
    '隣の人の顔を最近見かけないけど、引っ越したのかな',
    '近所のおじいさんの家の庭の草がすごい',
    '薬を飲み忘れることが多い',
    '薬代が高い。ジェネリックにしたい',
    '昨日、車にはねられそうになった',
    '3年前に車にはねられて足に障害が残った',
    'ベランダから落ちたら危ないので柵を高くしたい',
    '胸が痛くなることがあるので病院を紹介してほしい',
    'やけどの跡が残って気になる',
    '119番の仕組みを教えて',
    '母と連絡を取りたいけど、電話番号がわからない',
    '息子が家を出て3年、元気にしてるか気になる',
    '友達の家に泊まりに行っていい?',
]

LABELLED = [
    ("父が急に右手に力が入らなくなって、しゃべり方も変", "health_medical"),
    ("友達が飲みすぎて、揺すっても起きない", "health_medical"),
    ("生後2か月の赤ちゃんがミルクを飲まなくて、手足が冷たい", "child_family"),
    ("一人暮らしの父に昨日から何度電話しても出ない", "elderly_care"),
    ("きょう たべるもの ありません", "poverty_finance"),
    ("ガス会社から、来週止めますって手紙がきた", "poverty_finance"),
    ("住むとこない。どうしよう", "housing"),
    ("大家さんが家賃を払わないなら鍵を替えるって", "housing"),
    ("寝たきりの祖母をみていた叔母が倒れて、祖母が家に一人", "elderly_care"),
    ("インスリンがもうすぐ切れる。お金がないから病院に行けない", "health_medical"),
    ("妊娠8か月だけど、一度も病院に行ってない", "child_family"),
]


@pytest.mark.parametrize("text", EMERGENCY + EMERGENCY_MORE)
def test_life_emergency(text: str) -> None:
    result = classify(text)
    assert result.risk == "emergency", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", HIGH + HIGH_MORE)
def test_life_high(text: str) -> None:
    result = classify(text)
    assert result.risk in ("high", "emergency"), [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize("text", NONE + NONE_MORE)
def test_life_none(text: str) -> None:
    result = classify(text)
    assert result.risk == "none", [(e.label, e.text, e.term) for e in result.evidence]


@pytest.mark.parametrize(("text", "label"), LABELLED)
def test_life_concern_label(text: str, label: str) -> None:
    result = classify(text)
    assert label in result.intents, [(e.label, e.text, e.term) for e in result.evidence]
