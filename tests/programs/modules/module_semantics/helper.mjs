export const evaluated = [];
evaluated.push("helper");
