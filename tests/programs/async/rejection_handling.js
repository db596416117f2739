Promise.reject(new Error("rejected"))
  .catch(e => { console.log("catch:", e.message); return "recovered"; })
  .then(v => console.log("then:", v))
  .finally(() => console.log("finally"));

// expect: catch: rejected
// expect: then: recovered
// expect: finally
