const log = [];
try {
  try {
    throw new TypeError("inner");
  } catch (e) {
    log.push("caught " + e.name);
    throw new RangeError("from catch");
  } finally {
    log.push("inner finally");
  }
} catch (e) {
  log.push("outer caught " + e.name + " " + e.message);
}
console.log(log.join("; "));

// expect: caught TypeError; inner finally; outer caught RangeError from catch
