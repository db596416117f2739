"""22.2.2 Pattern Semantics: the regex AST compiled to nested Python closures.

Two shapes of compiled node:
  * a *step* ``step(i) -> j`` (or -1 on failure) for nodes that match in exactly one way: a
    character, a literal run, a class, an assertion, a backreference;
  * a *matcher* ``m(i, k) -> result | None`` in the spec's continuation-passing style for nodes
    that can backtrack (alternatives, quantifiers, groups, lookarounds).

Captures live in one flat list ``state.caps`` (start, end per group) that matchers mutate and
restore on failure, which is equivalent to the spec's copied MatchStates: a success unwinds
straight to the caller, so only failing paths need undoing.  Direction is fixed at compile time
(forward, or backward inside a lookbehind, 22.2.2.3 with direction = backward).
"""
from __future__ import annotations

from scopejs.parsing.regexp_syntax import (Assertion, BackReference, Char, CharClass, ClassStrings,
                                           Disjunction, Dot, Group, Lookaround, Modifiers,
                                           Quantifier)
from scopejs.runtime.execution import SURROUNDING
from scopejs.runtime.regexp.charsets import (LINE_TERMINATORS, MAX_CODE_POINT, MAX_CODE_UNIT,
                                             WORD_RANGES, WORD_RANGES_IU, CharSet, case_table,
                                             class_ranges, class_set_contents, complement,
                                             normalize)


_TERMINATOR_RANGES = normalize((ord(c), ord(c)) for c in LINE_TERMINATORS)
_DOT_RANGES = complement(_TERMINATOR_RANGES, MAX_CODE_UNIT)
_DOT_RANGES_U = complement(_TERMINATOR_RANGES, MAX_CODE_POINT)


class RegExpTimeout(Exception):
    """Kept for importers; matching is no longer capped (limits are the caller's: over_limit)."""


class MatchState:
    """Per-match mutable state shared by one compiled pattern's closures."""
    __slots__ = ("s", "n", "caps", "steps", "limit")

    def __init__(self, limit: int):
        self.s = ""
        self.n = 0
        self.caps: list = []
        self.steps = 0
        self.limit = limit

    def over_limit(self) -> None:
        """Every ``limit`` backtracking steps: charge them to the running call's limits (the
        Engine's timeout / max_steps); with none set, matching runs on as in node."""
        self.steps = 0
        agent = SURROUNDING.agent
        if agent is not None:
            agent.tick(self.limit)


def _fail(i, k=None):
    return None


class Compiler:
    """Builds closures for one Pattern; ``state`` is the MatchState they read."""

    def __init__(self, pattern, state: MatchState):
        self.pattern = pattern
        self.state = state
        self.u = pattern.unicode
        self.i = pattern.ignore_case
        self.m = pattern.multiline
        self.s = pattern.dot_all
        self.canon = case_table(self.u).canon if self.i else None

    # -- entry
    def compile(self):
        return self.disjunction(self.pattern.body, True)

    # -- structure
    def disjunction(self, node: Disjunction, forward: bool):
        merged = self.single_char_alternation(node, forward)
        if merged is None and forward:
            merged = self.deterministic_alternation(node)
        if merged is not None:
            return _step_as_matcher(merged)
        alternatives = [self.sequence(terms, forward) for terms in node.alternatives]
        if len(alternatives) == 1:
            return alternatives[0]
        state = self.state
        alternatives = tuple(alternatives)

        def alternation(i, k):
            state.steps += 1
            if state.steps > state.limit:
                state.over_limit()
            for alternative in alternatives:
                result = alternative(i, k)
                if result is not None:
                    return result
            return None
        return alternation

    def single_char_alternation(self, node: Disjunction, forward: bool):
        """`a|[bc]|.`: alternatives that each match exactly one character, as one class step.
        Equivalent: every alternative that matches a character ends at the same index with the
        same captures, so trying a later one after the continuation failed fails again."""
        alternatives = node.alternatives
        if len(alternatives) < 2:
            return None
        ranges = []
        for terms in alternatives:
            if len(terms) != 1:
                return None
            term = terms[0]
            if isinstance(term, Char):
                value = term.value
                if self.i:
                    ranges.extend((cp, cp) for cp in case_table(self.u).equivalents(value))
                ranges.append((value, value))
            elif isinstance(term, CharClass):
                ranges.extend(class_ranges(term, self.u, self.i))
            elif isinstance(term, Dot):
                if self.s:
                    return self.dot(forward)
                ranges.extend(_DOT_RANGES_U if self.u else _DOT_RANGES)
            else:
                return None
        charset = CharSet(ranges)
        test = charset.small.__contains__ if charset.small is not None else charset.contains
        return self.code_point_step(test, forward)

    def char_ranges(self, term):
        """The characters a single-character term matches, or None."""
        if isinstance(term, Char):
            if self.i:
                return normalize((cp, cp) for cp in case_table(self.u).equivalents(term.value))
            return ((term.value, term.value),)
        if isinstance(term, CharClass):
            return class_ranges(term, self.u, self.i)
        if isinstance(term, Dot):
            if self.s:
                return ((0, MAX_CODE_POINT if self.u else MAX_CODE_UNIT),)
            return _DOT_RANGES_U if self.u else _DOT_RANGES
        return None

    def deterministic_alternation(self, node: Disjunction):
        """`ab|cd`: alternatives of plain steps whose first characters are disjoint match in at
        most one way at any index, so the alternation is itself a step (forward only)."""
        alternatives = node.alternatives
        if len(alternatives) < 2:
            return None
        firsts = []
        steps = []
        for terms in alternatives:
            if not terms or not all(isinstance(t, (Char, Dot, CharClass, Assertion, BackReference))
                                    for t in terms):
                return None
            first = self.char_ranges(terms[0])
            if first is None:
                return None
            for other in firsts:
                if _overlaps(first, other):
                    return None
            firsts.append(first)
            steps.append(self.sequence_step(terms, True)[1])
        steps = tuple(steps)

        def step(i):
            for alternative in steps:
                j = alternative(i)
                if j >= 0:
                    return j
            return -1
        return step

    def sequence(self, terms, forward: bool):
        """An Alternative: terms in order (reversed when matching backward)."""
        items = []   # ("step", f) / ("match", f)
        pending = []  # consecutive Char nodes (for literal runs)
        for term in terms:
            if isinstance(term, Char):
                pending.append(term.value)
                continue
            if pending:
                items.append(("step", self.literal(pending, forward)))
                pending = []
            items.append(self.term(term, forward))
        if pending:
            items.append(("step", self.literal(pending, forward)))
        if not forward:
            items.reverse()
        # Merge runs of steps into one step.
        merged = []
        for kind, f in items:
            if kind == "step" and merged and merged[-1][0] == "step":
                merged[-1] = ("step", _chain_steps(merged[-1][1], f))
            else:
                merged.append((kind, f))
        return _build_sequence(merged)

    def term(self, node, forward: bool):
        if isinstance(node, Dot):
            return "step", self.dot(forward)
        if isinstance(node, CharClass):
            return "step", self.char_class(node, forward)
        if isinstance(node, Assertion):
            return "step", self.assertion(node.kind)
        if isinstance(node, BackReference):
            return "step", self.backreference(node.indices, forward)
        if isinstance(node, Group):
            return "match", self.group(node, forward)
        if isinstance(node, Disjunction):
            return "match", self.disjunction(node, forward)
        if isinstance(node, Lookaround):
            return "match", self.lookaround(node)
        if isinstance(node, Quantifier):
            return "match", self.quantifier(node, forward)
        if isinstance(node, Modifiers):
            return "match", self.with_modifiers(node, lambda: self.disjunction(node.body, forward))
        if isinstance(node, ClassStrings):
            return self.class_strings(node, forward)
        raise TypeError(f"unknown regex node {type(node).__name__}")

    # -- single characters
    def literal(self, values, forward: bool):
        """A run of pattern characters as one step."""
        state = self.state
        u = self.u
        if self.i:
            canon = self.canon
            folded = [canon.get(v, v) for v in values]
            if not u:
                text = tuple(chr(v) for v in folded)
                length = len(text)

                if forward:
                    def step(i):
                        if i + length > state.n:
                            return -1
                        s = state.s
                        for offset in range(length):
                            c = s[i + offset]
                            if c != text[offset]:
                                cp = ord(c)
                                if chr(canon.get(cp, cp)) != text[offset]:
                                    return -1
                        return i + length
                else:
                    def step(i):
                        if i - length < 0:
                            return -1
                        s = state.s
                        start = i - length
                        for offset in range(length):
                            c = s[start + offset]
                            if c != text[offset]:
                                cp = ord(c)
                                if chr(canon.get(cp, cp)) != text[offset]:
                                    return -1
                        return start
                return step
            # `u` and `i`: compare code point by code point.
            steps = [self.code_point_step(lambda cp, f=f: canon.get(cp, cp) == f, forward)
                     for f in folded]
            if not forward:
                steps.reverse()
            return _chain_step_list(steps)
        if u and any(0xD800 <= v <= 0xDFFF for v in values):
            steps = [self.code_point_step(lambda cp, v=v: cp == v, forward) for v in values]
            if not forward:
                steps.reverse()
            return _chain_step_list(steps)
        text = "".join(_utf16(v) for v in values)
        length = len(text)
        if length == 1:
            if forward:
                def step(i):
                    if i < state.n and state.s[i] == text:
                        return i + 1
                    return -1
            else:
                def step(i):
                    if i > 0 and state.s[i - 1] == text:
                        return i - 1
                    return -1
            return step
        if forward:
            def step(i):
                if state.s.startswith(text, i):
                    return i + length
                return -1
        else:
            def step(i):
                if i >= length and state.s.startswith(text, i - length):
                    return i - length
                return -1
        return step

    def code_point_step(self, test, forward: bool):
        """A step matching one character (a code point with `u`) for which test(cp) holds."""
        state = self.state
        if not self.u:
            if forward:
                def step(i):
                    if i < state.n and test(ord(state.s[i])):
                        return i + 1
                    return -1
            else:
                def step(i):
                    if i > 0 and test(ord(state.s[i - 1])):
                        return i - 1
                    return -1
            return step
        if forward:
            def step(i):
                if i >= state.n:
                    return -1
                s = state.s
                cp = ord(s[i])
                if 0xD800 <= cp <= 0xDBFF and i + 1 < state.n:
                    low = ord(s[i + 1])
                    if 0xDC00 <= low <= 0xDFFF:
                        if test(0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00)):
                            return i + 2
                        return -1
                return i + 1 if test(cp) else -1
        else:
            def step(i):
                if i <= 0:
                    return -1
                s = state.s
                cp = ord(s[i - 1])
                if 0xDC00 <= cp <= 0xDFFF and i >= 2:
                    high = ord(s[i - 2])
                    if 0xD800 <= high <= 0xDBFF:
                        if test(0x10000 + ((high - 0xD800) << 10) + (cp - 0xDC00)):
                            return i - 2
                        return -1
                return i - 1 if test(cp) else -1
        return step

    def dot(self, forward: bool):
        if self.s:
            return self.code_point_step(lambda cp: True, forward)
        terminators = frozenset(map(ord, LINE_TERMINATORS))
        return self.code_point_step(lambda cp: cp not in terminators, forward)

    def char_class_test(self, node):
        charset = CharSet(class_ranges(node, self.u, self.i))
        if charset.small is not None:
            return charset.small.__contains__
        return charset.contains

    def char_class(self, node: CharClass, forward: bool):
        return self.code_point_step(self.char_class_test(node), forward)

    def class_strings(self, node: ClassStrings, forward: bool):
        """22.2.2.7 CompileAtom for a class with strings (v flag): its strings of two or more
        characters longest first, then its single characters, then the empty string, as
        alternatives.  Strings are indexed by their first (backward: last) character, so only
        the ones that can match here are tried, in the same order."""
        ranges, strings = class_set_contents(node.cls, self.i)
        if not strings:
            return "step", self.code_point_step(CharSet(ranges).contains, forward)
        canon = self.canon or {}
        by_key: dict = {}
        for string in sorted((s for s in strings if len(s) > 1), key=len, reverse=True):
            key = string[0] if forward else string[-1]
            by_key.setdefault(canon.get(key, key), []).append(self.literal(list(string), forward))
        single = self.code_point_step(CharSet(ranges).contains, forward)
        empty = () in strings
        state = self.state

        def matcher(i, k):
            s = state.s
            if forward:
                if i >= state.n:
                    candidates = ()
                else:
                    cp = ord(s[i])
                    if 0xD800 <= cp <= 0xDBFF and i + 1 < state.n and "\udc00" <= s[i + 1] <= "\udfff":
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (ord(s[i + 1]) - 0xDC00)
                    candidates = by_key.get(canon.get(cp, cp), ())
            elif i <= 0:
                candidates = ()
            else:
                cp = ord(s[i - 1])
                if 0xDC00 <= cp <= 0xDFFF and i >= 2 and "\ud800" <= s[i - 2] <= "\udbff":
                    cp = 0x10000 + ((ord(s[i - 2]) - 0xD800) << 10) + (cp - 0xDC00)
                candidates = by_key.get(canon.get(cp, cp), ())
            tried = set()
            for step in candidates:
                j = step(i)
                if j >= 0 and j not in tried:
                    tried.add(j)
                    result = k(j)
                    if result is not None:
                        return result
            j = single(i)
            if j >= 0 and j not in tried:
                result = k(j)
                if result is not None:
                    return result
            if empty:
                return k(i)
            return None
        return "match", matcher

    # -- assertions
    def assertion(self, kind: str):
        state = self.state
        if kind == "^":
            if self.m:
                def step(i):
                    if i == 0 or state.s[i - 1] in LINE_TERMINATORS:
                        return i
                    return -1
            else:
                def step(i):
                    return i if i == 0 else -1
            return step
        if kind == "$":
            if self.m:
                def step(i):
                    if i == state.n or state.s[i] in LINE_TERMINATORS:
                        return i
                    return -1
            else:
                def step(i):
                    return i if i == state.n else -1
            return step
        word = frozenset(chr(cp) for lo, hi in (WORD_RANGES_IU if self.u and self.i
                                                  else WORD_RANGES)
                         for cp in range(lo, hi + 1))
        negate = kind == "B"

        def step(i):
            s = state.s
            a = i > 0 and s[i - 1] in word
            b = i < state.n and s[i] in word
            return i if (a != b) != negate else -1
        return step

    def with_modifiers(self, node: Modifiers, compile_body):
        """22.2.2.3 (?add-remove: Disjunction): the body is compiled with the modified
        IgnoreCase / Multiline / DotAll (UpdateModifiers), then the flags are restored."""
        saved = self.i, self.m, self.s, self.canon
        self.i = ("i" in node.add) or (self.i and "i" not in node.remove)
        self.m = ("m" in node.add) or (self.m and "m" not in node.remove)
        self.s = ("s" in node.add) or (self.s and "s" not in node.remove)
        self.canon = case_table(self.u).canon if self.i else None
        try:
            return compile_body()
        finally:
            self.i, self.m, self.s, self.canon = saved

    # -- backreferences (22.2.2.7.2 BackreferenceMatcher)
    def backreference(self, indices: tuple, forward: bool):
        if len(indices) > 1:
            # \k<name> with duplicate names: the one group of them that participated (at most
            # one can: they lie in different alternatives), else the empty match.
            steps = tuple((2 * index, self.backreference((index,), forward)) for index in indices)
            state = self.state

            def step(i):
                caps = state.caps
                for slot, single in steps:
                    if caps[slot] is not None:
                        return single(i)
                return i
            return step
        state = self.state
        index = indices[0]
        start_slot, end_slot = 2 * index, 2 * index + 1
        canon = self.canon

        if canon is None:
            def same(a, b):
                return a == b
        else:
            def same(a, b):
                if a == b:
                    return True
                if len(a) != len(b):
                    return False
                for x, y in zip(a, b):
                    if x != y:
                        cx, cy = ord(x), ord(y)
                        if canon.get(cx, cx) != canon.get(cy, cy):
                            return False
                return True
            if self.u:
                def same(a, b, _plain=same):
                    # Compare by code points: fold surrogate pairs first.
                    if a == b:
                        return True
                    ca = _code_points(a)
                    cb = _code_points(b)
                    return len(ca) == len(cb) and all(
                        canon.get(x, x) == canon.get(y, y) for x, y in zip(ca, cb))

        if forward:
            def step(i):
                caps = state.caps
                start = caps[start_slot]
                if start is None:
                    return i
                length = caps[end_slot] - start
                if i + length > state.n:
                    return -1
                s = state.s
                if same(s[start:start + length], s[i:i + length]):
                    return i + length
                return -1
        else:
            def step(i):
                caps = state.caps
                start = caps[start_slot]
                if start is None:
                    return i
                length = caps[end_slot] - start
                if i - length < 0:
                    return -1
                s = state.s
                if same(s[start:start + length], s[i - length:i]):
                    return i - length
                return -1
        return step

    # -- groups and lookarounds
    def group(self, node: Group, forward: bool):
        body = self.disjunction(node.body, forward)
        state = self.state
        start_slot, end_slot = 2 * node.index, 2 * node.index + 1

        if forward:
            def group(i, k):
                def close(j):
                    caps = state.caps
                    old_start, old_end = caps[start_slot], caps[end_slot]
                    caps[start_slot] = i
                    caps[end_slot] = j
                    result = k(j)
                    if result is None:
                        caps[start_slot] = old_start
                        caps[end_slot] = old_end
                    return result
                return body(i, close)
        else:
            def group(i, k):
                def close(j):
                    caps = state.caps
                    old_start, old_end = caps[start_slot], caps[end_slot]
                    caps[start_slot] = j
                    caps[end_slot] = i
                    result = k(j)
                    if result is None:
                        caps[start_slot] = old_start
                        caps[end_slot] = old_end
                    return result
                return body(i, close)
        return group

    def lookaround(self, node: Lookaround):
        body = self.disjunction(node.body, not node.behind)
        state = self.state

        def found(j):
            return j

        if node.negated:
            def look(i, k):
                snapshot = state.caps[:]
                if body(i, found) is not None:
                    state.caps[:] = snapshot
                    return None
                return k(i)
        else:
            def look(i, k):
                snapshot = state.caps[:]
                if body(i, found) is None:
                    return None
                result = k(i)
                if result is None:
                    state.caps[:] = snapshot
                return result
        return look

    # -- quantifiers (22.2.2.3.1 RepeatMatcher)
    def quantifier(self, node: Quantifier, forward: bool):
        lo, hi, greedy = node.min, node.max, node.greedy
        if hi is not None and hi == 0:
            return lambda i, k: k(i)
        body = node.body
        if node.group_count == 0:
            step = self.as_step(body, forward)
            if step is not None:
                return self.simple_repeat(step, lo, hi, greedy, None)
        elif node.group_count == 1 and isinstance(body, Group):
            step = self.as_step(body.body, forward)
            if step is not None:
                return self.simple_repeat(step, lo, hi, greedy, body.index if forward
                                          else -body.index)
        kind, compiled = self.term(body, forward) if not isinstance(body, Char) else \
            ("step", self.literal([body.value], forward))
        if kind == "step":
            compiled = _step_as_matcher(compiled)
        return self.repeat(compiled, lo, hi, greedy, node.first_group, node.group_count)

    def as_step(self, node, forward: bool):
        """A step for a node that can match in at most one way, else None."""
        if isinstance(node, Modifiers):
            return self.with_modifiers(node, lambda: self.as_step(node.body, forward))
        if isinstance(node, Char):
            return self.literal([node.value], forward)
        if isinstance(node, (Dot, CharClass, Assertion, BackReference)):
            return self.term(node, forward)[1]
        if isinstance(node, Disjunction) and len(node.alternatives) > 1:
            step = self.single_char_alternation(node, forward)
            if step is None and forward:
                step = self.deterministic_alternation(node)
            return step
        if isinstance(node, Disjunction) and len(node.alternatives) == 1:
            terms = node.alternatives[0]
            if not terms or not all(isinstance(t, (Char, Dot, CharClass, Assertion, BackReference))
                                    for t in terms):
                return None
            kind, step = self.sequence_step(terms, forward)
            return step
        return None

    def sequence_step(self, terms, forward: bool):
        steps = []
        pending = []
        for term in terms:
            if isinstance(term, Char):
                pending.append(term.value)
                continue
            if pending:
                steps.append(self.literal(pending, forward))
                pending = []
            steps.append(self.term(term, forward)[1])
        if pending:
            steps.append(self.literal(pending, forward))
        if not forward:
            steps.reverse()
        return "step", _chain_step_list(steps)

    def simple_repeat(self, step, lo, hi, greedy, group):
        """A quantified deterministic body (one character, a literal, a chain of steps),
        optionally wrapped in one capture group: iterate instead of recursing.  Same semantics
        as RepeatMatcher: the body matches in one way, so the choice is only how many
        iterations, and an empty iteration ends the repetition (the empty check), counting as
        all remaining mandatory iterations."""
        state = self.state
        limit_hi = hi if hi is not None else -1
        if group is None:
            start_slot = end_slot = None
        else:
            backward = group < 0
            group = abs(group)
            start_slot, end_slot = 2 * group, 2 * group + 1
            if backward:
                start_slot, end_slot = end_slot, start_slot

        def attempt(positions, count, k):
            if start_slot is None or count == 0:
                # Zero iterations: c(x) with the captures as they were (RepeatMatcher step 10).
                return k(positions[count])
            caps = state.caps
            old_start, old_end = caps[start_slot], caps[end_slot]
            caps[start_slot] = positions[count - 1]
            caps[end_slot] = positions[count]
            result = k(positions[count])
            if result is None:
                caps[start_slot] = old_start
                caps[end_slot] = old_end
            return result

        if greedy:
            def repeat(i, k):
                positions = [i]
                j = i
                count = 0
                while count != limit_hi:
                    nxt = step(j)
                    if nxt < 0:
                        break
                    if nxt == j:
                        if count < lo:
                            positions.extend([j] * (lo - count))
                            count = lo
                        break
                    j = nxt
                    count += 1
                    positions.append(j)
                if count < lo:
                    return None
                limit = state.limit
                if start_slot is None:
                    for index in range(count, lo - 1, -1):
                        result = k(positions[index])
                        if result is not None:
                            return result
                        state.steps += 1
                        if state.steps > limit:
                            state.over_limit()
                    return None
                for index in range(count, lo - 1, -1):
                    result = attempt(positions, index, k)
                    if result is not None:
                        return result
                    state.steps += 1
                    if state.steps > limit:
                        state.over_limit()
                return None
        else:
            def repeat(i, k):
                positions = [i]
                j = i
                count = 0
                while count < lo:
                    nxt = step(j)
                    if nxt < 0:
                        return None
                    if nxt == j:
                        positions.extend([j] * (lo - count))
                        count = lo
                        break
                    j = nxt
                    count += 1
                    positions.append(j)
                while True:
                    state.steps += 1
                    if state.steps > state.limit:
                        state.over_limit()
                    result = attempt(positions, count, k)
                    if result is not None:
                        return result
                    if count == limit_hi:
                        return None
                    nxt = step(j)
                    if nxt < 0 or nxt == j:
                        return None
                    j = nxt
                    count += 1
                    positions.append(j)
        return repeat

    def repeat(self, body, lo, hi, greedy, first_group, group_count):
        state = self.state
        first_slot = 2 * first_group
        last_slot = 2 * (first_group + group_count)
        clears = group_count > 0
        blank = [None] * (last_slot - first_slot)
        infinite = hi is None

        def rep(i, k, low, high):
            # 1. If max = 0, return c(x).
            if high == 0:
                return k(i)
            state.steps += 1
            if state.steps > state.limit:
                state.over_limit()

            # 2. d: the continuation after one more iteration, with the empty check.
            def d(j):
                if low == 0 and j == i:
                    return None
                return rep(j, k, low - 1 if low else 0, high if infinite else high - 1)

            if low != 0:
                if not clears:
                    return body(i, d)
                caps = state.caps
                saved = caps[first_slot:last_slot]
                caps[first_slot:last_slot] = blank
                result = body(i, d)
                if result is None:
                    state.caps[first_slot:last_slot] = saved
                return result
            if not greedy:
                result = k(i)
                if result is not None:
                    return result
            if clears:
                caps = state.caps
                saved = caps[first_slot:last_slot]
                caps[first_slot:last_slot] = blank
                result = body(i, d)
                if result is not None:
                    return result
                state.caps[first_slot:last_slot] = saved
            else:
                result = body(i, d)
                if result is not None:
                    return result
            if greedy:
                return k(i)
            return None

        high0 = -1 if infinite else hi
        return lambda i, k: rep(i, k, lo, high0)


# --- helpers -------------------------------------------------------------------------------------

def _utf16(cp: int) -> str:
    if cp < 0x10000:
        return chr(cp)
    cp -= 0x10000
    return chr(0xD800 + (cp >> 10)) + chr(0xDC00 + (cp & 0x3FF))


def _code_points(text: str) -> list:
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = ord(text[i])
        if 0xD800 <= c <= 0xDBFF and i + 1 < n and 0xDC00 <= ord(text[i + 1]) <= 0xDFFF:
            out.append(0x10000 + ((c - 0xD800) << 10) + (ord(text[i + 1]) - 0xDC00))
            i += 2
        else:
            out.append(c)
            i += 1
    return out


def _overlaps(a, b) -> bool:
    return any(lo <= bhi and blo <= hi for lo, hi in a for blo, bhi in b)


def _chain_steps(first, second):
    def step(i):
        i = first(i)
        if i < 0:
            return -1
        return second(i)
    return step


def _chain_step_list(steps):
    if len(steps) == 1:
        return steps[0]
    steps = tuple(steps)

    def step(i):
        for s in steps:
            i = s(i)
            if i < 0:
                return -1
        return i
    return step


def _step_as_matcher(step):
    def matcher(i, k):
        j = step(i)
        if j < 0:
            return None
        return k(j)
    return matcher


def _build_sequence(items):
    """Compose compiled terms (already in matching order) into one matcher m(i, k)."""
    if not items:
        return lambda i, k: k(i)
    kind, f = items[-1]
    tail = _step_as_matcher(f) if kind == "step" else f
    for kind, f in reversed(items[:-1]):
        tail = _prepend(kind, f, tail)
    return tail


def _prepend(kind, f, rest):
    if kind == "step":
        def seq(i, k):
            j = f(i)
            if j < 0:
                return None
            return rest(j, k)
    else:
        def seq(i, k):
            return f(i, lambda j: rest(j, k))
    return seq
