Promise.resolve(1)
  .then(() => { throw new RangeError("in then"); })
  .then(() => console.log("skipped"))
  .catch(e => console.log(e.name, e.message));

// expect: RangeError in then
