"""21.4 Date Objects: time values, the Date constructor, Date.now/parse/UTC and every
Date.prototype method (plus Annex B getYear/setYear/toGMTString), formatted as node prints them.

Local time: the offset comes from the TZ environment variable through zoneinfo when it names
a zone, else from the host's local time (``time.localtime``); outside the years Python can
represent, the offset of the nearest representable year is used. node's toString appends the
zone's long name; for UTC that is "Coordinated Universal Time" (other zones use the host's
abbreviation). Date.parse accepts the ISO format (21.4.3.2) and the legacy forms node accepts
("Jan 2 2020", "1/2/2020", "Thu, 02 Jan 2020 00:00:00 GMT", toString output, ...).
"""
from __future__ import annotations

import math
import os
import re
import time

from scopejs.builtins.declare import constructor, intrinsic
from scopejs.runtime.abstract_ops import (
    GetPrototypeFromConstructor, Invoke, OrdinaryToPrimitive, ToNumber, ToObject, ToPrimitive,
    ToString, describe_for_error,
)
from scopejs.runtime.completion import throw_range_error, throw_type_error
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import UNDEFINED

MS_PER_DAY = 86400000.0
_NAN = math.nan
_MAX_TIME = 8.64e15

DATE_PROTOTYPE = intrinsic("%Date.prototype%")
DATE = constructor("%Date%", length=7, instance_prototype="%Date.prototype%")


class JSDate(JSObject):
    """A Date instance (21.4.5): [[DateValue]] (a float; NaN when invalid)."""
    __slots__ = ("date_value",)
    class_name = "Date"
    builtin_tag = "Date"

    def __init__(self, proto, value=_NAN):
        JSObject.__init__(self, proto)
        self.date_value = value


# -- 21.4.1 Overview of Date Objects and Definitions of Abstract Operations ------------------

def _finite(x: float) -> bool:
    return x == x and x not in (math.inf, -math.inf)


def Day(t: float) -> int:  # noqa: N802
    """21.4.1.3 Day ( t )"""
    return math.floor(t / MS_PER_DAY)


def TimeWithinDay(t: float) -> float:  # noqa: N802
    """21.4.1.4 TimeWithinDay ( t )"""
    return t % MS_PER_DAY


def _days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of the proleptic Gregorian date y-m-d (m 1..12)."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z: int) -> tuple:
    """(year, month 1..12, day) of day number z (days since the epoch)."""
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + (3 if mp < 10 else -9)
    return y + (m <= 2), m, d


def YearFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.8 YearFromTime ( t )"""
    return _civil_from_days(Day(t))[0]


def MonthFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.11 MonthFromTime ( t ) (0-based)"""
    return _civil_from_days(Day(t))[1] - 1


def DateFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.12 DateFromTime ( t )"""
    return _civil_from_days(Day(t))[2]


def WeekDay(t: float) -> int:  # noqa: N802
    """21.4.1.13 WeekDay ( t )"""
    return (Day(t) + 4) % 7


def HourFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.14 HourFromTime ( t )"""
    return int((t // 3600000) % 24)


def MinFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.15 MinFromTime ( t )"""
    return int((t // 60000) % 60)


def SecFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.16 SecFromTime ( t )"""
    return int((t // 1000) % 60)


def msFromTime(t: float) -> int:  # noqa: N802
    """21.4.1.17 msFromTime ( t )"""
    return int(t % 1000)


def _to_integer(x: float) -> float:
    return float(math.trunc(x)) if _finite(x) else x


def MakeTime(hour, minute, sec, ms) -> float:  # noqa: N802
    """21.4.1.27 MakeTime ( hour, min, sec, ms )"""
    if not (_finite(hour) and _finite(minute) and _finite(sec) and _finite(ms)):
        return _NAN
    return (_to_integer(hour) * 3600000.0 + _to_integer(minute) * 60000.0
            + _to_integer(sec) * 1000.0 + _to_integer(ms))


def MakeDay(year, month, date) -> float:  # noqa: N802
    """21.4.1.28 MakeDay ( year, month, date )"""
    if not (_finite(year) and _finite(month) and _finite(date)):
        return _NAN
    y, m, dt = _to_integer(year), _to_integer(month), _to_integer(date)
    ym = y + math.floor(m / 12)
    if abs(ym) > 400000:
        return _NAN
    mn = int(m % 12)
    return float(_days_from_civil(int(ym), mn + 1, 1)) + dt - 1


def MakeDate(day, time_) -> float:  # noqa: N802
    """21.4.1.29 MakeDate ( day, time )"""
    if not (_finite(day) and _finite(time_)):
        return _NAN
    tv = day * MS_PER_DAY + time_
    return tv if _finite(tv) else _NAN


def TimeClip(t: float) -> float:  # noqa: N802
    """21.4.1.31 TimeClip ( time )"""
    if not _finite(t) or abs(t) > _MAX_TIME:
        return _NAN
    return float(math.trunc(t)) + 0.0


# -- local time ---------------------------------------------------------------------------------

def _zone():
    tz = os.environ.get("TZ")
    if tz:
        try:
            from zoneinfo import ZoneInfo
            return ZoneInfo(tz.lstrip(":"))
        except Exception:  # noqa: BLE001 - unknown zone: fall back to the host's local time
            return None
    return None


def _offset_ms(t_utc: float) -> float:
    """The local time zone offset (ms) at UTC time value t_utc."""
    seconds = t_utc / 1000.0
    # Python's time functions cover years 1..9999 roughly; clamp into that range.
    seconds = min(max(seconds, -62135596800.0 + 86400 * 2), 253402300799.0 - 86400 * 2)
    zone = _zone()
    if zone is not None:
        import datetime
        dt = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).astimezone(zone)
        off = dt.utcoffset()
        return off.total_seconds() * 1000.0 if off is not None else 0.0
    try:
        return float(time.localtime(seconds).tm_gmtoff) * 1000.0
    except (OverflowError, OSError, ValueError):
        return 0.0


def _zone_name(t_utc: float) -> str:
    off = _offset_ms(t_utc)
    zone = _zone()
    name = None
    if zone is not None:
        import datetime
        seconds = min(max(t_utc / 1000.0, -62135596800.0 + 86400 * 2), 253402300799.0 - 86400 * 2)
        name = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc) \
            .astimezone(zone).tzname()
    else:
        try:
            name = time.localtime(min(max(t_utc / 1000.0, 0), 2 ** 31 - 1)).tm_zone
        except (OverflowError, OSError, ValueError):
            name = None
    if off == 0 and (name in (None, "UTC", "GMT", "Etc/UTC", "Z", "UCT")):
        return "Coordinated Universal Time"
    return _LONG_ZONE_NAMES.get(name, name) or "Local Time"


# ICU's long names for common abbreviations (node prints these in toString).
_LONG_ZONE_NAMES = {
    "CET": "Central European Standard Time", "CEST": "Central European Summer Time",
    "EET": "Eastern European Standard Time", "EEST": "Eastern European Summer Time",
    "WET": "Western European Standard Time", "WEST": "Western European Summer Time",
    "BST": "British Summer Time", "GMT": "Greenwich Mean Time",
    "EST": "Eastern Standard Time", "EDT": "Eastern Daylight Time",
    "CST": "Central Standard Time", "CDT": "Central Daylight Time",
    "MST": "Mountain Standard Time", "MDT": "Mountain Daylight Time",
    "PST": "Pacific Standard Time", "PDT": "Pacific Daylight Time",
    "JST": "Japan Standard Time", "KST": "Korean Standard Time",
    "AEST": "Australian Eastern Standard Time", "AEDT": "Australian Eastern Daylight Time",
}


def LocalTime(t: float) -> float:  # noqa: N802
    """21.4.1.25 LocalTime ( t )"""
    return t + _offset_ms(t)


def UTC(t: float) -> float:  # noqa: N802
    """21.4.1.26 UTC ( t )"""
    if not _finite(t):
        return _NAN
    guess = t - _offset_ms(t)
    return t - _offset_ms(guess)


# -- 21.4.2 The Date Constructor ----------------------------------------------------------------

def _now() -> float:
    return float(math.floor(time.time() * 1000.0))


def _this_time(this, method: str) -> float:
    if isinstance(this, JSDate):
        return this.date_value
    throw_type_error("this is not a Date object.")


@DATE.behavior
def Date(realm, new_target, *values):
    """21.4.2.1 Date ( ...values )"""
    if new_target is UNDEFINED:
        return ToDateString(_now())
    n = len(values)
    if n == 0:
        tv = _now()
    elif n == 1:
        value = values[0]
        if isinstance(value, JSDate):
            tv = value.date_value
        else:
            v = ToPrimitive(value)
            tv = parse_date(v) if v.__class__ is str else ToNumber(v)
        tv = TimeClip(tv)
    else:
        tv = TimeClip(UTC(_date_from_components([ToNumber(v) for v in values[:7]])))
    proto = GetPrototypeFromConstructor(new_target, "%Date.prototype%")
    return JSDate(proto, tv)


def _date_from_components(nums: list) -> float:
    y = nums[0]
    m = nums[1] if len(nums) > 1 else 0.0
    dt = nums[2] if len(nums) > 2 else 1.0
    h = nums[3] if len(nums) > 3 else 0.0
    mi = nums[4] if len(nums) > 4 else 0.0
    s = nums[5] if len(nums) > 5 else 0.0
    milli = nums[6] if len(nums) > 6 else 0.0
    if y == y:
        yi = _to_integer(y)
        if 0 <= yi <= 99:
            y = 1900.0 + yi
    return MakeDate(MakeDay(y, m, dt), MakeTime(h, mi, s, milli))


@DATE.method("now", length=0)
def Date_now(realm, this):
    """21.4.3.1 Date.now ( )"""
    return _now()


@DATE.method("parse", length=1)
def Date_parse(realm, this, string):
    """21.4.3.2 Date.parse ( string )"""
    return TimeClip(parse_date(ToString(string)))


@DATE.method("UTC", length=7)
def Date_UTC(realm, this, *values):
    """21.4.3.4 Date.UTC ( year [ , month [ , date [ , hours [ , minutes [ , seconds
    [ , ms ] ] ] ] ] ] )"""
    nums = [ToNumber(v) for v in values[:7]]
    if not nums:
        return _NAN
    return TimeClip(_date_from_components(nums))


# -- parsing ----------------------------------------------------------------------------------

_ISO = re.compile(
    r"^(?P<year>[+-]\d{6}|\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
    r"(?:[T ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<ms>\d+))?)?"
    r"(?P<tz>Z|[+-]\d{2}:?\d{2})?)?$")

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_TOKEN = re.compile(r"\([^)]*\)|[A-Za-z]+\.?|[+-]?\d+(?::\d+)*(?:\.\d+)?|[/,\-+:.]|\s+")


def parse_date(s: str) -> float:
    """The time value of ``s`` (NaN when unrecognised): ISO format first, then legacy."""
    s = s.strip()
    m = _ISO.match(s)
    if m is not None:
        return _parse_iso(m)
    return _parse_legacy(s)


def _parse_iso(m) -> float:
    year_text = m.group("year")
    if year_text == "-000000":
        return _NAN
    year = int(year_text)
    month = int(m.group("month") or 1)
    day = int(m.group("day") or 1)
    hour = int(m.group("hour") or 0)
    minute = int(m.group("minute") or 0)
    second = int(m.group("second") or 0)
    ms_text = m.group("ms") or "0"
    ms = int((ms_text + "00")[:3])
    if not (1 <= month <= 12 and 1 <= day <= _days_in_month(year, month)) or hour > 24 \
            or minute > 59 or second > 59 or (hour == 24 and (minute or second or ms)):
        return _NAN
    tv = MakeDate(float(_days_from_civil(year, month, day)),
                  MakeTime(float(hour), float(minute), float(second), float(ms)))
    tz = m.group("tz")
    if tz is None:
        # date-only forms are UTC; date-time forms without an offset are local time
        return tv if m.group("hour") is None else UTC(tv)
    if tz == "Z":
        return tv
    sign = 1 if tz[0] == "+" else -1
    digits = tz[1:].replace(":", "")
    return tv - sign * (int(digits[:2]) * 3600000 + int(digits[2:]) * 60000)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _parse_legacy(s: str) -> float:
    """V8's legacy date parser (the forms node accepts in practice)."""
    if not s:
        return _NAN
    numbers = []          # (value, text) of plain numbers, in order
    month = None
    time_parts = None
    pm = None
    offset = None         # minutes east of UTC, or None for local time
    pos = 0
    tokens = _TOKEN.findall(s)
    if "".join(tokens) != s:
        return _NAN
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        low = tok.lower().rstrip(".")
        i += 1
        if tok.isspace() or tok in (",", "/", ".") or tok.startswith("("):
            continue
        if tok == "-" and numbers and i < len(tokens) and tokens[i][:1].isalpha():
            continue
        if tok[:1].isalpha():
            if low in ("am", "pm"):
                pm = low == "pm"
            elif low in ("utc", "gmt", "z", "ut"):
                offset = 0 if offset is None else offset
            elif low[:3] in _MONTHS and len(low) >= 3 and month is None:
                month = _MONTHS.index(low[:3]) + 1
            elif low[:3] in _DAYS and len(low) >= 3:
                pass
            elif low == "t" and numbers:
                pass
            else:
                return _NAN
            continue
        if tok in ("+", "-") and i < len(tokens) and tokens[i][:1].isdigit() and \
                (offset is not None or time_parts is not None):
            digits = tokens[i]
            i += 1
            if ":" in digits:
                hh, _, mm = digits.partition(":")
            elif len(digits) <= 2:
                hh, mm = digits, "0"
            else:
                hh, mm = digits[:-2], digits[-2:]
            minutes = int(hh) * 60 + int(mm)
            offset = minutes if tok == "+" else -minutes
            continue
        if tok[:1] in "+-" and tok[1:2].isdigit() and (offset is not None or time_parts):
            digits = tok[1:]
            hh, mm = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
            minutes = int(hh) * 60 + int(mm)
            offset = minutes if tok[0] == "+" else -minutes
            continue
        if ":" in tok:
            if time_parts is not None:
                return _NAN
            parts = tok.split(":")
            sec_ms = parts[2] if len(parts) > 2 else "0"
            sec, _, frac = sec_ms.partition(".")
            time_parts = (int(parts[0]), int(parts[1]), int(sec), int((frac + "000")[:3]))
            continue
        if tok[:1] in "+-":
            prev = tokens[i - 2] if i >= 2 else ""
            # "01-Jan-2000": a dash right after a word is a separator, not a sign
            tok = tok[1:] if tok[0] == "+" or prev[:1].isalpha() else tok
        if tok.lstrip("-").isdigit():
            numbers.append(tok)
            continue
        if tok in ("-", "+", ":"):
            continue
        return _NAN
    year = day = None
    mon = month
    nums = list(numbers)
    if mon is None:
        if len(nums) < 2:
            return _NAN
        if len(nums[0].lstrip("-")) >= 3:          # Y/M/D
            year, mon, day = int(nums[0]), int(nums[1]), int(nums[2]) if len(nums) > 2 else 1
        else:                                        # M/D/Y
            mon, day = int(nums[0]), int(nums[1])
            year = int(nums[2]) if len(nums) > 2 else None
    else:
        for n in nums:
            v = int(n)
            if day is None and len(n.lstrip("-")) <= 2 and 1 <= v <= 31 and year is None:
                day = v
            elif year is None:
                year = v
            elif day is None:
                day = v
            else:
                return _NAN
        if day is None:
            day = 1
    if year is None:
        return _NAN
    if 0 <= year <= 49 and len(str(year)) <= 2:
        year += 2000
    elif 50 <= year <= 99:
        year += 1900
    if not (1 <= mon <= 12 and 1 <= day <= 31):
        return _NAN
    h = mi = sec = ms = 0
    if time_parts is not None:
        h, mi, sec, ms = time_parts
    if pm is not None:
        if h > 12:
            return _NAN
        h = (h % 12) + (12 if pm else 0)
    if h > 24 or mi > 59 or sec > 59:
        return _NAN
    tv = MakeDate(MakeDay(float(year), float(mon - 1), float(day)),
                  MakeTime(float(h), float(mi), float(sec), float(ms)))
    if offset is None:
        return UTC(tv)
    return tv - offset * 60000.0


# -- 21.4.4 Properties of the Date Prototype Object ---------------------------------------------

_DAY_NAMES = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")
_MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec")


def _year_text(y: int) -> str:
    return f"{y:04d}" if y >= 0 else f"-{-y:04d}"


# 21.4.4.41.2 DateString ( tv )
def DateString(tv: float) -> str:  # noqa: N802
    return (f"{_DAY_NAMES[WeekDay(tv)]} {_MONTH_NAMES[MonthFromTime(tv)]} "
            f"{DateFromTime(tv):02d} {_year_text(YearFromTime(tv))}")


# 21.4.4.41.1 TimeString ( tv )
def TimeString(tv: float) -> str:  # noqa: N802
    return f"{HourFromTime(tv):02d}:{MinFromTime(tv):02d}:{SecFromTime(tv):02d} GMT"


# 21.4.4.41.3 TimeZoneString ( tv )
def TimeZoneString(tv: float) -> str:  # noqa: N802
    offset = _offset_ms(tv)
    sign = "+" if offset >= 0 else "-"
    a = abs(offset) / 60000
    return f"{sign}{int(a // 60):02d}{int(a % 60):02d} ({_zone_name(tv)})"


# 21.4.4.41.4 ToDateString ( tv )
def ToDateString(tv: float) -> str:  # noqa: N802
    if tv != tv:
        return "Invalid Date"
    t = LocalTime(tv)
    return f"{DateString(t)} {TimeString(t)}{TimeZoneString(tv)}"


def _getter(name, fn, local=True, length=0):
    def getter(realm, this):
        t = _this_time(this, name)
        if t != t:
            return _NAN
        return float(fn(LocalTime(t) if local else t))
    getter.__name__ = f"Date_prototype_{name}"
    DATE_PROTOTYPE.method(name, length=length)(getter)


@DATE_PROTOTYPE.method("toString", length=0)
def Date_prototype_toString(realm, this):
    """21.4.4.41 Date.prototype.toString ( )"""
    return ToDateString(_this_time(this, "toString"))


@DATE_PROTOTYPE.method("toDateString", length=0)
def Date_prototype_toDateString(realm, this):
    """21.4.4.35 Date.prototype.toDateString ( )"""
    tv = _this_time(this, "toDateString")
    if tv != tv:
        return "Invalid Date"
    return DateString(LocalTime(tv))


@DATE_PROTOTYPE.method("toTimeString", length=0)
def Date_prototype_toTimeString(realm, this):
    """21.4.4.42 Date.prototype.toTimeString ( )"""
    tv = _this_time(this, "toTimeString")
    if tv != tv:
        return "Invalid Date"
    return TimeString(LocalTime(tv)) + TimeZoneString(tv)


@DATE_PROTOTYPE.method("toISOString", length=0)
def Date_prototype_toISOString(realm, this):
    """21.4.4.36 Date.prototype.toISOString ( )"""
    tv = _this_time(this, "toISOString")
    if tv != tv:
        throw_range_error("Invalid time value")
    y = YearFromTime(tv)
    year = f"{y:04d}" if 0 <= y <= 9999 else (f"+{y:06d}" if y > 0 else f"-{-y:06d}")
    return (f"{year}-{MonthFromTime(tv) + 1:02d}-{DateFromTime(tv):02d}T"
            f"{HourFromTime(tv):02d}:{MinFromTime(tv):02d}:{SecFromTime(tv):02d}."
            f"{msFromTime(tv):03d}Z")


@DATE_PROTOTYPE.method("toUTCString", length=0)
def Date_prototype_toUTCString(realm, this):
    """21.4.4.43 Date.prototype.toUTCString ( )"""
    tv = _this_time(this, "toUTCString")
    if tv != tv:
        return "Invalid Date"
    return (f"{_DAY_NAMES[WeekDay(tv)]}, {DateFromTime(tv):02d} "
            f"{_MONTH_NAMES[MonthFromTime(tv)]} {_year_text(YearFromTime(tv))} "
            f"{HourFromTime(tv):02d}:{MinFromTime(tv):02d}:{SecFromTime(tv):02d} GMT")


DATE_PROTOTYPE.alias("toGMTString", "toUTCString")    # B.2.3.2: the same function object


def _set_fields(this, name, args, local, first, count):
    """The shared steps of the setters (21.4.4.20-28 and the UTC ones): fields
    ``first``..``first+count-1`` of (year, month, date, hour, minute, second, ms) come from
    ``args``; an invalid date stays invalid except for set[UTC]FullYear, which starts at +0."""
    t = _this_time(this, name)
    nums = [ToNumber(a) for a in args[:count]] or [_NAN]
    if t != t:
        if first != 0:
            return _NAN
        base = 0.0
    else:
        base = LocalTime(t) if local else t
    fields = [float(YearFromTime(base)), float(MonthFromTime(base)), float(DateFromTime(base)),
              float(HourFromTime(base)), float(MinFromTime(base)), float(SecFromTime(base)),
              float(msFromTime(base))]
    for k, v in enumerate(nums):
        fields[first + k] = v
    new_date = MakeDate(MakeDay(fields[0], fields[1], fields[2]),
                        MakeTime(fields[3], fields[4], fields[5], fields[6]))
    u = TimeClip(UTC(new_date) if local else new_date)
    this.date_value = u
    return u


def _setter(name, local, first, count, length):
    def setter(realm, this, *args):
        return _set_fields(this, name, args, local, first, count)
    setter.__name__ = f"Date_prototype_{name}"
    DATE_PROTOTYPE.method(name, length=length)(setter)


_getter("getDate", DateFromTime)
_setter("setDate", True, 2, 1, 1)
_getter("getDay", WeekDay)
_getter("getFullYear", YearFromTime)
_setter("setFullYear", True, 0, 3, 3)
_getter("getHours", HourFromTime)
_setter("setHours", True, 3, 4, 4)
_getter("getMilliseconds", msFromTime)
_setter("setMilliseconds", True, 6, 1, 1)
_getter("getMinutes", MinFromTime)
_setter("setMinutes", True, 4, 3, 3)
_getter("getMonth", MonthFromTime)
_setter("setMonth", True, 1, 2, 2)
_getter("getSeconds", SecFromTime)
_setter("setSeconds", True, 5, 2, 2)


@DATE_PROTOTYPE.method("getTime", length=0)
def Date_prototype_getTime(realm, this):
    """21.4.4.10 Date.prototype.getTime ( )"""
    return _this_time(this, "getTime")


@DATE_PROTOTYPE.method("setTime", length=1)
def Date_prototype_setTime(realm, this, time_):
    """21.4.4.27 Date.prototype.setTime ( time )"""
    _this_time(this, "setTime")
    v = TimeClip(ToNumber(time_))
    this.date_value = v
    return v


@DATE_PROTOTYPE.method("getTimezoneOffset", length=0)
def Date_prototype_getTimezoneOffset(realm, this):
    """21.4.4.11 Date.prototype.getTimezoneOffset ( )"""
    t = _this_time(this, "getTimezoneOffset")
    if t != t:
        return _NAN
    return (t - LocalTime(t)) / 60000.0 + 0.0


_getter("getUTCDate", DateFromTime, False)
_setter("setUTCDate", False, 2, 1, 1)
_getter("getUTCDay", WeekDay, False)
_getter("getUTCFullYear", YearFromTime, False)
_setter("setUTCFullYear", False, 0, 3, 3)
_getter("getUTCHours", HourFromTime, False)
_setter("setUTCHours", False, 3, 4, 4)
_getter("getUTCMilliseconds", msFromTime, False)
_setter("setUTCMilliseconds", False, 6, 1, 1)
_getter("getUTCMinutes", MinFromTime, False)
_setter("setUTCMinutes", False, 4, 3, 3)
_getter("getUTCMonth", MonthFromTime, False)
_setter("setUTCMonth", False, 1, 2, 2)
_getter("getUTCSeconds", SecFromTime, False)
_setter("setUTCSeconds", False, 5, 2, 2)


@DATE_PROTOTYPE.method("valueOf", length=0)
def Date_prototype_valueOf(realm, this):
    """21.4.4.44 Date.prototype.valueOf ( )"""
    return _this_time(this, "valueOf")


@DATE_PROTOTYPE.method("getYear", length=0)
def Date_prototype_getYear(realm, this):
    """B.2.3.1 Date.prototype.getYear ( )"""
    t = _this_time(this, "getYear")
    if t != t:
        return _NAN
    return float(YearFromTime(LocalTime(t)) - 1900)


@DATE_PROTOTYPE.method("setYear", length=1)
def Date_prototype_setYear(realm, this, year):
    """B.2.3.2 Date.prototype.setYear ( year )"""
    t = _this_time(this, "setYear")
    y = ToNumber(year)
    t = 0.0 if t != t else LocalTime(t)
    yyyy = y
    if y == y:
        yi = _to_integer(y)
        if 0 <= yi <= 99:
            yyyy = 1900.0 + yi
    d = MakeDay(yyyy, float(MonthFromTime(t)), float(DateFromTime(t)))
    date = UTC(MakeDate(d, TimeWithinDay(t)))
    this.date_value = TimeClip(date)
    return this.date_value


@DATE_PROTOTYPE.method("toJSON", length=1)
def Date_prototype_toJSON(realm, this, key):
    """21.4.4.37 Date.prototype.toJSON ( key )"""
    o = ToObject(this)
    tv = ToPrimitive(o, "number")
    if tv.__class__ is float and not _finite(tv):
        from scopejs.runtime.values import NULL
        return NULL
    return Invoke(o, "toISOString")


def _locale_parts(tv: float):
    t = LocalTime(tv)
    h = HourFromTime(t)
    return (f"{MonthFromTime(t) + 1}/{DateFromTime(t)}/{YearFromTime(t)}",
            f"{(h % 12) or 12}:{MinFromTime(t):02d}:{SecFromTime(t):02d} "
            f"{'PM' if h >= 12 else 'AM'}")


@DATE_PROTOTYPE.method("toLocaleString", length=0)
def Date_prototype_toLocaleString(realm, this):
    """21.4.4.39 Date.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] )"""
    tv = _this_time(this, "toLocaleString")
    if tv != tv:
        return "Invalid Date"
    d, t = _locale_parts(tv)
    return f"{d}, {t}"


@DATE_PROTOTYPE.method("toLocaleDateString", length=0)
def Date_prototype_toLocaleDateString(realm, this):
    """21.4.4.38 Date.prototype.toLocaleDateString ( [ reserved1 [ , reserved2 ] ] )"""
    tv = _this_time(this, "toLocaleDateString")
    return "Invalid Date" if tv != tv else _locale_parts(tv)[0]


@DATE_PROTOTYPE.method("toLocaleTimeString", length=0)
def Date_prototype_toLocaleTimeString(realm, this):
    """21.4.4.40 Date.prototype.toLocaleTimeString ( [ reserved1 [ , reserved2 ] ] )"""
    tv = _this_time(this, "toLocaleTimeString")
    return "Invalid Date" if tv != tv else _locale_parts(tv)[1]


@DATE_PROTOTYPE.method("@@toPrimitive", length=1, flags=4)
def Date_prototype_toPrimitive(realm, this, hint):
    """21.4.4.45 Date.prototype [ @@toPrimitive ] ( hint )"""
    if not isinstance(this, JSObject):
        throw_type_error("Date.prototype [ @@toPrimitive ] called on non-object")
    if hint == "string" or hint == "default":
        try_first = "string"
    elif hint == "number":
        try_first = "number"
    else:
        throw_type_error("Invalid hint: " + (hint if hint.__class__ is str
                                             else describe_for_error(hint)))
    return OrdinaryToPrimitive(this, try_first)


__all__ = ["JSDate", "parse_date", "ToDateString", "TimeClip", "MakeDay", "MakeTime",
           "MakeDate", "UTC", "LocalTime"]
