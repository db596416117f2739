"""22.2.2 matcher: exec results checked with node, fast path (Python re) vs closure matcher."""
from __future__ import annotations

import json
import random
import subprocess

import pytest

from scopejs.parsing.regexp_syntax import validate_pattern
from scopejs.runtime.regexp import (RegExpStackOverflow, RegExpTimeout, compile_pattern)

# (pattern, flags, subject, node's exec result [index, match, groups...] or None)
CASES = [
    ('a(b)?c', '', 'xxacabc', [2, 'ac', None]),
    ('(a)|b', '', 'b', [0, 'b', None]),
    ('(?:(a)|b)+', '', 'ab', [0, 'ab', None]),
    ('(z)((a+)?(b+)?(c))*', '', 'zaacbbbcac', [0, 'zaacbbbcac', 'z', 'ac', 'a', None, 'c']),
    ('(?<=\\$)\\d+(\\.\\d*)?', '', 'cost $10.53', [6, '10.53', '.53']),
    ('(?<=(\\d+)(\\d+))$', '', '1053', [4, '', '1', '053']),
    ('(?<=\\1(a))b', '', 'aab', [2, 'b', 'a']),
    ('(a*)*b', '', 'aaab', [0, 'aaab', 'aaa']),
    ('(a*)+?', '', 'aa', [0, 'aa', 'aa']),
    ('\\b\\w+\\b', '', '  hello', [2, 'hello']),
    ('[^]*', '', 'abc', [0, 'abc']),
    ('[]', '', 'abc', None),
    ('(.)\\1', 'i', 'aA', [0, 'aA', 'a']),
    ('\xdf', 'iu', '\u1e9e', [0, '\u1e9e']),
    ('\\w', 'iu', '\u017f', [0, '\u017f']),
    ('\\w', 'i', '\u017f', None),
    ('^\\p{Lu}+$', 'u', 'ABC', [0, 'ABC']),
    ('.', 'u', '\ud83d\ude00', [0, '\ud83d\ude00']),
    ('.', '', '\ud83d\ude00', [0, '\ud83d']),
    ('(?:)*', '', 'a', [0, '']),
    ('(a|ab)(c|bcd)(d*)', '', 'abcd', [0, 'abcd', 'a', 'bcd', '']),
    ('^.$', 'u', '\ud83d\ude00', [0, '\ud83d\ude00']),
    ('^.$', '', '\ud83d\ude00', None),
    ('\\udc00', 'u', '\ud800\udc00', None),
    ('\\udc00', '', '\ud800\udc00', [1, '\udc00']),
    ('a$', 'm', 'a\nb', [0, 'a']),
    ('^b', 'm', 'a\u2028b', [2, 'b']),
    ('a.b', 's', 'a\nb', [0, 'a\nb']),
    ('a.b', '', 'a\nb', None),
    ('(?=(a+))a*b\\1', '', 'baaabac', [3, 'aba', 'a']),
    ('(?!(a)b)\\1c', '', 'ac', [1, 'c', None]),
    ('(a)|\\1b', '', 'b', [0, 'b', None]),
    ('\\1(a)', '', 'aa', [0, 'a', 'a']),
    ('(?<a>x)\\k<a>', '', 'xx', [0, 'xx', 'x']),
    ('[\\d-z]+', '', '1-z', [0, '1-z']),
    ('\\cJ', '', '\n', [0, '\n']),
    ('[\\c1]', '', '\x11', [0, '\x11']),
    ('\\c1', '', '\\c1', [0, '\\c1']),
    ('\\0', '', '\x00', [0, '\x00']),
    ('\\11', '', '\t', [0, '\t']),
    ('a{2,3}', '', 'aaaa', [0, 'aaa']),
    ('a{2,3}?', '', 'aaaa', [0, 'aa']),
    ('x*?y', '', 'xxy', [0, 'xxy']),
    ('(?:ab)*?c', '', 'ababc', [0, 'ababc']),
    ('(\\w+)\\s(\\w+)', '', 'John Smith', [0, 'John Smith', 'John', 'Smith']),
    ('\u212a', 'i', 'k', None),
    ('\u212a', 'iu', 'k', [0, 'k']),
    ('[a-z]', 'i', '\u212a', None),
    ('[a-z]', 'iu', '\u212a', [0, '\u212a']),
    ('\u0131', 'i', 'I', None),
    ('\u0130', 'iu', 'i', None),
    ('\\u{1F600}+', 'u', '\ud83d\ude00\ud83d\ude00', [0, '\ud83d\ude00\ud83d\ude00']),
    ('[\ud83d\ude00-\ud83d\ude4f]', 'u', '\ud83d\ude03', [0, '\ud83d\ude03']),
    ('[^x]', 'u', '\ud83d\ude03', [0, '\ud83d\ude03']),
    ('\\p{Script=Greek}+', 'u', 'abc\u03b1\u03b2\u03b3', [3, '\u03b1\u03b2\u03b3']),
    ('\\P{L}+', 'u', 'ab12cd', [2, '12']),
    ('[\\p{N}\\p{P}]+', 'u', 'ab12,.cd', [2, '12,.']),
    ('\\bfoo\\b', '', 'a foo.', [2, 'foo']),
    ('\\Bo', '', 'foo', [1, 'o']),
    ('(a)?(?:b|(c))*', '', 'bcb', [0, 'bcb', None, None]),
    ('(?:(a)|(b))*', '', 'abab', [0, 'abab', None, 'b']),
    ('((a)|b)+', '', 'ab', [0, 'ab', 'b', None]),
    ('(a+)+b', '', 'aaaaaaaaaaaaaaaaaaaaaaab', [0, 'aaaaaaaaaaaaaaaaaaaaaaab', 'aaaaaaaaaaaaaaaaaaaaaaa']),
    ('^(?:a|b)*$', '', 'abababab', [0, 'abababab']),
    ('[\\s]+', '', '\xa0\ufeff\u3000', [0, '\xa0\ufeff\u3000']),
    ('\\s', '', '\u180e', None),
    ('\\d+', '', '\u0661\u0662 42', [3, '42']),
    ('(?<!a)b', '', 'abcb', [3, 'b']),
    ('(?<=a(?:b|c)+)d', '', 'abccd', [4, 'd']),
    ('(?<=(\\w)+)x', '', 'abx', [2, 'x', 'a']),
    ('(?<!(a))b', '', 'cb', [1, 'b', None]),
    ('\\u0041', '', 'A', [0, 'A']),
    ('\\x41', '', 'A', [0, 'A']),
    ('\\u{41}', '', 'u{41}', None),
    ('\\u{2}', '', 'uu', [0, 'uu']),]


def run(pattern, flags, subject, **options):
    compiled = compile_pattern(pattern, flags, **options)
    m = compiled.search(subject, 0)
    if m is None:
        return None
    return [m.start] + [m.group(subject, g) for g in range(compiled.group_count + 1)]


@pytest.mark.parametrize("pattern,flags,subject,expected", CASES)
def test_exec_table(pattern, flags, subject, expected):
    assert run(pattern, flags, subject) == expected
    assert run(pattern, flags, subject, allow_python_re=False) == expected


def test_simple_case_folding_pairs_checked_against_node(node_path):
    from scopejs.runtime.regexp.charsets import canonicalize_non_unicode, canonicalize_unicode
    candidates = []
    for cp in range(0x20000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        for other in {ch.upper(), ch.lower(), ch.casefold(), ch.title()}:
            if len(other) == 1 and ord(other) != cp:
                candidates.append((cp, ord(other)))
    candidates += [(0x1FD3, 0x390), (0x1FE3, 0x3B0), (0xFB05, 0xFB06)]
    script = ("const p=JSON.parse(require('fs').readFileSync(0,'utf8'));process.stdout.write("
              "JSON.stringify(p.map(([a,b])=>[new RegExp('^\\\\u{'+a.toString(16)+'}$','iu')"
              ".test(String.fromCodePoint(b)),a<65536&&b<65536?new RegExp('^\\\\u'+"
              "a.toString(16).padStart(4,'0')+'$','i').test(String.fromCharCode(b)):null])))")
    out = json.loads(subprocess.run([node_path, "-e", script], input=json.dumps(candidates),
                                    capture_output=True, text=True, timeout=60).stdout)
    wrong = []
    for (a, b), (with_u, without_u) in zip(candidates, out):
        if with_u != (canonicalize_unicode(a) == canonicalize_unicode(b)):
            wrong.append(("u", hex(a), hex(b)))
        if without_u is not None and without_u != (canonicalize_non_unicode(a) ==
                                                   canonicalize_non_unicode(b)):
            wrong.append(("", hex(a), hex(b)))
    assert wrong == []


def test_match_at_is_anchored():
    compiled = compile_pattern("b+", "")
    assert compiled.match_at("abb", 0) is None
    m = compiled.match_at("abb", 1)
    assert (m.start, m.end, m.captures) == (1, 3, [])


def test_group_names_and_counts():
    compiled = compile_pattern("(?<year>\\d{4})-(\\d\\d)", "")
    assert compiled.group_count == 2 and compiled.group_names == {"year": (1,)}
    m = compiled.search("on 2024-05", 0)
    assert m.captures == [(3, 7), (8, 10)]


def test_unicode_search_advances_by_code_point():
    # With `u` the scan never starts inside a surrogate pair (22.2.7.2 AdvanceStringIndex).
    compiled = compile_pattern("\\udc00", "u")
    assert compiled.search("\ud800\udc00", 0) is None
    assert compile_pattern("\\udc00", "").search("\ud800\udc00", 0).start == 1


def test_catastrophic_backtracking_is_charged_to_the_engine_limits():
    # No cap of its own: every max_steps backtracking steps go to the Engine's step budget
    # and deadline (MatchState.over_limit -> agent.tick), so the Engine's limit stops it.
    from scopejs import Engine, ResourceLimitError
    with pytest.raises(ResourceLimitError):
        Engine(max_steps=100_000).eval("/(a+)+b/.test('a'.repeat(40))")


EXPONENTIAL = ["(a+)+b", "(?:a|a)*b", "(?:a?a)+b", "(?:a*)*b", "(\\w+\\s?)*$", "(?:x+x+)+y",
               "(a|aa)+b", "(.*a){12}", "^(a+)+$", "(x+x+)+y", "^(([a-z])+.)+[A-Z]([a-z])+$",
               "(?:a|b|ab)*c", "(?:a(?:b|c)*)+d"]


@pytest.mark.parametrize("pattern", EXPONENTIAL)
def test_ambiguous_repetition_never_uses_uninterruptible_python_re(pattern):
    assert not compile_pattern(pattern, "").uses_python_re
    assert not compile_pattern(pattern, "i").uses_python_re


@pytest.mark.parametrize("pattern", ["(?:ab?)+b", "(?:,\\s*)+x", "(\\[[^\\[\\]]*\\]|\\s)+M",
                                     "(?:\\\\.|[^\"\\\\])*", "[a-z]+@[a-z]+\\.com", "(\\d+)-(\\d+)"])
def test_unambiguous_patterns_use_python_re(pattern):
    assert compile_pattern(pattern, "").uses_python_re
    assert compile_pattern(pattern, "i").uses_python_re


def test_overlapping_repeated_alternatives_stay_on_closure_matcher():
    assert not compile_pattern("(?:a|a)*b", "").uses_python_re
    assert not compile_pattern("(?:a+)+b", "").uses_python_re
    assert compile_pattern("(?:\\\\.|[^\"\\\\])*", "").uses_python_re


def test_long_subjects_do_not_overflow():
    subject = "ab" * 20000
    m = compile_pattern("(?:ab)*", "", allow_python_re=False).match_at(subject, 0)
    assert m is not None and m.end == len(subject)
    m = compile_pattern("[ab]*c|.*", "", allow_python_re=False).match_at(subject, 0)
    assert m.end == len(subject)
    m = compile_pattern("(ab)*", "", allow_python_re=False).match_at(subject, 0)
    assert m.end == len(subject) and m.captures == [(len(subject) - 2, len(subject))]


def test_very_deep_backtracking_is_reported_not_crashing():
    subject = "ab" * 400000
    with pytest.raises((RegExpStackOverflow, RegExpTimeout)):
        compile_pattern("(?:ab|ba|a)*$", "", allow_python_re=False).match_at(subject, 0)


# --- random patterns: node, fast path and closure matcher must agree -----------------------------

ATOMS = ["a", "b", "A", ".", "\\d", "\\w", "\\W", "\\s", "[ab]", "[^a]", "[a-c]", "\\b", "\\B",
         "^", "$", "\\1", "\\k<n>", "\u00df", "\u017f", "K", "k", "[\\w-]", "\n", "\u00e9",
         "\ud83d\ude00", "[\ud83d\ude00x]", "\\p{Lu}", ""]
SUBJECT_CHARS = ["a", "b", "c", "A", "\n", " ", "1", "_", "\u00df", "\u1e9e", "\u017f", "S", "K",
                 "k", "\u00e9", "\u00c9", "\ud83d\ude00", "\ud83d", "-"]


def _gen(rng, depth=0, atoms=ATOMS):
    out = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.2 and depth < 3:
            inner = _gen(rng, depth + 1, atoms)
            if rng.random() < 0.3:
                inner += "|" + _gen(rng, depth + 1, atoms)
            out.append(rng.choice(["(", "(?:", "(?=", "(?!", "(?<=", "(?<!", "(?<n>"]) + inner + ")")
        else:
            out.append(rng.choice(atoms))
        if rng.random() < 0.35:
            out.append(rng.choice(["*", "+", "?", "{2}", "{1,3}", "*?", "+?", "??"]))
    return "".join(out)


V_ATOMS = ["[[a-c]--[b]]", "[\\w&&[^_]]", "[\\q{ab|c}]", "\\p{RGI_Emoji_Flag_Sequence}",
           "[\\p{Lu}--[A-Z]]", "[^\\d\\s]", "[\\q{kk|s|}a]", "[\\w--k]", "[^\\q{k}]",
           "[\\p{L}&&\\p{Ll}]", "\\P{Lu}", "[\\q{\ud83d\ude00b}\\q{\u017f}]"]
V_SUBJECT_CHARS = ["\ud83c\uddfa\ud83c\uddf8", "\ud83c\uddfa", "kk", "s"]


def _random_cases(seed, count, v=False):
    rng = random.Random(seed)
    cases = []
    atoms = ATOMS + V_ATOMS if v else ATOMS
    subject_chars = SUBJECT_CHARS + V_SUBJECT_CHARS if v else SUBJECT_CHARS
    while len(cases) < count:
        pattern = _gen(rng, atoms=atoms)
        flags = rng.choice(["v", "vi", "vm"] if v else ["", "i", "m", "s", "u", "iu", "im"])
        if validate_pattern(pattern, flags) is not None:
            continue
        subject = "".join(rng.choice(subject_chars) for _ in range(rng.randint(0, 8)))
        cases.append((pattern, flags, subject))
    return cases


@pytest.mark.parametrize("v", [False, True], ids=["u", "v"])
def test_fast_path_agrees_with_closure_matcher(v):
    for pattern, flags, subject in _random_cases(7, 800, v):
        fast = compile_pattern(pattern, flags)
        slow = compile_pattern(pattern, flags, allow_python_re=False)
        for start in range(len(subject) + 1):
            if (("u" in flags or "v" in flags) and 0 < start < len(subject) and "\udc00" <= subject[start] <= "\udfff"
                    and "\ud800" <= subject[start - 1] <= "\udbff"):
                continue    # never a start with `u`: RegExpBuiltinExec backs up to the pair
            a = fast.match_at(subject, start)
            b = slow.match_at(subject, start)
            assert (a is None) == (b is None), (pattern, flags, subject, start)
            if a is not None:
                assert (a.start, a.end, a.captures) == (b.start, b.end, b.captures), \
                    (pattern, flags, subject, start)


def _to_units(value):
    if not isinstance(value, str):
        return value
    return "".join(c if ord(c) < 0x10000 else
                   chr(0xD800 + ((ord(c) - 0x10000) >> 10)) + chr(0xDC00 + ((ord(c) - 0x10000) & 0x3FF))
                   for c in value)


@pytest.mark.parametrize("v", [False, True], ids=["u", "v"])
def test_random_patterns_match_node(node_path, v):
    cases = _random_cases(11, 1200, v)
    script = ("const c=JSON.parse(require('fs').readFileSync(0,'utf8'));process.stdout.write("
              "JSON.stringify(c.map(([p,f,s])=>{const m=new RegExp(p,f).exec(s);"
              "return m?[m.index,...Array.from(m)]:null})))")
    out = subprocess.run([node_path, "-e", script], input=json.dumps(cases),
                         capture_output=True, text=True, timeout=60).stdout
    mismatches = []
    for (pattern, flags, subject), expected in zip(cases, json.loads(out)):
        if expected is not None:
            expected = [_to_units(x) for x in expected]
        mine = run(pattern, flags, subject)
        if mine != expected:
            mismatches.append((pattern, flags, subject, expected, mine))
    # V8 may start a `u` match inside a surrogate pair after an empty-match failure; the spec
    # (AdvanceStringIndex) does not.  Those are the only accepted differences.
    real = [m for m in mismatches
            if not (("u" in m[1] or "v" in m[1]) and m[3] is not None and m[3][1] == "")]
    assert real == []


def test_unicode_patterns_run_on_python_re_over_code_points():
    # With `u` the fast path matches the subject's code points (22.2.7.2 Input), so astral
    # property classes and empty matches need no closure matcher; indices come back in units.
    compiled = compile_pattern("^\\p{L}+$", "u")
    assert compiled.uses_python_re
    subject = "a\U00010400"[:1] + "\ud801\udc00" + "b"
    m = compiled.search(subject, 0)
    assert (m.start, m.end) == (0, 4)
    assert compiled.search("a\ud801", 0) is None                  # lone surrogate: not a letter
    empty = compile_pattern("(x*)", "u")
    assert empty.uses_python_re
    m = empty.search("\ud83d\ude00x", 2)
    assert (m.start, m.end, m.captures) == (2, 3, [(2, 3)])
    m = compile_pattern("(.)(.)", "u").search("\ud83d\ude00\ud800z", 0)
    assert m.captures == [(0, 2), (2, 3)]


def test_code_point_view_maps_indices_across_checkpoints():
    from scopejs.runtime.regexp import CodePointView
    rng = random.Random(3)
    pieces = ["a", "\ud83d\ude00", "\ud800", "\udc00", "\u00e9"]
    subject = "".join(rng.choice(pieces) for _ in range(10000))
    view = CodePointView(subject)
    unit = 0
    for point, char in enumerate(view.text):
        assert view.to_point(unit) == point and view.to_unit(point) == unit
        unit += 2 if ord(char) > 0xFFFF else 1
    assert view.to_unit(len(view.text)) == len(subject)
    compiled = compile_pattern("\\u{1F600}(a)", "u")
    slow = compile_pattern("\\u{1F600}(a)", "u", allow_python_re=False)
    for start in (0, 5000, 5001, 9000):
        if "\udc00" <= subject[start] <= "\udfff" and "\ud800" <= subject[start - 1] <= "\udbff":
            start -= 1      # RegExpBuiltinExec never starts inside a pair with `u`
        a, b = compiled.search(subject, start), slow.search(subject, start)
        assert (a.start, a.end, a.captures) == (b.start, b.end, b.captures)


def test_wide_astral_classes_stay_fast():
    # ^\P{L}+$ over every non-letter code point: sre reads astral ranges in order, widest first.
    import time
    from scopejs.runtime.regexp.charsets import complement, property_ranges
    from scopejs.source.text import to_code_units
    text = to_code_units("".join(chr(cp) for lo, hi in complement(property_ranges("gc:Letter"),
                                                                  0x10FFFF)
                                 for cp in range(lo, hi + 1) if not 0xD800 <= cp <= 0xDFFF))
    compiled = compile_pattern("^\\P{L}+$", "u")
    started = time.process_time()
    assert compiled.search(text, 0).end == len(text)
    assert time.process_time() - started < 2.0     # was ~6 s as pairs-by-lead alternatives


# ES2025 modifiers and duplicate named groups (node 20 has neither: results from the spec).
ES2025_CASES = [
    ("(?i:a)b", "", "xAb", [1, "Ab"]),
    ("(?i:a)b", "", "AB", None),
    ("a(?-i:b)", "i", "AbAB", [0, "Ab"]),
    ("(?m:^b)", "", "a\nb", [2, "b"]),
    ("(?-m:^b)", "m", "a\nb", None),
    ("(?s:.)", "", "\n", [0, "\n"]),
    ("(?-s:.)+", "s", "\nab\n", [1, "ab"]),
    ("(?i:[a-c]+)", "", "xABCd", [1, "ABC"]),
    ("(?i:\\w)", "u", "\u017f", [0, "\u017f"]),
    ("(?i:\\b)x", "u", "\u017fx", None),
    ("(?<=(?i:a))b", "", "Ab", [1, "b"]),
    ("(a)(?i:\\1)", "", "aA", [0, "aA", "a"]),
    ("(?:(?<c>a)|(?<c>b))\\k<c>", "", "abb", [1, "bb", None, "b"]),
    ("(?:(?<c>a)|(?<c>b))+\\k<c>", "", "abb", [0, "abb", None, "b"]),
    ("(?<=\\k<c>(?:(?<c>a)|(?<c>b)))x", "", "bbx", [2, "x", None, "b"]),
]


@pytest.mark.parametrize("pattern,flags,subject,expected", ES2025_CASES)
def test_es2025_exec_table(pattern, flags, subject, expected):
    assert run(pattern, flags, subject) == expected
    assert run(pattern, flags, subject, allow_python_re=False) == expected


def test_v_flag_subtracts_case_folded_single_characters():
    # 22.2.2.9: with v and i a ClassSetCharacter is MaybeSimpleCaseFolding'ed like the range,
    # so [[a-c]--b] is {a, c}.  (node 20's V8 still matches "b" here, though not for
    # [[a-c]--[b]]; the random comparison with node avoids that shape.)
    assert run("[[a-c]--b]", "vi", "b") is None
    assert run("[[a-c]--b]", "vi", "B") is None
    assert run("[[a-c]--b]", "vi", "C") == [0, "C"]
