"""The engine on a small fixture dictionary: views, boundaries, phrases, patterns, cancel, meta labels, loader, CLI."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from intents import Classification, Engine
from intents.check import check_directory
from intents.dictionary import load_dictionaries
from intents.labels import LABELS, META, RISKS

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "dicts"


@pytest.fixture(scope="module")
def engine() -> Engine:
    eng = Engine.from_directory(FIXTURES)
    assert eng.problems == []
    return eng


def how(result: Classification, label: str) -> set[str]:
    return {e.how for e in result.evidence if e.label == label}


@pytest.mark.parametrize(
    ("text", "label", "way"),
    [
        ("母の介護がたいへん", "elderly_care", "surface"),
        ("母のかいごがたいへん", "elderly_care", "reading"),  # hiragana meets the kanji term
        ("ｶｲｺﾞで疲れた", "elderly_care", "reading"),  # half-width katakana
        ("ヨウカイゴニンテイを受けたい", "elderly_care", "reading"),
        ("夜ねむれない", "mental_health", "reading"),
        ("最近眠れなくて", "mental_health", "lemma"),  # inflected form meets the dictionary form
        ("兄が引き篭もりで", "isolation_hikikomori", "norm"),  # another spelling, same word
        ("要介護認証ってどうやるの", "elderly_care", "fuzzy"),  # IME slip, one edit
        ("デイサーピスに行きたい", "elderly_care", "fuzzy"),  # ビ typed as ピ
        ("デイサビスに行きたい", "elderly_care", "reading"),  # a dropped long vowel does not matter
        ("ﾃﾞｲｻｰﾋﾞｽ", "elderly_care", "surface"),
        ("はろーわーくに行った", "employment", "reading"),
        ("SHIGOTO ga nai", "employment", "surface"),  # romaji, case folded
        ("同じことを何度も聞いてくる", "dementia", "phrase"),
        ("母がまたうちに帰れないと言う。物忘れもある", "dementia", "pattern"),
    ],
)
def test_a_term_is_found_in_each_view(engine: Engine, text: str, label: str, way: str) -> None:
    result = engine.classify(text)
    assert label in result.intents
    assert way in how(result, label)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("うつくしい景色", "mental_health"),  # うつ must not match inside another word
        ("shigotoya", "employment"),  # romaji matches whole words only
        ("介護の仕事をさがしています", "elderly_care"),  # cancel context
        ("生きたくない", "elderly_care"),  # nothing to do with the dictionary at all
        ("鍋", "dementia"),  # one part of a phrase is not the phrase
        ("焦がした鍋", "dementia"),  # parts out of order
        ("鍋を買ってきて、あとで料理に使ったら少し焦がした", "dementia"),  # parts too far apart
        ("年寄り", "elderly_care"),  # weak evidence alone stays below the threshold
        ("介獲", "elderly_care"),  # fuzzy never applies to short terms
    ],
)
def test_no_false_match(engine: Engine, text: str, label: str) -> None:
    assert label not in engine.classify(text).intents


def test_weak_evidence_adds_up(engine: Engine) -> None:
    result = engine.classify("うちの年寄りがぼけてきた")
    assert result.scores["elderly_care"] == 0.5
    assert "dementia" not in result.intents  # ぼけ 0.5 alone
    assert "dementia" in engine.classify("ぼけてきたのか、うちに帰れないと言う").intents  # 0.5 + 0.6


def test_also_gives_weight_to_another_label(engine: Engine) -> None:
    result = engine.classify("父の徘徊")
    assert result.scores["dementia"] == 1.0
    assert result.scores["elderly_care"] == 0.5
    assert {(e.label, e.how) for e in result.evidence} == {("dementia", "surface"), ("elderly_care", "also")}


def test_risk_entries_can_name_the_situation(engine: Engine) -> None:
    result = engine.classify("祖父が倒れて動かない")
    assert result.risk == "emergency" and result.intents == ["elderly_care"]


def test_also_respects_the_receiving_labels_cancel(engine: Engine) -> None:
    # elderly_care cancels 介護の仕事 (work, not care): what risk.yaml would give it there is dropped too
    result = engine.classify("来月で介護の仕事を失う")
    assert result.risk == "high"
    assert "elderly_care" not in result.scores


@pytest.mark.parametrize("text", ["たすけて、しにたい", "助けを求めたい。父が行方不明"])
def test_a_message_at_risk_is_never_out_of_scope(engine: Engine, text: str) -> None:
    result = engine.classify(text)
    assert result.risk != "none"
    assert "out_of_scope" not in result.intents and "greeting" not in result.intents
    assert result.intents == ["request_human"]  # nothing else recognised: a person is needed


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("睡眠薬をたくさん飲んだ", "emergency"),  # a part given as a word set, another as alternatives
        ("くすり ぜんぶ のんだ", "emergency"),  # alternatives with kanji meet kana by reading
        ("薬を飲んだ", "none"),  # every part is needed
        ("薬をたくさん買ってきて、週末に友だちと飲んだ", "none"),  # too far apart
        ("水道を止められた", "high"),  # a set taking in another set
        ("止められたのは電気とガス", "high"),  # ordered: false
        ("電気代を払って、明日は車を止められる所を探す", "none"),  # ... but still within 10 characters
    ],
)
def test_phrase_parts_with_alternatives_sets_and_any_order(engine: Engine, text: str, risk: str) -> None:
    assert engine.classify(text).risk == risk


def test_risk_and_sets_may_be_split_into_files(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    write(tmp_path, "sets_places.yaml", "sets:\n  high_place: [屋上, 橋の上, '@medicine']\n")
    write(
        tmp_path,
        "risk_places.yaml",
        """
        emergency:
          phrases: [{all: ["@high_place", [いる, います]], within: 8}]
        examples: {emergency: [いま屋上にいる]}
        """,
    )
    engine = Engine.from_directory(tmp_path)
    assert engine.problems == []
    assert engine.classify("いま橋の上にいます").risk == "emergency"  # the new file's rule
    assert engine.classify("もう死にたい").risk == "emergency"  # risk.yaml's rules still hold
    assert check_directory(tmp_path, require_all=False) == []  # both files' examples pass
    assert "いま屋上にいる" in engine.dictionaries.risk_examples["emergency"]
    write(tmp_path, "sets_more.yaml", "sets:\n  medicine: [薬]\n")
    write(tmp_path, "risk_more.yaml", "high:\n  threshold: 2\n  terms: [借金]\n")
    problems = "\n".join(load_dictionaries(tmp_path).problems)
    assert "set 'medicine' is already defined in sets.yaml" in problems
    assert "high.threshold 2.0 differs from risk.yaml's 1.0" in problems


def test_a_high_pattern_marked_not_emergency_also_cancels_emergency(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    write(
        tmp_path,
        "risk_elders.yaml",
        """
        emergency:
          terms: [あの世に行きたい]
        high:
          patterns: [{re: "叔父が口癖のように「[^」]*」とこぼす", not_emergency: true}]
        """,
    )
    engine = Engine.from_directory(tmp_path)
    assert engine.problems == []
    assert engine.classify("叔父が口癖のように「あの世に行きたい」とこぼす").risk == "high"
    assert engine.classify("今夜はもう、あの世に行きたい").risk == "emergency"  # elsewhere the term stands
    # A file of high rules only caps an emergency word of another file the same way.
    write(
        tmp_path,
        "risk_elders.yaml",
        'high:\n  patterns: [{re: "叔母が毎日「[^」]*」と言う", not_emergency: true}]\n',
    )
    write(tmp_path, "risk_wish.yaml", "emergency:\n  terms: [あの世に行きたい]\n")
    engine = Engine.from_directory(tmp_path)
    assert engine.problems == []
    assert engine.classify("叔母が毎日「あの世に行きたい」と言う").risk == "high"
    assert engine.classify("今夜はもう、あの世に行きたい").risk == "emergency"
    (tmp_path / "risk_wish.yaml").unlink()
    write(tmp_path, "risk_elders.yaml", 'high:\n  patterns: [{re: "毎日", not_emergency: yes please}]\n')
    problems = "\n".join(load_dictionaries(tmp_path).problems)
    assert "`not_emergency:` is `true` or absent" in problems
    write(tmp_path, "risk_elders.yaml", 'emergency:\n  patterns: [{re: "毎日", not_emergency: true}]\n')
    problems = "\n".join(load_dictionaries(tmp_path).problems)
    assert "unknown key" in problems and "not_emergency" in problems


def test_a_pattern_s_hit_group_is_its_evidence_and_what_a_cancel_must_overlap(tmp_path: Path) -> None:
    copy_fixtures(tmp_path)
    write(
        tmp_path,
        "risk_hits.yaml",
        r"""
        emergency:
          patterns:
            - {re: '^(?=[^\n]*(屋上|橋))[^\n]*?(?P<hit>飛び(たい|たくなる))'}
            - {re: '^(?=[^\n]*(屋上|橋))[^\n]*?川を見て(いる|る)'}
        cancel:
          - {re: '去年の話'}
          - {re: '^(?=[^\n]*ゲーム)[^\n]*?(?P<hit>ゲームで)'}
        """,
    )
    engine = Engine.from_directory(tmp_path)
    assert engine.problems == []
    result = engine.classify("去年の話はもういい。今、橋の上で飛びたくなる")
    assert result.risk == "emergency"
    [hit] = [e for e in result.evidence if e.label == "risk:emergency"]
    assert hit.text == "飛びたくなる"  # the hit group, not the whole message from its start
    # Without a hit group the match runs from the message's start and overlaps the cancel before it.
    assert engine.classify("去年の話はもういい。今、橋の上で川を見てる").risk == "none"
    assert engine.classify("今、橋の上で川を見てる").risk == "emergency"
    # A cancel context's hit group is all it rules out: the danger before it stands.
    assert engine.classify("屋上で飛びたくなる。ゲームでもそう").risk == "emergency"


def test_a_phrase_inside_another_of_its_label_counts_once(tmp_path: Path) -> None:
    write(
        tmp_path,
        "dementia.yaml",
        """
        label: dementia
        threshold: 1.5
        phrases: [{all: [鍋, 焦が]}, {all: [鍋を, 焦がし]}]
        """,
    )
    result = Engine.from_directory(tmp_path).classify("鍋を焦がした")
    assert result.scores["dementia"] == 1.0 and "dementia" not in result.intents


def test_a_term_counts_once_and_not_inside_a_longer_term_of_its_label(engine: Engine) -> None:
    result = engine.classify("介護、介護、介護")
    assert result.scores["elderly_care"] == 1.0
    result = engine.classify("要介護認定の申請")  # 介護 lies inside 要介護認定
    assert result.scores["elderly_care"] == 1.0


def test_cancel_drops_only_the_overlapping_match(engine: Engine) -> None:
    result = engine.classify("介護の仕事をしているが、家でも母の介護をしている")
    assert "elderly_care" in result.intents and "employment" in result.intents
    assert [e.start for e in result.evidence if e.label == "elderly_care"] == [17]


def test_evidence_points_into_the_normalized_text(engine: Engine) -> None:
    result = engine.classify("ＤＶではないけど、母のカイゴが")
    (ev,) = [e for e in result.evidence if e.label == "elderly_care"]
    assert (ev.text, ev.term, ev.how) == ("カイゴ", "介護", "reading")
    assert "dvではないけど、母のカイゴが"[ev.start : ev.end] == "カイゴ"


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("こんにちは", ["greeting"]),
        ("こんにちは、仕事がなくて困っています", ["employment"]),  # greeting drops beside a concern
        ("こんにちは。住民票がほしい", ["out_of_scope"]),
        ("今日はいい天気", ["out_of_scope"]),  # nothing fits
        ("", ["out_of_scope"]),
        ("相談員と話したい", ["request_human"]),
        ("仕事のことで相談員と話したい", ["employment", "request_human"]),
        ("住民票のことで相談員と話したい", ["request_human"]),
    ],
)
def test_meta_labels(engine: Engine, text: str, intents: list[str]) -> None:
    assert sorted(engine.classify(text).intents) == sorted(intents)


def test_most_confident_first(engine: Engine) -> None:
    result = engine.classify("物忘れがひどく、認知症かもしれない。仕事も休んだ")
    assert result.intents == ["dementia", "employment"]
    assert result.concerns == ["dementia", "employment"]


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("もう死にたい", "emergency"),
        ("シニタイ", "emergency"),
        ("死にたくてたまらない", "emergency"),
        ("I want to die", "emergency"),
        ("今殴られてる", "emergency"),
        ("父が行方不明", "high"),
        ("死ぬほどお腹すいた", "none"),
        ("死ぬほどお腹すいた。もう死にたい", "emergency"),  # the idiom cancels only itself
        ("介護の仕事、もう死にたい", "emergency"),  # a label's cancel never lowers risk
    ],
)
def test_risk(engine: Engine, text: str, risk: str) -> None:
    assert engine.classify(text).risk == risk


def test_result_shape(engine: Engine) -> None:
    result = engine.classify("母のかいご。しにたい")
    data = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert data["intents"] == ["elderly_care"] and data["risk"] == "emergency"
    assert data["concerns"] == ["elderly_care"]
    assert {e["label"] for e in data["evidence"]} == {"elderly_care", "risk:emergency"}
    assert set(data["evidence"][0]) == {"label", "text", "term", "how", "weight", "start", "end"}
    assert data["version"] == engine.version and len(engine.version) == 12
    with pytest.raises(AttributeError):
        result.risk = "none"  # type: ignore[misc]  # frozen: a stored result cannot be altered


def test_non_str_is_refused_clearly(engine: Engine) -> None:
    with pytest.raises(TypeError, match="takes a str"):
        engine.classify(None)  # type: ignore[arg-type]


# -- loader and checks ---------------------------------------------------------------------------------


def write(directory: Path, name: str, body: str) -> None:
    (directory / name).write_text(textwrap.dedent(body), encoding="utf-8")


def copy_fixtures(directory: Path) -> None:
    """The fixture dictionaries, copied where a test adds files of its own beside them."""
    for path in FIXTURES.glob("*.yaml"):
        (directory / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")


def test_check_reports_every_kind_of_problem(tmp_path: Path) -> None:
    write(
        tmp_path,
        "dementia.yaml",
        """
        label: dementia
        terms: [認知症, {t: 物忘れ, weight: 2}, {t: 忘, fuzzy: true}]
        patterns: [{re: "(家に帰"}, {re: "a*"}]
        phrases: [{all: [同じ]}, {all: ["@nowhere", 鍋]}, {all: [[], 鍋]}, {all: [鍋, 火], ordered: maybe}]
        examples: {match: [今日は晴れ], no_match: [認知症の母]}
        colour: blue
        """,
    )
    write(tmp_path, "carer.yaml", "label: elderly_care\nterms: [介護疲れ, 認知症]\n")
    write(tmp_path, "nonsense.yaml", "label: nonsense\n")
    write(tmp_path, "sets.yaml", "sets:\n  fire: [火, '@smoke', '@fire']\n  smoke: []\n  9bad: [x]\n")
    write(tmp_path, "broken.yaml", "label: [unclosed\n")
    problems = "\n".join(check_directory(tmp_path))
    for expected in [
        "unknown keys ['colour']",
        "unknown keys ['weight']",
        "fuzzy needs a term of at least 3",
        "malformed regular expression '(家に帰'",
        "matches empty text",
        "a phrase needs `all:` with two or more parts",
        "a known @set (['@nowhere', '鍋'])",
        "a list of them, or a known @set ([[], '鍋'])",
        "ordered: true or false",
        "sets.fire: '@fire' includes itself",
        "sets.smoke is empty",
        "set name '9bad' must be a plain identifier",
        "example '今日は晴れ' should get dementia",
        "example '認知症の母' should NOT get dementia",
        "label 'elderly_care' differs from the file name 'carer'",
        "'nonsense' is not a taxonomy label",
        "broken.yaml: not valid YAML",
        "term '認知症' is claimed by dementia, elderly_care",
        "greeting.yaml: missing",
        "risk.yaml: missing",
    ]:
        assert expected in problems


def test_also_settles_a_shared_term(tmp_path: Path) -> None:
    write(
        tmp_path,
        "dementia.yaml",
        "label: dementia\nterms: [{t: 認知症カフェ, also: {community_participation: 1}}]\n",
    )
    write(tmp_path, "community_participation.yaml", "label: community_participation\nterms: [認知症カフェ]\n")
    assert check_directory(tmp_path, require_all=False) == []


def test_a_bad_entry_does_not_stop_classification(tmp_path: Path) -> None:
    write(tmp_path, "dementia.yaml", 'label: dementia\nterms: [物忘れ]\npatterns: [{re: "(("}]\n')
    eng = Engine.from_directory(tmp_path)
    assert eng.problems and eng.classify("物忘れ").intents == ["dementia"]


def test_fixture_directory_is_clean() -> None:
    assert check_directory(FIXTURES, require_all=False) == []


# -- the tsunagu commands ------------------------------------------------------------------------------


def test_cli_classify_prints_labels_risk_and_evidence() -> None:
    from bot.cli import main

    result = CliRunner().invoke(main, ["classify", "--dir", str(FIXTURES), "母のかいごで、しにたい"])
    assert result.exit_code == 0, result.output
    assert "labels: elderly_care" in result.output
    assert "risk:   emergency" in result.output
    assert "'かいご'" in result.output and "介護 (reading, 1)" in result.output


def test_cli_classify_json_from_stdin() -> None:
    from bot.cli import main

    result = CliRunner().invoke(
        main, ["classify", "--json", "--dir", str(FIXTURES)], input="物忘れ\nこんにちは\n"
    )
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [line["intents"] for line in lines] == [["dementia"], ["greeting"]]


def test_cli_dict_check_exit_codes(tmp_path: Path) -> None:
    from bot.cli import main

    ok = CliRunner().invoke(main, ["dict", "check", "--partial", "--dir", str(FIXTURES)])
    assert ok.exit_code == 0 and "dictionaries OK" in ok.output
    write(tmp_path, "dementia.yaml", 'label: dementia\npatterns: [{re: "(("}]\n')
    bad = CliRunner().invoke(main, ["dict", "check", "--partial", "--dir", str(tmp_path)])
    assert bad.exit_code == 1 and "malformed regular expression" in bad.output


def test_cli_console_answers_each_line() -> None:
    from bot.cli import main

    result = CliRunner().invoke(main, ["console", "--dir", str(FIXTURES)], input="物忘れ\nこんにちは\n\n")
    assert result.exit_code == 0
    assert "labels: dementia" in result.output and "labels: greeting" in result.output


def test_every_label_and_risk_value_is_known(engine: Engine) -> None:
    result = engine.classify("仕事。物忘れ。死にたい。こんにちは")
    assert set(result.intents) <= set(LABELS) and result.risk in RISKS
    assert not (set(result.intents) & set(META) - {"request_human"})


def test_a_pattern_that_parses_but_cannot_compile(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    # a variable-width look-behind passes the parser and fails only when compiled
    write(tmp_path, "dementia.yaml", 'label: dementia\nterms: [物忘れ]\npatterns: [{re: "(?<=(ab|c))x"}]\n')
    eng = Engine.from_directory(tmp_path)  # patterns compile on first use
    with caplog.at_level("WARNING", logger="intents.dictionary"):
        assert eng.classify("abx 物忘れ").intents == ["dementia"]
    assert "does not compile" in caplog.text
    assert any("malformed regular expression" in p for p in check_directory(tmp_path, require_all=False))


def test_a_term_listed_twice_by_one_label_is_reported(tmp_path: Path) -> None:
    # two entries for one word leave its weight to the order they are read in; a risk level's files count as one
    write(
        tmp_path, "dementia.yaml", "label: dementia\nterms: [物忘れ, {t: ぼけてきた, w: 0.5}, ボケてきた]\n"
    )
    write(tmp_path, "risk.yaml", "emergency:\n  terms: [死にたい]\nhigh: {}\n")
    write(tmp_path, "risk_more.yaml", "emergency:\n  terms: [しにたい, 消えたい]\n")
    problems = check_directory(tmp_path, require_all=False)
    assert (
        "term 'ぼけてきた' is listed twice for dementia: keep one entry" not in problems
    )  # kana and katakana differ
    assert "term '物忘れ' is listed twice for dementia: keep one entry" not in problems
    write(
        tmp_path, "dementia.yaml", "label: dementia\nterms: [物忘れ, {t: ボケてきた, w: 0.5}, ボケてきた]\n"
    )
    write(tmp_path, "risk_more.yaml", "emergency:\n  terms: [死にたい, 消えたい]\n")
    problems = check_directory(tmp_path, require_all=False)
    assert "term 'ボケてきた' is listed twice for dementia: keep one entry" in problems
    assert "term '死にたい' is listed twice for risk:emergency: keep one entry" in problems


def test_a_pattern_written_in_characters_normalization_changes_is_reported(tmp_path: Path) -> None:
    # patterns run on the normalized text (NFKC, lower case): a full-width mark or an upper-case letter in a
    # pattern can never match, which only a check can tell (a pattern written （笑） silently missed 「(笑)」)
    write(
        tmp_path,
        "abuse_violence.yaml",
        "label: abuse_violence\nterms: [暴力]\npatterns: [{re: 'ＤＶ|夫が怖い[！？]'}, {re: '(?P<hit>\\S+)が\\W'}]\n",
    )
    problems = [p for p in check_directory(tmp_path, require_all=False) if "never occur" in p]
    assert len(problems) == 1 and "'ＤＶ！？'" in problems[0] and "patterns[0]" in problems[0]
    eng = Engine.from_directory(tmp_path)
    assert eng.classify("夫が怖い！").intents != [
        "abuse_violence"
    ]  # normalized to 夫が怖い!, which [！？] never meets


def test_a_kana_term_misread_by_sudachi_gets_no_lemma_entry() -> None:
    # しのう is read as し(lemma き) + のう, whose dictionary forms spell きのう ('yesterday')
    from intents import classify

    assert classify("きのうから水道が出ない").risk != "emergency"
    assert classify("きのうは雨だった").risk == "none"
    assert classify("もうしのう").risk == "emergency"


def _with_risk_file(tmp_path: Path, body: str) -> Engine:
    copy_fixtures(tmp_path)
    write(tmp_path, "risk_more.yaml", body)
    engine = Engine.from_directory(tmp_path)
    assert engine.problems == []
    return engine


def test_a_message_in_katakana_alone_is_also_read_as_hiragana(tmp_path: Path) -> None:
    engine = _with_risk_file(tmp_path, "emergency:\n  patterns: [{re: 'ころされる'}]\n")
    result = engine.classify("ｺﾛｻﾚﾙ ﾀｽｹﾃ")  # half-width, as some phones send it
    assert result.risk == "emergency"
    (ev,) = [e for e in result.evidence if e.label == "risk:emergency"]
    assert (ev.text, ev.how) == ("コロサレル", "pattern")  # quoted as written (NFKC), not as converted
    assert engine.classify("ころされる").risk == "emergency"
    # Katakana words inside Japanese written otherwise are not converted: the pattern is in hiragana only.
    assert engine.classify("コロサレルかも").risk == "none"


def test_a_cancel_context_found_in_either_reading_of_a_katakana_message_holds_for_both(
    tmp_path: Path,
) -> None:
    # The term matches the katakana as written (by its reading); the cancel context is written in hiragana,
    # so only the hiragana reading finds it. It still rules the term out, as it would in hiragana.
    engine = _with_risk_file(
        tmp_path, "emergency:\n  terms: [生きたくない]\n  cancel: [{re: 'がっこう\\s?いきたくない'}]\n"
    )
    expected = {
        "イキタクナイ": "emergency",
        "いきたくない": "emergency",
        "がっこう いきたくない": "none",
        "ガッコウ イキタクナイ": "none",
        "ｶﾞｯｺｳ ｲｷﾀｸﾅｲ": "none",
    }
    assert {text: engine.classify(text).risk for text in expected} == expected


def test_phrase_parts_in_latin_script_match_whole_words(tmp_path: Path) -> None:
    engine = _with_risk_file(
        tmp_path, "emergency:\n  phrases: [{all: [[hit, hits], [now, right now]], within: 30}]\n"
    )
    expected = {
        "he hits me now": "emergency",
        "he hit me right now": "emergency",
        "he hits me, I don't know why": "none",  # "now" inside "know"
        "white snow now": "none",  # "hit" inside "white"
    }
    assert {text: engine.classify(text).risk for text in expected} == expected


def test_kana_typed_with_spaces_between_words_is_also_read_without_them(tmp_path: Path) -> None:
    engine = _with_risk_file(
        tmp_path,
        "emergency:\n  patterns: [{re: 'うずくまって(いる|います)'}]\n  cancel: [{re: 'ゆめで.{0,8}うずくま'}]\n",
    )
    text = "うちの ねこが こたつで うずくまって います"
    result = engine.classify(text)
    assert result.risk == "emergency"
    (ev,) = [e for e in result.evidence if e.label == "risk:emergency"]
    # quoted from the message as written, spaces and all, at its place there
    assert (ev.text, ev.start, ev.end) == ("うずくまって います", text.index("うずく"), len(text))
    assert engine.classify("うちの ねこが こたつで うずくまっています").risk == "emergency"
    # a cancel context found in one reading holds for both: ゆめ で … is ゆめで… once the spaces are out
    assert engine.classify("ゆめ で ねこが うずくまって います").risk == "none"
    # not mostly kana, or too few words: read as written only
    assert engine.classify("猫が 炬燵で 蹲って います").risk == "none"
    assert engine.classify("うずくまって います").risk == "none"
