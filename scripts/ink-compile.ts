import { compileInk, InkCompileError } from '../src/narrative/compile.ts';
for (const file of process.argv.slice(2)) {
  try {
    const { warnings } = compileInk(file);
    for (const w of warnings) console.warn(w);
    console.log(`${file}: ok`);
  } catch (error) {
    if (error instanceof InkCompileError) console.error(error.message);
    else throw error;
    process.exitCode = 1;
  }
}
