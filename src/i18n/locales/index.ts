// Every UI string of the game, one folder per area of the interface (game, trainer, …), each with
// fr.json and en.json. An area's keys sit under its own top-level names, so areas never collide.
import classEn from './class/en.json';
import classFr from './class/fr.json';
import gameEn from './game/en.json';
import gameFr from './game/fr.json';
import glossaryEn from './glossary/en.json';
import glossaryFr from './glossary/fr.json';
import lmsEn from './lms/en.json';
import lmsFr from './lms/fr.json';
import offlineEn from './offline/en.json';
import offlineFr from './offline/fr.json';
import trainerEn from './trainer/en.json';
import trainerFr from './trainer/fr.json';

export const fr = { ...gameFr, ...lmsFr, ...offlineFr, ...trainerFr, ...classFr, ...glossaryFr };
export const en: typeof fr = { ...gameEn, ...lmsEn, ...offlineEn, ...trainerEn, ...classEn, ...glossaryEn };
