const api = { user: { getName() { return "ann"; } }, none: null };
console.log(api.user?.getName?.(), api.none?.getName(), api.missing?.deep.chain(), api.user.getName?.().toUpperCase?.());

// expect: ann undefined undefined ANN
