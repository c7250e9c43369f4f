/** Entry of the m1wb command (bin/m1wb.mjs imports this module). */
import { main } from './program';

process.exitCode = await main(process.argv.slice(2));
