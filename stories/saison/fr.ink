INCLUDE ../lib/engine.ink
INCLUDE fr/semaine1.ink
INCLUDE fr/semaine2.ink
INCLUDE fr/semaine3.ink
INCLUDE fr/semaine4.ink
INCLUDE fr/semaine5.ink
INCLUDE fr/semaine6.ink
INCLUDE fr/semaine7.ink
INCLUDE fr/semaine8.ink
INCLUDE fr/sante.ink
INCLUDE fr/suivi.ink
INCLUDE fr/communs.ink

// Une saison à Relais Insertion : huit semaines, quatre personnes accompagnées, onze partenaires.
// L’état du réseau (confiance, liens, besoins, promesses) est tenu par le moteur ;
// une seule variable d’histoire : le message trop détaillé posté sur le canal partagé.
VAR trop_partage = false

-> semaine1
