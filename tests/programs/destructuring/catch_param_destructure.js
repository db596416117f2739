try {
  throw { code: 42, info: { msg: "m" } };
} catch ({ code, info: { msg } }) {
  console.log(code, msg);
}

// expect: 42 m
