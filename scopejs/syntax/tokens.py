"""Token kinds of the ECMAScript lexical grammar (12 ECMAScript Language: Lexical Grammar), as data.

The scanner represents a token by its *type*, a short interned string, so that the parser's
checks are plain string comparisons (`self.type == '('`):

* a punctuator's type is its own text (``'('``, ``'>>>='``, ``'?.'``);
* a reserved word's type is the word itself (``'if'``, ``'this'``, ``'null'``);
* every other token's type is one of the names in ``TokenKind`` below (``'name'`` for an
  IdentifierName that is not a reserved word, including contextual keywords such as ``let``,
  ``async``, ``of``, ``yield``, ``await``, ``static``).

Everything the parser needs to know about a type (binary precedence, assignment operators,
keywords, which tokens may start an expression) is declared once here.
"""
from __future__ import annotations

import enum


class TokenKind(str, enum.Enum):
    """Token types that are not punctuators or reserved words."""

    NAME = "name"            # IdentifierName (value: the identifier's StringValue)
    PRIVATE = "privateId"    # PrivateIdentifier (value: name without '#')
    NUM = "num"              # NumericLiteral (value: float)
    BIGINT = "bigint"        # BigIntLiteral (value: int)
    STRING = "string"        # StringLiteral (value: cooked code units)
    TEMPLATE = "template"    # a template chunk (value: cooked or None)
    REGEXP = "regexp"        # RegularExpressionLiteral (value: (pattern, flags))
    EOF = "eof"


# 12.7.2 Keywords and Reserved Words: the words that are always reserved (token types).
KEYWORDS = frozenset("""
    break case catch class const continue debugger default delete do else export extends
    finally for function if import in instanceof new return super switch this throw try
    typeof var void while with null true false
""".split())

# Reserved but scanned as names (the parser rejects them as identifiers).
ALWAYS_RESERVED_NAMES = frozenset({"enum"})
# 13.1.1 Static Semantics: Early Errors - reserved only in strict mode code.
STRICT_RESERVED = frozenset(
    "implements interface let package private protected public static yield".split())
# eval and arguments may not be bound in strict mode code.
STRICT_BIND_RESERVED = frozenset({"eval", "arguments"})

PUNCTUATORS = (
    ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=",
    "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
    "%=", "&=", "|=", "^=", "<<", ">>", "**",
    "{", "}", "(", ")", "[", "]", ";", ",", "<", ">", "+", "-", "*", "/", "%", "&", "|", "^",
    "!", "~", "?", ":", "=", ".",
)

# 13.6-13.13 binary operators: precedence (higher binds tighter), as acorn numbers them.
BINARY_PRECEDENCE = {
    "??": 1, "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5,
    "==": 6, "!=": 6, "===": 6, "!==": 6,
    "<": 7, ">": 7, "<=": 7, ">=": 7, "instanceof": 7, "in": 7,
    "<<": 8, ">>": 8, ">>>": 8,
    "+": 9, "-": 9, "*": 10, "/": 10, "%": 10, "**": 11,
}
LOGICAL_OPERATORS = frozenset({"||", "&&", "??"})
RIGHT_ASSOCIATIVE = frozenset({"**"})

# 13.15 Assignment operators.
ASSIGN_OPERATORS = frozenset({"=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", ">>>=", "&=", "|=",
                              "^=", "**=", "&&=", "||=", "??="})
LOGICAL_ASSIGN_OPERATORS = frozenset({"&&=", "||=", "??="})
PREFIX_OPERATORS = frozenset({"!", "~", "+", "-", "typeof", "void", "delete"})
UPDATE_OPERATORS = frozenset({"++", "--"})

# Token types after which a `/` starts a RegularExpressionLiteral is decided by the parser
# (goal symbol), not by a table: the scanner always returns '/' and the parser re-scans.

# Types that can begin an expression (used for `yield` without argument and error messages).
STARTS_EXPRESSION = frozenset({
    "name", "privateId", "num", "bigint", "string", "template", "regexp",
    "(", "[", "{", "+", "-", "!", "~", "++", "--", "/", "/=", "...",
    "this", "super", "null", "true", "false", "function", "class", "new", "typeof", "void",
    "delete", "import",
})
