const d = new Date(2020, 0, 15, 13, 5, 7, 9);
console.log(d.toLocaleString(), d.toLocaleDateString(), d.toLocaleTimeString(), d.toDateString(), d.toTimeString(), d.toUTCString(), d.toISOString(), d.toString(), String(d), d.toJSON(), JSON.stringify({ d }));
console.log(String(new Date(NaN)), new Date(-1e14).toISOString(), new Date(8.64e15).toString(), new Date(-62198755200000).toISOString(), new Date(253402300800000).toISOString(), new Date(8.64e15 + 1).getTime());
for (const s of ["2020-01-02", "2020-01-02T03:04:05", "2020-01-02T03:04:05Z", "2020-01-02T03:04:05.678+02:00", "+002020-01-02T00:00:00Z", "Jan 2 2020", "January 2, 2020 10:00:00", "2020/01/02", "1/2/2020", "Thu Jan 02 2020 00:00:00 GMT+0000 (Coordinated Universal Time)", "Thu, 02 Jan 2020 00:00:00 GMT", "2 Jan 2020 10:00 PM", "2020-01-02T03:04", "2020", "2020-06", "x", "", "2020-13-01", "Mon Jan 2 2020", "2020-01-02 03:04:05", "Jan 2020", "2020-01-02T24:00:00Z", "-000001-01-01T00:00:00Z", "-000000-01-01T00:00:00Z", "1970-01-01T00:00:00.1234Z", "Sat, 01-Jan-2000 08:00:00 GMT", "Jan 1, 2000 GMT-0500"]) console.log(JSON.stringify(s), Date.parse(s));
const e = new Date(0);
console.log(e.getFullYear(), e.getMonth(), e.getDate(), e.getDay(), e.getHours(), e.getTimezoneOffset(), e.getYear(), e.valueOf(), +e, e - 1, `${e}` === e.toString(), e + 1 === e.toString() + "1");
e.setFullYear(2021, 5, 30); console.log(e.toISOString()); e.setMonth(13); console.log(e.toISOString()); e.setDate(0); console.log(e.toISOString());
e.setHours(25, 61, 61, 1001); console.log(e.toISOString()); e.setUTCMinutes(-1); console.log(e.toISOString()); e.setTime(5); console.log(e.getTime(), e.setMilliseconds(), e.getTime());
const inv = new Date(NaN); console.log(inv.setDate(1), inv.setFullYear(2000), inv.toISOString(), inv.setYear(99), inv.getFullYear());
console.log(Date.UTC(2020, 1, 29), Date.UTC(2020), Date.UTC(), Date.UTC(99, 0), new Date(99, 0).getFullYear(), new Date(2020, 0).getTime(), new Date("2020-01-01").getTime(), new Date(new Date(5)).getTime());
console.log(typeof Date(), typeof Date.now(), Date.prototype.toGMTString === Date.prototype.toUTCString, Object.prototype.toString.call(new Date(0)), Date.length, Date.UTC.length);
console.log(new Date(0)[Symbol.toPrimitive]("number"), new Date(0)[Symbol.toPrimitive]("default"), [new Date(0)], { d: new Date(1e12) });
try { new Date(NaN).toISOString() } catch (err) { console.log(err.name, err.message) }
try { Date.prototype.getTime.call({}) } catch (err) { console.log(err.name, err.message) }
try { new Date(0)[Symbol.toPrimitive]("x") } catch (err) { console.log(err.name, err.message) }
console.log(Object.getOwnPropertyNames(Date.prototype).length, Object.getOwnPropertyNames(Date));
