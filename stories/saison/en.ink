INCLUDE ../lib/engine.ink
INCLUDE en/semaine1.ink
INCLUDE en/semaine2.ink
INCLUDE en/semaine3.ink
INCLUDE en/semaine4.ink
INCLUDE en/semaine5.ink
INCLUDE en/semaine6.ink
INCLUDE en/semaine7.ink
INCLUDE en/semaine8.ink
INCLUDE en/sante.ink
INCLUDE en/suivi.ink
INCLUDE en/communs.ink

// A season at Relais Insertion: eight weeks, four people supported, eleven partners.
// The network's state (trust, bonds, needs, promises) is held by the engine;
// a single story variable: the over-detailed message posted on the shared channel.
VAR trop_partage = false

-> semaine1
