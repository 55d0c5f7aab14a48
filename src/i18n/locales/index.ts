// Every UI string of the game, one folder per area of the interface (game, trainer, …), each with
// fr.json and en.json. An area's keys sit under its own top-level names, so areas never collide.
import gameEn from './game/en.json';
import gameFr from './game/fr.json';
import trainerEn from './trainer/en.json';
import trainerFr from './trainer/fr.json';

export const fr = { ...gameFr, ...trainerFr };
export const en: typeof fr = { ...gameEn, ...trainerEn };
