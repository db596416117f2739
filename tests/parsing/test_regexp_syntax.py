"""22.2.1 pattern early errors: validate_pattern against tables checked with node, test262, fuzz."""
from __future__ import annotations

import json
import os
import random
import re
import subprocess

import pytest

from scopejs.parsing.regexp_syntax import (BackReference, CharClass, Group, Quantifier,
                                           RegExpSyntaxError, parse_pattern, validate_pattern)
from tests.conftest import NODE

# (pattern, flags, V8's short message or None when valid) -- generated with node v20.
CASES = [
    ('(', '', 'Unterminated group'),
    ('(', 'g', 'Unterminated group'),
    (')', '', "Unmatched ')'"),
    ('a**', '', 'Nothing to repeat'),
    ('*', '', 'Nothing to repeat'),
    ('a{2,1}', '', 'numbers out of order in {} quantifier'),
    ('{', '', None),
    ('{', 'u', 'Lone quantifier brackets'),
    ('}', 'u', 'Lone quantifier brackets'),
    (']', 'u', 'Lone quantifier brackets'),
    ('a{', 'u', 'Incomplete quantifier'),
    ('a{1', 'u', 'Incomplete quantifier'),
    ('\\', '', '\\ at end of pattern'),
    ('\\c', 'u', 'Invalid Unicode escape'),
    ('\\q', 'u', 'Invalid escape'),
    ('\\2(a)', 'u', 'Invalid escape'),
    ('\\00', 'u', 'Invalid decimal escape'),
    ('\\k<a>', '', None),
    ('\\k<a>(?<b>x)', '', 'Invalid named capture referenced'),
    ('\\k', 'u', 'Invalid named reference'),
    ('(?<a>x)(?<a>y)', '', 'Duplicate capture group name'),
    ('(?<1>x)', '', 'Invalid capture group name'),
    ('(?x)', '', 'Invalid group'),
    ('(?i:a)', '', None),                        # ES2025 modifiers (node 20: Invalid group)
    ('(?<=a)*', '', 'Invalid quantifier'),
    ('(?=a)*', 'u', 'Invalid quantifier'),
    ('^*', '', 'Nothing to repeat'),
    ('\\b+', '', 'Nothing to repeat'),
    ('[b-a]', '', 'Range out of order in character class'),
    ('[\\d-a]', 'u', 'Invalid character class'),
    ('[a', '', 'Unterminated character class'),
    ('\\p{Foo}', 'u', 'Invalid property name'),
    ('[\\p{Foo}]', 'u', 'Invalid property name in character class'),
    ('\\p{Script=Foo}', 'u', 'Invalid property name'),
    ('\\u{110000}', 'u', 'Invalid Unicode escape'),
    ('\\u{', 'u', 'Invalid Unicode escape'),
    ('\\x1', 'u', 'Invalid escape'),
    ('\\ua', 'u', 'Invalid Unicode escape'),
    ('(?<a', '', 'Invalid capture group name'),
    ('(?<a>', '', 'Unterminated group'),
    ('\\k<b>(?<a>x)', '', 'Invalid named capture referenced'),
    ('\\k<a', '', None),
    ('(?<=x)+', 'u', 'Invalid quantifier'),
    ('x{99999999999999999}', '', None),
    ('\\1', '', None),
    ('\\8', 'u', 'Invalid escape'),
    ('[\\1]', 'u', 'Invalid class escape'),
    ('[\\c]', 'u', 'Invalid Unicode escape'),
    ('\\-', 'u', 'Invalid escape'),
    ('[\\-]', 'u', None),
    ('\\p{L}', '', None),
    ('\\P', 'u', 'Invalid property name'),
    ('\\p{', 'u', 'Invalid property name'),
    ('(?:', '', 'Unterminated group'),
    ('a|*', '', 'Nothing to repeat'),
    ('a{1}{2}', '', 'Nothing to repeat'),
    ('a??+', '', 'Nothing to repeat'),
    ('(?<𝒜>.)', 'u', None),
    ('(?<\\u{1d49c}>.)', '', None),
    ('[z-a]', 'u', 'Range out of order in character class'),
    ('\\c0', 'u', 'Invalid Unicode escape'),
    ('(?<a>a)\\k', 'u', 'Invalid named reference'),
    ('(?<a>a)\\k<b>', '', 'Invalid named capture referenced'),
    ('\\k<a>', '', None),
    ('[\\00]', 'u', 'Invalid class escape'),
    ('[\\k]', '', None),
    ('[\\k](?<a>.)', '', 'Invalid escape'),
    ('\\k(?<a>.)', '', 'Invalid named reference'),
    ('[\\B]', 'u', 'Invalid escape'),
    ('[\\B]', '', None),
    ('{1}', 'u', 'Nothing to repeat'),
    ('{1}', '', 'Nothing to repeat'),
    ('^{1}', '', 'Nothing to repeat'),
    ('^{', '', None),
    ('(?<=a){1}', '', 'Invalid quantifier'),
    ('(?=a){1}', '', None),
    ('a{,5}', '', None),
    ('a{,5}', 'u', 'Incomplete quantifier'),
    ('x{2,1}', 'u', 'numbers out of order in {} quantifier'),
    ('[\\p{L}-z]', 'u', 'Invalid character class'),
    ('[a-\\d]', '', None),
    ('\\p{L}', 'u', None),
    ('((((a))))', '', None),
    ('\\u{1F600}', 'u', None),
    ('(?<a>)|(?<a>)', '', None),                 # ES2025 duplicate named groups
    ('[\\c_]', '', None),
    ('[\\c]', '', None),
    ('\\c_', '', None),
    ('\\u{12}', '', None),
    ('[\\u{12}]', 'u', None),
    ('[\\u{110000}]', 'u', 'Invalid Unicode escape'),
    ('\\ud800\\udc00', 'u', None),
    ('(?<$>.)', '', None),
    ('(?<a\\u0062>.)\\k<ab>', '', None),
    ('(?<\\ud835\\udc9c>.)', 'u', None),
    ('[]', '', None),
    ('[^]', '', None),
    ('\\b*', 'u', 'Nothing to repeat'),
    ('(?!a)+', '', None),
    ('a{1,2}?', '', None),
    ('a{2}{', '', None),
    ('\\0', 'u', None),
    ('\\01', 'u', 'Invalid decimal escape'),
    ('\\01', '', None),
    ('[\\01]', 'u', 'Invalid class escape'),
    ('\\09', '', None),
    ('\\p{Script_Extensions=Latin}', 'u', None),
    ('\\p{ASCII=Y}', 'u', 'Invalid property name'),
    ('\\p{General_Category}', 'u', 'Invalid property name'),
    ('\\k<a>', 'u', 'Invalid named capture referenced'),    ("a{1,2}b", "", None),
    ("[\\b]", "u", None),
    ("\\u{10FFFF}", "u", None),
    ("(?<a>.)\\k<a>", "u", None),
    ("\\k<a>(?<a>.)", "", None),
    ("[\\w-a]", "", None),
    ("\\cj", "", None),
    ("\\p{Script_Extensions=Greek}", "u", None),
    ("\\p{Lu}", "", None),
]


@pytest.mark.parametrize("pattern,flags,expected", CASES)
def test_validate_table(pattern, flags, expected):
    result = validate_pattern(pattern, flags)
    if expected is None:
        assert result is None
    else:
        assert result == f"Invalid regular expression: /{pattern}/{flags}: {expected}"


@pytest.mark.parametrize("flags", ["gg", "uv", "vu", "x", "gimsuyd!", "uu", "vv"])
def test_invalid_flags(flags):
    assert validate_pattern("a", flags) == "Invalid regular expression flags"


def test_all_valid_flags():
    assert validate_pattern("a", "dgimsuy") is None
    assert validate_pattern("a", "dgimsvy") is None


def test_ast_shapes():
    pattern = parse_pattern("(a)(?<n>b)*\\k<n>\\1[^x-z\\d]", "")
    assert pattern.group_count == 2 and pattern.group_names == {"n": (2,)}
    terms = pattern.body.alternatives[0]
    assert isinstance(terms[0], Group) and terms[0].index == 1
    assert isinstance(terms[1], Quantifier) and terms[1].first_group == 2
    assert terms[1].group_count == 1 and terms[1].max is None
    assert isinstance(terms[2], BackReference) and terms[2].indices == (2,)
    assert isinstance(terms[3], BackReference) and terms[3].indices == (1,)
    assert isinstance(terms[4], CharClass) and terms[4].negated and terms[4].ranges == [(120, 122)]


def test_annex_b_octal_and_identity_escapes():
    terms = parse_pattern("\\18\\8[\\1]\\c", "").body.alternatives[0]
    assert [t.value for t in terms[:3]] == [1, ord("8"), ord("8")]
    assert terms[3].ranges == [(1, 1)]
    assert [t.value for t in terms[4:]] == [ord("\\"), ord("c")]


def test_surrogate_pairs_are_one_character_with_u():
    assert parse_pattern("\ud83d\ude00", "u").body.alternatives[0][0].value == 0x1F600
    assert len(parse_pattern("\ud83d\ude00", "").body.alternatives[0]) == 2
    assert parse_pattern("\\uD83D\\uDE00", "u").body.alternatives[0][0].value == 0x1F600


def test_deep_nesting_is_an_error_not_a_crash():
    message = validate_pattern("(" * 5000 + ")" * 5000, "")
    assert message is not None and "too large" in message
    with pytest.raises(RegExpSyntaxError):
        parse_pattern("(" * 5000, "")


# --- differential fuzz against node -------------------------------------------------------------

TOKENS = ["a", "(", ")", "(?:", "(?=", "(?<=", "(?<!", "(?<n>", "\\k<n>", "\\k", "\\1", "\\0",
          "\\01", "\\8", "[", "]", "[^", "-", "\\d", "\\b", "*", "+", "?", "{", "}", "{1}",
          "{2,1}", "{1,2}", "|", "^", "$", ".", "\\c", "\\c1", "\\x4", "\\u0041", "\\u{41}",
          "\\ud800", "\\p{L}", "\\p{Foo}", "\\-", "\\q", "\ud83d\ude00", "\\", "\\uD83D\\uDE00"]


def _node_verdicts(node_path, cases):
    """node's `new RegExp(p, f)` for each [p, f]: null when valid, else the error message."""
    script = ("const c=JSON.parse(require('fs').readFileSync(0,'utf8'));process.stdout.write("
              "JSON.stringify(c.map(([p,f])=>{try{new RegExp(p,f);return null}catch(e)"
              "{return e.message}})))")
    out = subprocess.run([node_path, "-e", script], input=json.dumps(cases),
                         capture_output=True, text=True, timeout=60).stdout
    return json.loads(out)


def test_fuzz_matches_node(node_path):
    rng = random.Random(20231)
    cases = []
    for _ in range(1500):
        text = "".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 6)))
        cases.append([text, rng.choice(["", "u", "i", "iu"])])
    mismatches = []
    for (text, flags), expected in zip(cases, _node_verdicts(node_path, cases)):
        if text.count("(?<n>") > 1 and expected == "Duplicate capture group name":
            continue    # ES2025 allows a name again in another alternative; node 20 does not
        mine = validate_pattern(text, flags)
        if mine is not None:
            mine = mine.encode("utf-16", "surrogatepass").decode("utf-16")
        if mine != expected:
            mismatches.append((text, flags, expected, mine))
    assert mismatches == []


# --- test262: negative regexp literal tests must be rejected ------------------------------------

T262 = "/work/t262/test/language/literals/regexp"
_LITERAL = re.compile(r"(?<![\w)\]])/((?:[^/\\\[\n*]|\\.|\[(?:[^\]\\\n]|\\.)*\])"
                      r"(?:[^/\\\[\n]|\\.|\[(?:[^\]\\\n]|\\.)*\])*)/([a-zA-Z]*)")


def _negative_literals():
    if not os.path.isdir(T262):
        return []
    found = []
    for root, _dirs, files in os.walk(T262):
        for name in sorted(files):
            path = os.path.join(root, name)
            text = open(path, encoding="utf-8").read()
            if not re.search(r"negative:\s*\n\s*phase: parse", text):
                continue
            if "unicode-escape" in name:
                # escaped flags (/./\u0067) are the scanner's early error, not the pattern's
                continue
            body = re.sub(r"//[^\n]*", "", text.split("$DONOTEVALUATE();", 1)[-1])
            literals = [lit for lit in _LITERAL.findall(body)
                        if not re.search("[\u2028\u2029\\n]", lit[0]) and "\\" not in lit[1]]
            if literals:
                found.append((name, literals))
    return found


def test_test262_negative_literals_rejected():
    cases = _negative_literals()
    if not cases:
        pytest.skip("test262 not available")
    accepted = [(name, lits) for name, lits in cases
                if all(validate_pattern(p, f) is None for p, f in lits)]
    assert accepted == []
    assert len(cases) > 75


def test_group_names_are_utf16_strings():
    assert parse_pattern("(?<\ud835\udc9c>.)", "u").group_names == {"\ud835\udc9c": (1,)}
    assert parse_pattern("(?<\\u{1d49c}>.)", "").group_names == {"\ud835\udc9c": (1,)}
    assert parse_pattern("(?<a\\u0062>.)", "").group_names == {"ab": (1,)}


# --- ES2025: duplicate named groups and pattern modifiers (node 20 has neither) -----------------

ES2025_CASES = [
    ("(?<a>x)|(?<a>y)", None),
    ("(?:(?<a>x)|(?<a>y))\\k<a>", None),
    ("((?<a>x)|(?<b>y))|(?<a>z)", None),
    ("(?<a>x)(?<a>y)", "Duplicate capture group name"),
    ("(?:(?<a>x)|(?<a>y))(?<a>z)", "Duplicate capture group name"),
    ("(?<a>x)((?<a>y)|z)", "Duplicate capture group name"),
    ("(?<a>(?<a>x)|y)", "Duplicate capture group name"),
    ("(?i:a)", None), ("(?-i:a)", None), ("(?i-:a)", None), ("(?ms-i:a)", None),
    ("(?-:a)", "Invalid group"), ("(?ii:a)", "Repeated flag in group"),
    ("(?i-i:a)", "Repeated flag in group"), ("(?m-sm:a)", "Repeated flag in group"),
    ("(?x:a)", "Invalid group"), ("(?I:a)", "Invalid group"), ("(?i)", "Invalid group"),
    ("(?u:a)", "Invalid group"), ("(?i-:", "Unterminated group"),
]


@pytest.mark.parametrize("pattern,expected", ES2025_CASES)
def test_es2025_group_early_errors(pattern, expected):
    message = validate_pattern(pattern, "")
    assert (None if message is None else message.rsplit(": ", 1)[1]) == expected


def test_duplicate_names_map_to_every_group():
    pattern = parse_pattern("(?<a>x)|(?<b>y)|(?<a>z)\\k<a>", "")
    assert pattern.group_names == {"a": (1, 3), "b": (2,)}
    ref = pattern.body.alternatives[2][1]
    assert isinstance(ref, BackReference) and ref.indices == (1, 3)


# --- ES2024 v flag: class set syntax and early errors, fuzzed against node (node 20 has v) ------

V_TOKENS = ["a", "b", "z", "[", "]", "[^", "-", "--", "&&", "&", "\\q{", "}", "|", "\\q{ab|c}",
            "\\d", "\\P{L}", "\\p{Lu}", "\\p{RGI_Emoji}", "\\P{RGI_Emoji}", "!!", "(", ")", "{",
            "\\-", "\\&", "\\b", "\\x41", "\\u{1F600}", "\ud83d\ude00", "^", "\\", "\\1", "/",
            ".", "*", "a-z", "(?<n>", "\\k<n>", "\\p{Basic_Emoji}", "\\q{}", "~~", "\\~"]


def test_v_flag_fuzz_matches_node(node_path):
    rng = random.Random(2024)
    cases = []
    for _ in range(2000):
        text = "".join(rng.choice(V_TOKENS) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.7:
            text = "[" + text + "]"
        cases.append([text, rng.choice(["v", "vi"])])
    mismatches = []
    for (text, flags), expected in zip(cases, _node_verdicts(node_path, cases)):
        mine = validate_pattern(text, flags)
        if mine is not None:
            mine = mine.encode("utf-16", "surrogatepass").decode("utf-16")
        if (mine is None) != (expected is None):
            mismatches.append((text, flags, expected, mine))
    assert mismatches == []


def test_error_message_flags_in_canonical_order():
    # node: new RegExp("(", "vi") -> "Invalid regular expression: /(/iv: Unterminated group"
    assert validate_pattern("(", "vi") == "Invalid regular expression: /(/iv: Unterminated group"
    assert validate_pattern("(", "yg") == "Invalid regular expression: /(/gy: Unterminated group"
