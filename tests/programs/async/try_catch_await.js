async function fails() { throw new TypeError("async fail"); }
(async () => {
  try {
    await fails();
  } catch (e) {
    console.log("caught", e.name, e.message);
  } finally {
    console.log("finally");
  }
})();

// expect: caught TypeError async fail
// expect: finally
