INCLUDE ../lib/engine.ink

// L'audit des partenariats : juger sur les faits, ajuster, le dire aux partenaires, prévoir la suite.
// sound compte les jugements d'évaluation fondés (au plus 11) ; il décide de la fin avec la confiance.
VAR sound = 0
VAR feedback = false
VAR bistrot_deal = false
VAR cfp_kept = false
VAR tremplin_fix = false
VAR mobilite_dev = false
VAR tell = 0

-> intro

=== intro ===
Début décembre, à Relais Insertion. Dehors, on installe les chalets du marché de Noël. Nadia pose un classeur épais sur votre bureau. # scene: office
C’est le moment de l’audit annuel de nos partenariats : repérer les collaborations qui marchent, et celles qui doivent s’améliorer. Le Département le lira dans notre bilan d’activité. # speaker: nadia
Le logiciel t’a sorti les chiffres de l’année pour chaque partenaire : orientations, sorties, délais de réponse, engagements tenus de part et d’autre. # speaker: nadia
Pour chacun, tu donnes une appréciation, fructueux, à améliorer ou à repenser, et tu proposes un ajustement. On juge des collaborations, pas des personnes. # speaker: nadia
Tu veux aussi l’avis des personnes qu’on a orientées ? Il faudrait les appeler. Une demi-journée de téléphone, avec l’aide de Sam. # speaker: nadia
+ [Pas la peine : les chiffres suffisent, et les avis sont toujours subjectifs]
  Vous gardez la demi-journée pour le reste. Nadia n’insiste pas. # score: evaluation -2 L’avis des personnes accompagnées fait partie des faits d’un audit : sans lui, on juge un partenariat sans savoir ce qu’il apporte à ceux qu’il sert.
+ [Oui : appeler les personnes orientées cette année, avec Sam]
  Avec Sam, vous joignez vingt-huit personnes sur quarante. Certaines sont ravies qu’on leur demande leur avis ; une jeune femme vous parle vingt minutes de son immersion. Vous notez leurs mots tels quels. # score: evaluation +2 Un audit se fonde sur les faits et sur l’avis des bénéficiaires : c’est ce qui permet de juger ce qu’un partenariat leur apporte vraiment.
  ~ feedback = true
  ~ sound = sound + 1
- Vous étalez les six dossiers sur la table. Derrière chaque chiffre, il y a des visages : des gens que vous avez orientés, des partenaires que vous appelez par leur prénom.
Sam jette un œil au classeur en passant.
Commence par le Bistrot ! Paul, c’est notre meilleur partenaire, tout le monde l’adore. # speaker: sam
Vous ouvrez les dossiers un par un. Chacun vous prendra une demi-journée.
-> bistrot

=== bistrot ===
Lundi après-midi. Vous commencez, comme Sam le conseillait, par le plus sympathique. # scene: office # time: 1
Le Bistrot du Marché, M. Paul Girard, chef et patron. Le plus accueillant de vos partenaires : il répond le jour même, et il a offert le repas de fin d’année de l’association.
Immersions en entreprise proposées : 7. Menées à terme : 2. Abandons dans la première semaine : 5. Embauche : aucune.
Engagements du Bistrot : un tuteur promis à chaque accueil, désigné une fois sur sept ; les horaires souvent donnés la veille.
Vous revoyez M. Girard au dernier forum de l’emploi, tablier noué, offrant des cafés à tout le monde. Il vous avait dit : « Envoyez-moi qui vous voulez. »
{feedback:
  Avis des personnes accueillies : 2 sur 5. « Le chef est sympa, mais personne ne m’a montré mon poste. »
- else:
  Avis des personnes accueillies : non recueilli.
}
+ [À améliorer : l’accueil est chaleureux, mais les immersions échouent]
  Vous cochez « à améliorer ». Vous pensez au repas de fin d’année, et une pointe de mauvaise conscience vous traverse. # score: evaluation +2 Vous avez jugé sur les résultats et les engagements, pas sur la sympathie : c’est le principe même d’un audit des partenariats.
  ~ sound = sound + 1
+ [Fructueux : un partenaire aussi disponible et chaleureux, c’est rare]
  Vous cochez « fructueux ». Sam approuve de loin. # score: evaluation -2 Deux immersions sur sept, aucune embauche : juger ce partenariat sur l’affinité, c’est passer à côté de ce qu’il doit améliorer.
- Reste à décider de la suite. Sam, qui est revenu chercher un stylo, attend votre réponse.
+ [Reconduire tel quel : il est de bonne volonté, cela finira par marcher]
  Rien ne change pour l’an prochain. # score: evaluation -2 Reconduire sans rien changer un partenariat dont les résultats sont faibles, c’est renoncer à le réajuster.
+ [Renégocier : un tuteur nommé, les horaires donnés une semaine avant, un point à mi-immersion, un bilan dans six mois]
  Vous rédigez une proposition d’accord, courte et précise. # score: evaluation +2 Un accord précis, avec des engagements vérifiables et une date de bilan, donne au partenariat une vraie chance de s’améliorer.
  ~ bistrot_deal = true
  ~ sound = sound + 1
+ [Y mettre fin : sept immersions, aucune embauche, c’en est assez]
  Vous notez : « fin du partenariat ». Vous perdez le seul restaurant du réseau. # score: evaluation -1 Rompre avec un partenaire de bonne volonté sans lui avoir proposé d’accord précis, c’est se priver d’une correction possible.
- -> toques

=== toques ===
Mardi matin. Le dossier le plus épais de la pile, et celui que vous aviez le moins envie d’ouvrir. # scene: office # time: 1
Les Toques de Valmoran, Mme Hélène Leroy. Un centre réputé difficile à joindre.
Orientations : 8. Entrées en CAP cuisine : 6. En formation ou diplômés à ce jour : 5.
Délai moyen de réponse : 12 jours. En novembre, un dossier de candidature égaré chez eux ; au téléphone, Mme Leroy a été sèche.
Engagements du centre : calendrier des sessions respecté, places réservées toujours honorées.
{feedback:
  Avis des personnes orientées : 4,5 sur 5. « Exigeants, mais on apprend vraiment un métier. »
- else:
  Avis des personnes orientées : non recueilli.
}
Vous vous souvenez de cet appel de novembre. Vous aviez raccroché avec colère, et Sam avait dit : « Avec elle, c’est toujours compliqué. » Le centre de la préfecture, lui, répond en deux jours, mais il est à quarante kilomètres.
+ [À repenser : douze jours pour répondre et un dossier perdu, c’est trop]
  Vous cochez « à repenser ». Cela fait du bien. # score: evaluation -2 Cinq personnes sur huit en formation ou diplômées : juger ce partenaire sur un incident et un caractère difficile fait oublier ses excellents résultats.
+ [Fructueux : d’excellents résultats, avec un point à améliorer, la réactivité]
  Vous cochez « fructueux », avec une réserve sur les délais. # score: evaluation +2 Vous avez jugé sur les résultats et les engagements tenus, en nommant précisément ce qui doit progresser : un incident ne résume pas une année.
  ~ sound = sound + 1
- Et pour l’an prochain ?
+ [Garder le centre, et convenir d’un interlocuteur unique et d’un délai de réponse de cinq jours]
  Vous préparez la proposition. Mme Leroy n’aime pas les contraintes, mais elle aime les choses claires. # score: evaluation +2 Garder ce qui fonctionne et renégocier précisément ce qui coince : c’est le réajustement que demande le cours.
  ~ cfp_kept = true
  ~ sound = sound + 1
+ [Orienter désormais vers le centre de la préfecture, à quarante kilomètres, plus réactif]
  Vous notez le changement. Vos bénéficiaires, eux, devront faire quarante kilomètres. # score: evaluation -2 Abandonner un partenaire aux excellents résultats après un incident, c’est juger sur l’humeur : les personnes orientées en paient le prix.
- -> tremplin

=== tremplin ===
Mardi après-midi. Avec Tremplin, vous travaillez depuis six ans ; vous pensiez connaître ce dossier par cœur. # scene: office # time: 1
Tremplin Stages, M. Julien Roux.
Orientations : 11. Stages obtenus : 6. Au premier semestre, 5 sur 6 ; au second, 1 sur 5.
Délai moyen de réponse : 3 jours. Engagements de Tremplin : tous tenus.
Engagements de Relais Insertion : envoyer les profils des candidats quinze jours avant chaque session de placement. Au second semestre, quatre envois sur cinq en retard. Deux petits-déjeuners d’employeurs annulés de votre côté.
Le second semestre, c’était le départ en congé de Claire et les dossiers empilés. Vous vous rappelez avoir pensé : « Tremplin se débrouillera. »
{feedback:
  Avis des personnes orientées : 4 sur 5. « M. Roux m’a préparée à l’entretien comme personne. »
- else:
  Avis des personnes orientées : non recueilli.
}
+ [Fructueux : la chute du second semestre suit nos propres engagements non tenus]
  Vous cochez « fructueux ». La ligne des retards vous pique les yeux : c’était votre équipe. # score: evaluation +2 Vous avez lu les engagements des deux côtés : les résultats de Tremplin ont chuté quand Relais Insertion a cessé de tenir les siens. Un audit mesure aussi sa propre part.
  ~ sound = sound + 1
+ [À améliorer : un stage sur cinq au second semestre, Tremplin s’essouffle]
  Vous cochez « à améliorer ». # score: evaluation -2 Juger le partenaire sur ses seuls résultats, sans lire vos propres engagements non tenus, c’est lui reprocher vos retards : la réciprocité se mesure des deux côtés.
- Et pour l’an prochain ?
+ [Réduire les orientations vers Tremplin, le temps qu’ils se reprennent]
  Vous notez : « orientations réduites ». # score: confiance -2 Réduire un partenaire pour des résultats qui dépendaient de vos propres engagements, c’est lui faire payer vos retards : la confiance repose sur la réciprocité.
+ [Reconduire tel quel : les bons résultats reviendront]
  Rien ne change, ni chez eux, ni chez vous. # score: confiance -1 Reconduire sans corriger vos propres retards laisse le partenaire porter seul l’effort : la confiance se reconstruit par des engagements tenus.
+ [Reconduire, en fixant vos propres engagements : profils envoyés quinze jours avant, un référent chez vous, votre présence aux petits-déjeuners]
  Vous écrivez ce que Relais Insertion fera, avec des dates. # score: confiance +2 Corriger d’abord vos propres engagements, avec des dates tenables : la confiance repose sur la réciprocité et les promesses tenues.
  ~ tremplin_fix = true
- -> roule

=== roule ===
Mercredi matin, un café à la main. Le dossier suivant tient sur deux pages. # scene: office # time: 1
Roule ma Poule, plateforme mobilité, M. Yann Le Gall. Un partenaire depuis mars seulement.
Orientations : 3. Solutions trouvées : 3, une location solidaire de scooter et deux accompagnements au permis.
Délai moyen de réponse : 2 jours. Engagements tenus.
Dans votre propre fichier : cette année, quatre nouveaux inscrits sur dix citent le transport comme frein, deux fois plus que l’an dernier. La ligne de car du Val a perdu deux arrêts en septembre.
Vous connaissez à peine M. Le Gall : vous l’avez croisé une fois, à la signature de la première orientation. Son dossier est le plus mince de la pile.
{feedback:
  Avis des personnes orientées : 4,8 sur 5. « Sans le scooter, je n’aurais pas pu accepter le poste. »
- else:
  Avis des personnes orientées : non recueilli.
}
+ [Fructueux, et de plus en plus nécessaire : les besoins des bénéficiaires évoluent vers la mobilité]
  Vous cochez « fructueux », et vous soulignez la ligne sur le transport. # score: evaluation +2 Vous avez relié le partenariat à l’évolution des besoins des personnes : c’est ce qui doit guider le réajustement du réseau.
  ~ sound = sound + 1
+ [Partenaire secondaire : trois orientations sur l’année, c’est marginal]
  Vous cochez « secondaire ». # score: evaluation -2 Le volume ne dit pas tout : trois réussites sur trois, sur un besoin qui double, font de ce partenaire une priorité.
- Et pour l’an prochain ?
+ [Laisser tel quel : on verra l’an prochain s’il prend de l’importance]
  Rien ne change. # score: evaluation -1 Attendre un an alors que le besoin de mobilité double déjà, c’est réajuster le réseau avec un temps de retard.
+ [Le développer : une convention, une permanence mensuelle chez vous, une place à la réunion mensuelle]
  Vous esquissez la convention. M. Le Gall sera ravi. # score: evaluation +2 Réajuster le réseau aux besoins qui évoluent, en développant le partenaire qui y répond : c’est le but de l’audit.
  ~ mobilite_dev = true
  ~ sound = sound + 1
- -> rpe

=== rpe ===
Mercredi après-midi. Sam repasse, un sandwich à la main, et lit par-dessus votre épaule. # scene: office # time: 1
Le Relais Petite Enfance, Mme Aïcha Benson.
Orientations : 9. Solutions de garde trouvées : 7. Délai moyen de réponse : 2 jours. Engagements tenus des deux côtés.
Les deux situations non résolues : des horaires de restauration, jusqu’à 23 heures. Aucune assistante maternelle du territoire ne les couvre, et aucune crèche n’ouvre après 19 heures.
{feedback:
  Avis des personnes orientées : 4,2 sur 5. « Elle m’a trouvé une assistante maternelle en une semaine. »
- else:
  Avis des personnes orientées : non recueilli.
}
Deux échecs sur neuf. Tu pourrais leur mettre un peu la pression, non ? # speaker: sam
+ [Classer le RPE « à améliorer » pour les deux situations non résolues]
  Vous cochez « à améliorer ». # score: evaluation -2 Reprocher au RPE un manque de l’offre de garde du territoire, qu’il ne peut pas combler seul, c’est juger un partenaire hors de sa mission.
+ [Le classer fructueux, le reconduire tel quel, et porter la question des horaires décalés à la réunion mensuelle]
  Vous cochez « fructueux », et vous ajoutez un point pour la prochaine réunion. # score: evaluation +2 Garder ce qui marche, et traiter un manque du territoire là où il peut l’être, avec tout le réseau : c’est réajuster sans se tromper de cible.
  ~ sound = sound + 1
- -> jardins

=== jardins ===
Jeudi matin. Dernier dossier, et le nom qui revient le plus souvent dans les conversations du réseau. # scene: office # time: 1
Les Jardins de Valmoran, chantier d’insertion, M. Bruno Vidal.
Orientations : 5. Entrées sur le chantier : 4. Sorties vers l’emploi : 2. Abandons : 2, tous deux liés à une menace d’expulsion.
Délai moyen de réponse : 3 jours. Engagements tenus.
En octobre, M. Vidal a posté un message virulent contre le CCAS dans le canal commun. Mme Caron vous en parle encore.
{feedback:
  Avis des personnes orientées : 3,8 sur 5. « Enfin un vrai travail, mais j’avais la tête ailleurs avec mon logement. »
- else:
  Avis des personnes orientées : non recueilli.
}
+ [À améliorer : garder le chantier, et ajouter un diagnostic commun avec le CCAS avant chaque entrée]
  Vous notez la proposition. # score: evaluation +2 Les deux abandons ont la même cause : le réajustement vise cette cause précise, sans toucher à ce qui marche.
  ~ sound = sound + 1
+ [Mettre fin au partenariat : un message public de ce genre est inacceptable]
  Vous notez : « fin du partenariat ». # score: evaluation -2 Rompre pour un message, même maladroit, c’est juger sur un incident et non sur une année de résultats.
+ [Fructueux : deux sorties vers l’emploi, rien à changer]
  Vous cochez « fructueux ». # score: evaluation -1 Les deux abandons ont la même cause, le logement : ne rien changer, c’est laisser le même problème se reproduire.
- ~ feedback = false
-> synthese

=== synthese ===
Vendredi matin. Le tableau de synthèse est prêt : six partenaires, six appréciations, six ajustements. # scene: office
Nadia le parcourt en silence, puis pose le doigt sur une colonne.
La colonne de nos engagements à nous, c’est celle que les partenaires regarderont en premier. N’oublie pas qu’un audit se fait des deux côtés. # speaker: nadia
Vous le relisez une dernière fois : les chiffres, les engagements, les mots des personnes. Il faut maintenant dire leurs conclusions aux partenaires.
+ [Envoyer le tableau complet, avec l’appréciation de chacun, à tous les partenaires en un seul courriel]
  C’est rapide et transparent. Le courriel part à 10 heures. À 10 h 20, votre téléphone sonne. # score: communication -2 Un classement envoyé à tous met chaque partenaire en vitrine devant les autres : les conclusions se disent à chacun, avec les faits qui le concernent.
  ~ tell = 1
+ [Rencontrer ou appeler chaque partenaire pour lui présenter ses chiffres et l’ajustement proposé, puis présenter une synthèse, sans classement, à la réunion mensuelle]
  Vous prenez vos rendez-vous, un par un. # score: communication +2 Dire à chaque partenaire ce qui marche et ce qui doit changer, faits à l’appui, puis partager la synthèse avec tout le réseau : c’est une communication ouverte.
  ~ tell = 2
+ [Ne rien envoyer : le rapport est pour le Département]
  Le rapport part au Département. Les partenaires, eux, ne savent rien. # score: communication -2 Un audit dont les partenaires ignorent les conclusions ne peut rien changer : chacun doit savoir ce qui marche et ce qui doit s’améliorer.
- -> girard

= girard
{tell:
- 1:
  C’est M. Girard. Il a lu le tableau.
- 2:
  Premier rendez-vous : M. Girard, au Bistrot, entre deux services. Il vous sert un café sans vous demander votre avis.
- else:
  Au marché, M. Girard vous arrête devant son restaurant.
}
~ tell = 0
Alors, ce bilan ? Je suppose que tout va bien entre nous ! # speaker: bistrot # mood: happy
+ [Lui présenter les chiffres tels qu’ils sont, et ce que vous proposez]
  {bistrot_deal:
    « Deux immersions sur sept, aucune embauche. Je vous propose un tuteur nommé et les horaires une semaine avant. » Il accuse le coup, puis : « Ma seconde, Lucie, ferait une bonne tutrice. » # trust: bistrot +5 # score: communication +2 Dire clairement les résultats, même à un partenaire qu’on apprécie, est la seule façon de lui permettre de s’améliorer.
  - else:
    « Deux immersions sur sept, aucune embauche. » Il accuse le coup. « Vous auriez pu me le dire avant. » # score: communication +2 Dire clairement les résultats, même à un partenaire qu’on apprécie, est la seule façon de lui permettre de s’améliorer.
  }
+ [Lui dire que tout va bien, avec quelques petits réglages]
  « Tout va bien, quelques petits réglages. » Il vous serre la main, ravi. Rien ne changera. # trust: bistrot +5 # score: communication -2 Taire de mauvais résultats pour préserver une bonne relation prive le partenaire de ce qu’il doit savoir : la communication ouverte dit aussi ce qui ne va pas.
- ~ bistrot_deal = false
-> roux

= roux
Puis M. Roux, de Tremplin, dans son petit bureau au-dessus de la mairie annexe. Sur le mur, le planning des sessions de placement, avec vos retards surlignés en jaune.
Honnêtement, le second semestre, on l’a mal vécu. On avait l’impression de ramer seuls. # speaker: tremplin # mood: sad
+ [Mettre la baisse sur le compte du contexte : moins d’offres de stage cette année]
  « L’année a été dure pour tout le monde. » Il hoche la tête, poliment. Il sait très bien à quelle date les profils arrivaient. # trust: tremplin -5 # score: confiance -2 Se retrancher derrière le contexte quand vos engagements n’ont pas été tenus abîme la confiance : la réciprocité commence par reconnaître sa part.
+ [Reconnaître que la baisse suit vos retards, et lui dire ce que vous changez]
  {tremplin_fix:
    « Nos profils arrivaient en retard, c’est de notre fait. Dès janvier : profils quinze jours avant, un référent, et nous serons aux petits-déjeuners. » Il sourit pour la première fois. # trust: tremplin +15 # score: confiance +2 Reconnaître vos engagements non tenus et dire ce qui change, avec des dates : c’est ainsi que la confiance se rétablit.
  - else:
    « Nos profils arrivaient en retard, c’est de notre fait. » Il attend la suite ; vous n’avez rien prévu. # trust: tremplin +5 # score: confiance +2 Reconnaître vos engagements non tenus est le premier pas pour rétablir la confiance.
  }
- ~ tremplin_fix = false
-> leroy

= leroy
Enfin, Mme Leroy, des Toques de Valmoran, au téléphone.
{cfp_kept:
  Cinq jours pour répondre, d’accord. Mais de votre côté, vous vous engagez sur quoi ? La moitié de vos dossiers arrivent incomplets. # speaker: cfp_cuisine # trust: cfp_cuisine +5
- else:
  Vous orientez vers la préfecture, maintenant ? Soit. Mais si vous revenez un jour, vous vous engagerez sur quoi ? # speaker: cfp_cuisine # mood: annoyed # trust: cfp_cuisine -10
}
Vous savez qu’à la rentrée, l’équipe n’arrive pas à tout traiter en deux jours.
+ [Des dossiers complets, avec une liste de pièces validée ensemble, au plus tard dix jours avant chaque session]
  « C’est noté. Dix jours, c’est tenable ? » Vous confirmez. Elle raccroche, presque aimable. # trust: cfp_cuisine +5 # score: confiance +2 Un engagement réaliste, que votre équipe peut tenir, vaut mieux qu’une promesse brillante : la confiance repose sur les accords respectés.
+ [Des dossiers complets, toujours envoyés sous quarante-huit heures]
  « Quarante-huit heures ? Je retiens. » Vous savez déjà que septembre sera difficile. # trust: cfp_cuisine +5 # score: confiance -2 Promettre un délai que l’équipe ne tiendra pas à la rentrée prépare une déception : on ne s’engage que sur ce que l’on peut tenir.
- ~ cfp_kept = false
-> prochain

= prochain
{mobilite_dev:
  En fin de journée, vous appelez M. Le Gall pour lui présenter votre projet de convention.
  Une permanence chez vous, une place à la réunion mensuelle ? Je signe tout de suite. # speaker: mobilite # mood: happy # trust: mobilite +10
}
~ mobilite_dev = false
Dernière ligne du rapport : la suite. Des accords vont changer, d’autres non, et rien ne dit encore que vos ajustements tiendront.
+ [Prochain audit dans un an, comme d’habitude]
  Vous écrivez : « Prochain audit : décembre prochain. » # score: evaluation -1 Les partenariats renégociés ont besoin d’un point d’étape : attendre un an pour vérifier un accord, c’est le laisser s’user.
+ [Un point d’étape à six mois pour les partenariats renégociés, à la réunion mensuelle de juin, et l’audit annuel en décembre]
  Vous inscrivez les deux dates à l’agenda partagé. # score: evaluation +2 Évaluer régulièrement, avec un point d’étape pour vérifier les accords, permet de réajuster à temps : c’est ce que recommande le cours.
  ~ sound = sound + 1
+ [Pas de date : on refera un audit si un problème se présente]
  Vous laissez la ligne vide. # score: evaluation -2 Ne plus évaluer qu’en cas de crise, c’est laisser les partenariats dériver : l’évaluation se fait régulièrement.
- -> fin

=== fin ===
Nadia relit le rapport en fin de journée.
{
- sound >= 9 && trust("tremplin") >= 60 && trust("cfp_cuisine") >= 50:
  -> ajuste
- sound >= 6:
  -> inegal
- else:
  -> facade
}

= ajuste
Des faits, des accords précis, et chacun sait où il en est. Le Département va aimer, mais surtout nos partenaires. # speaker: nadia # mood: happy
En janvier, Mme Leroy répond en quatre jours. M. Roux reçoit les profils à temps, et les stages repartent.
{trust("mobilite") >= 55:
  Roule ma Poule tient sa première permanence chez vous, et six personnes s’y présentent le premier matin.
}
En juin, au point d’étape, chacun arrive avec ses chiffres. Personne ne se sent jugé : tout le monde sait sur quoi il s’est engagé.
Votre audit a gardé ce qui marchait, réparé ce qui coinçait, et reconnu votre propre part. Le réseau sort de l’année plus solide. # end
-> END

= inegal
C’est un bon début. Mais certains jugements tiennent plus à l’humeur qu’aux chiffres, et certains partenaires attendent encore de savoir ce qu’on fera, nous. # speaker: nadia # mood: neutral
Au printemps, une partie des ajustements porte ses fruits. D’autres partenariats continuent comme avant, avec les mêmes difficultés, et les mêmes personnes qui décrochent.
Un audit utile, mais inégal : le point d’étape devra corriger ce qui a été jugé trop vite. # end
-> END

= facade
On a jugé ceux qu’on aime bien, et puni ceux qui nous agacent. Ce n’est pas un audit, c’est un bulletin d’humeur. # speaker: nadia # mood: worried
Au printemps, les accords qui devaient changer n’ont pas changé, et les partenaires les plus efficaces prennent leurs distances. Au Département, on demande pourquoi les chiffres de Relais Insertion ne bougent pas.
Un audit de façade : il faudra le reprendre, en partant des faits et de l’avis des personnes accompagnées. # end
-> END
