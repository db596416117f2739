export * from "./impl.mjs";
export { default as implDefault, one as uno } from "./impl.mjs";
