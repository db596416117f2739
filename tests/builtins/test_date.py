"""21.4 Date driven from Python: time-value math, parsing and formatting (UTC host zone)."""
import math

import pytest

from scopejs.builtins import date as d
from scopejs.builtins.bootstrap import create_realm
from tests.runtime.jshelpers import call, new, thrown


@pytest.fixture
def realm(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    return create_realm()


def test_civil_round_trip():
    for day in (-719468, -1, 0, 59, 365, 11016, 2932896):
        y, m, dd = d._civil_from_days(day)
        assert d._days_from_civil(y, m, dd) == day


@pytest.mark.parametrize("text,value", [
    ("2020-01-02", 1577923200000.0),
    ("2020-01-02T03:04:05.678+02:00", 1577927045678.0),
    ("+002020-01-02T00:00:00Z", 1577923200000.0),
    ("Jan 2 2020", 1577923200000.0),
    ("1/2/2020", 1577923200000.0),
    ("Thu, 02 Jan 2020 00:00:00 GMT", 1577923200000.0),
    ("2 Jan 2020 10:00 PM", 1578002400000.0),
    ("Sat, 01-Jan-2000 08:00:00 GMT", 946713600000.0),
    ("Jan 1, 2000 GMT-0500", 946702800000.0),
])
def test_parse(realm, text, value):
    assert call(realm, "Date.parse", text) == value


@pytest.mark.parametrize("text", ["x", "", "2020-13-01", "-000000-01-01T00:00:00Z", "12:00"])
def test_parse_invalid(realm, text):
    assert math.isnan(call(realm, "Date.parse", text))


def test_format_and_setters(realm):
    date = new(realm, "Date", 2020.0, 0.0, 15.0, 13.0, 5.0, 7.0, 9.0)
    assert call(realm, "Date.prototype.toISOString", this=date) == "2020-01-15T13:05:07.009Z"
    assert call(realm, "Date.prototype.toString", this=date) == \
        "Wed Jan 15 2020 13:05:07 GMT+0000 (Coordinated Universal Time)"
    assert call(realm, "Date.prototype.toLocaleString", this=date) == "1/15/2020, 1:05:07 PM"
    call(realm, "Date.prototype.setMonth", 13.0, this=date)
    assert call(realm, "Date.prototype.toISOString", this=date) == "2021-02-15T13:05:07.009Z"
    invalid = new(realm, "Date", math.nan)
    assert thrown(call, realm, "Date.prototype.toISOString", this=invalid) == \
        "RangeError: Invalid time value"
    assert call(realm, "Date.prototype.setFullYear", 2000.0, this=invalid) == 946684800000.0
    assert math.isnan(call(realm, "Date.UTC"))
    assert call(realm, "Date.UTC", 99.0) == 915148800000.0
