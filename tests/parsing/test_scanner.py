"""12 Lexical grammar: the scanner, seen through the parser's tokens and literal values."""
from __future__ import annotations

import pytest

from scopejs.errors import JSSyntaxError
from scopejs.parsing.parser import Parser, parse
from scopejs.source.text import SourceText


def tokens(src: str, module: bool = False):
    parser = Parser(SourceText.from_str(src), module=module)
    out = []
    parser.next()
    while parser.type != "eof":
        out.append((parser.type, parser.value, parser.start, parser.end, parser.nl))
        parser.next()
    return out


def literal(src: str):
    return parse(src).body[0].expression


def test_punctuators_longest_match():
    types = [t[0] for t in tokens("a >>>= b ... c ?. d ?? e **= f => g")]
    assert types == ["name", ">>>=", "name", "...", "name", "?.", "name", "??", "name", "**=",
                     "name", "=>", "name"]


def test_optional_chain_vs_conditional_with_number():
    assert [t[0] for t in tokens("a?.5:1")] == ["name", "?", "num", ":", "num"]


def test_keywords_and_names():
    toks = tokens("if iff let async of")
    assert [t[0] for t in toks] == ["if", "name", "name", "name", "name"]


def test_newline_before_flag_and_comments():
    toks = tokens("a /* x */ b // c\n d /*\n*/ e")
    assert [(t[1], t[4]) for t in toks] == [("a", False), ("b", False), ("d", True), ("e", True)]


def test_line_terminators_ls_ps_cr():
    assert [t[4] for t in tokens("a\u2028b\u2029c\rd")] == [False, True, True, True]


@pytest.mark.parametrize("src,value", [
    ("0x1F", 31.0), ("0o17", 15.0), ("0b101", 5.0), ("1_000_000", 1e6), (".5", 0.5),
    ("5.", 5.0), ("1e3", 1000.0), ("1E-2", 0.01), ("017", 15.0), ("08", 8.0), ("09.5", 9.5),
    ("0", 0.0), ("1.5e+2", 150.0),
])
def test_numeric_literals(src, value):
    node = literal(src)
    assert node.value == value and node.raw == src


def test_bigint_literal():
    node = literal("0x10n")
    assert node.value == 16 and node.bigint == "16" and node.raw == "0x10n"


@pytest.mark.parametrize("src", ["1_", "1__0", "0_1", "08n", "1.5n", "1e", "0x", "3in x", "1a",
                                 "0b12", "0o8", "1._5"])
def test_bad_numbers(src):
    with pytest.raises(JSSyntaxError):
        parse(src)


def test_legacy_octal_rejected_in_strict():
    with pytest.raises(JSSyntaxError, match="Octal literals"):
        parse('"use strict"; 017')
    with pytest.raises(JSSyntaxError, match="Decimals with leading zeros"):
        parse('"use strict"; 08')


@pytest.mark.parametrize("src,value", [
    (r"'a\nb'", "a\nb"), (r"'\x41\u0042\u{43}'", "ABC"), (r"'\u{1F600}'", "\ud83d\ude00"),
    (r"'\0'", "\0"), (r"'\101'", "A"), ("'a\\\nb'", "ab"), ("'a\\\r\nb'", "ab"),
    (r"'\q'", "q"), ("'\u2028'", "\u2028"), (r'"\'"', "'"), (r"'\8'", "8"),
])
def test_string_escapes(src, value):
    assert literal(src).value == value


def test_astral_source_counts_code_units():
    program = parse("'\U0001F600'; x")
    assert program.body[1].expression.start == 6


@pytest.mark.parametrize("src", ["'abc", "'a\nb'", r"'\x4'", r"'\u12'", r"'\u{110000}'"])
def test_bad_strings(src):
    with pytest.raises(JSSyntaxError):
        parse(src)


def test_octal_escape_in_strict_string():
    with pytest.raises(JSSyntaxError, match="Octal escape"):
        parse("'use strict'; '\\01'")
    with pytest.raises(JSSyntaxError):
        parse("function f() { '\\01'; 'use strict'; }")


def test_templates_cooked_raw_nested():
    node = literal("`a${`b${c}d`}e\\n\r\n`")
    quasis = node.quasis
    assert [q.value for q in quasis] == [{"raw": "a", "cooked": "a"},
                                         {"raw": "e\\n\n", "cooked": "e\n\n"}]
    inner = node.expressions[0]
    assert inner.type == "TemplateLiteral" and inner.quasis[1].value["cooked"] == "d"
    assert quasis[0].start == 1 and quasis[0].end == 2


def test_invalid_escape_in_tagged_template_cooks_to_none():
    node = literal(r"tag`\unicode`")
    assert node.quasi.quasis[0].value == {"raw": r"\unicode", "cooked": None}
    with pytest.raises(JSSyntaxError):
        parse(r"`\unicode`")
    with pytest.raises(JSSyntaxError):
        parse(r"`\01`")


def test_regex_vs_division():
    program = parse("a = b / c / d; e = /x[/]y/gi.test(f); g = (1) / 2")
    first = program.body[0].expression.right
    assert first.type == "BinaryExpression"
    regex = program.body[1].expression.right.callee.object
    assert regex.regex == {"pattern": "x[/]y", "flags": "gi"} and regex.value is None


@pytest.mark.parametrize("src", ["/a/gg", "/a/x", "/a\n/", "/a", "/a/uv"])
def test_bad_regex_literals(src):
    with pytest.raises(JSSyntaxError):
        parse(src)


def test_unicode_identifiers_and_escapes():
    program = parse("var \u00e9t\u00e9 = 1, \\u0061b = 2, a\\u{62}c = 3, \u2118 = 4;")
    names = [d.id.name for d in program.body[0].declarations]
    assert names == ["\u00e9t\u00e9", "ab", "abc", "\u2118"]


@pytest.mark.parametrize("src", ["var \\u0030a;", "var a\\u002d;", "v\\u0061r x = 1", "\\u{110000}"])
def test_bad_identifier_escapes(src):
    with pytest.raises(JSSyntaxError):
        parse(src)


def test_escaped_keyword_as_property_name_is_fine():
    assert parse("a.\\u0069f; ({ \\u0069f: 1 })").body[0].expression.property.name == "if"


def test_html_comments_script_only():
    assert len(parse("x <!-- y\n--> z\n-->a").body) == 1
    with pytest.raises(JSSyntaxError):
        parse("<!-- y", module=True)
    program = parse("x-->0")
    assert program.body[0].expression.type == "BinaryExpression"


def test_hashbang():
    assert parse("#!/usr/bin/env node\nx").body[0].expression.name == "x"
    with pytest.raises(JSSyntaxError):
        parse(" #!/usr/bin/env node\nx")


def test_unterminated_comment_and_bad_chars():
    for src in ["/* x", "a @ b", "a \u0000 b", "#"]:
        with pytest.raises(JSSyntaxError):
            parse(src)


def test_every_punctuator_in_the_token_table_scans_as_one_token():
    from scopejs.syntax.tokens import PUNCTUATORS
    for punct in PUNCTUATORS:
        for src in (f"a {punct} b", f"a\n{punct} b"):
            toks = tokens(src)
            assert toks[1][0] == punct, (src, toks)
