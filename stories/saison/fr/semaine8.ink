// Semaine 8 : le bilan des partenariats, puis la fin de la saison.

=== semaine8 ===
Dernière semaine de la saison. # scene: office
{ not semaine7.equipe:
    Nadia passe à votre bureau.
    Tu pars trois semaines fin juillet, et personne dans l’équipe ne sait qui reprend tes situations. Si un partenaire appelle pendant ton absence, on lui répond quoi ? # speaker: nadia # mood: worried # score: equipe -1 Partir sans avoir organisé le relais, c’est laisser les collègues découvrir les situations par les partenaires : le travail d’équipe suppose de dire qui reprend quoi, avec quels éléments.
}
{ open_pledges("jardins") > 0:
    M. Vidal vous appelle, comme promis : les nouveaux horaires tiennent, et M. Haddad a pris la main sur les semis. # speaker: jardins # mood: happy # pledge_kept: jardins
}
{ not is_solved("karim", "emploi"):
    M. Vidal vous écrit : il ne renouvelle pas la période d’essai de M. Haddad. Retards, caisses, malentendus : personne n’a trouvé d’arrangement.
    { not suivi_jardins:
        Personne de Relais Insertion n’est revenu aux Jardins depuis l’embauche. # score: confiance -1 Un suivi qui s’arrête à l’embauche laisse l’employeur seul face aux difficultés : la prochaine fois, il comptera moins sur vous.
    }
}
{ open_pledges("cap_emploi") > 0:
    Mme Royer vous appelle mardi, comme promis : l’étude de poste aux Jardins aura lieu le 3 juillet, avec le médecin du travail. # speaker: cap_emploi # mood: happy # pledge_kept: cap_emploi # solve: karim sante
}
Nadia a réservé la matinée pour le bilan des partenariats. # time: 2 # term: audit
{ semaine7.preparer:
    Vos tableaux sont prêts : orientations, résultats, délais de réponse, engagements tenus de part et d’autre.
  - else:
    Vous arrivez avec vos carnets et vos souvenirs : les chiffres, il faudra les reconstituer en séance.
}
Comment veux-tu qu’on s’y prenne ? # speaker: nadia
* [Partir de vos impressions : vous les connaissez bien]
    La discussion va vite. Trop vite, peut-être : chacun a ses préférés. # score: evaluation -2 Juger un partenaire à l’impression qu’il laisse, c’est confondre l’affinité et l’efficacité : l’évaluation s’appuie sur des faits.
* [Partir des faits, et de l’avis des personnes accompagnées]
    Vous partez des chiffres : orientations, résultats, délais, engagements tenus des deux côtés. Et vous appelez Mme Dumas et M. Haddad pour recueillir leur avis. # score: evaluation +2 Évaluer un partenariat sur des faits (orientations, résultats, délais, engagements tenus) et sur l’avis des personnes : c’est la base d’un réajustement juste.
-
Premier dossier : « Tremplin Stages ». M. Roux est toujours partant, toujours aimable, et vous invite souvent à déjeuner. Sur l’année : neuf orientations, deux stages, des réponses en trois semaines.
{ tremplin.sam:
    Le stage de Mme Dumas, lui, est venu du carnet d’adresses de Sam.
}
{ tremplin && not tremplin.sam:
    Pour Mme Dumas, toujours rien.
}
* [Le garder tel quel : M. Roux est toujours partant, et la relation est bonne]
    Rien ne change. M. Roux vous remercie de votre fidélité. Le prochain stage attendra, lui aussi. # score: confiance +1 La relation reste chaleureuse. # score: evaluation -2 La sympathie ne remplace pas les résultats : garder un partenariat tel quel sans regarder les faits, c’est ne jamais le réajuster.
* [Mettre fin au partenariat : les résultats ne sont pas là]
    Nadia fronce les sourcils : neuf jeunes orientés, deux stages, ce n’est pas rien non plus. # score: evaluation -1 Rompre sans avoir cherché à réajuster, c’est perdre un partenaire qu’on aurait pu remettre sur les rails : d’abord renégocier.
* [Renégocier : un délai de réponse, des objectifs, un point en octobre]
    Vous proposez à M. Roux un engagement simple : une réponse sous huit jours, un point chaque trimestre. Il accepte, un peu piqué d’être mesuré. # score: evaluation +2 Réajuster un partenariat qui déçoit, avec des objectifs précis et une date de révision : on garde ce qui fonctionne, on répare le reste. # score: conflits -1 Un partenaire qu’on mesure peut se braquer : il faudra désamorcer la friction, c’est le prix d’une relation qui se réajuste sur des faits.
-
Deuxième dossier : « Les Toques de Valmoran ». Mme Leroy est exigeante, ses délais sont stricts, son ton est sec. Sur l’année : dix orientations, huit certifications.
* [Espacer les contacts : trop rigide, trop exigeante]
    Nadia lève les yeux de ses notes : huit sur dix, tout de même. # score: evaluation -2 Espacer un partenaire efficace parce que la relation est inconfortable, c’est juger à l’affinité plutôt qu’aux résultats.
* [Renforcer le partenariat : une rencontre par trimestre avec Mme Leroy]
    Nadia approuve : c’est le partenaire qui qualifie le mieux nos candidats. # score: evaluation +2 Un partenaire exigeant qui obtient des résultats mérite d’être consolidé : on juge sur les faits, pas sur le confort de la relation. # score: confiance +1 Un contact régulier, même avec un partenaire au ton sec, fait grandir la confiance des deux côtés.
-
Reste le cas de ceux que vous avez peu vus cette saison. Nadia parcourt la liste.
{ trust("langues") < 45:
    « Mots Partagés » : Mme Haddou n’a presque plus de nouvelles de vous.
}
{ trust("rpe") < 45:
    Le Relais Petite Enfance : Mme Benson se demande si Relais Insertion travaille encore avec elle.
}
{ trust("mobilite") < 45:
    « Roule ma Poule » : M. Le Gall attend toujours un retour sur la situation de M. Haddad.
}
{ trust("habitat") < 45:
    Les Tilleuls : Mme Petit garde un souvenir mitigé de la saison.
}
{ trust("france_travail") < 45:
    France Travail : la relation est à reconstruire.
}
{ trust("mission_locale") < 45:
    La mission locale : Mme Lambert se sent contournée.
}
{ trust("cap_emploi") < 45:
    Cap emploi : Mme Royer n’a plus eu de vos nouvelles.
}
Certains partenaires n’ont eu de vos nouvelles qu’en réunion mensuelle ; d’autres, pas du tout.
* [Planifier un contact par mois, et une revue en octobre]
    Un tableau simple : un contact par mois au moins, une revue des partenariats en octobre. # score: evaluation +1 Réévaluer régulièrement et planifier le contact : le réseau reste vivant parce qu’on l’entretient.
* [Attendre qu’ils se manifestent : ils savent où vous trouver]
    Nadia ne dit rien, mais elle le note. # score: evaluation -1 Un partenariat qu’on ne revoit jamais s’éteint sans bruit : l’évaluation doit être régulière, et mener à des actions.
-
Le Département, qui finance l’accompagnement, attend aussi le bilan. On y met des exemples de parcours ? # speaker: nadia
* [Joindre deux parcours nominatifs : c’est plus parlant]
    Le rapport part avec deux noms, une garde d’enfant et un dos douloureux. # score: ethique -2 Un rapport au financeur n’a pas besoin de savoir qui : des parcours nominatifs, avec des détails de santé ou de famille, sortent du secret professionnel et de la minimisation du RGPD.
* [Deux parcours anonymisés, sans rien qui permette de les reconnaître]
    Ni nom, ni âge exact, ni détail de santé : les parcours parlent quand même. # score: ethique +2 Les rapports aux financeurs sont anonymisés : on y montre ce que le réseau a produit, jamais qui a été accompagné. # term: anonymisation
-
Et le bilan lui-même, qu’en fait-on ? # speaker: nadia
* [Le garder en interne : certaines appréciations pourraient blesser des partenaires]
    Le bilan part dans un dossier partagé de l’équipe. Personne ne se sent jugé. # score: communication -1 Un bilan que les partenaires ne voient jamais ne peut rien changer à la relation : mieux vaut en parler ouvertement.
* [Le présenter aux partenaires, et leur demander leur avis sur vous]
    À la réunion mensuelle, vous ajoutez une question pour chacun : « Et nous, que devrions-nous améliorer ? » M. Roux, piqué, ne dit presque rien de la séance. # score: communication +2 Partager le bilan et demander aux partenaires leur propre regard : la transparence va dans les deux sens.
-
-> fin_saison

= fin_saison
~ temp reussites = 0
~ temp confiance_moyenne = (trust("cfp_cuisine") + trust("tremplin") + trust("rpe") + trust("ccas") + trust("france_travail") + trust("mission_locale") + trust("jardins") + trust("mobilite") + trust("habitat") + trust("langues") + trust("cap_emploi")) / 11
{ is_solved("dumas", "formation"):
    ~ reussites = reussites + 1
}
{ is_solved("dumas", "garde_enfants"):
    ~ reussites = reussites + 1
}
{ is_solved("dumas", "emploi"):
    ~ reussites = reussites + 1
}
{ is_solved("karim", "mobilite"):
    ~ reussites = reussites + 1
}
{ is_solved("karim", "emploi"):
    ~ reussites = reussites + 1
}
{ is_solved("karim", "sante"):
    ~ reussites = reussites + 1
}
{ is_solved("oksana", "langue"):
    ~ reussites = reussites + 1
}
{ is_solved("oksana", "logement"):
    ~ reussites = reussites + 1
}
{ is_solved("oksana", "emploi"):
    ~ reussites = reussites + 1
}
{ is_solved("leo", "logement"):
    ~ reussites = reussites + 1
}
{ is_solved("leo", "formation"):
    ~ reussites = reussites + 1
}
Vendredi soir. Vous refermez les quatre dossiers de la saison. # scene: office
{ is_solved("dumas", "formation"):
    Mme Dumas entre aux Toques en septembre.
  - else:
    Mme Dumas attendra la session de janvier des Toques. Elle dit qu’elle tiendra.
}
{ is_solved("dumas", "emploi"):
    Cet été, elle sera en cuisine au Bistrot du Marché.
}
{ is_solved("dumas", "garde_enfants"):
    Son fils a une place chez une assistante maternelle qui accepte les soirs.
  - else:
    La garde de son fils, le soir, reste sans solution.
}
{ is_solved("karim", "emploi"):
    M. Haddad prend le bus de 7 h 40 pour les Jardins, où son poste a été aménagé. Il dit qu’il a retrouvé le sommeil.
  - else:
    M. Haddad cherche toujours. Le garage solidaire l’a rappelé ; ce sera peut-être pour l’automne.
}
{ is_solved("karim", "sante"):
    Sa demande de RQTH suit son cours, et l’étude de poste est fixée : c’est lui qui décidera à qui il en parle.
}
{ is_solved("oksana", "logement"):
    Mme Melnyk et Maksym déménagent en juillet aux Tilleuls. Elle parle désormais français avec Mme Petit.
  - else:
    Mme Melnyk n’a pas encore de logement pour juillet. La famille qui l’héberge accepte d’attendre un peu.
}
{ is_solved("oksana", "emploi"):
    En septembre, elle commence une préparation à l’emploi d’aide-comptable.
}
{ is_solved("leo", "logement"):
    Léo a les clés de sa chambre au foyer.
  - else:
    Léo dort encore chez des copains. Mme Lambert et vous cherchez une autre solution.
}
{ is_solved("leo", "formation"):
    Au mur de sa chambre, il a scotché le planning des Toques : la cuisine, en septembre.
  - else:
    Son projet de formation reste à construire, avec lui.
}
{ reussites >= 8 && bond("ccas", "jardins") >= 50 && confiance_moyenne >= 50:
    -> reseau_vivant
}
{ reussites >= 5:
    -> avancees
}
-> a_reprendre

= reseau_vivant
Nadia s’arrête devant votre carte du territoire, couverte de liens. # scene: office
Des parcours qui avancent, des partenaires qui se parlent, même le CCAS et les Jardins. C’est ça, un réseau : pas une liste de numéros, des relations qu’on entretient. Bravo. # speaker: nadia # mood: happy
Fin de la saison : un réseau vivant. # end
-> END

= avancees
Nadia regarde votre carte du territoire : des liens solides, et d’autres qui se sont effilochés. # scene: office
Tu as fait avancer des parcours, c’est l’essentiel. Mais un réseau, ça s’entretient : certains partenaires t’attendront à la rentrée. # speaker: nadia
Fin de la saison : des avancées, un réseau à consolider. # end
-> END

= a_reprendre
Nadia s’assoit en face de vous, la carte du territoire entre vous deux. # scene: office
La saison a été rude. Trop de fils se sont défaits, pour les personnes comme pour les partenaires. On reprendra ça ensemble, en septembre, situation par situation. # speaker: nadia # mood: worried
Fin de la saison : une saison à reprendre. # end
-> END
