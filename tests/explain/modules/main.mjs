import { inc, get } from './b.mjs';
inc(); inc();
console.log(get());
