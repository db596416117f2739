const log = [];
const job = (name, ms) => new Promise(r => setTimeout(() => { log.push(name); r(name); }, ms));
(async () => {
  await job("seq1", 10);
  await job("seq2", 1);
  await Promise.all([job("par1", 40), job("par2", 1)]);
  console.log(log.join(" "));
})();

// expect: seq1 seq2 par2 par1
